using EnterpriseScoring.Scoring;

namespace EnterpriseScoring.Tests.Scoring;

public class MinMaxScoringTests
{
    private static double Naive(double x, double[] pool, Direction direction, double floor)
    {
        double min = pool.Min(), max = pool.Max();
        if (max == min)
        {
            return 1;
        }

        var t = direction == Direction.HigherIsBetter ? (x - min) / (max - min) : (max - x) / (max - min);
        return floor + ((1 - floor) * t);
    }

    [TestCase(Direction.HigherIsBetter, 0.0)]
    [TestCase(Direction.HigherIsBetter, 0.2)]
    [TestCase(Direction.LowerIsBetter, 0.0)]
    [TestCase(Direction.LowerIsBetter, 0.2)]
    public void Normalise_RandomPools_MatchesNaive(Direction direction, double floor)
    {
        var method = KnownScoringMethods.MinMaxWithFloor(floor);
        Assert.Multiple(() =>
        {
            for (var seed = 1; seed <= 10; seed++)
            {
                var pool = ScoringTestData.Pool(seed, 40);
                var fit = method.Fit(pool, double.NaN, direction);
                foreach (var x in pool)
                {
                    Assert.That(method.Normalise(x, fit), Is.EqualTo(Naive(x, pool, direction, floor)), $"x = {x}");
                }
            }
        });
    }

    [Test]
    public void Normalise_AnhuiFloor_BestGetsWeightWorstGetsFifth()
    {
        var method = KnownScoringMethods.MinMaxAnhui;
        double[] pool = [3, 12.5, 20];
        var higher = method.Fit(pool, double.NaN, Direction.HigherIsBetter);
        var lower = method.Fit(pool, double.NaN, Direction.LowerIsBetter);
        Assert.Multiple(() =>
        {
            Assert.That(30 * method.Normalise(20, higher), Is.EqualTo(30));
            Assert.That(30 * method.Normalise(3, higher), Is.EqualTo(6).Within(1e-12));
            Assert.That(30 * method.Normalise(3, lower), Is.EqualTo(30));
            Assert.That(30 * method.Normalise(20, lower), Is.EqualTo(6).Within(1e-12));
        });
    }

    [TestCase(5.0, 1)]
    [TestCase(5.0, 7)]
    [TestCase(0.0, 3)]
    [TestCase(-2.5, 4)]
    public void Normalise_ConstantColumnOrSingleValue_TopOfRange(double value, int count)
    {
        var pool = Enumerable.Repeat(value, count).ToArray();
        foreach (var method in new[] { KnownScoringMethods.MinMax, KnownScoringMethods.MinMaxAnhui })
        {
            foreach (var direction in new[] { Direction.HigherIsBetter, Direction.LowerIsBetter })
            {
                var fit = method.Fit(pool, double.NaN, direction);
                Assert.That(method.Normalise(value, fit), Is.EqualTo(1));
            }
        }
    }

    [Test]
    public void Normalise_EmptyPool_TopOfRange()
    {
        var fit = KnownScoringMethods.MinMax.Fit([], double.NaN, Direction.HigherIsBetter);
        Assert.That(KnownScoringMethods.MinMax.Normalise(3, fit), Is.EqualTo(1));
    }

    [TestCase(-100.0, 0.2)]
    [TestCase(100.0, 1.0)]
    public void Normalise_OutsideFittedRange_Clamped(double x, double expected)
    {
        var fit = KnownScoringMethods.MinMaxAnhui.Fit([3, 20], double.NaN, Direction.HigherIsBetter);
        Assert.That(KnownScoringMethods.MinMaxAnhui.Normalise(x, fit), Is.EqualTo(expected));
    }

    [Test]
    public void Normalise_HugeRange_Finite()
    {
        var fit = KnownScoringMethods.MinMax.Fit([-1e308, 0, 1e308], double.NaN, Direction.HigherIsBetter);
        Assert.That(KnownScoringMethods.MinMax.Normalise(0, fit), Is.EqualTo(0.5));
    }

    [TestCase(-0.1)]
    [TestCase(1.0)]
    [TestCase(double.NaN)]
    public void Constructor_BadFloor_Throws(double floor)
    {
        Assert.That(() => KnownScoringMethods.MinMaxWithFloor(floor), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Explain_HandCheckedCases()
    {
        double[] pool = [3, 12.5, 20];
        var higher = KnownScoringMethods.MinMaxAnhui.Fit(pool, double.NaN, Direction.HigherIsBetter);
        var lower = KnownScoringMethods.MinMax.Fit(pool, double.NaN, Direction.LowerIsBetter);
        var constant = KnownScoringMethods.MinMax.Fit([4, 4], double.NaN, Direction.HigherIsBetter);
        Assert.Multiple(() =>
        {
            Assert.That(KnownScoringMethods.MinMaxAnhui.Explain(12.5, 30, higher),
                Is.EqualTo("30 × [0.2 + 0.8 × (12.5 − 3) / (20 − 3)] = 19.411764705882355"));
            Assert.That(KnownScoringMethods.MinMax.Explain(12.5, 34, lower), Is.EqualTo("34 × (20 − 12.5) / (20 − 3) = 15"));
            Assert.That(KnownScoringMethods.MinMax.Explain(4, 10, constant),
                Is.EqualTo("constant column, min = max = 4: top of the range, 10 × 1 = 10"));
        });
    }
}
