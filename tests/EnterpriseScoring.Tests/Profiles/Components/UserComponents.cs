using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using EnterpriseScoring.Adjustments;
using EnterpriseScoring.Aggregation;
using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Land;
using EnterpriseScoring.Scoring;
using EnterpriseScoring.Weighting;

namespace EnterpriseScoring.Tests.Profiles.Components;

// User components of every kind a profile can name, each with options validated in its constructor: written the way a
// library user would, outside the library, with a source-generated JSON context for the options.

/// <summary>Options of <see cref="PowerScoring"/>.</summary>
public sealed record PowerOptions
{
    public double Exponent { get; init; } = 1;
}

/// <summary>(x / B)^exponent × W (x ≤ 0 scores 0).</summary>
public sealed class PowerScoring : IScoringMethod
{
    public PowerScoring(PowerOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.Exponent, 0, nameof(options.Exponent));
        Options = options;
    }

    public PowerOptions Options { get; }

    public string Name => "power";

    public bool RequiresBenchmark => true;

    public ScoringFit Fit(ReadOnlySpan<double> values, double benchmark, Direction direction) => new(values, benchmark, direction);

    public double Normalise(double value, ScoringFit fit) => value <= 0 ? 0 : Math.Pow(value / fit.Benchmark, Options.Exponent);

    public void NormaliseAll(ReadOnlySpan<double> values, ScoringFit fit, Span<double> destination)
    {
        for (var i = 0; i < values.Length; i++)
        {
            destination[i] = Normalise(values[i], fit);
        }
    }

    public string Explain(double value, double weight, ScoringFit fit) => $"({value} / {fit.Benchmark})^{Options.Exponent} × {weight}";
}

/// <summary>Options of <see cref="ScaledMaxBenchmark"/>.</summary>
public sealed record ScaledMaxOptions
{
    public required double Fraction { get; init; }
}

/// <summary>fraction × the pool's largest value.</summary>
public sealed class ScaledMaxBenchmark : IBenchmark
{
    public ScaledMaxBenchmark(ScaledMaxOptions options)
    {
        if (!(options.Fraction is > 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options.Fraction), options.Fraction, "fraction must be in (0, 1]");
        }

        Options = options;
    }

    public ScaledMaxOptions Options { get; }

    public string Name => "scaled_max";

    public BenchmarkValue Compute(in BenchmarkInput input) => new(KnownBenchmarks.Max.Compute(input).Value * Options.Fraction, $"{Options.Fraction} × pool max");
}

/// <summary>Options of <see cref="SingleIndicatorWeighting"/>.</summary>
public sealed record SingleIndicatorOptions
{
    public int Index { get; init; }
}

/// <summary>All weight on one indicator (by position).</summary>
public sealed class SingleIndicatorWeighting : IWeightingMethod
{
    public SingleIndicatorWeighting(SingleIndicatorOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.Index, nameof(options.Index));
        Options = options;
    }

    public SingleIndicatorOptions Options { get; }

    public string Name => "single_indicator";

    public WeightingResult ComputeWeights(DecisionMatrix matrix)
    {
        var weights = new double[matrix.ColumnCount];
        weights[Options.Index] = 1;
        return new WeightingResult(Name, weights);
    }
}

/// <summary>Options of <see cref="ScaledSumAggregation"/>.</summary>
public sealed record ScaledSumOptions
{
    public double Scale { get; init; } = 1;
}

/// <summary>scale × Σ weight × score.</summary>
public sealed class ScaledSumAggregation : IAggregationMethod
{
    public ScaledSumAggregation(ScaledSumOptions options)
    {
        if (!(options.Scale > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(options.Scale), options.Scale, "scale must be > 0");
        }

        Options = options;
    }

    public ScaledSumOptions Options { get; }

    public string Name => "scaled_sum";

    public void Aggregate(DecisionMatrix normalised, ReadOnlySpan<double> weights, Span<double> totals)
    {
        KnownAggregationMethods.WeightedSum.Aggregate(normalised, weights, totals);
        for (var i = 0; i < totals.Length; i++)
        {
            totals[i] *= Options.Scale;
        }
    }
}

