using EnterpriseScoring.Scorecards;
using EnterpriseScoring.Tests.Platforms;

namespace EnterpriseScoring.Tests.Scorecards;

/// <summary>Ranking: competition ranks with ties listed by id, peer groups, scope, and independence of the row order.</summary>
public class ScorecardRankingTests
{
    private static Scorecard Card(string peerGroup, string scope, string indicators)
    {
        var json = $$"""
            { "kind": "scorecard", "id": "t", "year": 2025, "firm_profile": "zhejiang-six-indicators", "peer_group": "{{peerGroup}}", "scope": "{{scope}}",
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
}
