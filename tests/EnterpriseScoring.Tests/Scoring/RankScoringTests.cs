using EnterpriseScoring.Scoring;

namespace EnterpriseScoring.Tests.Scoring;

public class RankScoringTests
{
    private static readonly RankScoring Method = KnownScoringMethods.Rank;

    private static int NaiveRank(double x, double[] pool, Direction direction) =>
        1 + (direction == Direction.HigherIsBetter ? pool.Count(v => v > x) : pool.Count(v => v < x));

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
                foreach (var x in pool.Concat([-1, 7, 25]))
                {
                    var r = NaiveRank(x, pool, direction);
                    Assert.That(RankScoring.CompetitionRank(x, fit), Is.EqualTo(r));
                    Assert.That(Method.Normalise(x, fit), Is.EqualTo((double)(pool.Length - r + 1) / pool.Length), $"x = {x}");
                }
            }
        });
    }

    [Test]
    public void CompetitionRank_Ties_OneTwoTwoFour()
    {
        double[] pool = [30, 20, 20, 10];
        var fit = Method.Fit(pool, double.NaN, Direction.HigherIsBetter);
        var lower = Method.Fit(pool, double.NaN, Direction.LowerIsBetter);
        Assert.Multiple(() =>
        {
            Assert.That(pool.Select(v => RankScoring.CompetitionRank(v, fit)), Is.EqualTo(new[] { 1, 2, 2, 4 }));
            Assert.That(pool.Select(v => RankScoring.CompetitionRank(v, lower)), Is.EqualTo(new[] { 4, 2, 2, 1 }));
            Assert.That(Method.Normalise(30, fit), Is.EqualTo(1));
            Assert.That(Method.Normalise(10, fit), Is.EqualTo(0.25));
        });
    }

    [Test]
    public void Normalise_SingleAndEmpty_One()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Method.Normalise(3, Method.Fit([3], double.NaN, Direction.HigherIsBetter)), Is.EqualTo(1));
            Assert.That(Method.Normalise(3, Method.Fit([], double.NaN, Direction.HigherIsBetter)), Is.EqualTo(1));
        });
    }

    [Test]
    public void Explain_HandCheckedCase()
    {
        var fit = Method.Fit([10, 20, 20, 30, 5], double.NaN, Direction.HigherIsBetter);
        Assert.That(Method.Explain(20, 30, fit),
            Is.EqualTo("rank 2 of 5 (competition ranking, highest first), 30 × (5 − 2 + 1) / 5 = 24"));
    }
}
