using EnterpriseScoring.Benchmarks;
using static EnterpriseScoring.Profiles.Components.ComponentReader;

namespace EnterpriseScoring.Profiles.Components;

/// <summary>The built-in benchmarks (<c>"benchmark": {"type": …}</c>).</summary>
internal static class BenchmarkDescriptors
{
    public static ComponentCatalog<IBenchmark> Catalog { get; } = new(
        "type",
        "benchmark",
        "A benchmark B, required by ratio_to_benchmark and inverse_benchmark.",
        [
            new Fixed(),
            new PoolMean(),
            new FixedInstanceDescriptor<IBenchmark>(MedianBenchmark.BenchmarkName, "The pool's median value.", KnownBenchmarks.Median, b => b is MedianBenchmark),
            new FixedInstanceDescriptor<IBenchmark>(MaxBenchmark.BenchmarkName, "The pool's largest value.", KnownBenchmarks.Max, b => b is MaxBenchmark),
            new FixedInstanceDescriptor<IBenchmark>(MinBenchmark.BenchmarkName, "The pool's smallest value.", KnownBenchmarks.Min, b => b is MinBenchmark),
            new Percentile(),
            new PriorYear(),
            new FixedInstanceDescriptor<IBenchmark>("pool_mean_ratio_of_sums", "Short for pool_mean with mean ratio_of_sums (written back as that).", KnownBenchmarks.PoolMeanRatioOfSums, _ => false),
            new FixedInstanceDescriptor<IBenchmark>("pool_mean_of_ratios", "Short for pool_mean with mean mean_of_ratios (written back as that).", KnownBenchmarks.PoolMeanOfRatios, _ => false),
        ],
        ["value", "source", "mean", "p", "definition", "multiplier", "inner"]);

    private sealed class Fixed() : ComponentDescriptor<IBenchmark>(
        FixedBenchmark.BenchmarkName,
        "A published target.",
        [
            new("value", ComponentOptionKind.Number, "The target (> 0)."),
            new("source", ComponentOptionKind.Text, "Where the target comes from (文号)."),
        ])
    {
        public override IBenchmark? Create(ComponentReader reader)
        {
            if (reader.Number("value") is not { } value)
            {
                reader.Problem("value", "a fixed benchmark needs a value", "the published target, e.g. 15");
                return null;
            }

            if (FixedBenchmark.ValueProblem(value) is { } problem)
            {
                reader.Problem("value", problem.Message, problem.Hint);
                return null;
            }

            return KnownBenchmarks.Fixed(value, reader.Text("source"));
        }

        public override bool TryWrite(IBenchmark component, ComponentWriter writer)
        {
            if (component is not FixedBenchmark f)
            {
                return false;
            }

            writer.Set("value", f.Value);
            writer.Set("source", f.Source);
            return true;
        }
    }

    private sealed class PoolMean() : ComponentDescriptor<IBenchmark>(
        PoolMeanBenchmark.BenchmarkName,
        "The pool's mean.",
        [ComponentOption.OneOf<MeanKind>("mean", "ratio_of_sums (Σ numerators / Σ denominators) or mean_of_ratios. Required.")])
    {
        public override IBenchmark? Create(ComponentReader reader)
        {
            if (reader.Choice<MeanKind>("mean") is not { } kind)
            {
                reader.Problem("mean", "pool_mean must say which mean", "\"mean\": \"ratio_of_sums\" (Σtax/Σland, what statistics publish) or \"mean_of_ratios\"");
                return null;
            }

            return KnownBenchmarks.PoolMean(kind);
        }

        public override bool TryWrite(IBenchmark component, ComponentWriter writer)
        {
            if (component is not PoolMeanBenchmark m)
            {
                return false;
            }

            writer.SetChoice<MeanKind>("mean", m.Kind);
            return true;
        }
    }

    private sealed class Percentile() : ComponentDescriptor<IBenchmark>(
        PercentileBenchmark.BenchmarkName,
        "A percentile of the pool's values.",
        [
            new("p", ComponentOptionKind.Number, "p in [0, 1]."),
            ComponentOption.OneOf<PercentileDefinition>("definition", "inclusive (Excel PERCENTILE.INC, default) or exclusive."),
        ])
    {
        public override IBenchmark? Create(ComponentReader reader)
        {
            if (reader.Number("p") is not { } p)
            {
                reader.Problem("p", "pool_percentile needs p", "p in [0, 1], e.g. 0.75");
                return null;
            }

            var definition = reader.Choice<PercentileDefinition>("definition") ?? PercentileDefinition.Inclusive;
            return reader.Try("p", () => KnownBenchmarks.Percentile(p, definition), "p in [0, 1]");
        }

        public override bool TryWrite(IBenchmark component, ComponentWriter writer)
        {
            if (component is not PercentileBenchmark p)
            {
                return false;
            }

            writer.Set("p", p.P);
            writer.SetChoice<PercentileDefinition>("definition", p.Definition == PercentileDefinition.Inclusive ? null : p.Definition);
            return true;
        }
    }

    private sealed class PriorYear() : ComponentDescriptor<IBenchmark>(
        PriorYearBenchmark.BenchmarkName,
        "k × a statistic of last year's values (needs prior results).",
        [
            new("multiplier", ComponentOptionKind.Number, "k (e.g. 2). Default 1."),
            ComponentOption.Nested<IBenchmark>("inner", "The statistic on last year's values, e.g. {\"type\": \"pool_mean\", \"mean\": \"ratio_of_sums\"}."),
        ])
    {
        public override IBenchmark? Create(ComponentReader reader)
        {
            if (reader.IsNested)
            {
                reader.Problem("type", "prior_year cannot be nested in prior_year");
                return null;
            }

            if (!reader.Has("inner"))
            {
                reader.Problem("inner", "prior_year needs an inner benchmark", "e.g. {\"type\": \"pool_mean\", \"mean\": \"ratio_of_sums\"}");
                return null;
            }

            var inner = reader.Component<IBenchmark>("inner");
            if (reader.Number("multiplier") is { } k && !(k > 0))
            {
                reader.Problem("multiplier", $"{Num(k)} is not > 0", "e.g. 2");
                return null;
            }

            return inner is null ? null : KnownBenchmarks.PriorYear(inner, reader.Number("multiplier") ?? 1);
        }

        public override bool TryWrite(IBenchmark component, ComponentWriter writer)
        {
            if (component is not PriorYearBenchmark y)
            {
                return false;
            }

            writer.Set("multiplier", y.Multiplier == 1 ? null : y.Multiplier);
            writer.SetComponent("inner", y.Inner);
            return true;
        }
    }
}
