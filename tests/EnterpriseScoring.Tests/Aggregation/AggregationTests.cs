using EnterpriseScoring.Aggregation;
using EnterpriseScoring.Tests.Weighting;
using FsCheck;
using FsCheck.Fluent;

namespace EnterpriseScoring.Tests.Aggregation;

public class AggregationTests
{
    private static double[] Run(IAggregationMethod method, double[][] columns, double[] weights, Direction[]? directions = null)
    {
        var matrix = new DecisionMatrix(columns, null, directions);
        var totals = new double[matrix.RowCount];
        method.Aggregate(matrix, weights, totals);
        return totals;
    }

    private static double[] RandomWeights(int seed, int m) =>
        Enumerable.Range(0, m).Select(_ => Math.Round(new Random(seed).NextDouble() * 40, 0) + 1).Select((w, j) => w + j).ToArray();

    private static double[] NaiveWeightedSum(double[][] columns, double[] weights) =>
        Enumerable.Range(0, columns[0].Length).Select(i => columns.Select((c, j) => weights[j] * c[i]).Sum()).ToArray();

    private static double[] NaiveTopsis(double[][] columns, double[] weights)
    {
        var total = weights.Sum();
        var v = columns.Select((c, j) => c.Select(x => weights[j] / total * x).ToArray()).ToArray();
        var best = v.Select(c => c.Max()).ToArray();
        var worst = v.Select(c => c.Min()).ToArray();
        return Enumerable.Range(0, columns[0].Length).Select(i =>
        {
            var plus = Math.Sqrt(v.Select((c, j) => Math.Pow(c[i] - best[j], 2)).Sum());
            var minus = Math.Sqrt(v.Select((c, j) => Math.Pow(c[i] - worst[j], 2)).Sum());
            return (plus + minus == 0 ? 1 : minus / (plus + minus)) * total;
        }).ToArray();
    }

    private static double[] NaiveWeightedProduct(double[][] columns, double[] weights)
    {
        var total = weights.Sum();
        return Enumerable.Range(0, columns[0].Length)
            .Select(i => total * columns.Select((c, j) => Math.Pow(c[i], weights[j] / total)).Aggregate(1.0, (a, b) => a * b))
            .ToArray();
    }

    [TestCase(1, 1, 1)]
    [TestCase(2, 10, 3)]
    [TestCase(3, 200, 6)]
    public void WeightedSum_RandomData_MatchesNaiveReference(int seed, int n, int m)
    {
        var columns = Reference.RandomColumns(seed, n, m, 0, 2);
        var weights = RandomWeights(seed, m);
        Reference.AssertClose(Run(KnownAggregationMethods.WeightedSum, columns, weights), NaiveWeightedSum(columns, weights));
    }

    [TestCase(1, 2, 1)]
    [TestCase(2, 10, 3)]
    [TestCase(3, 200, 6)]
    public void Topsis_RandomData_MatchesNaiveReference(int seed, int n, int m)
    {
        var columns = Reference.RandomColumns(seed, n, m, 0, 2);
        var weights = RandomWeights(seed, m);
        Reference.AssertClose(Run(KnownAggregationMethods.Topsis, columns, weights), NaiveTopsis(columns, weights));
    }

    [TestCase(1, 1, 1)]
    [TestCase(2, 10, 3)]
    [TestCase(3, 200, 6)]
    public void WeightedProduct_RandomData_MatchesNaiveReference(int seed, int n, int m)
    {
        var columns = Reference.RandomColumns(seed, n, m, 0.05, 2);
        var weights = RandomWeights(seed, m);
        Reference.AssertClose(Run(KnownAggregationMethods.WeightedProduct, columns, weights), NaiveWeightedProduct(columns, weights));
    }

    [Test]
    public void WeightedSum_FirmAtEveryBenchmark_ScoresSumOfWeights()
    {
        var totals = Run(KnownAggregationMethods.WeightedSum, [[1.0, 1.2], [1.0, 0.5]], [60, 40]);
        Assert.That(totals, Is.EqualTo(new[] { 100.0, 92.0 }).Within(1e-12));
    }

