using EnterpriseScoring.Platforms;

namespace EnterpriseScoring.Tests.Platforms;

/// <summary>The figures of the hand-checkable platform example; every number is derived in seeds/README.md.</summary>
public class PlatformFiguresTests
{
    private static readonly Lazy<PlatformFigures> Figures2025 = new(() => PlatformExample.Figures(2025));

    private static double? Value(string unit, string indicator) => Figures2025.Value.Get(unit, indicator).Value;

    [Test]
    public void Tiers_AreThoseDerivedByHand()
    {
        var evaluation = PlatformExample.Evaluate(PlatformExample.Firms);

        Assert.That(evaluation.Results.Select(r => r.Tier), Is.EqualTo(new Tier?[] { Tier.A, Tier.B, Tier.D, Tier.C, Tier.A, Tier.B, Tier.D, Tier.C, Tier.A, Tier.C, Tier.C, Tier.D }));
    }

    [TestCase("P1", 2600.0 / 140)]
    [TestCase("P1A", 2080.0 / 110)]
    [TestCase("P2", 260.0 / 30)]
    [TestCase("P4", 20.0)]
    [TestCase("塘汇工业区", 5.0)]
    [TestCase("南湖区", 2860.0 / 170)]
    [TestCase("秀洲区", 340.0 / 23)]
    [TestCase(PlatformMembership.CityId, 3200.0 / 193)]
    public void AboveTaxPerMu_IsTheRatioOfSumsOverAboveSizeMembers(string unit, double expected) =>
        Assert.That(Value(unit, "above_tax_per_mu"), Is.EqualTo(expected).Within(1e-12));

    [Test]
    public void Totals_Counts_Shares_RegisterFigures_DLand()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Value("P1", "above_value_added"), Is.EqualTo(20.58).Within(1e-12), "(4000 + 1000 + 800 + 200000) 万元 = 20.58 亿元");
            Assert.That(Value("P1", "firms_over_10_billion"), Is.EqualTo(1));
            Assert.That(Value("P1", "listed_firms"), Is.EqualTo(2));
            Assert.That(Value(PlatformMembership.CityId, "high_tech_firms"), Is.EqualTo(4));
            Assert.That(Value("P1", "high_tech_value_added_share"), Is.EqualTo(204000.0 / 205800 * 100).Within(1e-12));
            Assert.That(Value("P2", "high_tech_value_added_share"), Is.EqualTo(900.0 / 2900 * 100).Within(1e-12));
            Assert.That(Value("P1", "above_rd_intensity"), Is.EqualTo(36820.0 / 1231000 * 100).Within(1e-12));
            Assert.That(Value("P1", "d_tier_land_share"), Is.EqualTo(5.0 / 145 * 100).Within(1e-12));
            Assert.That(Value("P2", "d_tier_land_share"), Is.EqualTo(4.0 / 34 * 100).Within(1e-12));
            Assert.That(Value("P1", "land_stock"), Is.EqualTo(480), "P1 400 + its sub-park P1A 80");
            Assert.That(Value("P2", "land_stock"), Is.EqualTo(225), "P2 200 + merged P3 25");
            Assert.That(Value("南湖区", "cleared_land"), Is.EqualTo(47));
            Assert.That(Value("秀洲区", "cleared_land"), Is.EqualTo(15));
            Assert.That(Value("塘汇工业区", "planned_area"), Is.Null, "an unregistered platform has no register figures, not 0");
            Assert.That(Value("塘汇工业区", "revenue"), Is.EqualTo(0.2).Within(1e-12));
        });
    }

    [Test]
    public void Growth_IsLikeForLike_EnteringAndLeavingFirmsOutside()
    {
        Assert.Multiple(() =>
        {
            // P1: F01 4000 vs 3200, F02 1000 vs 1000, F04 800 vs 800; F05 entered in 2025 (no prior): out.
            Assert.That(Value("P1", "above_value_added_growth"), Is.EqualTo((5800.0 / 5000 - 1) * 100).Within(1e-12));
            Assert.That(Figures2025.Value.Get("P1", "above_value_added_growth").Count, Is.EqualTo(3));

            // P2: F06 2000 vs 1600, F08 900 vs 1000 (in P3 in 2024, merged): F13 left after 2024: out.
            Assert.That(Value("P2", "above_value_added_growth"), Is.EqualTo((2900.0 / 2600 - 1) * 100).Within(1e-12));
            Assert.That(Value("P4", "above_value_added_growth"), Is.Null, "no firm of P4 is in the prior year");
        });
    }

    [Test]
    public void Membership2023_ScoresTheMergedPlatformApart()
    {
        var figures = PlatformExample.Figures(2023);

        Assert.Multiple(() =>
        {
            Assert.That(figures.Get("P2", "above_tax_per_mu").Value, Is.EqualTo(10));
            Assert.That(figures.Get("P3", "above_tax_per_mu").Value, Is.EqualTo(6));
            Assert.That(figures.Get("P2", "land_stock").Value, Is.EqualTo(200));
        });
    }

    [Test]
    public void Figures_DoNotDependOnRowOrder()
    {
        var firms = PlatformExample.Firms;
        var reversed = FirmTable.FromFirms(firms.AsFirms().Reverse());

        var a = PlatformExample.Figures(2025, firms);
        var b = PlatformExample.Figures(2025, reversed);

        foreach (var unit in a.Membership.Units)
        {
            Assert.That(b.Of(unit.Id).Select(v => v.Value), Is.EqualTo(a.Of(unit.Id).Select(v => v.Value)), unit.Id);
        }
    }

    [Test]
    public void Explain_WritesOutTheArithmetic()
    {
        var text = Figures2025.Value.Explain("P2");

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("平台 Platform P2 示例工业园区 | 年度 Year 2025 | 级别 Level 省级 | 县 County 南湖区"));
            Assert.That(text, Does.Contain("含已并入 with merged platforms: P3"));
            Assert.That(text, Does.Contain("规上工业亩均税收 (above_tax_per_mu): Σtax / Σland_area = 260 / 30 = 8.66666"));
            Assert.That(text, Does.Contain("Σ LandStock = 225 亩 (2 register entries give it)"));
            Assert.That(() => Figures2025.Value.Explain("nowhere"), Throws.InstanceOf<KeyNotFoundException>());
        });
    }

    [Test]
    public void Compute_MissingMeasure_FailsLoudly()
    {
        var firms = PlatformExample.Firms;
        var evaluation = PlatformExample.Evaluate(firms);
        var membership = PlatformMembership.Create(firms, PlatformExample.Register, 2025);

        Assert.Multiple(() =>
        {
            Assert.That(() => PlatformFigures.Compute(evaluation, membership, [new TotalPlatformIndicator("energy", "能耗", "吨标准煤", "energy")]), Throws.InvalidOperationException.With.Message.Contains("'energy'"));
            Assert.That(() => PlatformFigures.Compute(evaluation, membership, [KnownPlatformIndicators.AboveValueAddedGrowth]), Throws.InvalidOperationException.With.Message.Contains("prior"));
        });
    }
}
