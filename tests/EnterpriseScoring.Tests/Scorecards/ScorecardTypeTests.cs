using EnterpriseScoring.Scorecards;
using EnterpriseScoring.Tests.Platforms;

namespace EnterpriseScoring.Tests.Scorecards;

/// <summary>
/// Platform types (杭政办函〔2017〕127号) by rules over the scorecard, the default type, and quotas, on the platform example.
/// With 规上工业亩均税收 capped at 10 (W = 10) the totals are P1 10 (国家级, 南湖区), P4 10 (省级, 秀洲区), P2 260 / 30 / 10 × 10
/// = 8.667 (省级, 南湖区) and 塘汇工业区 5 (unregistered, 秀洲区): ranks 1, 1, 3, 4 (seeds/README.md, the platform example).
/// </summary>
public class ScorecardTypeTests
{
    private const string Tax = """{ "id": "above_tax_per_mu", "weight": 10, "targets": [ { "value": 10 } ] }""";

    private const string Veto = """
        { "id": "above_tax_per_mu", "weight": 10, "targets": [ { "value": 10 } ] },
        { "id": "tax_per_mu", "weight": 0, "method": "veto", "definition": { "kind": "ratio_of_sums", "numerator": "tax", "denominator": "land_area", "filter": { "size_class": "above_designated_size" } }, "targets": [ { "value": 10 } ] }
        """;

    private static string Json(string types, string indicators = Tax, string peerGroup = "all", string scope = "main_platforms") => $$"""
        { "kind": "scorecard", "id": "t", "year": 2025, "firm_profile": "zhejiang-six-indicators", "peer_group": "{{peerGroup}}", "scope": "{{scope}}",
          "top_list": 1, "bottom_list": 1,
          "history": [ { "id": "watch", "list": "bottom", "size": 1, "years": 1 } ],
          {{types}},
          "indicators": [ {{indicators}} ] }
        """;

    private static Scorecard Card(string types, string indicators = Tax, string peerGroup = "all", string scope = "main_platforms", FirmTable? firms = null) =>
        Scorecard.Evaluate(PlatformExample.Evaluate(firms ?? PlatformExample.Firms), PlatformExample.Register, ScorecardLoader.Parse(Json(types, indicators, peerGroup, scope)));

    /// <summary>Types "keep" (default, no rule) and "exit" (no rule) with the given quotas.</summary>
    private static Scorecard Quota(string quotas, string indicators = Tax, FirmTable? firms = null) =>
        Card($$""" "types": [ { "id": "keep", "label": "保留提升型" }, { "id": "exit", "label": "逐步退出型" } ], "default_type": "keep", "quotas": [ {{quotas}} ] """, indicators, firms: firms);

    private static string[] Typed(Scorecard card, string type) => [.. card.Rows.Where(r => r.Type == type).Select(r => r.Platform.Id).Order(StringComparer.Ordinal)];

    [TestCase("""{ "total_at_least": 10 }""", "P1,P4")]
    [TestCase("""{ "total_below": 8.7 }""", "P2,塘汇工业区")]
    [TestCase("""{ "rank_at_most": 1 }""", "P1,P4")]
    [TestCase("""{ "rank_from_bottom_at_most": 1 }""", "塘汇工业区")]
    [TestCase("""{ "rank_percent_at_most": 25 }""", "P1,P4")]
    [TestCase("""{ "rank_percent_above": 50 }""", "P2,塘汇工业区")]
    [TestCase("""{ "list": "top" }""", "P1,P4")]
    [TestCase("""{ "list": "bottom" }""", "塘汇工业区")]
    [TestCase("""{ "history": "watch" }""", "塘汇工业区")]
    [TestCase("""{ "vetoed": false }""", "P1,P2,P4,塘汇工业区")]
    [TestCase("""{ "registered": false }""", "塘汇工业区")]
    [TestCase("""{ "sub_platform": false }""", "P1,P2,P4,塘汇工业区")]
    [TestCase("""{ "levels": ["provincial"] }""", "P2,P4")]
    [TestCase("""{ "levels": ["unspecified"] }""", "塘汇工业区")]
    [TestCase("""{ "counties": ["秀洲区"] }""", "P4,塘汇工业区")]
    [TestCase("""{ "indicator": { "id": "above_tax_per_mu", "attained_below": 100 } }""", "P2,塘汇工业区")]
    [TestCase("""{ "indicator": { "id": "above_tax_per_mu", "attained_at_least": 186 } }""", "P4")]
    [TestCase("""{ "indicator": { "id": "above_tax_per_mu", "met": true } }""", "P1,P4")]
    [TestCase("""{ "indicator": { "id": "above_tax_per_mu", "value_at_least": 19 } }""", "P4")]
    [TestCase("""{ "indicator": { "id": "above_tax_per_mu", "value_below": 8.7 } }""", "P2,塘汇工业区")]
    [TestCase("""{ "any": [ { "levels": ["national"] }, { "registered": false } ] }""", "P1,塘汇工业区")]
    [TestCase("""{ "not": { "levels": ["provincial"] } }""", "P1,塘汇工业区")]
    [TestCase("""{ "levels": ["provincial"], "total_at_least": 9 }""", "P4")]
    public void EachRuleKind_PicksThePlatformsItDescribes(string when, string expected)
    {
        var card = Card($$""" "types": [ { "id": "hit", "when": {{when}} }, { "id": "other" } ], "default_type": "other" """);

        Assert.That(string.Join(",", Typed(card, "hit")), Is.EqualTo(expected));
        Assert.That(card.Rows, Has.All.Matches<ScorecardRow>(r => r!.Type is "hit" or "other" && r.TypeReason.Length > 0), "every platform has exactly one type, with a reason");
    }

