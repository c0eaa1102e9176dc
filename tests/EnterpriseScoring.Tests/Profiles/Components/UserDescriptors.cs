using System.Diagnostics.CodeAnalysis;
using EnterpriseScoring.Adjustments;
using EnterpriseScoring.Aggregation;
using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Land;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Profiles.Components;
using EnterpriseScoring.Scoring;
using EnterpriseScoring.Weighting;

namespace EnterpriseScoring.Tests.Profiles.Components;

// One descriptor per user component: the typed base reads and writes the options record through the source-generated
// context; the untyped base (scaled_max) reads options one by one, as the built-ins do.

internal sealed class PowerScoringDescriptor() : ComponentDescriptor<IScoringMethod, PowerOptions>(
    "power", "(x / B)^exponent × W.", UserComponentsJson.Default.PowerOptions, new Dictionary<string, string> { ["exponent"] = "The exponent (> 0). Default 1." })
{
    protected override IScoringMethod Create(PowerOptions options, ComponentReader reader) => new PowerScoring(options);

    protected override bool TryGetOptions(IScoringMethod component, [NotNullWhen(true)] out PowerOptions? options) =>
        (options = (component as PowerScoring)?.Options) is not null;

    public override void CheckUse(IScoringMethod component, ComponentReader reader)
    {
        if (reader.IndicatorDirection == Direction.LowerIsBetter)
        {
            reader.Problem("method", $"power scores higher-is-better indicators; '{reader.IndicatorId}' is lower-is-better");
        }
    }
}

internal sealed class ScaledMaxDescriptor() : ComponentDescriptor<IBenchmark>(
    "scaled_max", "fraction × the pool's largest value.", [new ComponentOption("fraction", ComponentOptionKind.Number, "In (0, 1].") { Required = true }])
{
    public override IBenchmark? Create(ComponentReader reader) =>
        reader.Try("fraction", () => new ScaledMaxBenchmark(new ScaledMaxOptions { Fraction = reader.Number("fraction")!.Value }));

    public override bool TryWrite(IBenchmark component, ComponentWriter writer)
    {
        if (component is not ScaledMaxBenchmark b)
        {
            return false;
        }

        writer.Set("fraction", b.Options.Fraction);
        return true;
    }
}

internal sealed class SingleIndicatorDescriptor() : ComponentDescriptor<IWeightingMethod, SingleIndicatorOptions>(
    "single_indicator", "All weight on one indicator.", UserComponentsJson.Default.SingleIndicatorOptions)
{
    protected override IWeightingMethod? Create(SingleIndicatorOptions options, ComponentReader reader)
    {
        if (options.Index >= reader.IndicatorWeights.Count)
        {
            reader.Problem("index", $"{options.Index} is not the position of an indicator (the pool has {reader.IndicatorWeights.Count})");
            return null;
        }

        return new SingleIndicatorWeighting(options);
    }

    protected override bool TryGetOptions(IWeightingMethod component, [NotNullWhen(true)] out SingleIndicatorOptions? options) =>
        (options = (component as SingleIndicatorWeighting)?.Options) is not null;
}

internal sealed class ScaledSumDescriptor() : ComponentDescriptor<IAggregationMethod, ScaledSumOptions>(
    "scaled_sum", "scale × Σ weight × score.", UserComponentsJson.Default.ScaledSumOptions)
{
    protected override IAggregationMethod Create(ScaledSumOptions options, ComponentReader reader) => new ScaledSumAggregation(options);

    protected override bool TryGetOptions(IAggregationMethod component, [NotNullWhen(true)] out ScaledSumOptions? options) =>
        (options = (component as ScaledSumAggregation)?.Options) is not null;
}

internal sealed class ScaledLandDescriptor() : ComponentDescriptor<ILandAreaStrategy, ScaledLandOptions>(
    "scaled_certificate", "The certificate area × factor.", UserComponentsJson.Default.ScaledLandOptions)
{
    protected override ILandAreaStrategy Create(ScaledLandOptions options, ComponentReader reader) => new ScaledLandArea(options);

    protected override bool TryGetOptions(ILandAreaStrategy component, [NotNullWhen(true)] out ScaledLandOptions? options) =>
        (options = (component as ScaledLandArea)?.Options) is not null;
}

internal sealed class SingleTierDescriptor() : ComponentDescriptor<ITierScheme, SingleTierOptions>(
    "single_tier", "Every rated firm in one tier.", UserComponentsJson.Default.SingleTierOptions)
{
    protected override ITierScheme Create(SingleTierOptions options, ComponentReader reader) => new SingleTierScheme(options);

    protected override bool TryGetOptions(ITierScheme component, [NotNullWhen(true)] out SingleTierOptions? options) =>
        (options = (component as SingleTierScheme)?.Options) is not null;
}

internal sealed class AnyTagDescriptor() : ComponentDescriptor<IAdjustmentRule, AnyTagOptions>(
    "any_tag", "Points for a firm carrying any of the tags.", UserComponentsJson.Default.AnyTagOptions)
{
    protected override IAdjustmentRule Create(AnyTagOptions options, ComponentReader reader) =>
        new AnyTagAdjustment(reader.Text("id")!, reader.Text("label") ?? string.Empty, reader.Text("category"), options);

    protected override bool TryGetOptions(IAdjustmentRule component, [NotNullWhen(true)] out AnyTagOptions? options) =>
        (options = (component as AnyTagAdjustment)?.Options) is not null;
}

internal static class UserRegistry
{
    /// <summary>A registry with one user component of every kind.</summary>
    public static ComponentRegistry Create() => new ComponentRegistry()
        .Register(new PowerScoringDescriptor())
        .Register(new ScaledMaxDescriptor())
        .Register(new SingleIndicatorDescriptor())
        .Register(new ScaledSumDescriptor())
        .Register(new ScaledLandDescriptor())
        .Register(new SingleTierDescriptor())
        .Register(new AnyTagDescriptor());
}