    [Test]
    public void WeightedProduct_AllOnes_ScoresSumOfWeights()
    {
        var totals = Run(KnownAggregationMethods.WeightedProduct, [[1.0, 4.0], [1.0, 1.0]], [50, 50]);
        Assert.That(totals, Is.EqualTo(new[] { 100.0, 200.0 }).Within(1e-12));
    }

    [Test]
    public void Topsis_HandExample_MatchesHandValues()
    {
        // Two firms, two criteria, weights 1 and 1 (W = 2, shares ½): v = ½x. Firm 0 = (1, 0), firm 1 = (0, 1).
        // Ideal (½, ½), anti-ideal (0, 0). Each firm: D⁺ = ½, D⁻ = ½ → C = ½ → total = 1. A third firm (1, 1) is the ideal: C = 1 → 2.
        var totals = Run(KnownAggregationMethods.Topsis, [[1.0, 0, 1], [0.0, 1, 1]], [1, 1]);
        Assert.That(totals, Is.EqualTo(new[] { 1.0, 1.0, 2.0 }).Within(1e-15));
    }

    [Test]
    public void Topsis_AllFirmsIdentical_ClosenessOne()
    {
        var totals = Run(KnownAggregationMethods.Topsis, [[0.7, 0.7, 0.7], [0.2, 0.2, 0.2]], [30, 70]);
        Assert.That(totals, Is.EqualTo(new[] { 100.0, 100.0, 100.0 }));
    }

    [Test]
    public void Topsis_HonourDirections_LowerIsBetterIdealIsMin()
    {
        var method = new TopsisAggregation(new TopsisAggregationOptions { HonourDirections = true });
        var totals = Run(method, [[1.0, 2.0]], [10], [Direction.LowerIsBetter]);
        Assert.That(totals, Is.EqualTo(new[] { 10.0, 0.0 }));
    }

    [Test]
    public void WeightedProduct_NonPositiveValue_MakesTheProductZero()
    {
        var matrix = new DecisionMatrix([[1.0, 2, 4], [4.0, 0, -1]], ["tax", "energy"]);
        var totals = new double[3];

        KnownAggregationMethods.WeightedProduct.Aggregate(matrix, new double[] { 1, 1 }, totals);

        Assert.That(totals, Is.EqualTo(new[] { 2 * Math.Sqrt(4.0), 0, 0 }).Within(1e-12));
    }

    [Test]
    public void WeightedProduct_NonPositiveValueInZeroWeightColumn_Ignored()
    {
        var totals = Run(KnownAggregationMethods.WeightedProduct, [[2.0], [0.0]], [10, 0]);
        Assert.That(totals, Is.EqualTo(new[] { 20.0 }).Within(1e-12));
    }

    private static IEnumerable<TestCaseData> Methods() =>
        KnownAggregationMethods.Names.Select(name => new TestCaseData(name));

    [TestCaseSource(nameof(Methods))]
    public void Aggregate_WrongWeightCount_Throws(string name)
    {
        KnownAggregationMethods.TryGet(name, out var method);
        Assert.Throws<ArgumentException>(() => method!.Aggregate(new DecisionMatrix([[1.0]]), new double[] { 1, 2 }, new double[1]));
    }

    [TestCaseSource(nameof(Methods))]
    public void Aggregate_WrongTotalsLength_Throws(string name)
    {
        KnownAggregationMethods.TryGet(name, out var method);
        Assert.Throws<ArgumentException>(() => method!.Aggregate(new DecisionMatrix([[1.0]]), new double[] { 1 }, new double[2]));
    }

    [TestCaseSource(nameof(Methods))]
    public void Aggregate_NegativeOrNaNWeight_Throws(string name)
    {
        KnownAggregationMethods.TryGet(name, out var method);
        Assert.Multiple(() =>
        {
            Assert.Throws<ArgumentException>(() => method!.Aggregate(new DecisionMatrix([[1.0]]), new double[] { -1 }, new double[1]));
            Assert.Throws<ArgumentException>(() => method!.Aggregate(new DecisionMatrix([[1.0]]), new double[] { double.NaN }, new double[1]));
        });
    }

    [TestCaseSource(nameof(Methods))]
    public void Aggregate_EmptyMatrix_NoTotals(string name)
    {
        KnownAggregationMethods.TryGet(name, out var method);
        Assert.DoesNotThrow(() => method!.Aggregate(new DecisionMatrix([Array.Empty<double>(), Array.Empty<double>()]), new double[] { 1, 1 }, Span<double>.Empty));
    }

