using EnterpriseScoring.Scorecards;
using EnterpriseScoring.Tests.Platforms;

namespace EnterpriseScoring.Tests.Scorecards;

/// <summary>Ranking: competition ranks with ties listed by id, peer groups, scope, and independence of the row order.</summary>
public class ScorecardRankingTests
{
    private static Scorecard Card(string peerGroup, string scope, string indicators, string lists = "")
    {
        var json = $$"""
            { "kind": "scorecard", "id": "t", "year": 2025, "firm_profile": "zhejiang-six-indicators", "peer_group": "{{peerGroup}}", "scope": "{{scope}}",{{lists}}
              "indicators": [ {{indicators}} ] }
            """;
        return Scorecard.Evaluate(PlatformExample.Evaluate(PlatformExample.Firms), PlatformExample.Register, ScorecardLoader.Parse(json));
    }

    [Test]
    public void Ties_ShareARank_ListedById()
    {
        // capped at 10 万元/亩: P1 18.6, P4 20 and P2 8.67 … P1 and P4 both reach W.
        var card = Card("all", "main_platforms", """{ "id": "above_tax_per_mu", "weight": 10, "targets": [ { "value": 10 } ] }""");
        Assert.Multiple(() =>
        {
            Assert.That(card.Rows.Select(r => (r.Platform.Id, r.Rank)), Is.EqualTo(new (string, int?)[] { ("P1", 1), ("P4", 1), ("P2", 3), ("塘汇工业区", 4) }));
            Assert.That(card.Get("P2").Total, Is.EqualTo(260.0 / 30 / 10 * 10).Within(1e-12));
        });
    }

    [Test]
    public void PeerGroups_ByLevel_AndByCounty()
    {
        const string tax = """{ "id": "above_tax_per_mu", "weight": 10, "targets": [ { "value": 30 } ] }""";
        var byLevel = Card("level", "main_platforms", tax);
        var byCounty = Card("county", "all_platforms", tax);
        Assert.Multiple(() =>
        {
            Assert.That(byLevel.Rows.Select(r => (r.PeerGroup, r.Platform.Id, r.Rank, r.PeerCount)), Is.EqualTo(new (string, string, int?, int)[]
            {
                ("国家级", "P1", 1, 1), ("省级", "P4", 1, 2), ("省级", "P2", 2, 2), ("级别未知 level unspecified", "塘汇工业区", 1, 1),
            }), "levels in level order, unspecified last");
            Assert.That(byCounty.Rows.Select(r => (r.PeerGroup, r.Platform.Id, r.Rank)), Is.EqualTo(new (string, string, int?)[]
            {
                ("南湖区", "P1A", 1), ("南湖区", "P1", 2), ("南湖区", "P2", 3), ("秀洲区", "P4", 1), ("秀洲区", "塘汇工业区", 2),
            }), "all_platforms scores the 分园 P1A too (2080 / 110 = 18.9 > P1's 18.6)");
        });
    }

    [Test]
    public void SameNumbers_WhateverTheRowOrder()
    {
        var profile = ScorecardExample.Profile;
        var firms = PlatformExample.Firms;
        var reversed = FirmTable.FromFirms(firms.AsFirms().Reverse());
        var a = Scorecard.Evaluate(PlatformExample.Evaluate(firms), PlatformExample.Register, profile);
        var b = Scorecard.Evaluate(PlatformExample.Evaluate(reversed), PlatformExample.Register, profile);
        using var sa = new MemoryStream();
        using var sb = new MemoryStream();
        ScorecardCsvWriter.Write(a, sa);
        ScorecardCsvWriter.Write(b, sb);
        Assert.That(sb.ToArray(), Is.EqualTo(sa.ToArray()));
    }

    [Test]
    public void NoRegister_EveryPlatformUnregistered_Flagged()
    {
        var card = Scorecard.Evaluate(PlatformExample.Evaluate(PlatformExample.Firms), null, ScorecardExample.Profile);
        Assert.That(card.Rows.Select(r => r.Platform.Id), Is.EquivalentTo(new[] { "P1", "P1A", "P2", "P3", "P4", "塘汇工业区" }));
        Assert.That(card.Rows, Has.All.Matches<ScorecardRow>(r => r!.Flags.Any(f => f.Contains("not in the platform register", StringComparison.Ordinal))));
    }

