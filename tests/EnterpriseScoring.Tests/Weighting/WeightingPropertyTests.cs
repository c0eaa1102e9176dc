using EnterpriseScoring.Weighting;
using FsCheck;
using FsCheck.Fluent;

namespace EnterpriseScoring.Tests.Weighting;

public class WeightingPropertyTests
{
    /// <summary>Small non-negative matrices with many ties, zeros and constant columns (integers 0..20 / 4).</summary>
    private static Arbitrary<double[][]> Matrices() =>
        Arb.From(
            from n in Gen.Choose(0, 8)
            from m in Gen.Choose(1, 5)
            from values in Gen.ArrayOf(Gen.Choose(0, 20), n * m)
            select Enumerable.Range(0, m).Select(j => Enumerable.Range(0, n).Select(i => values[(j * n) + i] / 4.0).ToArray()).ToArray());

    private static readonly IWeightingMethod[] DataMethods =
    [
        KnownWeightingMethods.Entropy,
        new EntropyWeighting(new EntropyWeightingOptions { Normalisation = EntropyNormalisation.MinMax }),
        KnownWeightingMethods.Critic,
        KnownWeightingMethods.StandardDeviation,
        KnownWeightingMethods.CoefficientOfVariation, // values ≥ 0: a zero mean only occurs for an all-zero (constant) column
        KnownWeightingMethods.Equal,
    ];

    [Test]
    public void ComputeWeights_AnyNonNegativeMatrix_WeightsAreAFiniteDistribution()
    {
        Prop.ForAll(Matrices(), columns =>
        {
            var matrix = new DecisionMatrix(columns);
            foreach (var method in DataMethods)
            {
                var result = method.ComputeWeights(matrix);
                if (result.Weights.Count != columns.Length
                    || result.Weights.Any(w => !double.IsFinite(w) || w < 0)
                    || Math.Abs(result.Weights.Sum() - 1) > 1e-12
                    || result.Diagnostics.Values.Any(v => !double.IsFinite(v)))
                {
                    return false;
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Test]
    public void ComputeWeights_RowsReversed_SameWeightsWithinTolerance()
    {
        Prop.ForAll(Matrices(), columns =>
        {
            var reversed = columns.Select(c => c.Reverse().ToArray()).ToArray();
            foreach (var method in DataMethods)
            {
                var a = method.ComputeWeights(new DecisionMatrix(columns)).Weights;
                var b = method.ComputeWeights(new DecisionMatrix(reversed)).Weights;
                if (a.Zip(b, (x, y) => Math.Abs(x - y) > 1e-12 * Math.Max(1, Math.Abs(x))).Any(bad => bad))
                {
                    return false;
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Test]
    public void ComputeWeights_ConstantColumnAmongVaryingOnes_GetsWeightZero()
    {
        Prop.ForAll(Matrices(), columns =>
        {
            if (columns[0].Length < 2 || columns.All(c => c.Distinct().Count() == 1))
            {
                return true;
            }

            var withConstant = columns.Append(Enumerable.Repeat(2.5, columns[0].Length).ToArray()).ToArray();
            var m = withConstant.Length;
            return new[] { KnownWeightingMethods.Entropy, KnownWeightingMethods.Critic, KnownWeightingMethods.StandardDeviation }
                .All(method => method.ComputeWeights(new DecisionMatrix(withConstant)).Weights[m - 1] == 0);
        }).QuickCheckThrowOnFailure();
    }
}
