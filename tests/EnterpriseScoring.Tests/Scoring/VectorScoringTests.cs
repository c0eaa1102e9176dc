using EnterpriseScoring.Scoring;

namespace EnterpriseScoring.Tests.Scoring;

public class VectorScoringTests
{
    private static readonly VectorScoring Method = KnownScoringMethods.Vector;

    [TestCase(Direction.HigherIsBetter)]
    [TestCase(Direction.LowerIsBetter)]
    public void Normalise_RandomPools_MatchesNaive(Direction direction)
    {
        Assert.Multiple(() =>
        {
            for (var seed = 1; seed <= 10; seed++)
            {
                var pool = ScoringTestData.Pool(seed, 40, 0, 100);
                var norm = Math.Sqrt(pool.Sum(v => v * v));
                var fit = Method.Fit(pool, double.NaN, direction);
                foreach (var x in pool)
                {
                    var naive = direction == Direction.HigherIsBetter ? x / norm : 1 - (x / norm);
                    Assert.That(Method.Normalise(x, fit), Is.EqualTo(naive).Within(1e-12));
                }
            }
        });
    }

    [Test]
    public void NormaliseAll_HigherIsBetter_UnitLength()
    {
        var pool = ScoringTestData.Pool(9, 30, 0, 100);
        var fit = Method.Fit(pool, double.NaN, Direction.HigherIsBetter);
        var result = new double[pool.Length];
        Method.NormaliseAll(pool, fit, result);
        Assert.That(result.Sum(v => v * v), Is.EqualTo(1).Within(1e-12));
    }

    [TestCase(Direction.HigherIsBetter, 0.0)]
    [TestCase(Direction.LowerIsBetter, 1.0)]
    public void Normalise_ZeroNorm_Documented(Direction direction, double expected)
    {
        var fit = Method.Fit([0, 0, 0], double.NaN, direction);
        var empty = Method.Fit([], double.NaN, direction);
        Assert.Multiple(() =>
        {
            Assert.That(Method.Normalise(0, fit), Is.EqualTo(expected));
            Assert.That(Method.Normalise(0, empty), Is.EqualTo(expected));
        });
    }

    [Test]
    public void Explain_HandCheckedCases()
    {
        var higher = Method.Fit([3, 4], double.NaN, Direction.HigherIsBetter);
        var lower = Method.Fit([3, 4], double.NaN, Direction.LowerIsBetter);
        Assert.Multiple(() =>
        {
            Assert.That(Method.Explain(3, 30, higher), Is.EqualTo("30 × 3 / 5 = 18"));
            Assert.That(Method.Explain(4, 10, lower), Is.EqualTo("10 × (1 − 4 / 5) = 1.9999999999999996"));
        });
    }
}