    [Test]
    public void TopAndBottomLists_TiesAtTheBoundaryAreAllListed()
    {
        // Totals as in Ties_ShareARank_ListedById: P1 10, P4 10, P2 8.67, 塘汇工业区 last.
        const string tax = """{ "id": "above_tax_per_mu", "weight": 10, "targets": [ { "value": 10 } ] }""";
        var one = Card("all", "main_platforms", tax, """ "top_list": 1, "bottom_list": 1,""");
        var two = Card("all", "main_platforms", tax, """ "top_list": 3, "bottom_list": 2,""");
        var none = Card("all", "main_platforms", tax);

        Assert.Multiple(() =>
        {
            Assert.That(one.Rows.Select(r => (r.Platform.Id, r.OnTopList, r.OnBottomList)), Is.EqualTo(new[] { ("P1", true, false), ("P4", true, false), ("P2", false, false), ("塘汇工业区", false, true) }), "P1 and P4 tie for first: both on a top 1");
            Assert.That(two.Rows.Select(r => (r.Platform.Id, r.OnTopList, r.OnBottomList)), Is.EqualTo(new[] { ("P1", true, false), ("P4", true, false), ("P2", true, true), ("塘汇工业区", false, true) }));
            Assert.That(one.Get("P1").Flags, Has.Member("前1名 top 1 of 全部 all"));
            Assert.That(one.Get("塘汇工业区").Flags, Has.Member("末位1名 bottom 1 of 全部 all"));
            Assert.That(none.Rows, Has.None.Matches<ScorecardRow>(r => r!.OnTopList || r.OnBottomList));
        });
    }

    [Test]
    public void BottomList_VetoedPlatformsAreAtTheBottom_NeverOnTheTopList()
    {
        // The veto (亩均税收 ≥ 10) fails for P2 (8.67) and 塘汇工业区: both unranked, both on a bottom 1, neither on a top 4.
        const string indicators = """
            { "id": "above_tax_per_mu", "weight": 10, "targets": [ { "value": 10 } ] },
            { "id": "tax_per_mu", "weight": 0, "method": "veto", "definition": { "kind": "ratio_of_sums", "numerator": "tax", "denominator": "land_area", "filter": { "size_class": "above_designated_size" } }, "targets": [ { "value": 10 } ] }
            """;
        var card = Card("all", "main_platforms", indicators, """ "top_list": 4, "bottom_list": 1,""");

        Assert.Multiple(() =>
        {
            Assert.That(card.Rows.Select(r => (r.Platform.Id, r.Vetoed, r.OnTopList, r.OnBottomList)), Is.EqualTo(new[] { ("P1", false, true, false), ("P4", false, true, false), ("P2", true, false, true), ("塘汇工业区", true, false, true) }));
        });
    }

    [Test]
    public void ScorecardCsv_ListColumn_SaysTopOrBottom()
    {
        var card = Card("all", "main_platforms", """{ "id": "above_tax_per_mu", "weight": 10, "targets": [ { "value": 10 } ] }""", """ "top_list": 1, "bottom_list": 2,""");
        using var stream = new MemoryStream();

        ScorecardCsvWriter.Write(card, stream);

        var lines = System.Text.Encoding.UTF8.GetString(stream.ToArray()).TrimStart('\uFEFF').ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        var column = Array.IndexOf(lines[0].Split(','), "list");
        Assert.That(lines.Skip(1).Select(l => l.Split(',')[column]), Is.EqualTo(new[] { "top", "top", "bottom", "bottom" }));
    }

    [Test]
    public void NegativeListSize_IsAProfileProblem()
    {
        var ex = Assert.Throws<EnterpriseScoring.ProfileException>(() => Card("all", "main_platforms", """{ "id": "above_tax_per_mu", "weight": 10, "targets": [ { "value": 10 } ] }""", """ "bottom_list": -1,"""));

        Assert.That(ex!.Message, Does.Contain("$.bottom_list"));
    }
}
