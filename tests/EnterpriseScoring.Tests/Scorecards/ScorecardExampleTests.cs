using EnterpriseScoring.Scorecards;

namespace EnterpriseScoring.Tests.Scorecards;

/// <summary>The hand-checkable platform scorecard: every number is derived in seeds/README.md.</summary>
public class ScorecardExampleTests
{
    private static readonly Lazy<Scorecard> Card = new(ScorecardExample.Evaluate);

    private static double[] Points(string platform) => [.. Card.Value.Get(platform).Cells.Select(c => c.Points)];

    [Test]
    public void Rows_RankedByTotal_VetoedLast()
    {
        var rows = Card.Value.Rows;
        Assert.Multiple(() =>
        {
            Assert.That(rows.Select(r => r.Platform.Id), Is.EqualTo(new[] { "P1", "P4", "塘汇工业区", "P2" }), "P1A is a 分园 (not scored on its own); P3 is merged into P2");
            Assert.That(rows.Select(r => r.Rank), Is.EqualTo(new int?[] { 1, 2, 3, null }));
            Assert.That(rows.Select(r => r.PeerCount), Is.All.EqualTo(3));
            Assert.That(rows.Select(r => r.Total), Is.EqualTo(new[] { ScorecardExample.P1Total, 90, 22, 0 }).Within(1e-9));
        });
    }

    [Test]
    public void P1_EveryMethod()
    {
        Assert.That(Points("P1"), Is.EqualTo(new[] { ScorecardExample.P1TaxPoints, 10, 20, ScorecardExample.P1RdPoints, 12, 6.25, 0 }).Within(1e-9));
        var row = Card.Value.Get("P1");
        Assert.Multiple(() =>
        {
            Assert.That(row.Cells[0].TargetValue, Is.EqualTo(20), "the national-level target beats the default");
            Assert.That(row.Cells[0].AttainmentPercent, Is.EqualTo(2600.0 / 140 / 20 * 100).Within(1e-9));
            Assert.That(row.Cells[4].AttainmentPercent, Is.EqualTo(1470.0 / 1300 * 100).Within(1e-9));
            Assert.That(row.Cells[5].AttainmentPercent, Is.EqualTo(62.5).Within(1e-9), "ceiling: 300 / 480");
            Assert.That(row.Cells[5].Met, Is.False);
            Assert.That(row.Flags, Is.Empty);
            Assert.That(ScorecardExample.P1Total, Is.EqualTo(96.0713996).Within(1e-6));
        });
    }

    [Test]
    public void P2_IsVetoed_ButEveryPointIsShown()
    {
        var row = Card.Value.Get("P2");
        Assert.Multiple(() =>
        {
            Assert.That(Points("P2"), Is.EqualTo(new[] { ScorecardExample.P2TaxPoints, 0, ScorecardExample.P2SharePoints, ScorecardExample.P2RdPoints, 8, 10, 0 }).Within(1e-9));
            Assert.That(row.Vetoed, Is.True);
            Assert.That(row.Total, Is.EqualTo(0));
            Assert.That(row.Rank, Is.Null);
            Assert.That(row.Flags.Single(), Does.Contain("一票否决").And.Contain("d_tier_land_share"));
            Assert.That(ScorecardExample.P2Total, Is.EqualTo(60.8801314).Within(1e-6));
        });
    }

    [Test]
    public void P4_AndUnregistered_MissingValueAndMissingTarget_GiveZeroWithAReason()
    {
        Assert.That(Points("P4"), Is.EqualTo(new double[] { 30, 0, 20, 20, 10, 10, 0 }).Within(1e-9));
        Assert.That(Points("塘汇工业区"), Is.EqualTo(new double[] { 10, 0, 0, 12, 0, 0, 0 }).Within(1e-9));
        var row = Card.Value.Get("塘汇工业区");
        Assert.Multiple(() =>
        {
            Assert.That(row.Cells[4].Value, Is.EqualTo(50), "it has a value …");
            Assert.That(row.Cells[4].Target, Is.Null, "… but no target");
            Assert.That(row.Cells[5].Value, Is.Null, "no register figures: no land stock, never 0");
            Assert.That(row.Flags, Has.Exactly(1).Contains("not in the platform register"));
            Assert.That(row.Flags, Has.Exactly(1).Contains("above_value_added_per_mu").And.Contains("no target"));
            Assert.That(row.Flags, Has.Exactly(1).Contains("land_stock").And.Contains("no value"));
        });
    }

