using EnterpriseScoring.Weighting;

namespace EnterpriseScoring.Tests.Weighting;

public class AhpWeightingTests
{
    private static readonly DecisionMatrix ThreeCriteria = new([[1.0], [2.0], [3.0]]);

    /// <summary>Power iteration and λ = mean of (A w)_i / w_i: the naive reference for the principal eigenvector.</summary>
    private static (double[] Weights, double LambdaMax) PowerIteration(double[][] a)
    {
        var n = a.Length;
        var w = Enumerable.Repeat(1.0 / n, n).ToArray();
        for (var iteration = 0; iteration < 2000; iteration++)
        {
            var v = a.Select(row => row.Zip(w, (x, y) => x * y).Sum()).ToArray();
            w = v.Select(x => x / v.Sum()).ToArray();
        }

        var lambda = a.Select((row, i) => row.Zip(w, (x, y) => x * y).Sum() / w[i]).Average();
        return (w, lambda);
    }

    /// <summary>
    /// A 3 × 3 example reproduced in many AHP tutorials (we cite no specific publication): a12 = 3, a13 = 5, a23 = 3.
    /// Weights ≈ (0.6370, 0.2583, 0.1047), λmax ≈ 3.0385, CI ≈ 0.0193, CR = CI / 0.58 ≈ 0.0332 (consistent).
    /// The figures were checked independently with power iteration (below).
    /// </summary>
    [Test]
    public void ComputeWeights_ThreeByThreeTutorialExample_MatchesKnownFigures()
    {
        double[][] rows = [[1, 3, 5], [1.0 / 3, 1, 3], [1.0 / 5, 1.0 / 3, 1]];
        var result = KnownWeightingMethods.Ahp(PairwiseComparisonMatrix.FromRows(rows)).ComputeWeights(ThreeCriteria);
        var (w, lambda) = PowerIteration(rows);
        Assert.Multiple(() =>
        {
            Assert.That(result.Method, Is.EqualTo("ahp"));
            Assert.That(result.Weights[0], Is.EqualTo(0.6370).Within(1e-4));
            Assert.That(result.Weights[1], Is.EqualTo(0.2583).Within(1e-4));
            Assert.That(result.Weights[2], Is.EqualTo(0.1047).Within(1e-4));
            Assert.That(result.Diagnostics["lambda_max"], Is.EqualTo(3.0385).Within(1e-4));
            Assert.That(result.Diagnostics["consistency_index"], Is.EqualTo(0.01926).Within(1e-5));
            Assert.That(result.Diagnostics["random_index"], Is.EqualTo(0.58));
            Assert.That(result.Diagnostics["consistency_ratio"], Is.EqualTo(0.0332).Within(1e-4));
            Assert.That(result.Notes, Is.Empty);
            Reference.AssertClose(result.Weights, w, 1e-10);
            Assert.That(result.Diagnostics["lambda_max"], Is.EqualTo(lambda).Within(1e-10));
        });
    }

    [TestCase(1)]
    [TestCase(4)]
    [TestCase(6)]
    [TestCase(9)]
    public void ComputeWeights_RandomReciprocalMatrix_MatchesPowerIteration(int seed)
    {
        var random = new Random(seed);
        var n = 3 + random.Next(6);
        var scale = new[] { 1.0 / 9, 1.0 / 7, 1.0 / 5, 1.0 / 3, 1, 2, 3, 5, 7, 9 };
        var upper = Enumerable.Range(0, n * (n - 1) / 2).Select(_ => scale[random.Next(scale.Length)]).ToArray();
        var comparisons = PairwiseComparisonMatrix.FromUpperTriangle(n, upper);
        var rows = Enumerable.Range(0, n).Select(i => Enumerable.Range(0, n).Select(j => comparisons[i, j]).ToArray()).ToArray();
        var result = new AhpWeighting(comparisons).Result;
        var (w, lambda) = PowerIteration(rows);
        Assert.Multiple(() =>
        {
            Reference.AssertClose(result.Weights, w, 1e-9);
            Assert.That(result.Diagnostics["lambda_max"], Is.EqualTo(lambda).Within(1e-9));
            Assert.That(result.Diagnostics["consistency_ratio"], Is.EqualTo((lambda - n) / (n - 1) / AhpWeighting.SaatyRandomIndex(n)!.Value).Within(1e-9));
        });
    }

    /// <summary>A perfectly consistent matrix a_ij = w_i / w_j has λmax = n, CI = CR = 0 and returns w exactly (a fact of
    /// linear algebra, no citation needed).</summary>
    [Test]
    public void ComputeWeights_ConsistentMatrix_RecoversWeightsAndZeroCR()
    {
        double[] w = [0.4, 0.3, 0.2, 0.1];
        var a = new double[4, 4];
        for (var i = 0; i < 4; i++)
        {
            for (var j = 0; j < 4; j++)
            {
                a[i, j] = w[i] / w[j];
            }
        }

        var result = new AhpWeighting(new PairwiseComparisonMatrix(a)).Result;
        Assert.Multiple(() =>
        {
            Reference.AssertClose(result.Weights, w, 1e-12);
            Assert.That(result.Diagnostics["lambda_max"], Is.EqualTo(4).Within(1e-12));
            Assert.That(result.Diagnostics["consistency_index"], Is.EqualTo(0).Within(1e-12));
            Assert.That(result.Diagnostics["consistency_ratio"], Is.EqualTo(0).Within(1e-12));
        });
    }

