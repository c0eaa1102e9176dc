using EnterpriseScoring.Scoring;

namespace EnterpriseScoring.Tests.Scoring;

public class InverseBenchmarkScoringTests
{
    private static readonly InverseBenchmarkScoring Method = KnownScoringMethods.InverseBenchmark;

    [Test]
    public void Normalise_RandomPools_MatchesNaive()
    {
        Assert.Multiple(() =>
        {
            for (var seed = 1; seed <= 10; seed++)
            {
                var pool = ScoringTestData.Pool(seed, 50, -5, 60);
                double b = 5 + seed;
                var fit = Method.Fit(pool, b, Direction.LowerIsBetter);
                foreach (var x in pool)
                {
                    var naive = Math.Clamp(30.0 / 2 * (2 - (x / b)), 0, 30);
                    Assert.That(30 * Method.Normalise(x, fit), Is.EqualTo(naive).Within(1e-12), $"x = {x}");
                }
            }
        });
    }

    public static IEnumerable<TestCaseData> Boundaries()
    {
        // x, B, expected normalised
        yield return new TestCaseData(0.0, 10.0, 1.0).SetName("Normalise_Zero_FullWeight");
        yield return new TestCaseData(-3.0, 10.0, 1.0).SetName("Normalise_Negative_ClampedToFullWeight");
        yield return new TestCaseData(10.0, 10.0, 0.5).SetName("Normalise_AtBenchmark_HalfWeight");
        yield return new TestCaseData(15.0, 10.0, 0.25).SetName("Normalise_OneAndHalfBenchmark_QuarterWeight");
        yield return new TestCaseData(20.0, 10.0, 0.0).SetName("Normalise_TwiceBenchmark_Zero");
        yield return new TestCaseData(35.0, 10.0, 0.0).SetName("Normalise_AboveTwiceBenchmark_ClampedToZero");
    }

    [TestCaseSource(nameof(Boundaries))]
    public void Normalise_Boundaries(double x, double b, double expected)
    {
        var fit = Method.Fit([x], b, Direction.LowerIsBetter);
        Assert.That(Method.Normalise(x, fit), Is.EqualTo(expected));
    }

    [TestCase(0.0)]
    [TestCase(-1.0)]
    [TestCase(double.NaN)]
    public void Fit_BenchmarkNotPositive_Throws(double b)
    {
        Assert.That(() => Method.Fit([1], b, Direction.LowerIsBetter), Throws.ArgumentException);
    }

    [Test]
    public void Fit_HigherIsBetter_Throws()
    {
        Assert.That(() => Method.Fit([1], 10, Direction.HigherIsBetter),
            Throws.ArgumentException.With.Message.Contains("lower-is-better"));
    }

    [Test]
    public void Explain_HandCheckedCases()
    {
        var fit = Method.Fit([15, 25], 10, Direction.LowerIsBetter);
        Assert.Multiple(() =>
        {
            Assert.That(Method.Explain(15, 30, fit), Is.EqualTo("30 / 2 × (2 − 15 / 10) = 7.5"));
            Assert.That(Method.Explain(25, 30, fit), Is.EqualTo("clamp(30 / 2 × (2 − 25 / 10), 0, 30) = 0"));
        });
    }
}
