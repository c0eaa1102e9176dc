using EnterpriseScoring.Scoring;

namespace EnterpriseScoring.Tests.Scoring;

public class ZScoreScoringTests
{
    private static double NaiveZ(double x, double[] pool, Direction direction)
    {
        var mean = pool.Average();
        var sd = Math.Sqrt(pool.Sum(v => (v - mean) * (v - mean)) / pool.Length);
        if (sd == 0)
        {
            return 0;
        }

        return direction == Direction.HigherIsBetter ? (x - mean) / sd : (mean - x) / sd;
    }

    [TestCase(Direction.HigherIsBetter, 0.0, 1.0)]
    [TestCase(Direction.LowerIsBetter, 0.0, 1.0)]
    [TestCase(Direction.HigherIsBetter, 60.0, 10.0)]
    public void Normalise_RandomPools_MatchesNaive(Direction direction, double offset, double scale)
    {
        var method = KnownScoringMethods.ZScoreLinear(offset, scale);
        Assert.Multiple(() =>
        {
            for (var seed = 1; seed <= 10; seed++)
            {
                var pool = ScoringTestData.Pool(seed, 40);
                var fit = method.Fit(pool, double.NaN, direction);
                foreach (var x in pool)
                {
                    Assert.That(method.Normalise(x, fit), Is.EqualTo(offset + (scale * NaiveZ(x, pool, direction))).Within(1e-9));
                }
            }
        });
    }

    [TestCase(1)]
    [TestCase(5)]
    public void Normalise_ZeroDeviation_Zero(int count)
    {
        var fit = KnownScoringMethods.ZScore.Fit(Enumerable.Repeat(3.0, count).ToArray(), double.NaN, Direction.HigherIsBetter);
        var mapped = KnownScoringMethods.ZScoreLinear(60, 10);
        Assert.Multiple(() =>
        {
            Assert.That(KnownScoringMethods.ZScore.Normalise(3, fit), Is.Zero);
            Assert.That(KnownScoringMethods.ZScore.Normalise(100, fit), Is.Zero);
            Assert.That(mapped.Normalise(3, fit), Is.EqualTo(60));
        });
    }

    [Test]
    public void Normalise_Pool_MeanZeroAndUnitVariance()
    {
        var pool = ScoringTestData.Pool(3, 100);
        var fit = KnownScoringMethods.ZScore.Fit(pool, double.NaN, Direction.HigherIsBetter);
        var z = new double[pool.Length];
        KnownScoringMethods.ZScore.NormaliseAll(pool, fit, z);
        Assert.Multiple(() =>
        {
            Assert.That(z.Average(), Is.EqualTo(0).Within(1e-12));
            Assert.That(z.Average(v => v * v), Is.EqualTo(1).Within(1e-12));
        });
    }

    [Test]
    public void Constructor_ZeroScale_Throws()
    {
        Assert.That(() => KnownScoringMethods.ZScoreLinear(60, 0), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Explain_HandCheckedCases()
    {
        var higher = KnownScoringMethods.ZScore.Fit([5, 15], double.NaN, Direction.HigherIsBetter);
        var lower = KnownScoringMethods.ZScore.Fit([5, 15], double.NaN, Direction.LowerIsBetter);
        var constant = KnownScoringMethods.ZScore.Fit([5, 5], double.NaN, Direction.HigherIsBetter);
        Assert.Multiple(() =>
        {
            Assert.That(KnownScoringMethods.ZScore.Explain(15, 30, higher), Is.EqualTo("30 × (15 − 10) / 5 = 30"));
            Assert.That(KnownScoringMethods.ZScore.Explain(15, 30, lower), Is.EqualTo("30 × (10 − 15) / 5 = -30"));
            Assert.That(KnownScoringMethods.ZScoreLinear(60, 10).Explain(15, 1, higher), Is.EqualTo("1 × [60 + 10 × (15 − 10) / 5] = 70"));
            Assert.That(KnownScoringMethods.ZScore.Explain(5, 30, constant), Is.EqualTo("sd = 0: z = 0, 30 × 0 = 0"));
        });
    }
}
