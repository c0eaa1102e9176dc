using EnterpriseScoring.Weighting;
using static EnterpriseScoring.Profiles.Components.ComponentReader;

namespace EnterpriseScoring.Profiles.Components;

/// <summary>The built-in weighting methods (<c>"weighting": {"method": …}</c>).</summary>
internal static class WeightingDescriptors
{
    private const string DegreesOfFreedomText = "0 (population, default) or 1 (sample).";

    public static ComponentCatalog<IWeightingMethod> Catalog { get; } = new(
        "method",
        "weighting method",
        "A weighting method. Default: fixed (each indicator's weight).",
        [
            new Fixed(),
            new FixedInstanceDescriptor<IWeightingMethod>("equal", "Every indicator weighs the same.", KnownWeightingMethods.Equal, m => m is EqualWeighting),
            new Entropy(),
            new Dispersion("critic", "CRITIC: more weight for an indicator that is dispersed (contrast) and unlike the others (conflict).", KnownWeightingMethods.Critic,
                m => m is CriticWeighting c ? c.Options.DegreesOfFreedom : null, dof => new CriticWeighting(new CriticWeightingOptions { DegreesOfFreedom = dof })),
            new Dispersion("coefficient_of_variation", "Weights proportional to each indicator's coefficient of variation.", KnownWeightingMethods.CoefficientOfVariation,
                m => m is CoefficientOfVariationWeighting c ? c.Options.DegreesOfFreedom : null, dof => new CoefficientOfVariationWeighting(new CoefficientOfVariationWeightingOptions { DegreesOfFreedom = dof })),
            new Dispersion("standard_deviation", "Weights proportional to each indicator's standard deviation.", KnownWeightingMethods.StandardDeviation,
                m => m is StandardDeviationWeighting s ? s.Options.DegreesOfFreedom : null, dof => new StandardDeviationWeighting(new StandardDeviationWeightingOptions { DegreesOfFreedom = dof })),
            new Ahp(),
            new Combination(),
        ],
        ["values", "matrix", "reject_inconsistent", "consistency_threshold", "normalisation", "degrees_of_freedom", "first", "second", "alpha"]);

    private sealed class Fixed() : ComponentDescriptor<IWeightingMethod>(
        "fixed",
        "Fixed weights: the indicators' own weights, or explicit values.",
        [new("values", ComponentOptionKind.NumberList, "Explicit values, one per indicator in order (default: the indicators' weights).")])
    {
        public override IWeightingMethod? Create(ComponentReader reader)
        {
            var n = reader.IndicatorWeights.Count;
            if (reader.Numbers("values") is { } values)
            {
                if (values.Count != n)
                {
                    reader.Problem("values", $"{values.Count} values for {n} indicators", "one value per indicator, in order");
                    return null;
                }

                return reader.Try("values", () => KnownWeightingMethods.Fixed([.. values]), "values ≥ 0, not all 0");
            }

            if (!reader.IsNested)
            {
                return null; // the default: each indicator's own weight
            }

            var weights = reader.IndicatorWeights;
            return weights.All(w => w > 0) ? KnownWeightingMethods.Fixed([.. weights]) : null;
        }

        public override bool TryWrite(IWeightingMethod component, ComponentWriter writer)
        {
            if (component is not FixedWeighting f)
            {
                return false;
            }

            writer.Set("values", writer.IsNested && f.Values.SequenceEqual(writer.IndicatorWeights) ? null : f.Values);
            return true;
        }
    }

    private sealed class Entropy() : ComponentDescriptor<IWeightingMethod>(
        "entropy",
        "Entropy weights: indicators that differ more between firms weigh more.",
        [ComponentOption.OneOf("normalisation", "none (default) or min_max.", ["none", "min_max"])])
    {
        public override IWeightingMethod? Create(ComponentReader reader) =>
            reader.Text("normalisation") is null or "none"
                ? KnownWeightingMethods.Entropy
                : new EntropyWeighting(new EntropyWeightingOptions { Normalisation = EntropyNormalisation.MinMax });

        public override bool TryWrite(IWeightingMethod component, ComponentWriter writer)
        {
            if (component is not EntropyWeighting e)
            {
                return false;
            }

            writer.Set("normalisation", e.Options.Normalisation == EntropyNormalisation.None ? null : "min_max");
            return true;
        }
    }