/// <summary>Options of <see cref="ScaledLandArea"/>.</summary>
public sealed record ScaledLandOptions
{
    public double Factor { get; init; } = 1;
}

/// <summary>The certificate area × factor (e.g. a unit conversion).</summary>
public sealed class ScaledLandArea : ILandAreaStrategy
{
    public ScaledLandArea(ScaledLandOptions options)
    {
        if (!(options.Factor > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(options.Factor), options.Factor, "factor must be > 0");
        }

        Options = options;
    }

    public ScaledLandOptions Options { get; }

    public string Name => "scaled_certificate";

    public IReadOnlyList<Measure> Measures => KnownLandAreaStrategies.Certificate.Measures;

    public void Compute(FirmTable table, Span<double> area)
    {
        KnownLandAreaStrategies.Certificate.Compute(table, area);
        for (var i = 0; i < area.Length; i++)
        {
            area[i] *= Options.Factor;
        }
    }

    public string Explain(FirmTable table, int row) => $"{Options.Factor} × " + KnownLandAreaStrategies.Certificate.Explain(table, row);
}

/// <summary>Options of <see cref="SingleTierScheme"/>.</summary>
public sealed record SingleTierOptions
{
    [JsonConverter(typeof(SnakeCaseEnumConverter<Tier>))]
    public Tier Tier { get; init; } = Tier.B;
}

/// <summary>Every rated firm in one tier.</summary>
public sealed class SingleTierScheme : ITierScheme
{
    public SingleTierScheme(SingleTierOptions options)
    {
        if (options.Tier is not (Tier.A or Tier.B or Tier.C or Tier.D))
        {
            throw new ArgumentOutOfRangeException(nameof(options.Tier), options.Tier, "tier must be a, b, c or d");
        }

        Options = options;
    }

    public SingleTierOptions Options { get; }

    public string Name => "single_tier";

    public void Assign(ReadOnlySpan<double> totals, ReadOnlySpan<int> ranks, Span<Tier> tiers) => tiers.Fill(Options.Tier);

    public string Explain(double total, int rank, int count, Tier tier) => $"every firm in {tier}";
}

/// <summary>Options of <see cref="AnyTagAdjustment"/>.</summary>
public sealed record AnyTagOptions
{
    public required IReadOnlyList<string> Tags { get; init; }

    public required double Points { get; init; }
}

/// <summary>Points for a firm carrying any of the tags.</summary>
public sealed class AnyTagAdjustment(string id, string label, string? category, AnyTagOptions options) : IAdjustmentRule
{
    public AnyTagOptions Options { get; } = options.Tags.Count > 0 ? options : throw new ArgumentException("give at least one tag", nameof(options.Tags));

    public string Id { get; } = id;

    public string Label { get; } = label;

    public string? Category { get; } = category;

    public double Evaluate(FirmTable table, int row, out string detail)
    {
        var hit = Options.Tags.FirstOrDefault(t => table.HasTag(row, t));
        detail = hit is null ? string.Empty : $"tag {hit}: {Options.Points.ToString(CultureInfo.InvariantCulture)}";
        return hit is null ? 0 : Options.Points;
    }
}

/// <summary>Enums as snake_case strings, like the profile format.</summary>
public sealed class SnakeCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false)
    where TEnum : struct, Enum;

/// <summary>The options' JSON metadata, source-generated (trimming- and AOT-safe), configured like the profile format.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(PowerOptions))]
[JsonSerializable(typeof(ScaledMaxOptions))]
[JsonSerializable(typeof(SingleIndicatorOptions))]
[JsonSerializable(typeof(ScaledSumOptions))]
[JsonSerializable(typeof(ScaledLandOptions))]
[JsonSerializable(typeof(SingleTierOptions))]
[JsonSerializable(typeof(AnyTagOptions))]
internal sealed partial class UserComponentsJson : JsonSerializerContext;
