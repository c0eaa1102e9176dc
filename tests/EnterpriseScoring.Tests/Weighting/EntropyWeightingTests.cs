using EnterpriseScoring.Weighting;

namespace EnterpriseScoring.Tests.Weighting;

public class EntropyWeightingTests
{
    private static readonly EntropyWeighting MinMaxEntropy = new(new EntropyWeightingOptions { Normalisation = EntropyNormalisation.MinMax });

    [TestCase(1, 2, 1)]
    [TestCase(2, 3, 2)]
    [TestCase(3, 10, 4)]
    [TestCase(4, 50, 6)]
    [TestCase(5, 500, 3)]
    public void ComputeWeights_RandomData_MatchesNaiveReference(int seed, int n, int m)
    {
        var columns = Reference.RandomColumns(seed, n, m);
        var result = KnownWeightingMethods.Entropy.ComputeWeights(Reference.Matrix(columns));
        Reference.AssertClose(result.Weights, Reference.Entropy(columns));
    }

    [TestCase(11, 10, 4)]
    [TestCase(12, 60, 6)]
    public void ComputeWeights_MinMaxWithDirections_MatchesNaiveReference(int seed, int n, int m)
    {
        var columns = Reference.RandomColumns(seed, n, m, -50, 100);
        var directions = Reference.RandomDirections(seed, m);
        var result = MinMaxEntropy.ComputeWeights(Reference.Matrix(columns, directions));
        Reference.AssertClose(result.Weights, Reference.Entropy(columns, directions, minMax: true));
    }

    /// <summary>
    /// A small example computed by hand (not from a publication). Rows: firms; columns: two criteria.
    /// Column 1 = (1, 1, 2): p = (1/4, 1/4, 1/2); Σ p ln p = ½ ln ¼ + ½ ln ½ = −1.039721; e1 = 1.039721 / ln 3 = 0.946395; d1 = 0.053605.
    /// Column 2 = (1, 2, 3): p = (1/6, 1/3, 1/2); Σ p ln p = −0.298627 − 0.366204 − 0.346574 = −1.011404; e2 = 0.920620; d2 = 0.079380.
    /// w = d / (d1 + d2) = (0.403092, 0.596908).
    /// </summary>
    [Test]
    public void ComputeWeights_HandComputedExample_MatchesHandValues()
    {
        var matrix = DecisionMatrix.FromRows([[1, 1], [1, 2], [2, 3]]);
        var result = KnownWeightingMethods.Entropy.ComputeWeights(matrix);
        var e1 = -((0.5 * Math.Log(0.25)) + (0.5 * Math.Log(0.5))) / Math.Log(3);
        var e2 = -(((1.0 / 6) * Math.Log(1.0 / 6)) + ((1.0 / 3) * Math.Log(1.0 / 3)) + (0.5 * Math.Log(0.5))) / Math.Log(3);

        Assert.Multiple(() =>
        {
            Assert.That(result.Method, Is.EqualTo("entropy"));
            Assert.That(result.Weights[0], Is.EqualTo(0.403092).Within(1e-6));
            Assert.That(result.Weights[1], Is.EqualTo(0.596908).Within(1e-6));
            Assert.That(result.Weights[0], Is.EqualTo((1 - e1) / (2 - e1 - e2)).Within(1e-14));
            Assert.That(result.Diagnostics["entropy[c1]"], Is.EqualTo(0.946395).Within(1e-6));
            Assert.That(result.Diagnostics["entropy[c2]"], Is.EqualTo(0.920620).Within(1e-6));
            Assert.That(result.Diagnostics["divergence[c2]"], Is.EqualTo(1 - e2).Within(1e-15));
            Assert.That(result.Notes, Is.Empty);
        });
    }

    [Test]
    public void ComputeWeights_NegativeValue_ThrowsNamingCriterion()
    {
        var matrix = new DecisionMatrix([[1.0, 2, 3], [4.0, -5, 6]], ["tax_per_mu", "profit"]);
        var ex = Assert.Throws<ArgumentException>(() => KnownWeightingMethods.Entropy.ComputeWeights(matrix));
        Assert.That(ex!.Message, Does.Contain("profit").And.Contain("-5"));
    }

    [Test]
    public void ComputeWeights_NegativeValueWithMinMax_IsAccepted()
    {
        var matrix = new DecisionMatrix([[1.0, 2, 3], [4.0, -5, 6]]);
        var result = MinMaxEntropy.ComputeWeights(matrix);
        Assert.That(result.Weights.Sum(), Is.EqualTo(1).Within(1e-12));
    }