    [Test]
    public void SubPlatform_UnderAllPlatforms()
    {
        var card = Card(""" "types": [ { "id": "sub", "when": { "sub_platform": true } }, { "id": "main" } ], "default_type": "main" """, scope: "all_platforms");
        Assert.That(Typed(card, "sub"), Is.EqualTo(new[] { "P1A" }));
        Assert.That(card.Get("P1A").TypeReason, Does.Contain("分区分园 of P1"));
    }

    [Test]
    public void Vetoed_IsNotRanked_RankRulesDoNotHold()
    {
        // The veto (all-firm 亩均税收 of 规上 ≥ 10) fails for P2 (8.667) and 塘汇工业区 (5).
        var card = Card(""" "types": [ { "id": "v", "when": { "vetoed": true } }, { "id": "bottom", "when": { "rank_percent_above": 0 } }, { "id": "r", "when": { "rank_at_most": 9 } }, { "id": "o" } ], "default_type": "o" """, Veto);
        Assert.Multiple(() =>
        {
            Assert.That(Typed(card, "v"), Is.EqualTo(new[] { "P2", "塘汇工业区" }));
            Assert.That(Typed(card, "bottom"), Is.EqualTo(new[] { "P1", "P4" }), "ranked 1 of 2 = 50 % > 0 %");
            Assert.That(card.Get("P2").TypeReason, Does.Contain("一票否决 vetoed"));
        });
    }

    [Test]
    public void FirstMatchingType_Wins_InProfileOrder()
    {
        var totalFirst = Card(""" "types": [ { "id": "high", "label": "高分", "when": { "total_at_least": 10 } }, { "id": "top", "when": { "rank_at_most": 1 } }, { "id": "other" } ], "default_type": "other" """);
        var rankFirst = Card(""" "types": [ { "id": "top", "when": { "rank_at_most": 1 } }, { "id": "high", "label": "高分", "when": { "total_at_least": 10 } }, { "id": "other" } ], "default_type": "other" """);
        Assert.Multiple(() =>
        {
            Assert.That(Typed(totalFirst, "high"), Is.EqualTo(new[] { "P1", "P4" }));
            Assert.That(Typed(totalFirst, "top"), Is.Empty);
            Assert.That(totalFirst.Get("P1").TypeReason, Is.EqualTo("高分 (high) by types[0]: total 10 ≥ 10"));
            Assert.That(Typed(rankFirst, "top"), Is.EqualTo(new[] { "P1", "P4" }));
            Assert.That(rankFirst.Get("P4").TypeReason, Is.EqualTo("top (top) by types[0]: rank 1/4 ≤ 1"));
        });
    }

    [Test]
    public void NoRuleMatches_DefaultType_WithItsReason()
    {
        var card = Card(""" "types": [ { "id": "exit", "label": "逐步退出型" }, { "id": "never", "when": { "total_below": 0 } }, { "id": "keep", "label": "保留提升型" } ], "default_type": "keep" """);
        Assert.Multiple(() =>
        {
            Assert.That(Typed(card, "keep"), Has.Length.EqualTo(card.Rows.Count));
            Assert.That(card.Get("P2").TypeReason, Is.EqualTo("保留提升型 (keep) by default_type: no type's rule matched"));
            Assert.That(card.QuotaOutcomes, Is.Empty);
            Assert.That(card.Explain("P2"), Does.Contain("类型 Type: 保留提升型 (keep) by default_type"));
        });
    }