    [TestCaseSource(nameof(Methods))]
    public void Aggregate_ShuffledRows_SameTotalPerFirm(string name)
    {
        KnownAggregationMethods.TryGet(name, out var method);
        var columns = Reference.RandomColumns(17, 100, 5, 0.1, 2);
        var weights = new double[] { 30, 20, 20, 20, 10 };
        var totals = Run(method!, columns, weights);
        var random = new Random(3);
        var perm = Enumerable.Range(0, 100).OrderBy(_ => random.Next()).ToArray();
        var shuffled = Run(method!, columns.Select(c => perm.Select(i => c[i]).ToArray()).ToArray(), weights);
        Reference.AssertClose(shuffled, perm.Select(i => totals[i]).ToArray());
    }

    [Test]
    public void Topsis_AllZeroWeights_Throws()
    {
        Assert.Throws<ArgumentException>(() => Run(KnownAggregationMethods.Topsis, [[1.0, 2]], [0]));
    }

    [Test]
    public void KnownAggregationMethods_TryGet_FindsEveryName()
    {
        Assert.Multiple(() =>
        {
            foreach (var name in KnownAggregationMethods.Names)
            {
                Assert.That(KnownAggregationMethods.TryGet(name, out var method), Is.True);
                Assert.That(method!.Name, Is.EqualTo(name));
            }

            Assert.That(KnownAggregationMethods.TryGet("sum", out _), Is.False);
            Assert.That(KnownAggregationMethods.Default, Is.SameAs(KnownAggregationMethods.WeightedSum));
        });
    }

    [Test]
    public void WeightedSumAndProduct_RaisingOneValue_NeverLowersThatFirmsTotal()
    {
        var arb = Arb.From(
            from n in Gen.Choose(1, 6)
            from values in Gen.ArrayOf(Gen.Choose(1, 40), n * 3)
            from weights in Gen.ArrayOf(Gen.Choose(0, 10), 3)
            from row in Gen.Choose(0, n - 1)
            from column in Gen.Choose(0, 2)
            from bump in Gen.Choose(1, 10)
            select (n, values, weights, row, column, bump));
        Prop.ForAll(arb, input =>
        {
            var (n, values, weights, row, column, bump) = input;
            if (weights.Sum() == 0)
            {
                return true;
            }

            var columns = Enumerable.Range(0, 3).Select(j => Enumerable.Range(0, n).Select(i => values[(j * n) + i] / 10.0).ToArray()).ToArray();
            var raised = columns.Select(c => (double[])c.Clone()).ToArray();
            raised[column][row] += bump / 10.0;
            var w = weights.Select(x => (double)x).ToArray();
            foreach (var method in new[] { KnownAggregationMethods.WeightedSum, KnownAggregationMethods.WeightedProduct })
            {
                if (Run(method, raised, w)[row] < Run(method, columns, w)[row] * (1 - 1e-12))
                {
                    return false;
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    /// <summary>Sizes around the vector width (8) and the row block (2048); negative values, −0.0 and a zero weight (whose
    /// products are ±0): every total has the bits of the plain column-by-column loop.</summary>
    [TestCase(7)]
    [TestCase(9)]
    [TestCase(2_047)]
    [TestCase(2_048)]
    [TestCase(2_049)]
    [TestCase(6_151)]
    public void WeightedSum_BlocksAndVectorTails_BitIdenticalToColumnByColumnLoop(int n)
    {
        var columns = Reference.RandomColumns(n, n, 6, -5, 10);
        for (var i = 0; i < n; i += 5)
        {
            columns[0][i] = -0.0;
            columns[3][i] = 0.0;
        }

        double[] weights = [12.5, 0, 30, 17.25, 0.1, 40.15];
        var expected = new double[n];
        for (var j = 0; j < weights.Length; j++)
        {
            for (var i = 0; i < n; i++)
            {
                expected[i] += weights[j] * columns[j][i];
            }
        }

        var totals = Run(KnownAggregationMethods.WeightedSum, columns, weights);
        Assert.That(totals.Select(BitConverter.DoubleToInt64Bits), Is.EqualTo(expected.Select(BitConverter.DoubleToInt64Bits)));
    }
}