    private sealed class Dispersion(string name, string description, IWeightingMethod plain, Func<IWeightingMethod, int?> degreesOf, Func<int, IWeightingMethod> create)
        : ComponentDescriptor<IWeightingMethod>(name, description, [new("degrees_of_freedom", ComponentOptionKind.Integer, DegreesOfFreedomText)])
    {
        public override IWeightingMethod? Create(ComponentReader reader) => reader.Integer("degrees_of_freedom") switch
        {
            null or 0 => plain,
            { } dof => reader.Try("degrees_of_freedom", () => create(dof), "0 (population) or 1 (sample)"),
        };

        public override bool TryWrite(IWeightingMethod component, ComponentWriter writer)
        {
            if (degreesOf(component) is not { } dof)
            {
                return false;
            }

            writer.Set("degrees_of_freedom", dof == 0 ? null : dof);
            return true;
        }
    }

    private sealed class Ahp() : ComponentDescriptor<IWeightingMethod>(
        "ahp",
        "AHP: the principal eigenvector of a pairwise comparison matrix (Saaty's 1–9 scale).",
        [
            new("matrix", ComponentOptionKind.NumberMatrix, "The n × n pairwise comparison matrix, rows in indicator order."),
            new("reject_inconsistent", ComponentOptionKind.Boolean, "Reject a consistency ratio above consistency_threshold. Default false (noted only)."),
            new("consistency_threshold", ComponentOptionKind.Number, "Largest acceptable CR. Default 0.1."),
        ])
    {
        public override IWeightingMethod? Create(ComponentReader reader)
        {
            var n = reader.IndicatorWeights.Count;
            if (reader.Matrix("matrix") is not { } rows)
            {
                reader.Problem("matrix", "ahp needs a pairwise comparison matrix", "n rows of n judgements on Saaty's 1–9 scale, rows in indicator order");
                return null;
            }

            if (rows.Count != n || rows.Any(r => r.Count != n))
            {
                reader.Problem("matrix", $"must be {n} × {n} (one row and column per indicator)");
                return null;
            }

            var a = new double[n, n];
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    a[i, j] = rows[i][j];
                }
            }

            var matrix = reader.Try("matrix", () => new PairwiseComparisonMatrix(a), "a_ji must be 1 / a_ij and the diagonal 1");
            if (reader.Number("consistency_threshold") is { } ct && !(ct >= 0))
            {
                reader.Problem("consistency_threshold", $"{Num(ct)} is negative", "e.g. 0.1");
                return null;
            }

            if (matrix is null)
            {
                return null;
            }

            var options = new AhpWeightingOptions { RejectInconsistent = reader.Boolean("reject_inconsistent") ?? false, ConsistencyThreshold = reader.Number("consistency_threshold") ?? 0.1 };
            return reader.Try("matrix", () => KnownWeightingMethods.Ahp(matrix, options), "revise the judgements or set reject_inconsistent to false");
        }

        public override bool TryWrite(IWeightingMethod component, ComponentWriter writer)
        {
            if (component is not AhpWeighting a)
            {
                return false;
            }

            var m = a.Comparisons;
            writer.Set("matrix", Enumerable.Range(0, m.Size).Select(i => Enumerable.Range(0, m.Size).Select(j => m[i, j])));
            writer.Set("reject_inconsistent", a.Options.RejectInconsistent ? true : null);
            writer.Set("consistency_threshold", a.Options.ConsistencyThreshold == 0.1 ? null : a.Options.ConsistencyThreshold);
            return true;
        }
    }

    private sealed class Combination() : ComponentDescriptor<IWeightingMethod>(
        "combination",
        "α × first + (1 − α) × second, e.g. subjective AHP with objective entropy.",
        [
            ComponentOption.Nested<IWeightingMethod>("first", "The method weighted by alpha."),
            ComponentOption.Nested<IWeightingMethod>("second", "The method weighted by 1 − alpha."),
            new("alpha", ComponentOptionKind.Number, "alpha in [0, 1]. Default 0.5."),
        ])
    {
        public override IWeightingMethod? Create(ComponentReader reader)
        {
            if (!reader.Has("first") || !reader.Has("second"))
            {
                reader.Problem(reader.Has("first") ? "second" : "first", "combination needs first and second methods", "e.g. {\"method\": \"ahp\", …} and {\"method\": \"entropy\"}");
                return null;
            }

            var first = reader.Component<IWeightingMethod>("first");
            var second = reader.Component<IWeightingMethod>("second");
            if (reader.Number("alpha") is { } alpha && !(alpha is >= 0 and <= 1))
            {
                reader.Problem("alpha", $"{Num(alpha)} is not in [0, 1]");
                return null;
            }

            return first is null || second is null ? null : KnownWeightingMethods.Combination(first, second, reader.Number("alpha") ?? 0.5);
        }

        public override bool TryWrite(IWeightingMethod component, ComponentWriter writer)
        {
            if (component is not CombinationWeighting c)
            {
                return false;
            }

            writer.SetComponent("first", c.First);
            writer.SetComponent("second", c.Second);
            writer.Set("alpha", c.Alpha == 0.5 ? null : c.Alpha);
            return true;
        }
    }
}