    [Test]
    public void NoTypes_EmptyTypeColumns()
    {
        var card = Scorecard.Evaluate(PlatformExample.Evaluate(PlatformExample.Firms), PlatformExample.Register, ScorecardLoader.Parse(
            $$"""{ "kind": "scorecard", "id": "t", "year": 2025, "firm_profile": "zhejiang-six-indicators", "indicators": [ {{Tax}} ] }"""));
        Assert.That(card.Rows, Has.All.Matches<ScorecardRow>(r => r!.Type.Length == 0 && r.TypeReason.Length == 0));
        Assert.That(card.Explain("P1"), Does.Not.Contain("类型 Type"));
    }

    [Test]
    public void Quota_MovesTheLowestRanked_SayingFromWhichType()
    {
        // 25 % of 4 = 1: the lowest total (塘汇工业区, 5) moves.
        var card = Quota("""{ "type": "exit", "at_least_percent": 25, "per": "peer_group" }""");
        var moved = card.Get("塘汇工业区");
        Assert.Multiple(() =>
        {
            Assert.That(Typed(card, "exit"), Is.EqualTo(new[] { "塘汇工业区" }));
            Assert.That(moved.MovedByQuota, Is.True);
            Assert.That(moved.TypeReason, Does.StartWith("配额 quota quotas[0]: moved from 保留提升型 (keep) — 全部 all needs ≥ 25 % of 4 = ceil(1) = 1 in 逐步退出型 (exit), 0 by the rules"));
            Assert.That(moved.TypeReason, Does.Contain("the lowest: total 5 (rank 4/4 in 全部 all)").And.Contain("By the rules: 保留提升型 (keep) by default_type"));
            Assert.That(card.QuotaOutcomes.Single(), Is.EqualTo(new ScorecardQuotaOutcome(0, "exit", "全部 all", 4, 1, 0, 1, 0)));
            Assert.That(card.Warnings, Has.None.Contains("QUOTA"));
        });
    }

    [Test]
    public void Quota_PerCounty()
    {
        // 30 % of 2 = 0.6 → 1 per county: P2 (8.667) in 南湖区, 塘汇工业区 (5) in 秀洲区.
        var card = Quota("""{ "type": "exit", "at_least_percent": 30 }""");
        Assert.Multiple(() =>
        {
            Assert.That(Typed(card, "exit"), Is.EqualTo(new[] { "P2", "塘汇工业区" }));
            Assert.That(card.QuotaOutcomes.Select(o => (o.Group, o.Required, o.Moved)), Is.EqualTo(new[] { ("南湖区", 1, 1), ("秀洲区", 1, 1) }));
        });
    }

    [Test]
    public void Quota_AlreadyMetByTheRules_MovesNothing()
    {
        var card = Card(""" "types": [ { "id": "exit", "when": { "total_below": 9 } }, { "id": "keep" } ], "default_type": "keep", "quotas": [ { "type": "exit", "at_least_percent": 50, "per": "peer_group" } ] """);
        Assert.That(card.Rows.Where(r => r.MovedByQuota), Is.Empty);
        Assert.That(card.QuotaOutcomes.Single(), Is.EqualTo(new ScorecardQuotaOutcome(0, "exit", "全部 all", 4, 2, 2, 0, 0)));
    }

    [Test]
    public void Quota_TiesAtTheBoundary_AllMove()
    {
        // 75 % of 4 = 3: 塘汇工业区 (5), P2 (8.667), then P1 and P4 tie at 10 for the third place: both move (4 ≥ 3).
        var card = Quota("""{ "type": "exit", "at_least_percent": 75, "per": "peer_group" }""");
        Assert.Multiple(() =>
        {
            Assert.That(Typed(card, "exit"), Is.EqualTo(new[] { "P1", "P2", "P4", "塘汇工业区" }));
            Assert.That(card.Get("P1").TypeReason, Does.Contain("tied at the boundary"));
            Assert.That(card.Get("P2").TypeReason, Does.Not.Contain("tied"));
            Assert.That(card.QuotaOutcomes.Single().Moved, Is.EqualTo(4));
        });
    }

