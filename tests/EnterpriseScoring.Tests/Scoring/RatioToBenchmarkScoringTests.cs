using EnterpriseScoring.Scoring;

namespace EnterpriseScoring.Tests.Scoring;

public class RatioToBenchmarkScoringTests
{
    private static double Naive(double x, double b, Direction direction, double? cap, double? floor)
    {
        double r = direction == Direction.HigherIsBetter ? x / b : (x <= 0 ? cap!.Value : b / x);
        if (floor.HasValue)
        {
            r = Math.Max(r, floor.Value);
        }

        if (cap.HasValue)
        {
            r = Math.Min(r, cap.Value);
        }

        return r;
    }

    [TestCase(Direction.HigherIsBetter, null, null)]
    [TestCase(Direction.HigherIsBetter, 1.2, null)]
    [TestCase(Direction.HigherIsBetter, 1.2, 0.0)]
    [TestCase(Direction.HigherIsBetter, null, 0.5)]
    [TestCase(Direction.LowerIsBetter, 1.2, null)]
    [TestCase(Direction.LowerIsBetter, 2.0, 0.1)]
    public void Normalise_RandomPools_MatchesNaive(Direction direction, double? cap, double? floor)
    {
        var method = KnownScoringMethods.RatioToBenchmarkWith(cap, floor);
        Assert.Multiple(() =>
        {
            for (var seed = 1; seed <= 10; seed++)
            {
                var pool = ScoringTestData.Pool(seed, 50);
                var b = 10 + seed;
                var fit = method.Fit(pool, b, direction);
                foreach (var x in pool)
                {
                    Assert.That(method.Normalise(x, fit), Is.EqualTo(Naive(x, b, direction, cap, floor)), $"x = {x}");
                }
            }
        });
    }

    [TestCase(10.0)]
    [TestCase(0.3)]
    [TestCase(37.123456789)]
    [TestCase(1e-7)]
    public void Normalise_ValueAtBenchmark_ScoresExactlyWeight(double b)
    {
        var fit = KnownScoringMethods.RatioToBenchmark.Fit([b, 2 * b], b, Direction.HigherIsBetter);
        var lowerFit = KnownScoringMethods.RatioToBenchmarkWith(cap: 1.2).Fit([b], b, Direction.LowerIsBetter);
        Assert.Multiple(() =>
        {
            Assert.That(30 * KnownScoringMethods.RatioToBenchmark.Normalise(b, fit), Is.EqualTo(30));
            Assert.That(30 * KnownScoringMethods.RatioToBenchmarkWith(cap: 1.2).Normalise(b, lowerFit), Is.EqualTo(30));
        });
    }

    public static IEnumerable<TestCaseData> Boundaries()
    {
        // x, B, direction, cap, floor, expected
        yield return new TestCaseData(12.5, 10.0, Direction.HigherIsBetter, 1.2, null, 1.2);
        yield return new TestCaseData(12.0, 10.0, Direction.HigherIsBetter, 1.2, null, 1.2);
        yield return new TestCaseData(11.0, 10.0, Direction.HigherIsBetter, 1.2, null, 1.1);
        yield return new TestCaseData(-5.0, 10.0, Direction.HigherIsBetter, null, null, -0.5);
        yield return new TestCaseData(-5.0, 10.0, Direction.HigherIsBetter, null, 0.0, 0.0);
        yield return new TestCaseData(0.0, 10.0, Direction.HigherIsBetter, 1.2, 0.0, 0.0);
        yield return new TestCaseData(20.0, 10.0, Direction.LowerIsBetter, 1.2, null, 0.5);
        yield return new TestCaseData(5.0, 10.0, Direction.LowerIsBetter, 1.2, null, 1.2);
        yield return new TestCaseData(0.0, 10.0, Direction.LowerIsBetter, 1.2, null, 1.2);
        yield return new TestCaseData(-1.0, 10.0, Direction.LowerIsBetter, 1.5, null, 1.5);
        yield return new TestCaseData(1000.0, 10.0, Direction.LowerIsBetter, 1.2, 0.2, 0.2);
    }

    [TestCaseSource(nameof(Boundaries))]
    public void Normalise_Boundaries(double x, double b, Direction direction, double? cap, double? floor, double expected)
    {
        var method = KnownScoringMethods.RatioToBenchmarkWith(cap, floor);
        var fit = method.Fit([x], b, direction);
        Assert.That(method.Normalise(x, fit), Is.EqualTo(expected).Within(1e-15));
    }

    [TestCase(0.0)]
    [TestCase(-3.0)]
    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    public void Fit_BenchmarkNotPositive_Throws(double b)
    {
        Assert.That(() => KnownScoringMethods.RatioToBenchmark.Fit([1, 2], b, Direction.HigherIsBetter),
            Throws.ArgumentException.With.Message.Contains("benchmark"));
    }

    [Test]
    public void Fit_LowerIsBetterWithoutCap_Throws()
    {
        Assert.That(() => KnownScoringMethods.RatioToBenchmark.Fit([1, 2], 5, Direction.LowerIsBetter),
            Throws.ArgumentException.With.Message.Contains("cap"));
    }

    [Test]
    public void Normalise_FitWithoutBenchmark_Throws()
    {
        var fit = KnownScoringMethods.MinMax.Fit([1, 2], double.NaN, Direction.HigherIsBetter);
        Assert.That(() => KnownScoringMethods.RatioToBenchmark.Normalise(1, fit), Throws.ArgumentException);
    }

    [TestCase(0.0, null)]
    [TestCase(-1.0, null)]
    [TestCase(double.NaN, null)]
    [TestCase(1.0, 1.5)]
    [TestCase(null, double.NaN)]
    public void Constructor_BadOptions_Throws(double? cap, double? floor)
    {
        Assert.That(() => new RatioToBenchmarkScoring(new RatioToBenchmarkOptions { Cap = cap, Floor = floor }),
            Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Explain_HandCheckedCases()
    {
        var capped = KnownScoringMethods.RatioToBenchmarkWith(cap: 1.2);
        var both = KnownScoringMethods.RatioToBenchmarkWith(cap: 1.2, floor: 0.5);
        var plain = KnownScoringMethods.RatioToBenchmark;
        var higher = plain.Fit([12.5], 10, Direction.HigherIsBetter);
        var lower = capped.Fit([12.5], 10, Direction.LowerIsBetter);
        Assert.Multiple(() =>
        {
            Assert.That(capped.Explain(12.5, 30, higher), Is.EqualTo("min(12.5 / 10, 1.2) × 30 = 36"));
            Assert.That(plain.Explain(12.5, 30, higher), Is.EqualTo("12.5 / 10 × 30 = 37.5"));
            Assert.That(both.Explain(2.5, 20, higher), Is.EqualTo("min(max(2.5 / 10, 0.5), 1.2) × 20 = 10"));
            Assert.That(capped.Explain(12.5, 20, lower), Is.EqualTo("min(10 / 12.5, 1.2) × 20 = 16"));
            Assert.That(capped.Explain(0, 20, lower), Is.EqualTo("0 ≤ 0 (lower is better): cap 1.2 × 20 = 24"));
        });
    }
}
