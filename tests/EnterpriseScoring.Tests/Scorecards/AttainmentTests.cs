using EnterpriseScoring.Scorecards;

namespace EnterpriseScoring.Tests.Scorecards;

/// <summary>Each attainment method against a hand-computed example (docs/scorecard.md, "Attainment methods").</summary>
public class AttainmentTests
{
    private static double Points(AttainmentMethodKind kind, double x, ScorecardTarget? target, double weight = 10, int year = 2025) =>
        Attainment.Points(new AttainmentMethod { Kind = kind }, weight, x, target, year).Points;

    private static ScorecardTarget Floor(double t, double? b = null) => new() { Kind = TargetKind.Floor, Value = t, Base = b };

    private static ScorecardTarget Ceiling(double t, double? b = null) => new() { Kind = TargetKind.Ceiling, Value = t, Base = b };

    [TestCase(15, 30, 5)]      // 15 / 30 × 10
    [TestCase(45, 30, 10)]     // capped at 1
    [TestCase(-3, 30, 0)]      // never below 0
    public void CappedRatio_Floor(double x, double t, double expected) => Assert.That(Points(AttainmentMethodKind.CappedRatio, x, Floor(t)), Is.EqualTo(expected).Within(1e-12));

    [TestCase(8, 10, 10)]      // under the ceiling: full
    [TestCase(20, 10, 5)]      // 10 / 20 × 10
    [TestCase(0, 10, 10)]      // nothing: full
    public void CappedRatio_Ceiling(double x, double t, double expected) => Assert.That(Points(AttainmentMethodKind.CappedRatio, x, Ceiling(t)), Is.EqualTo(expected).Within(1e-12));

    [Test]
    public void CappedRatio_Band()
    {
        var band = new ScorecardTarget { Kind = TargetKind.Band, Value = 10, Upper = 20 };
        Assert.Multiple(() =>
        {
            Assert.That(Points(AttainmentMethodKind.CappedRatio, 5, band), Is.EqualTo(5).Within(1e-12), "5 / 10 × 10");
            Assert.That(Points(AttainmentMethodKind.CappedRatio, 15, band), Is.EqualTo(10), "inside");
            Assert.That(Points(AttainmentMethodKind.CappedRatio, 40, band), Is.EqualTo(5).Within(1e-12), "20 / 40 × 10");
            Assert.That(Attainment.Percent(40, band, 2025), Is.EqualTo(50).Within(1e-12));
        });
    }

    [Test]
    public void Ratio_IsNotCapped() => Assert.That(Points(AttainmentMethodKind.Ratio, 45, Floor(30)), Is.EqualTo(15).Within(1e-12));

    [TestCase(20, 5)]          // (20 − 10) / (30 − 10) × 10
    [TestCase(5, 0)]           // clamped at 0
    [TestCase(40, 10)]         // clamped at W
    public void GoalPosts_Floor(double x, double expected) => Assert.That(Points(AttainmentMethodKind.GoalPosts, x, Floor(30, 10)), Is.EqualTo(expected).Within(1e-12));

    [Test]
    public void GoalPosts_Ceiling_BaseAboveTarget() =>
        Assert.That(Points(AttainmentMethodKind.GoalPosts, 15, Ceiling(10, 20)), Is.EqualTo(5).Within(1e-12), "(15 − 20) / (10 − 20) × 10");

    [TestCase(2, 8)]           // 60 + 40 × (2 − 1) / (3 − 1) = 80 → 80 % of 10
    [TestCase(1, 6)]           // at 不允许值: 60
    [TestCase(0.5, 0)]         // worse than 不允许值: 0
    [TestCase(4, 10)]          // better than 满意值: 100
    public void EfficacyCoefficient(double x, double expected) => Assert.That(Points(AttainmentMethodKind.EfficacyCoefficient, x, Floor(3, 1)), Is.EqualTo(expected).Within(1e-12));

    [TestCase(100, 8)]         // on the base: 80 % of W
    [TestCase(104.9, 8)]       // no full step yet
    [TestCase(105, 9)]         // one full 5 % step: +1 (exact, not 4.999…)
    [TestCase(112, 10)]        // two steps
    [TestCase(200, 13)]        // 20 steps, at most +50 % of W = +5
    [TestCase(90, 6)]          // two full steps below: −2
    [TestCase(1, 0)]           // never below 0
    public void BaseYearStep(double x, double expected) => Assert.That(Points(AttainmentMethodKind.BaseYearStep, x, Floor(120, 100)), Is.EqualTo(expected).Within(1e-12));