    [Test]
    public void Quota_VetoedPlatformsAreTheLowest()
    {
        // P2 and 塘汇工业区 are vetoed (total 0, tied below every ranked platform): a quota of 1 moves both.
        var card = Quota("""{ "type": "exit", "at_least_percent": 25, "per": "peer_group" }""", Veto);
        Assert.That(Typed(card, "exit"), Is.EqualTo(new[] { "P2", "塘汇工业区" }));
        Assert.That(card.Get("P2").TypeReason, Does.Contain("一票否决 vetoed, not ranked").And.Contain("tied at the boundary"));
    }

    [Test]
    public void Quota_NeverMovesProtected_WarnsWhenItCannotBeMet()
    {
        var card = Quota("""{ "type": "exit", "at_least_percent": 100, "per": "peer_group", "protected": { "levels": ["national"] } }""");
        Assert.Multiple(() =>
        {
            Assert.That(card.Get("P1").Type, Is.EqualTo("keep"), "国家级 is protected");
            Assert.That(Typed(card, "exit"), Is.EqualTo(new[] { "P2", "P4", "塘汇工业区" }));
            Assert.That(card.QuotaOutcomes.Single(), Is.EqualTo(new ScorecardQuotaOutcome(0, "exit", "全部 all", 4, 4, 0, 3, 1)));
            Assert.That(card.Warnings, Has.One.StartsWith("QUOTA NOT MET quotas[0]").And.Contains("1 short").And.Contains("protected (1)").And.Contains("尚缺 1 个"));
        });
    }

    [Test]
    public void Quota_NeverTakesFromAnotherQuotasType()
    {
        // Two quotas of 100 %: the first takes every platform; the second cannot take them back.
        var card = Card(""" "types": [ { "id": "a" }, { "id": "b" }, { "id": "c" } ], "default_type": "c", "quotas": [ { "type": "a", "at_least_percent": 100, "per": "peer_group" }, { "type": "b", "at_least_percent": 50, "per": "peer_group" } ] """);
        Assert.Multiple(() =>
        {
            Assert.That(Typed(card, "a"), Has.Length.EqualTo(4));
            Assert.That(card.QuotaOutcomes[1], Is.EqualTo(new ScorecardQuotaOutcome(1, "b", "全部 all", 4, 2, 0, 0, 2)));
            Assert.That(card.Warnings, Has.One.Contains("QUOTA NOT MET quotas[1]").And.Contains("in a quota's type (4)"));
        });
    }

    [TestCase(30, 10, "ceil", 3)]
    [TestCase(30, 4, "ceil", 2)]
    [TestCase(30, 4, "floor", 1)]
    [TestCase(30, 4, "round", 1)]
    [TestCase(30, 5, "round", 2)]
    [TestCase(10, 30, "ceil", 3)]
    [TestCase(100, 7, "floor", 7)]
    public void Quota_Rounding_InDecimal(double percent, int platforms, string rounding, int expected)
    {
        var value = rounding switch { "floor" => QuotaRounding.Floor, "round" => QuotaRounding.Nearest, _ => QuotaRounding.Ceiling };
        Assert.That(ScorecardTyping.Required(new ScorecardQuota { Type = "x", AtLeastPercent = percent, Rounding = value }, platforms), Is.EqualTo(expected));
    }

    [Test]
    public void TypesAndQuotas_SameWhateverTheRowOrder()
    {
        const string quota = """{ "type": "exit", "at_least_percent": 75, "per": "peer_group" }""";
        var a = Quota(quota);
        var b = Quota(quota, firms: FirmTable.FromFirms(PlatformExample.Firms.AsFirms().Reverse()));
        using var sa = new MemoryStream();
        using var sb = new MemoryStream();
        ScorecardCsvWriter.Write(a, sa);
        ScorecardCsvWriter.Write(b, sb);
        Assert.That(sb.ToArray(), Is.EqualTo(sa.ToArray()));
        Assert.That(b.QuotaOutcomes, Is.EqualTo(a.QuotaOutcomes));
    }