    [Test]
    public void ComputeWeights_ConstantColumn_GetsWeightZero()
    {
        var matrix = new DecisionMatrix([[5.0, 5, 5, 5], [1.0, 2, 3, 4], [0.0, 0, 0, 0]]);
        var result = KnownWeightingMethods.Entropy.ComputeWeights(matrix);
        Assert.Multiple(() =>
        {
            Assert.That(result.Weights, Is.EqualTo(new[] { 0.0, 1.0, 0.0 }));
            Assert.That(result.Diagnostics["entropy[c1]"], Is.EqualTo(1));
            Assert.That(result.Diagnostics["divergence[c3]"], Is.EqualTo(0));
        });
    }

    [Test]
    public void ComputeWeights_AllColumnsConstant_EqualWeightsWithNote()
    {
        var result = KnownWeightingMethods.Entropy.ComputeWeights(new DecisionMatrix([[2.0, 2, 2], [0.0, 0, 0]]));
        Assert.Multiple(() =>
        {
            Assert.That(result.Weights, Is.EqualTo(new[] { 0.5, 0.5 }));
            Assert.That(result.Notes, Has.Count.EqualTo(1).And.Some.Contain("constant"));
        });
    }

    [TestCase(0)]
    [TestCase(1)]
    public void ComputeWeights_FewerThanTwoRows_EqualWeightsWithNote(int rows)
    {
        var columns = Enumerable.Range(0, 3).Select(_ => Enumerable.Repeat(4.0, rows).ToArray()).ToArray();
        var result = KnownWeightingMethods.Entropy.ComputeWeights(new DecisionMatrix(columns));
        Assert.Multiple(() =>
        {
            Assert.That(result.Weights, Is.EqualTo(new[] { 1.0 / 3, 1.0 / 3, 1.0 / 3 }));
            Assert.That(result.Notes, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public void ComputeWeights_NoCriteria_EmptyResult()
    {
        var result = KnownWeightingMethods.Entropy.ComputeWeights(new DecisionMatrix([]));
        Assert.That(result.Weights, Is.Empty);
    }

    [Test]
    public void ComputeWeights_ZerosInColumn_NoNaN()
    {
        var matrix = DecisionMatrix.FromRows([[0, 3], [0, 1], [7, 0], [1, 0]]);
        var result = KnownWeightingMethods.Entropy.ComputeWeights(matrix);
        Assert.Multiple(() =>
        {
            Assert.That(result.Weights.All(double.IsFinite), Is.True);
            Assert.That(result.Diagnostics.Values.All(double.IsFinite), Is.True);
            Reference.AssertClose(result.Weights, Reference.Entropy([[0, 0, 7, 1], [3, 1, 0, 0]]));
        });
    }

    [Test]
    public void ComputeWeights_ShuffledRows_SameWeightsWithinTolerance()
    {
        var columns = Reference.RandomColumns(21, 200, 5);
        var a = KnownWeightingMethods.Entropy.ComputeWeights(Reference.Matrix(columns));
        var b = KnownWeightingMethods.Entropy.ComputeWeights(Reference.Matrix(Reference.Permute(columns, 5)));
        Reference.AssertClose(b.Weights, a.Weights);
    }

    [Test]
    public void ComputeWeights_LargeMatrixParallelPath_MatchesNaiveReference()
    {
        var columns = Reference.RandomColumns(31, 40_000, 4);
        var result = KnownWeightingMethods.Entropy.ComputeWeights(Reference.Matrix(columns));
        Reference.AssertClose(result.Weights, Reference.Entropy(columns), 1e-10);
    }

    [Test]
    public void ComputeWeights_ExtremeMagnitudesOnVectorPath_MatchesNaiveReference()
    {
        // 20 rows (vectorised log) mixing zeros, subnormal-scale shares and large values.
        double[] a = [0, 1e-300, 5e-310, 1, 2, 3, 1e10, 0, 7, 1e-5, 4, 4, 4, 9, 1e-200, 0, 3, 2, 1, 1e-3];
        double[] b = [1e15, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2];
        var result = KnownWeightingMethods.Entropy.ComputeWeights(new DecisionMatrix([a, b]));
        Assert.Multiple(() =>
        {
            Reference.AssertClose(result.Weights, Reference.Entropy([a, b]));
            Assert.That(result.Diagnostics.Values.All(double.IsFinite), Is.True);
        });
    }

    /// <summary>Sizes around the vector width (8 lanes × 2), the summation block (1024) and the scalar tail; zeros in every
    /// column, a constant and an all-zero column.</summary>
    [TestCase(15)]
    [TestCase(16)]
    [TestCase(17)]
    [TestCase(1_023)]
    [TestCase(1_025)]
    [TestCase(2_049)]
    [TestCase(5_003)]
    public void ComputeWeights_VectorBlocksAndTails_MatchesNaiveReference(int n)
    {
        var columns = Reference.RandomColumns(n, n, 5);
        for (var i = 0; i < n; i += 7)
        {
            columns[1][i] = 0;
            columns[2][(i * 3) % n] = 0;
        }

        columns[3] = Enumerable.Repeat(2.5, n).ToArray();
        columns[4] = new double[n];
        var result = KnownWeightingMethods.Entropy.ComputeWeights(Reference.Matrix(columns));
        Assert.Multiple(() =>
        {
            Reference.AssertClose(result.Weights, Reference.Entropy(columns));
            Assert.That(result.Weights[3], Is.EqualTo(0));
            Assert.That(result.Weights[4], Is.EqualTo(0));
        });
    }

    [Test]
    public void ComputeWeights_MinMaxLargeMatrix_MatchesNaiveReference()
    {
        var columns = Reference.RandomColumns(41, 40_001, 4, -50, 100);
        var directions = Reference.RandomDirections(41, 4);
        var result = MinMaxEntropy.ComputeWeights(Reference.Matrix(columns, directions));
        Reference.AssertClose(result.Weights, Reference.Entropy(columns, directions, minMax: true), 1e-10);
    }

    /// <summary>Long columns (300k × 4: one column per thread) against a compensated (Neumaier) reference of the textbook
    /// formula: the blocked sums keep the weights within 1e-12 (relative).</summary>
    [Test]
    public void ComputeWeights_LongColumns_MatchCompensatedReference()
    {
        const int n = 300_000;
        var columns = Reference.RandomColumns(43, n, 4, 0, 2).Select(c => c.Select(x => Math.Round(x, 3)).ToArray()).ToArray();
        static double Neumaier(IEnumerable<double> values) => EnterpriseScoring.Internal.CompensatedSum.Neumaier(values.ToArray());

        var divergence = columns.Select(c =>
        {
            var total = Neumaier(c);
            return 1 + (Neumaier(c.Where(x => x > 0).Select(x => x / total * Math.Log(x / total))) / Math.Log(n));
        }).ToArray();
        var expected = divergence.Select(d => d / divergence.Sum()).ToArray();
        var result = KnownWeightingMethods.Entropy.ComputeWeights(Reference.Matrix(columns));
        Reference.AssertClose(result.Weights, expected, 1e-12);
    }

    /// <summary>Values near <see cref="double.MaxValue"/>: the sums overflow and are redone on the column scaled by a power of
    /// two, which changes no share.</summary>
    [Test]
    public void ComputeWeights_ValuesNearMaxValue_SameAsScaledDownColumns()
    {
        var scaledDown = Reference.RandomColumns(45, 3_001, 3, 0, 100);
        scaledDown[2][17] = 0;
        var huge = scaledDown.Select(c => c.Select(x => Math.ScaleB(x, 1016)).ToArray()).ToArray();
        Assert.That(huge.Max(c => c.Max()), Is.GreaterThan(1e307));
        var result = KnownWeightingMethods.Entropy.ComputeWeights(Reference.Matrix(huge));
        Assert.Multiple(() =>
        {
            Reference.AssertClose(result.Weights, Reference.Entropy(scaledDown));
            Assert.That(result.Diagnostics.Values.All(double.IsFinite), Is.True);
        });
    }

    [TestCase(100, 57)]
    [TestCase(100, 99)]
    [TestCase(70_000, 12_345)]
    public void ComputeWeights_NegativeValueOnVectorPath_ThrowsNamingCriterionAndRow(int n, int row)
    {
        var columns = Reference.RandomColumns(47, n, 2);
        columns[1][row] = -3.25;
        var ex = Assert.Throws<ArgumentException>(() => KnownWeightingMethods.Entropy.ComputeWeights(Reference.Matrix(columns)));
        Assert.That(ex!.Message, Does.Contain("'c2'").And.Contain("-3.25").And.Contain($"row {row}"));
    }
}
