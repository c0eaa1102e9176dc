using EnterpriseScoring.Aggregation;
using EnterpriseScoring.Scoring;
using EnterpriseScoring.Tests.Scoring;

namespace EnterpriseScoring.Tests.Matrix;

/// <summary>The weighted sum of a raw matrix in one pass (<see cref="WeightedSumAggregation.ScoreAndAggregate"/>) gives the
/// bits of normalising first and adding up after, on one thread or several.</summary>
public class ScoreAndAggregateTests
{
    private static readonly Direction[] Directions = [Direction.HigherIsBetter, Direction.LowerIsBetter, Direction.HigherIsBetter, Direction.HigherIsBetter, Direction.LowerIsBetter, Direction.HigherIsBetter];

    private static double[][] Columns(int n, int m, int seed) =>
        Enumerable.Range(0, m).Select(j => ScoringTestData.Pool(seed + j, n, -50, 900)).ToArray();

    public static IEnumerable<TestCaseData> Cases()
    {
        IScoringMethod[] methods =
        [
            KnownScoringMethods.MinMax, KnownScoringMethods.MinMaxAnhui, KnownScoringMethods.ZScore, KnownScoringMethods.Vector,
            KnownScoringMethods.PercentileRank, KnownScoringMethods.Rank,
        ];
        foreach (var method in methods)
        {
            yield return new TestCaseData(method, 2_051).SetArgDisplayNames(method.ToString()!, "2051 rows: one thread, blocks and a tail");
        }

        // 6 × 200,003 ≥ the parallel threshold: row chunks on several threads, the last one short.
        yield return new TestCaseData(KnownScoringMethods.MinMax, 200_003).SetArgDisplayNames("min_max", "200003 rows: several threads");
        yield return new TestCaseData(KnownScoringMethods.ZScore, 200_003).SetArgDisplayNames("z_score", "200003 rows: several threads");
        yield return new TestCaseData(KnownScoringMethods.MinMax, 0).SetArgDisplayNames("min_max", "no rows");
    }

    [TestCaseSource(nameof(Cases))]
    public void ScoreAndAggregate_SameBitsAsNormaliseThenAggregate(IScoringMethod method, int n)
    {
        var columns = Columns(n, 6, 17);
        columns[3] = Enumerable.Repeat(4.5, n).ToArray(); // a constant column
        var matrix = DecisionMatrix.View(columns, null, Directions);
        double[] weights = [0.3, 0.1, 0.2, 0.05, 0.25, 0.1];

        var expected = new double[n];
        KnownAggregationMethods.WeightedSum.Aggregate(matrix.Normalise(method), weights, expected);
        var fused = new double[n];
        KnownAggregationMethods.WeightedSum.ScoreAndAggregate(matrix, method, weights, fused);

        Assert.That(ScoringTestData.FirstBitDifference(fused, expected), Is.EqualTo(-1));
        Assert.That(columns[0], Is.EqualTo(Columns(n, 6, 17)[0]), "the input is not changed");
    }

    [Test]
    public void ScoreAndAggregate_BenchmarkMethod_UsesOneBenchmarkPerColumn()
    {
        var matrix = DecisionMatrix.View([[5, 10, 20], [1, 2, 3]]);
        var ratio = KnownScoringMethods.RatioToBenchmarkWith(cap: 1.2);
        var totals = new double[3];
        Assert.That(() => KnownAggregationMethods.WeightedSum.ScoreAndAggregate(matrix, ratio, [1, 1], totals), Throws.ArgumentException.With.Message.Contains("benchmark"));
        KnownAggregationMethods.WeightedSum.ScoreAndAggregate(matrix, ratio, [10, 20], totals, [10, 2]);
        Assert.That(totals, Is.EqualTo(new[] { 15.0, 30, 36 }));
    }

    [Test]
    public void ScoreAndAggregate_BadShapesOrWeights_ThrowBeforeWriting()
    {
        var matrix = DecisionMatrix.View([[1, 2, 3], [3, 2, 1]]);
        var totals = new[] { 7.0, 7, 7 };
        var sum = KnownAggregationMethods.WeightedSum;
        Assert.Multiple(() =>
        {
            Assert.That(() => sum.ScoreAndAggregate(matrix, KnownScoringMethods.MinMax, [1], totals), Throws.ArgumentException.With.Message.Contains("1 weights for 2"));
            Assert.That(() => sum.ScoreAndAggregate(matrix, KnownScoringMethods.MinMax, [1, -1], totals), Throws.ArgumentException.With.Message.Contains("≥ 0"));
            Assert.That(() => sum.ScoreAndAggregate(matrix, KnownScoringMethods.MinMax, [1, 1], new double[2]), Throws.ArgumentException.With.Message.Contains("3 rows"));
            Assert.That(() => sum.ScoreAndAggregate(null!, KnownScoringMethods.MinMax, [1, 1], totals), Throws.ArgumentNullException);
            Assert.That(() => sum.ScoreAndAggregate(matrix, null!, [1, 1], totals), Throws.ArgumentNullException);
        });
        var columns = new[] { new[] { 1.0, 2, 3 }, new[] { 3.0, 2, 1 } };
        var view = DecisionMatrix.View(columns);
        Assert.That(() => sum.ScoreAndAggregate(view, KnownScoringMethods.MinMax, [1, 1], columns[1]), Throws.ArgumentException.With.Message.Contains("overlaps column 1"));
        Assert.That(columns[1], Is.EqualTo(new[] { 3.0, 2, 1 }), "the values are not overwritten");
        Assert.That(totals, Is.EqualTo(new[] { 7.0, 7, 7 }));
    }

    [TestCase(3_000)]
    [TestCase(300_000)]
    public void ScoreAndAggregate_MethodOfAnotherAssemblyGivingNaN_NamesTheRow(int n)
    {
        var column = Enumerable.Range(0, n).Select(i => (double)(i % 97)).ToArray();
        var bad = n - 5;
        column[bad] = 1000; // the method below gives NaN for it
        var matrix = DecisionMatrix.View([column, column, column, column], ["a", "b", "c", "d"]);
        var ex = Assert.Throws<ArgumentException>(() => KnownAggregationMethods.WeightedSum.ScoreAndAggregate(matrix, new NaNAboveScoring(999), [1, 1, 1, 1], new double[n]));
        Assert.That(ex!.Message, Does.Contain($"Element {bad} is NaN"));
        Assert.That(ex.ParamName, Is.EqualTo("nan_above(a)"));
    }

    /// <summary>x itself, and NaN above a limit: a broken method from outside the library.</summary>
    private sealed class NaNAboveScoring(double limit) : IScoringMethod
    {
        public string Name => "nan_above";

        public bool RequiresBenchmark => false;

        public ScoringFit Fit(ReadOnlySpan<double> values, double benchmark, Direction direction) => new(values, benchmark, direction);

        public double Normalise(double value, ScoringFit fit) => value > limit ? double.NaN : value;

        public void NormaliseAll(ReadOnlySpan<double> values, ScoringFit fit, Span<double> destination)
        {
            for (var i = 0; i < values.Length; i++)
            {
                destination[i] = Normalise(values[i], fit);
            }
        }

        public string Explain(double value, double weight, ScoringFit fit) => "x";
    }
}
