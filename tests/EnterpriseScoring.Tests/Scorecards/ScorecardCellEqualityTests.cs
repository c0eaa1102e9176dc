using EnterpriseScoring.Platforms;
using EnterpriseScoring.Scorecards;

namespace EnterpriseScoring.Tests.Scorecards;

/// <summary>
/// The hand-written equality of <see cref="ScorecardCell"/>: every property counts, the arithmetic texts by their text —
/// a cell whose texts are written when read (from its figure and its <see cref="AttainmentInput"/>) equals, and hashes
/// as, one given the same texts at once.
/// </summary>
public class ScorecardCellEqualityTests
{
    private static readonly ScorecardTarget Target = new() { Kind = TargetKind.Floor, Value = 500, Year = 2020 };

    private static readonly AttainmentInput Attained = new(new AttainmentMethod { Kind = AttainmentMethodKind.CappedRatio }, 10, 412.5, Target, 2020);

    private static readonly PlatformIndicatorValue Figure = new(412.5, 8250, 20, 3, KnownPlatformIndicators.AboveRevenuePerMu);

    /// <summary>A cell with every property set, its texts given.</summary>
    private static ScorecardCell Given() => new()
    {
        IndicatorId = "above_revenue_per_mu",
        Value = 412.5,
        Target = Target,
        TargetValue = 500,
        AttainmentPercent = 82.5,
        Met = false,
        Points = Attained.Points(),
        Weight = 10,
        ValueArithmetic = Figure.Arithmetic,
        PointsArithmetic = Attained.Arithmetic(),
        Flag = "a flag",
    };

    /// <summary>The same cell with its texts written when read, as <see cref="Scorecard.Evaluate"/> makes it.</summary>
    private static ScorecardCell Lazy() => Given() with { ValueArithmetic = null!, PointsArithmetic = null!, Figure = Figure, Attained = Attained };

    [Test]
    public void EqualCells_AreEqual_WithEqualHashes()
    {
        var (a, b) = (Given(), Given());
        var (plain, plainAgain) = (new ScorecardCell { IndicatorId = "x" }, new ScorecardCell { IndicatorId = "x" });
        Assert.Multiple(() =>
        {
            Assert.That(a, Is.EqualTo(b));
            Assert.That(a.GetHashCode(), Is.EqualTo(b.GetHashCode()));
            Assert.That(plain, Is.EqualTo(plainAgain), "defaults");
            Assert.That(plain.GetHashCode(), Is.EqualTo(plainAgain.GetHashCode()));
        });
    }

    [Test]
    public void CellWithTextsWrittenWhenRead_EqualsOneGivenTheSameTexts()
    {
        var lazy = Lazy();
        Assert.Multiple(() =>
        {
            Assert.That(lazy.ValueArithmetic, Is.EqualTo(Figure.Arithmetic).And.Not.Empty);
            Assert.That(lazy.PointsArithmetic, Is.EqualTo(Attainment.Points(Attained.Method, 10, 412.5, Target, 2020).Arithmetic).And.Contain("封顶比值 capped ratio"));
            var (first, second) = (lazy.PointsArithmetic, lazy.PointsArithmetic);
            Assert.That(second, Is.EqualTo(first), "the same text each time it is read");
            Assert.That(lazy, Is.EqualTo(Given()));
            Assert.That(Given(), Is.EqualTo(lazy));
            Assert.That(lazy.GetHashCode(), Is.EqualTo(Given().GetHashCode()));
            Assert.That(lazy with { PointsArithmetic = "另一个 another" }, Is.Not.EqualTo(Given()), "a given text wins over the written one");
            Assert.That(lazy with { Attained = Attained with { Value = 400 } }, Is.Not.EqualTo(Given()), "another input writes another text");
            Assert.That(new ScorecardCell { IndicatorId = "x" }.PointsArithmetic, Is.Empty, "neither given nor written");
        });
    }

    [Test]
    public void CellsDifferingInAnyProperty_AreNotEqual()
    {
        var variants = new (string Property, ScorecardCell Cell)[]
        {
            ("IndicatorId", Given() with { IndicatorId = "above_tax_per_mu" }),
            ("Value", Given() with { Value = 412.50000000000006 }),
            ("Value null", Given() with { Value = null }),
            ("Target", Given() with { Target = Target with { Value = 501 } }),
            ("Target null", Given() with { Target = null }),
            ("TargetValue", Given() with { TargetValue = 499 }),
            ("AttainmentPercent", Given() with { AttainmentPercent = 82.6 }),
            ("AttainmentPercent null", Given() with { AttainmentPercent = null }),
            ("Met", Given() with { Met = true }),
            ("Met null", Given() with { Met = null }),
            ("Points", Given() with { Points = 8.26 }),
            ("Weight", Given() with { Weight = 11 }),
            ("ValueArithmetic", Given() with { ValueArithmetic = "另一个 another" }),
            ("ValueArithmetic of the figure", Given() with { ValueArithmetic = null!, Figure = Figure with { Numerator = 8000 } }),
            ("PointsArithmetic", Given() with { PointsArithmetic = "另一个 another" }),
            ("Flag", Given() with { Flag = string.Empty }),
        };
        Assert.Multiple(() =>
        {
            foreach (var (property, cell) in variants)
            {
                Assert.That(cell, Is.Not.EqualTo(Given()), property);
                Assert.That(Given(), Is.Not.EqualTo(cell), property);
                Assert.That(cell, Is.Not.EqualTo(Lazy()), $"{property} (against the lazy cell)");
            }
        });
    }
}