    [Test]
    public void ScorecardCsv_TypeAndReasonColumns()
    {
        var card = Quota("""{ "type": "exit", "at_least_percent": 25, "per": "peer_group" }""");
        using var stream = new MemoryStream();
        ScorecardCsvWriter.Write(card, stream);
        var lines = System.Text.Encoding.UTF8.GetString(stream.ToArray()).TrimStart('\uFEFF').ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        var header = lines[0].Split(',');
        Assert.That(header, Does.Contain("type").And.Contain("type_reason"));
        Assert.That(lines.Skip(1).Select(l => l.Split(',')[Array.IndexOf(header, "type")]), Is.EqualTo(card.Rows.Select(r => r.Type)));
    }

    [Test]
    public void Profile_EveryTypeProblem_IsListed_WithItsPath()
    {
        var problems = Assert.Throws<ProfileException>(() => ScorecardLoader.Parse($$"""
            { "kind": "scorecard", "id": "t", "year": 2025, "firm_profile": "zhejiang-six-indicators",
              "history": [ { "id": "watch", "list": "bottom", "size": 1, "years": 1 } ],
              "types": [
                { "id": "exit", "when": { "indicator": { "id": "above_tax_per_muu", "attained_below": 60 } } },
                { "id": "exit", "when": { "history": "wach", "levels": ["nation"], "totl_below": 3 } },
                { "id": "Keep", "when": { } },
                { "id": "x", "when": { "any": [ { "rank_at_most": 0 } ], "not": { "list": "middle" }, "vetoed": "yes" } }
              ],
              "quotas": [
                { "type": "exitt", "at_least_percent": 0 },
                { "type": "exit", "at_least_percent": 150, "per": "province", "rounding": "up" }
              ],
              "indicators": [ {{Tax}} ] }
            """))!.Problems;
        var paths = problems.Select(p => p.Path).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(paths, Does.Contain("$.default_type"), "missing default");
            Assert.That(paths, Does.Contain("$.types[0].when.indicator.id"), "unknown indicator");
            Assert.That(problems.Single(p => p.Path == "$.types[0].when.indicator.id").Hint, Does.Contain("above_tax_per_mu"));
            Assert.That(paths, Does.Contain("$.types[1].id"), "used twice");
            Assert.That(paths, Does.Contain("$.types[1].when.history"), "unknown history rule");
            Assert.That(problems.Single(p => p.Path == "$.types[1].when.history").Hint, Does.Contain("watch"));
            Assert.That(paths, Does.Contain("$.types[1].when.levels[0]"));
            Assert.That(paths, Does.Contain("$.types[1].when.totl_below"));
            Assert.That(paths, Does.Contain("$.types[2].id"), "not lower-case");
            Assert.That(paths, Does.Contain("$.types[2].when"), "empty condition");
            Assert.That(paths, Does.Contain("$.types[3].when.any[0].rank_at_most"));
            Assert.That(paths, Does.Contain("$.types[3].when.not.list"));
            Assert.That(paths, Does.Contain("$.types[3].when.vetoed"));
            Assert.That(paths, Does.Contain("$.quotas[0].type"), "unknown type id");
            Assert.That(problems.Single(p => p.Path == "$.quotas[0].type").Hint, Does.Contain("exit"));
            Assert.That(paths, Does.Contain("$.quotas[0].at_least_percent"), "0 is outside (0, 100]");
            Assert.That(paths, Does.Contain("$.quotas[1].at_least_percent"), "150 is outside (0, 100]");
            Assert.That(paths, Does.Contain("$.quotas[1].per"));
            Assert.That(paths, Does.Contain("$.quotas[1].rounding"));
        });
    }

    [Test]
    public void Profile_DefaultOrQuotaWithoutTypes_AndUnknownDefault()
    {
        var problems = Assert.Throws<ProfileException>(() => ScorecardLoader.Parse($$"""
            { "kind": "scorecard", "id": "t", "year": 2025, "firm_profile": "zhejiang-six-indicators", "default_type": "keep",
              "quotas": [ { "type": "exit", "at_least_percent": 30 } ], "indicators": [ {{Tax}} ] }
            """))!.Problems;
        Assert.That(problems.Select(p => p.Path), Is.SupersetOf(new[] { "$.default_type", "$.quotas[0].type" }));
        var unknown = Assert.Throws<ProfileException>(() => ScorecardLoader.Parse(Json(""" "types": [ { "id": "keep" } ], "default_type": "kep" """)))!.Problems;
        Assert.That(unknown.Single().Path, Is.EqualTo("$.default_type"));
        Assert.That(unknown.Single().Hint, Does.Contain("keep"));
    }
}
