using EnterpriseScoring.IO;
using EnterpriseScoring.Scorecards;
using EnterpriseScoring.Tests.Platforms;

namespace EnterpriseScoring.Tests.Scorecards;

/// <summary>History rules over earlier scorecards: lists recomputed per year, windows, missing years, and reading scorecard.csv back.</summary>
public class ScorecardHistoryTests
{
    // One peer group of four platforms per year; V is vetoed in 2023.
    private static readonly ScorecardHistory Hand = ScorecardHistory.Of(
    [
        new ScorecardStanding(2023, "A", "g", 90, false), new ScorecardStanding(2023, "B", "g", 80, false),
        new ScorecardStanding(2023, "C", "g", 70, false), new ScorecardStanding(2023, "V", "g", 0, true),
        new ScorecardStanding(2024, "A", "g", 50, false), new ScorecardStanding(2024, "B", "g", 80, false),
        new ScorecardStanding(2024, "C", "g", 50, false), new ScorecardStanding(2024, "V", "g", 95, false),
    ]);

    [Test]
    public void IsOnList_RecomputesEachYearsListsFromTotals()
    {
        Assert.Multiple(() =>
        {
            // 2023: V vetoed → the only bottom 1; C has one platform (V) below it → on a bottom 2.
            Assert.That(new[] { "A", "B", "C", "V" }.Select(p => Hand.IsOnList(2023, p, ScorecardList.Bottom, 1)), Is.EqualTo(new[] { false, false, false, true }));
            Assert.That(new[] { "A", "B", "C", "V" }.Select(p => Hand.IsOnList(2023, p, ScorecardList.Bottom, 2)), Is.EqualTo(new[] { false, false, true, true }));
            Assert.That(Hand.IsOnList(2023, "V", ScorecardList.Top, 4), Is.False, "a vetoed platform is never on the top list");
            // 2024: A and C tie last at 50: both on a bottom 1; V first.
            Assert.That(new[] { "A", "B", "C", "V" }.Select(p => Hand.IsOnList(2024, p, ScorecardList.Bottom, 1)), Is.EqualTo(new[] { true, false, true, false }));
            Assert.That(Hand.IsOnList(2024, "V", ScorecardList.Top, 1), Is.True);
            Assert.That(Hand.IsOnList(2022, "A", ScorecardList.Bottom, 4), Is.False, "a year not held counts as off the list");
            Assert.That(Hand.IsOnList(2024, "X", ScorecardList.Bottom, 4), Is.False, "a platform without a row counts as off the list");
            Assert.That(Hand.Years, Is.EqualTo(new[] { 2023, 2024 }));
        });
    }

    [Test]
    public void Of_SamePlatformTwiceInAYear_Throws() =>
        Assert.Throws<ArgumentException>(() => ScorecardHistory.Of([new ScorecardStanding(2023, "A", "g", 1, false), new ScorecardStanding(2023, "A", "h", 2, false)]));

    [Test]
    public void Evaluate_HistoryRule_FlagsPlatformsOnTheListInEnoughYears()
    {
        // 2025 on the platform example, one indicator capped at 10 万元/亩: P1 10, P4 10, P2 8.67, 塘汇工业区 last.
        // Earlier: P2 last in 2023 and 2024; 塘汇工业区 last in 2024 only; P4 last in 2022 only (outside a 3-year window).
        var history = ScorecardHistory.Of(
        [
            new ScorecardStanding(2022, "P4", "全部 all", 1, false), new ScorecardStanding(2022, "P1", "全部 all", 5, false),
            new ScorecardStanding(2023, "P2", "全部 all", 1, false), new ScorecardStanding(2023, "P1", "全部 all", 5, false),
            new ScorecardStanding(2024, "P2", "全部 all", 1, true), new ScorecardStanding(2024, "塘汇工业区", "全部 all", 1, true), new ScorecardStanding(2024, "P1", "全部 all", 5, false),
        ]);
        var card = Evaluate("""
            "history": [
              { "id": "exit_watch", "list": "bottom", "size": 1, "years": 2, "of_last": 3, "flag": "三年两次末位，列入整合名单" },
              { "id": "twice_last", "list": "bottom", "size": 1, "years": 2 }
            ],
            """, history);

        Assert.Multiple(() =>
        {
            Assert.That(card.Get("P2").HistoryRules, Is.EqualTo(new[] { "exit_watch" }), "last in 2023 and 2024 (not 2025): 2 of the last 3, not 2 consecutive ending now");
            Assert.That(card.Get("塘汇工业区").HistoryRules, Is.EqualTo(new[] { "exit_watch", "twice_last" }), "last in 2024 and 2025");
            Assert.That(card.Get("P4").HistoryRules, Is.Empty, "2022 is outside the window");
            Assert.That(card.Get("P1").HistoryRules, Is.Empty);
            Assert.That(card.Get("塘汇工业区").Flags, Has.Member("三年两次末位，列入整合名单: 末位1名 bottom 1 in 2 of the last 3 years (2024, 2025)"));
            Assert.That(card.Get("塘汇工业区").Flags, Has.Member("历史规则 history rule twice_last: 末位1名 bottom 1 in 2 of the last 2 years (2024, 2025)"));
            Assert.That(card.Warnings, Has.None.Contains("history rules"), "every year of the windows is held");
        });
    }