    [Test]
    public void Explain_WritesOutEveryNumber()
    {
        var text = Card.Value.Explain("P1");
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("封顶比值 capped ratio: min(18.571428571428573 / 20 = 0.9285714285714286, 1) × 30"));
            Assert.That(text, Does.Contain("每项计分 per item: min(2 × 5, 10) = 10"));
            Assert.That(text, Does.Contain("功效系数"));
            Assert.That(text, Does.Contain("基数增幅 base-year step: (1470 / 1200 − 1) × 100 = 22.5 % → 4 full steps of 5 %; 0.8 × 10 + 4 × 1 = 12"));
            Assert.That(text, Does.Contain("300 / 480 = 0.625"));
            Assert.That(text, Does.Contain("排名 Rank: 1 / 3"));
            Assert.That(text, Does.Contain("Σtax / Σland"));
        });
        Assert.That(Card.Value.Explain("P2"), Does.Contain("一票否决 vetoed"));
        Assert.That(() => Card.Value.Explain("P1A"), Throws.TypeOf<KeyNotFoundException>());
    }

    [Test]
    public void Types_127_WithTheCountyExitQuota()
    {
        // seeds/README.md "Platform types and the exit quota": P1 (国家级, 96.071 ≥ 95) 整合托管型 (it also meets 转为创新型,
        // but the first rule wins); P4 转为创新型 (高新 share 100 % of a 45 % target = 222.2 % ≥ 200 %); 塘汇工业区 保留提升型 by
        // the rules (22 ≥ 20), moved to 逐步退出型 by the 秀洲区 quota (30 % of 2 → 1, its lowest); P2 (vetoed, 0) 逐步退出型 by default.
        var card = Card.Value;
        var highTechAttained = 100.0 / 45 * 100;
        Assert.Multiple(() =>
        {
            Assert.That(card.Rows.Select(r => (r.Platform.Id, r.Type, r.MovedByQuota)), Is.EqualTo(new[]
            {
                ("P1", "integrate", false), ("P4", "innovate", false), ("塘汇工业区", "exit", true), ("P2", "exit", false),
            }));
            Assert.That(card.Get("P1").TypeReason, Is.EqualTo($"整合托管型 (integrate) by types[0]: total {Math.Round(ScorecardExample.P1Total, 6).ToString(System.Globalization.CultureInfo.InvariantCulture)} ≥ 95 and level 国家级"));
            Assert.That(card.Get("P4").TypeReason, Is.EqualTo($"转为创新型 (innovate) by types[1]: high_tech_value_added_share: attained {Math.Round(highTechAttained, 6).ToString(System.Globalization.CultureInfo.InvariantCulture)} % ≥ 200 %"));
            Assert.That(card.Get("塘汇工业区").TypeReason, Does.StartWith("配额 quota quotas[0]: moved from 保留提升型 (retain) — 秀洲区 needs ≥ 30 % of 2 = ceil(0.6) = 1 in 逐步退出型 (exit), 0 by the rules"));
            Assert.That(card.Get("塘汇工业区").TypeReason, Does.EndWith("By the rules: 保留提升型 (retain) by types[2]: total 22 ≥ 20"));
            Assert.That(card.Get("P2").TypeReason, Is.EqualTo("逐步退出型 (exit) by default_type: no type's rule matched"));
            Assert.That(card.QuotaOutcomes, Is.EqualTo(new[]
            {
                new ScorecardQuotaOutcome(0, "exit", "南湖区", 2, 1, 1, 0, 0),
                new ScorecardQuotaOutcome(0, "exit", "秀洲区", 2, 1, 0, 1, 0),
            }));
            Assert.That(card.Warnings, Has.None.Contains("QUOTA"));
        });
    }
}
