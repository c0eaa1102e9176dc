using EnterpriseScoring.Scoring;

namespace EnterpriseScoring.Profiles.Components;

/// <summary>The built-in scoring methods (<c>"scoring": {"method": …}</c>).</summary>
internal static class ScoringDescriptors
{
    public static ComponentCatalog<IScoringMethod> Catalog { get; } = new(
        "method",
        "scoring method",
        "A scoring method with options. Default: ratio_to_benchmark without cap.",
        [
            new RatioToBenchmark(),
            new MinMax(),
            new InverseBenchmark(),
            new ZScore(),
            new FixedInstanceDescriptor<IScoringMethod>("vector", "x / ‖x‖ (vector normalisation).", KnownScoringMethods.Vector, m => m is VectorScoring),
            new FixedInstanceDescriptor<IScoringMethod>("percentile_rank", "Excel PERCENTRANK.INC within the pool.", KnownScoringMethods.PercentileRank, m => m is PercentileRankScoring),
            new FixedInstanceDescriptor<IScoringMethod>("rank", "F4: (n − r + 1) / n with competition rank r.", KnownScoringMethods.Rank, m => m is RankScoring),
        ],
        ["cap", "floor", "offset", "scale"]);

    private sealed class RatioToBenchmark() : ComponentDescriptor<IScoringMethod>(
        RatioToBenchmarkScoring.MethodName,
        "F1: x / B (B / x for lower-is-better, which needs a cap); needs a benchmark.",
        [
            new("cap", ComponentOptionKind.Number, "Largest normalised value k (score ≤ k × W). Default: none."),
            new("floor", ComponentOptionKind.Number, "Smallest normalised value. Default: none."),
        ])
    {
        public override IScoringMethod? Create(ComponentReader reader)
        {
            var (cap, floor) = (reader.Number("cap"), reader.Number("floor"));
            return cap is null && floor is null
                ? KnownScoringMethods.RatioToBenchmark
                : reader.Try(null, () => KnownScoringMethods.RatioToBenchmarkWith(cap, floor), "cap > 0 and floor ≤ cap");
        }

        public override bool TryWrite(IScoringMethod component, ComponentWriter writer)
        {
            if (component is not RatioToBenchmarkScoring r)
            {
                return false;
            }

            writer.Set("cap", r.Options.Cap);
            writer.Set("floor", r.Options.Floor);
            return true;
        }

        public override void CheckUse(IScoringMethod component, ComponentReader reader)
        {
            if (component is RatioToBenchmarkScoring { Options.Cap: null } && reader.IndicatorDirection == Direction.LowerIsBetter)
            {
                reader.Problem("cap", "a lower-is-better indicator scored by ratio_to_benchmark needs a cap", "e.g. \"cap\": 1.2");
            }
        }
    }

    private sealed class MinMax() : ComponentDescriptor<IScoringMethod>(
        MinMaxScoring.MethodName,
        "F2: floor + (1 − floor) × (x − min) / (max − min); 0.2 = Anhui rule.",
        [new("floor", ComponentOptionKind.Number, "The worst firm gets floor × W (0.2 = Anhui rule). Default 0.")])
    {
        public override IScoringMethod? Create(ComponentReader reader) => reader.Number("floor") switch
        {
            null or 0 => KnownScoringMethods.MinMax,
            0.2 => KnownScoringMethods.MinMaxAnhui,
            { } floor => reader.Try("floor", () => KnownScoringMethods.MinMaxWithFloor(floor), "a floor in [0, 1), e.g. 0.2"),
        };

        public override bool TryWrite(IScoringMethod component, ComponentWriter writer)
        {
            if (component is not MinMaxScoring m)
            {
                return false;
            }

            writer.Set("floor", m.Options.Floor == 0 ? null : m.Options.Floor);
            return true;
        }
    }

    private sealed class InverseBenchmark() : ComponentDescriptor<IScoringMethod>(
        InverseBenchmarkScoring.MethodName, "F3: ½ × (2 − x / B) clamped to [0, 1]; lower-is-better indicators only; needs a benchmark.")
    {
        public override IScoringMethod? Create(ComponentReader reader) => KnownScoringMethods.InverseBenchmark;

        public override bool TryWrite(IScoringMethod component, ComponentWriter writer) => component is InverseBenchmarkScoring;

        public override void CheckUse(IScoringMethod component, ComponentReader reader)
        {
            if (component is InverseBenchmarkScoring && reader.IndicatorDirection == Direction.HigherIsBetter)
            {
                reader.Problem("method", $"inverse_benchmark scores lower-is-better indicators; '{reader.IndicatorId}' is higher-is-better", "use ratio_to_benchmark");
            }
        }
    }

    private sealed class ZScore() : ComponentDescriptor<IScoringMethod>(
        ZScoreScoring.MethodName,
        "offset + scale × (x − mean) / sd.",
        [
            new("offset", ComponentOptionKind.Number, "offset + scale × z. Default 0."),
            new("scale", ComponentOptionKind.Number, "offset + scale × z. Default 1."),
        ])
    {
        public override IScoringMethod? Create(ComponentReader reader)
        {
            var (offset, scale) = (reader.Number("offset"), reader.Number("scale"));
            return offset is null && scale is null
                ? KnownScoringMethods.ZScore
                : reader.Try(null, () => KnownScoringMethods.ZScoreLinear(offset ?? 0, scale ?? 1), "finite offset and non-zero scale");
        }

        public override bool TryWrite(IScoringMethod component, ComponentWriter writer)
        {
            if (component is not ZScoreScoring z)
            {
                return false;
            }

            writer.Set("offset", z.Options.Offset == 0 ? null : z.Options.Offset);
            writer.Set("scale", z.Options.Scale == 1 ? null : z.Options.Scale);
            return true;
        }
    }
}