    [Test]
    public void Evaluate_HistoryRule_WithoutEarlierScorecards_WarnsAndCountsThemOff()
    {
        var card = Evaluate("""
            "history": [ { "id": "twice_last", "list": "bottom", "size": 1, "years": 1, "of_last": 3 } ],
            """, null);

        Assert.Multiple(() =>
        {
            Assert.That(card.Warnings, Has.Some.Contains("no scorecard for 2023, 2024"));
            Assert.That(card.Rows.Where(r => r.HistoryRules.Count > 0).Select(r => r.Platform.Id), Is.EqualTo(new[] { "塘汇工业区" }), "this year alone meets 1 of 3");
        });
    }

    [Test]
    public void Evaluate_HistoryOfThisYearOrLater_Throws()
    {
        var history = ScorecardHistory.Of([new ScorecardStanding(2025, "P1", "全部 all", 1, false)]);

        Assert.Throws<ArgumentException>(() => Evaluate(string.Empty, history));
    }

    [TestCase("""{ "id": "r", "list": "bottom", "size": 0, "years": 2 }""", "$.history[0].size")]
    [TestCase("""{ "id": "r", "list": "bottom", "size": 5, "years": 3, "of_last": 2 }""", "$.history[0].of_last")]
    [TestCase("""{ "id": "r", "list": "last", "size": 5, "years": 2 }""", "$.history[0].list")]
    [TestCase("""{ "id": "r", "list": "bottom", "size": 5, "years": 2, "of_lst": 3 }""", "$.history[0].of_lst")]
    public void Profile_BadHistoryRule_IsAProblemAtItsPath(string rule, string path)
    {
        var ex = Assert.Throws<ProfileException>(() => Evaluate($$""" "history": [ {{rule}} ], """, null));

        Assert.That(ex!.Message, Does.Contain(path));
    }

    [Test]
    public void ReadCsv_ReadsBackWhatTheWriterWrote()
    {
        var card = Evaluate(string.Empty, null);
        using var stream = new MemoryStream();
        ScorecardCsvWriter.Write(card, stream);
        stream.Position = 0;

        var standings = ScorecardHistory.ReadCsv(stream, "scorecard.csv");

        Assert.That(standings, Is.EqualTo(ScorecardHistory.Standings(card)));
    }

    [Test]
    public void ReadCsv_NotAScorecard_SaysWhichColumnIsMissing()
    {
        using var stream = new MemoryStream("\uFEFFid,name,status\n1,a,rated\n"u8.ToArray());

        var ex = Assert.Throws<FirmDataException>(() => ScorecardHistory.ReadCsv(stream, "results.csv"));

        Assert.That(ex!.Message, Does.Contain("'results.csv' has no 'platform' column"));
    }

    private static Scorecard Evaluate(string extra, ScorecardHistory? history)
    {
        var json = $$"""
            { "kind": "scorecard", "id": "t", "year": 2025, "firm_profile": "zhejiang-six-indicators", {{extra}}
              "indicators": [ { "id": "above_tax_per_mu", "weight": 10, "targets": [ { "value": 10 } ] } ] }
            """;
        return Scorecard.Evaluate(PlatformExample.Evaluate(PlatformExample.Firms), PlatformExample.Register, ScorecardLoader.Parse(json), history: history);
    }
}
