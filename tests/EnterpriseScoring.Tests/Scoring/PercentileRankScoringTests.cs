using EnterpriseScoring.Scoring;

namespace EnterpriseScoring.Tests.Scoring;

public class PercentileRankScoringTests
{
    private static readonly PercentileRankScoring Method = KnownScoringMethods.PercentileRank;

    private static double Naive(double x, double[] pool, Direction direction)
    {
        if (pool.Length <= 1)
        {
            return 1;
        }

        var count = direction == Direction.HigherIsBetter ? pool.Count(v => v < x) : pool.Count(v => v > x);
        return Math.Min(1, (double)count / (pool.Length - 1));
    }

    [TestCase(Direction.HigherIsBetter)]
    [TestCase(Direction.LowerIsBetter)]
    public void Normalise_RandomPoolsWithTies_MatchesNaive(Direction direction)
    {
        Assert.Multiple(() =>
        {
            for (var seed = 1; seed <= 20; seed++)
            {
                var pool = ScoringTestData.Pool(seed, 1 + (seed * 5), 0, 20);
                var fit = Method.Fit(pool, double.NaN, direction);
                foreach (var x in pool.Concat([-1, 0, 7, 25]))
                {
                    Assert.That(Method.Normalise(x, fit), Is.EqualTo(Naive(x, pool, direction)), $"x = {x}");
                }
            }
        });
    }

    public static IEnumerable<TestCaseData> ExcelCases()
    {
        // Values checked against Excel PERCENTRANK.INC (before its 3-digit truncation).
        double[] pool = [1, 2, 3, 4, 5, 6];
        yield return new TestCaseData(pool, 1.0, Direction.HigherIsBetter, 0.0);
        yield return new TestCaseData(pool, 4.0, Direction.HigherIsBetter, 0.6);
        yield return new TestCaseData(pool, 6.0, Direction.HigherIsBetter, 1.0);
        yield return new TestCaseData(pool, 1.0, Direction.LowerIsBetter, 1.0);
        yield return new TestCaseData(pool, 6.0, Direction.LowerIsBetter, 0.0);
        double[] ties = [10, 20, 20, 20, 30];
        yield return new TestCaseData(ties, 20.0, Direction.HigherIsBetter, 0.25);
        yield return new TestCaseData(ties, 30.0, Direction.HigherIsBetter, 1.0);
        yield return new TestCaseData(ties, 20.0, Direction.LowerIsBetter, 0.25);
        yield return new TestCaseData(new double[] { 42 }, 42.0, Direction.HigherIsBetter, 1.0);
        yield return new TestCaseData(new double[] { 42 }, 42.0, Direction.LowerIsBetter, 1.0);
        yield return new TestCaseData(new double[] { 5, 5, 5 }, 5.0, Direction.HigherIsBetter, 0.0);
    }

    [TestCaseSource(nameof(ExcelCases))]
    public void Normalise_ExcelCases(double[] pool, double x, Direction direction, double expected)
    {
        var fit = Method.Fit(pool, double.NaN, direction);
        Assert.That(Method.Normalise(x, fit), Is.EqualTo(expected));
    }

    [Test]
    public void Normalise_EmptyPool_One()
    {
        Assert.That(Method.Normalise(3, Method.Fit([], double.NaN, Direction.HigherIsBetter)), Is.EqualTo(1));
    }

    [Test]
    public void Explain_HandCheckedCases()
    {
        var fit = Method.Fit([1, 2, 3, 4, 5, 6], double.NaN, Direction.HigherIsBetter);
        var lower = Method.Fit([1, 2, 3, 4, 5, 6], double.NaN, Direction.LowerIsBetter);
        Assert.Multiple(() =>
        {
            Assert.That(Method.Explain(4, 30, fit), Is.EqualTo("PERCENTRANK.INC: 3 of 6 values are below 4, 30 × 3 / (6 − 1) = 18"));
            Assert.That(Method.Explain(4, 10, lower), Is.EqualTo("PERCENTRANK.INC: 2 of 6 values are above 4, 10 × 2 / (6 − 1) = 4"));
        });
    }
}
