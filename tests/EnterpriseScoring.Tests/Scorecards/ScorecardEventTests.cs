using System.Text;
using EnterpriseScoring.IO;
using EnterpriseScoring.Scorecards;
using EnterpriseScoring.Tests.Platforms;

namespace EnterpriseScoring.Tests.Scorecards;

/// <summary>
/// Events (docs/scorecard.md, "Events"): the events file read with the reader rules, deductions per class with a cap,
/// disqualification (一票否决), events on 分园 and merged platforms, other years, unmatched platforms, the <c>events</c>
/// condition; on the hand-checkable platform scorecard and its events file (seeds/README.md, "Events").
/// </summary>
public class ScorecardEventTests
{
    private static string EventsPath => TestPaths.Seeds("data", "platform-example.events.csv");

    private static ScorecardEventsReadResult Read(string csv, ScorecardProfile? profile = null) =>
        ScorecardEventsReader.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(csv)), profile ?? ScorecardExample.Profile);

    private static Scorecard Card(IEnumerable<ScorecardEvent>? events, ScorecardProfile? profile = null) =>
        Scorecard.Evaluate(PlatformExample.Evaluate(PlatformExample.Firms), PlatformExample.Register, profile ?? ScorecardExample.Profile, events: events);

    private static ScorecardEvent Event(string platform, string eventClass, int count = 1, int year = 2025) =>
        new() { Platform = platform, Date = new DateOnly(year, 6, 1), Class = eventClass, Count = count };

    [Test]
    public void SeedEvents_DeductCapAndDisqualify_AsDerivedInTheSeedsReadme()
    {
        var read = ScorecardEventsReader.Read(EventsPath, ScorecardExample.Profile);
        Assert.That(read.Rejections, Is.Empty);
        Assert.That(read.RowsRead, Is.EqualTo(read.Events.Count), "nothing lost: every row is an event");

        var card = Card(read.Events);
        var p1 = card.Get("P1");
        var p4 = card.Get("P4");
        var tanghui = card.Get("塘汇工业区");
        var p2 = card.Get("P2");
        Assert.Multiple(() =>
        {
            // P1: two 重大安全生产事故 (one in its 分园 P1A, named by the class id) → 2 × 2 = 4, cap 3.
            Assert.That(p1.Deductions.Single().Class.Id, Is.EqualTo("major_accident"));
            Assert.That(p1.Deductions.Single().EventCount, Is.EqualTo(2));
            Assert.That(p1.Deductions.Single().Capped, Is.True);
            Assert.That(p1.DeductedPoints, Is.EqualTo(3));
            Assert.That(p1.Total, Is.EqualTo(ScorecardExample.P1Total - 3).Within(1e-9));

            // P4: 3 + 2 环保督察 findings (the 2024 accident is another year's) → 5 × 0.3 = 1.5, cap 1.
            Assert.That(p4.Deductions.Single().EventCount, Is.EqualTo(5));
            Assert.That(p4.Total, Is.EqualTo(89).Within(1e-9));

            // 塘汇工业区: 违法用地 disqualifies.
            Assert.That(tanghui.Vetoed, Is.True);
            Assert.That(tanghui.Total, Is.Zero);
            Assert.That(tanghui.Rank, Is.Null);
            Assert.That(tanghui.Flags, Has.Some.Contains("一票否决 vetoed by events of 违法用地 (illegal_land)"));

            // P3 was merged into P2 in 2024: its event (named by its register name) counts in P2.
            Assert.That(p2.Deductions.Single().Events.Single().Platform, Is.EqualTo("示例新丰小微园"));
            Assert.That(p2.DeductedPoints, Is.EqualTo(0.3).Within(1e-12));

            Assert.That(card.Rows.Select(r => r.Platform.Id), Is.EqualTo(new[] { "P1", "P4", "P2", "塘汇工业区" }));
            Assert.That(card.Rows.Select(r => r.Rank), Is.EqualTo(new int?[] { 1, 2, null, null }));
            Assert.That(card.EventsCounted, Is.EqualTo(6));
            Assert.That(card.EventsOfOtherYears, Is.EqualTo(1));
            Assert.That(card.Warnings, Has.Some.Contains("1 event row(s) dated outside 2025"));
            Assert.That(card.UnmatchedEvents, Is.Empty);

            // Types: P1 93.07 < 95 is no longer 整合托管型; its 高新 share makes it 转为创新型.
            Assert.That(p1.Type, Is.EqualTo("innovate"));
            Assert.That(tanghui.Type, Is.EqualTo("exit"));
        });
    }

    [Test]
    public void Explain_ShowsEachDeductionWithItsEvents()
    {
        var card = Card(ScorecardEventsReader.Read(EventsPath, ScorecardExample.Profile).Events);
        var p1 = card.Explain("P1");
        var p2 = card.Explain("P2");
        Assert.Multiple(() =>
        {
            Assert.That(p1, Does.Contain("事件 Events 重大安全生产事故 (major_accident): 2 × 2 = 4, 上限 cap 3 → 3 (示例 (assumption))"));
            Assert.That(p1, Does.Contain("2025-03-12: 示例：一起较大生产安全事故 (line 2)"));
            Assert.That(p1, Does.Contain("2025-08-02 平台 platform P1A: 示例：分园 P1A 的事故计入主平台 P1 (line 3)"));
            Assert.That(p1, Does.Contain("− 3 (扣分 deductions) = "));
            Assert.That(p2, Does.Contain("平台 platform 示例新丰小微园"));
            Assert.That(card.Explain("P4"), Does.Contain("2025-05-20 × 3"));
            Assert.That(card.Explain("塘汇工业区"), Does.Contain("1 × 0 = 0; 一票否决 disqualifies").And.Contain("→ 0 (一票否决 vetoed)"));
        });
    }

    [Test]
    public void WithoutEvents_TheScorecardIsUnchanged()
    {
        var plain = ScorecardExample.Evaluate();
        var none = Card([]);
        Assert.That(none.Rows.Select(r => (r.Platform.Id, r.Total, r.Rank, r.Type)), Is.EqualTo(plain.Rows.Select(r => (r.Platform.Id, r.Total, r.Rank, r.Type))));
        Assert.That(none.Rows.All(r => r.Deductions.Count == 0 && r.DeductedPoints == 0), Is.True);
    }

    [Test]
    public void AllPlatformsScope_AnEventOfAFenyuanCountsInItAndInItsMainPlatform()
    {
        var json = File.ReadAllText(ScorecardExample.ProfilePath)
            .Replace("\"scope\": \"main_platforms\"", "\"scope\": \"all_platforms\"", StringComparison.Ordinal)
            .Replace("\"firm_profile\": \"platform-example.profile.json\"", "\"firm_profile\": \"zhejiang-six-indicators\"", StringComparison.Ordinal);
        var profile = ScorecardLoader.Parse(json);
        var card = Scorecard.Evaluate(PlatformExample.Evaluate(PlatformExample.Firms), PlatformExample.Register, profile, events: [Event("P1A", "major_accident")]);
        Assert.That(card.Get("P1A").DeductedPoints, Is.EqualTo(2));
        Assert.That(card.Get("P1").DeductedPoints, Is.EqualTo(2), "the 主平台's figures include its 分园's firms, and so its events");
        Assert.That(card.Get("P4").DeductedPoints, Is.Zero);
    }

    [Test]
    public void UnknownPlatformOrClass_IsUnmatched_NeverDropped()
    {
        var card = Card([Event("P9", "major_accident") with { Line = 7 }, Event("P1", "flood") with { Line = 8 }, Event("P1", "major_accident", year: 2023)]);
        Assert.Multiple(() =>
        {
            Assert.That(card.UnmatchedEvents.Select(i => (i.Line, i.Column, i.Value)), Is.EqualTo(new[] { (7, "platform", "P9"), (8, "class", "flood") }));
            Assert.That(card.UnmatchedEvents[0].Reason, Does.Contain("not a platform of the scorecard in 2025"));
            Assert.That(card.EventsOfOtherYears, Is.EqualTo(1));
            Assert.That(card.Get("P1").DeductedPoints, Is.Zero);
        });
    }

    [Test]
    public void DeductionsAndDisqualification_ChangeRanks()
    {
        // Without events P1 96.07 > P4 90 > 塘汇 22. Four accidents (cap 3) are not enough to pass P4; disqualifying P1 is.
        var capped = Card([Event("P1", "major_accident", count: 4)]);
        Assert.That(capped.Get("P1").Total, Is.EqualTo(ScorecardExample.P1Total - 3).Within(1e-9));
        Assert.That(capped.Get("P1").Rank, Is.EqualTo(1));
        var vetoed = Card([Event("P1", "illegal_land")]);
        Assert.That(vetoed.Get("P1").Rank, Is.Null);
        Assert.That(vetoed.Get("P4").Rank, Is.EqualTo(1));
        Assert.That(vetoed.Get("P1").Cells.Sum(c => c.Points), Is.EqualTo(ScorecardExample.P1Total).Within(1e-9), "the cells still show every point");
    }

    [Test]
    public void UncappedClass_DeductsEveryEvent_AndATotalMayGoBelowZero()
    {
        var profile = ScorecardExample.Profile with
        {
            EventClasses = [new ScorecardEventClass { Id = "finding", Label = "督察问题", PointsPerEvent = 10 }],
        };
        var card = Card([Event("塘汇工业区", "finding", count: 3)], profile);
        Assert.That(card.Get("塘汇工业区").DeductedPoints, Is.EqualTo(30));
        Assert.That(card.Get("塘汇工业区").Total, Is.EqualTo(22 - 30).Within(1e-9), "no floor at 0: the deduction is shown as it is");
        Assert.That(card.Get("塘汇工业区").Deductions.Single().Arithmetic, Is.EqualTo("3 × 10 = 30"));
    }

    [Test]
    public void EventsCondition_TypesAPlatformByItsEvents()
    {
        var json = """
            { "kind": "scorecard", "id": "t", "year": 2025, "firm_profile": "zhejiang-six-indicators",
              "event_classes": [ { "id": "hazard", "label": "环境安全隐患", "points_per_event": 0.5 } ],
              "types": [ { "id": "exit", "label": "逐步退出型", "when": { "events": ["hazard"] }, "source": "嘉兴市平台优化提升攻坚行动实施方案 (2018) 二(二)" }, { "id": "keep" } ],
              "default_type": "keep",
              "indicators": [ { "id": "above_tax_per_mu", "weight": 10, "targets": [ { "value": 10 } ] } ] }
            """;
        var card = Scorecard.Evaluate(PlatformExample.Evaluate(PlatformExample.Firms), PlatformExample.Register, ScorecardLoader.Parse(json), events: [Event("P4", "hazard", count: 2)]);
        Assert.Multiple(() =>
        {
            Assert.That(card.Rows.Where(r => r.Type == "exit").Select(r => r.Platform.Id), Is.EqualTo(new[] { "P4" }));
            Assert.That(card.Get("P4").TypeReason, Does.Contain("events 环境安全隐患 (hazard) × 2"));
            Assert.That(card.Get("P4").Total, Is.EqualTo(9).Within(1e-9));
        });
    }

    [Test]
    public void Reader_RejectsEveryBadRow_WithLineColumnValueReason()
    {
        var read = Read("""
            平台,日期,事件类别,次数,说明
            P1,2025-03-12,重大安全生产事故,1,ok
            P1,2025-13-40,重大安全生产事故,1,bad date
            P1,2025-03-12,重大安全事故,1,unknown class
            ,2025-03-12,违法用地,1,no platform
            P4,2025-03-12,环保督察问题,0,zero count
            P4,2025-03-12,环保督察问题,1.5,half an event
            P4,,环保督察问题,1,no date
            P4,2025-03-12,环保督察问题
            P1,2025-03-12,重大安全生产事故,1,ok
            ,,,,
            P1,2025-03-12,ILLEGAL_LAND,,class id in capitals; count empty = 1
            """);
        Assert.Multiple(() =>
        {
            Assert.That(read.RowsRead, Is.EqualTo(read.Events.Count + read.RejectedRowCount), "nothing lost");
            Assert.That(read.BlankRowsSkipped, Is.EqualTo(1));
            Assert.That(read.Events.Select(e => (e.Line, e.Class, e.Count)), Is.EqualTo(new[] { (2, "major_accident", 1), (10, "major_accident", 1), (12, "illegal_land", 1) }));
            Assert.That(read.Rejections.Select(r => (r.Line, r.Column, r.Value)), Is.EqualTo(new[]
            {
                (3, "日期", "2025-13-40"), (4, "事件类别", "重大安全事故"), (5, "平台", string.Empty), (6, "次数", "0"), (7, "次数", "1.5"), (8, "日期", string.Empty), (9, string.Empty, "3 fields"),
            }));
            Assert.That(read.Rejections[1].Reason, Does.Contain("not an event class of the scorecard").And.Contain("did you mean '重大安全生产事故'?").And.Contain("illegal_land (违法用地)"));
            Assert.That(read.Rejections[1].Id, Is.EqualTo("P1"));
            Assert.That(read.Warnings.Single(w => w.Line == 10).Reason, Does.Contain("as line 2: both are counted"));
        });
    }

    [Test]
    public void Reader_WithoutEventClasses_RejectsEveryRow_AndRefusesAFileWithoutItsColumns()
    {
        var profile = ScorecardExample.Profile with { EventClasses = [] };
        var read = Read("platform,date,class\nP1,2025-01-01,x\n", profile);
        Assert.That(read.Rejections.Single().Reason, Does.Contain("declares no event classes"));
        Assert.That(() => Read("平台,说明\nP1,x\n"), Throws.InstanceOf<FirmDataException>().With.Message.Contains("'date'").And.Message.Contains("'class'"));
        Assert.That(() => Read("平台,日期,类别,事件类型\nP1,2025-01-01,a,b\n"), Throws.InstanceOf<FirmDataException>().With.Message.Contains("both mean 'class'"));
    }

    [Test]
    public void Reader_Gb18030AndHash_AsTheOtherReaders()
    {
        var text = "平台,日期,事件类别\nP1,2025年3月12日,违法用地\n";
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetBytes(text);
        var read = ScorecardEventsReader.ReadCsv(new MemoryStream(bytes), ScorecardExample.Profile);
        Assert.That(read.Events.Single().Date, Is.EqualTo(new DateOnly(2025, 3, 12)));
        Assert.That(read.Events.Single().Class, Is.EqualTo("illegal_land"));
        Assert.That(read.Sha256, Is.EqualTo(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))));
    }

    [TestCase("""[ { "id": "a", "points_per_event": -1 } ]""", "$.event_classes[0].points_per_event", "is negative")]
    [TestCase("""[ { "id": "a", "max_points": 3, "disqualify": true } ]""", "$.event_classes[0].max_points", "without points_per_event")]
    [TestCase("""[ { "id": "a" } ]""", "$.event_classes[0]", "neither deducts nor disqualifies")]
    [TestCase("""[ { "id": "a", "points_per_event": 0 } ]""", "$.event_classes[0]", "neither deducts nor disqualifies")]
    [TestCase("""[ { "id": "A b", "points_per_event": 1 } ]""", "$.event_classes[0].id", "not a valid event class id")]
    [TestCase("""[ { "id": "a", "points_per_event": 1 }, { "id": "a", "disqualify": true } ]""", "$.event_classes[1].id", "is used twice")]
    [TestCase("""[ { "id": "a", "label": "事故", "points_per_event": 1 }, { "id": "b", "label": "事故", "disqualify": true } ]""", "$.event_classes[1]", "'事故' already names event_classes[0]")]
    [TestCase("""[ { "id": "a", "points_per_event": 1, "cap": 2 } ]""", "$.event_classes[0].cap", "unknown key")]
    [TestCase("""[ { "id": "a", "disqualify": "yes" } ]""", "$.event_classes[0].disqualify", "is not true or false")]
    [TestCase("""[]""", "$.event_classes", "no event classes")]
    public void BadEventClasses_AreProfileProblems(string classes, string path, string message)
    {
        var json = $$"""{ "kind": "scorecard", "id": "t", "year": 2025, "firm_profile": "zhejiang-six-indicators", "event_classes": {{classes}}, "indicators": [ { "id": "above_tax_per_mu", "weight": 10, "targets": [ { "value": 10 } ] } ] }""";
        var e = Assert.Throws<ProfileException>(() => ScorecardLoader.Parse(json))!;
        Assert.That(e.Problems.Select(p => p.Path + " " + p.Message), Has.Some.StartsWith(path + " ").And.Some.Contains(message));
    }

    [Test]
    public void EventsCondition_NamingAnUnknownClass_IsAProfileProblem()
    {
        var json = """{ "kind": "scorecard", "id": "t", "year": 2025, "firm_profile": "zhejiang-six-indicators", "event_classes": [ { "id": "hazard", "points_per_event": 1 } ], "types": [ { "id": "x", "when": { "events": ["hazzard"] } }, { "id": "y", "when": { "events": [] } } ], "default_type": "x", "indicators": [ { "id": "above_tax_per_mu", "weight": 10, "targets": [ { "value": 10 } ] } ] }""";
        var e = Assert.Throws<ProfileException>(() => ScorecardLoader.Parse(json))!;
        Assert.That(e.Problems.Select(p => $"{p.Path}: {p.Message} {p.Hint}"), Has.Some.EqualTo("$.types[0].when.events[0]: unknown event class 'hazzard' did you mean 'hazard'?").And.Some.StartsWith("$.types[1].when.events: is empty"));
    }
}