    private static PairwiseComparisonMatrix Cyclic() =>
        // A prefers B strongly, B prefers C strongly, C prefers A strongly: maximally intransitive.
        PairwiseComparisonMatrix.FromUpperTriangle(3, [9, 1.0 / 9, 9]);

    [Test]
    public void ComputeWeights_InconsistentMatrix_NoteWithCR()
    {
        var result = new AhpWeighting(Cyclic()).Result;
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics["consistency_ratio"], Is.GreaterThan(0.1));
            Assert.That(result.Notes, Has.Count.EqualTo(1).And.Some.Contain("CR"));
            Assert.That(result.Weights, Is.EqualTo(new[] { 1.0 / 3, 1.0 / 3, 1.0 / 3 }).Within(1e-12));
        });
    }

    [Test]
    public void Constructor_InconsistentMatrixWithRejectOption_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new AhpWeighting(Cyclic(), new AhpWeightingOptions { RejectInconsistent = true }));
        Assert.That(ex!.Message, Does.Contain("CR"));
    }

    [TestCase(1)]
    [TestCase(2)]
    public void ComputeWeights_TwoOrFewerCriteria_CRZero(int n)
    {
        var comparisons = n == 1 ? PairwiseComparisonMatrix.FromUpperTriangle(1, []) : PairwiseComparisonMatrix.FromUpperTriangle(2, [4]);
        var result = new AhpWeighting(comparisons).Result;
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics["consistency_ratio"], Is.EqualTo(0));
            Assert.That(result.Weights, Is.EqualTo(n == 1 ? new[] { 1.0 } : new[] { 0.8, 0.2 }).Within(1e-12));
        });
    }

    [Test]
    public void ComputeWeights_MoreThanFifteenCriteria_NoCRAndNote()
    {
        var comparisons = PairwiseComparisonMatrix.FromUpperTriangle(16, Enumerable.Repeat(1.0, 120).ToArray());
        var result = new AhpWeighting(comparisons).Result;
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics.ContainsKey("consistency_ratio"), Is.False);
            Assert.That(result.Diagnostics.ContainsKey("random_index"), Is.False);
            Assert.That(result.Notes, Has.Some.Contain("15"));
            Assert.That(result.Weights, Has.All.EqualTo(1.0 / 16).Within(1e-12));
        });
    }

    [Test]
    public void SaatyRandomIndex_Table_MatchesSaaty()
    {
        double[] expected = [0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59];
        Assert.Multiple(() =>
        {
            for (var n = 1; n <= 15; n++)
            {
                Assert.That(AhpWeighting.SaatyRandomIndex(n), Is.EqualTo(expected[n - 1]));
            }

            Assert.That(AhpWeighting.SaatyRandomIndex(16), Is.Null);
        });
    }

    [Test]
    public void ComputeWeights_WrongCriterionCount_Throws()
    {
        var method = new AhpWeighting(PairwiseComparisonMatrix.FromUpperTriangle(2, [3]));
        Assert.Throws<ArgumentException>(() => method.ComputeWeights(ThreeCriteria));
    }

    [Test]
    public void PairwiseComparisonMatrix_DecimalReciprocals_AcceptedWithinTolerance()
    {
        var matrix = PairwiseComparisonMatrix.FromRows([[1, 3], [0.333, 1]]);
        Assert.That(matrix[1, 0], Is.EqualTo(0.333));
    }

    private static IEnumerable<TestCaseData> InvalidMatrices()
    {
        yield return new TestCaseData(new double[,] { { 1, 3 }, { 0.5, 1 } }).SetName("PairwiseComparisonMatrix_NotReciprocal_Throws");
        yield return new TestCaseData(new double[,] { { 2, 3 }, { 1.0 / 3, 1 } }).SetName("PairwiseComparisonMatrix_DiagonalNotOne_Throws");
        yield return new TestCaseData(new double[,] { { 1, -3 }, { -1.0 / 3, 1 } }).SetName("PairwiseComparisonMatrix_Negative_Throws");
        yield return new TestCaseData(new double[,] { { 1, double.NaN }, { 1, 1 } }).SetName("PairwiseComparisonMatrix_NaN_Throws");
        yield return new TestCaseData(new double[,] { { 1, 0 }, { 1, 1 } }).SetName("PairwiseComparisonMatrix_Zero_Throws");
        yield return new TestCaseData(new double[,] { { 1, 2, 3 }, { 0.5, 1, 2 } }).SetName("PairwiseComparisonMatrix_NotSquare_Throws");
        yield return new TestCaseData(new double[0, 0]).SetName("PairwiseComparisonMatrix_Empty_Throws");
    }

    [TestCaseSource(nameof(InvalidMatrices))]
    public void PairwiseComparisonMatrix_Invalid_Throws(double[,] values)
    {
        Assert.Throws<ArgumentException>(() => new PairwiseComparisonMatrix(values));
    }
}