    [Test]
    public void BaseYearStep_Ceiling_LowerIsBetter() =>
        Assert.That(Points(AttainmentMethodKind.BaseYearStep, 85, Ceiling(80, 100)), Is.EqualTo(11).Within(1e-12), "15 % lower than the base: 3 steps");

    [TestCase(0, 0)]
    [TestCase(3, 6)]
    [TestCase(9, 10)]          // capped at W
    public void PerItem(double x, double expected) =>
        Assert.That(Attainment.Points(new AttainmentMethod { Kind = AttainmentMethodKind.PerItem, PointsPerItem = 2 }, 10, x, null, 2025).Points, Is.EqualTo(expected));

    [Test]
    public void Veto_GivesNoPoints_AndSaysWhetherItPassed()
    {
        var (points, text) = Attainment.Points(new AttainmentMethod { Kind = AttainmentMethodKind.Veto }, 0, 12, Ceiling(10), 2025);
        Assert.Multiple(() =>
        {
            Assert.That(points, Is.EqualTo(0));
            Assert.That(text, Does.Contain("否决 vetoed"));
            Assert.That(Attainment.Met(12, Ceiling(10), 2025), Is.False);
            Assert.That(Attainment.Met(10, Ceiling(10), 2025), Is.True, "≤ is inclusive");
        });
    }

    [Test]
    public void Cumulative_GrowsEachYearFromItsFirstYear()
    {
        var target = new ScorecardTarget { Kind = TargetKind.Cumulative, Value = 10000, FromYear = 2023 };
        Assert.Multiple(() =>
        {
            Assert.That(target.ValueIn(2025), Is.EqualTo(30000), "2023, 2024, 2025: 3 × 10000");
            Assert.That(Points(AttainmentMethodKind.CappedRatio, 24000, target), Is.EqualTo(8).Within(1e-12));
            Assert.That(Attainment.Relation(target, 2025), Does.Contain("≥ 30000"));
        });
    }

    /// <summary>
    /// The points without their text (<see cref="Attainment.PointsOnly"/>, what a scorecard computes for every cell) are
    /// those with the text, bit for bit, and a cell's input writes the same text — every method, every target kind, random
    /// values (negative, zero, on and past the target and the base).
    /// </summary>
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void PointsWithoutText_AreThoseWithTheText_BitForBit(int seed)
    {
        var random = new Random(seed);
        double Pick(params double[] values) => random.NextDouble() < 0.3 ? values[random.Next(values.Length)] : (random.NextDouble() - 0.2) * 200;
        Assert.Multiple(() =>
        {
            for (var i = 0; i < 2_000; i++)
            {
                var method = new AttainmentMethod
                {
                    Kind = Enum.GetValues<AttainmentMethodKind>()[random.Next(Enum.GetValues<AttainmentMethodKind>().Length)],
                    PointsPerItem = 0.5 + random.Next(4),
                    StepPercent = 1 + random.Next(10),
                    StepPoints = random.Next(3),
                };
                var t = Pick(0, 50, 100);
                var target = method.Kind == AttainmentMethodKind.PerItem && random.NextDouble() < 0.5 ? null : new ScorecardTarget
                {
                    Kind = Enum.GetValues<TargetKind>()[random.Next(Enum.GetValues<TargetKind>().Length)],
                    Value = t,
                    Upper = random.NextDouble() < 0.5 ? t + random.Next(50) : null,
                    Base = method.NeedsBase ? Pick(0, t, t / 2) : null,
                    FromYear = random.NextDouble() < 0.5 ? 2020 + random.Next(8) : null,
                };
                var (weight, x, year) = (random.Next(1, 20), Pick(0, t, target?.Base ?? 0), 2020 + random.Next(8));
                var (points, text) = Attainment.Points(method, weight, x, target, year);
                var where = $"#{i} {method.Kind} {target?.Kind} x {x:R} T {t:R} (seed {seed})";
                Assert.That(BitConverter.DoubleToInt64Bits(Attainment.PointsOnly(method, weight, x, target, year)), Is.EqualTo(BitConverter.DoubleToInt64Bits(points)), where);
                var input = new AttainmentInput(method, weight, x, target, year);
                Assert.That(BitConverter.DoubleToInt64Bits(input.Points()), Is.EqualTo(BitConverter.DoubleToInt64Bits(points)), where);
                Assert.That(input.Arithmetic(), Is.EqualTo(text).And.Not.Empty, where);
            }
        });
    }
}
