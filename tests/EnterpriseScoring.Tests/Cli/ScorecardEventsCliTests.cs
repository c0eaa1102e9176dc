using System.Globalization;
using System.Text.Json;
using EnterpriseScoring.Cli;
using EnterpriseScoring.Tests.Scorecards;

namespace EnterpriseScoring.Tests.Cli;

/// <summary><c>escore scorecard --events</c> on the hand-checkable platform scorecard and its events file (seeds/README.md, "Events").</summary>
public class ScorecardEventsCliTests : TempFolderTest
{
    private static (int Code, string Stdout, string Stderr) Run(string output, string events, params string[] extra) => CliRunner.Run(
        [
            "scorecard", "--profile", ScorecardExample.ProfilePath, "--input", TestPaths.Seeds("data", "platform-example.csv"),
            "--platforms", TestPaths.Seeds("data", "platform-example.register.csv"), "--events", events, "--out", output, .. extra,
        ]);

    private static List<Dictionary<string, string>> ReadCsv(string path)
    {
        var records = FormulaInjectionCliTests.ReadCsv(path);
        return [.. records.Skip(1).Select(r => r.Select((v, i) => (records[0][i], v)).ToDictionary(p => p.Item1, p => p.v))];
    }

    [Test]
    public void Events_DeductAndDisqualify_InTheCsvTheExplanationAndRunJson()
    {
        var output = Path.Combine(Folder, "out");
        var (code, stdout, stderr) = Run(output, TestPaths.Seeds("data", "platform-example.events.csv"));

        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        var rows = ReadCsv(Path.Combine(output, "scorecard.csv"));
        var byId = rows.ToDictionary(r => r["platform"]);
        using var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "run.json")));
        var events = run.RootElement.GetProperty("events");
        Assert.Multiple(() =>
        {
            Assert.That(rows.Select(r => r["platform"]), Is.EqualTo(new[] { "P1", "P4", "P2", "塘汇工业区" }));
            Assert.That(rows.Select(r => r["rank"]), Is.EqualTo(new[] { "1", "2", string.Empty, string.Empty }));
            Assert.That(double.Parse(byId["P1"]["total"], CultureInfo.InvariantCulture), Is.EqualTo(ScorecardExample.P1Total - 3).Within(1e-9));
            Assert.That(byId["P1"]["deductions"], Is.EqualTo("3"));
            Assert.That(byId["P1"]["events"], Is.EqualTo("major_accident 2 (−3)"));
            Assert.That(byId["P4"]["total"], Is.EqualTo("89"));
            Assert.That(byId["P4"]["events"], Is.EqualTo("env_inspection 5 (−1)"));
            Assert.That(byId["塘汇工业区"]["vetoed"], Is.EqualTo("yes"));
            Assert.That(byId["塘汇工业区"]["events"], Is.EqualTo("illegal_land 1 (一票否决)"));
            Assert.That(byId["塘汇工业区"]["flags"], Does.Contain("一票否决 vetoed by events of 违法用地 (illegal_land)"));
            Assert.That(File.ReadAllText(Path.Combine(output, "scorecard-explain.txt")), Does.Contain("事件 Events 重大安全生产事故 (major_accident): 2 × 2 = 4, 上限 cap 3 → 3"));
            Assert.That(events.GetProperty("read").GetInt32(), Is.EqualTo(7));
            Assert.That(events.GetProperty("counted").GetInt32(), Is.EqualTo(6));
            Assert.That(events.GetProperty("otherYears").GetInt32(), Is.EqualTo(1));
            Assert.That(events.GetProperty("platformsDeducted").GetInt32(), Is.EqualTo(3));
            Assert.That(events.GetProperty("platformsDisqualified").GetInt32(), Is.EqualTo(1));
            Assert.That(events.GetProperty("sha256").GetString(), Has.Length.EqualTo(64));
            Assert.That(stderr, Does.Contain("events: 6 of 2025 counted (1 of other years not counted)"));
            Assert.That(stdout, Does.Contain("  1  P1  示例经济技术开发区  93.07 / 100  −3  转为创新型 (innovate)"), "rank, id, name, total, deduction, type");
            Assert.That(stdout, Does.Contain("  —  塘汇工业区  0 / 100  逐步退出型 (exit)  一票否决 vetoed"), "an unregistered platform's name is its id: shown once");
            var html = File.ReadAllText(Path.Combine(output, "scorecard.html"));
            Assert.That(html, Does.Contain("事件与扣分 Events and deductions").And.Contain("示例经济技术开发区"));
        });
    }

    [Test]
    public void ARowThatCannotBeCounted_FailsTheRun_WithLineColumnValueReason_AndPublishesNothing()
    {
        var events = Path.Combine(Folder, "events.csv");
        File.WriteAllText(events, "平台,日期,事件类别\nP1,2025-03-12,重大安全事故\nP1,2025-03-12,违法用地\nP4,20250231,违法用地\n");
        var output = Path.Combine(Folder, "out");
        var (code, _, stderr) = Run(output, events);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError), stderr);
            Assert.That(stderr, Does.Contain("line 2, platform 'P1', column '事件类别', value '重大安全事故'").And.Contain("did you mean '重大安全生产事故'?"));
            Assert.That(stderr, Does.Contain("line 4, platform 'P4', column '日期', value '20250231'"));
            Assert.That(stderr, Does.Contain("2 rows of --events"));
            Assert.That(Directory.Exists(output), Is.False, "nothing published");
        });
    }

    [Test]
    public void AnEventOfAnUnknownPlatform_FailsTheRun_InChineseToo()
    {
        var events = Path.Combine(Folder, "events.csv");
        File.WriteAllText(events, "platform,date,class\nP9,2025-03-12,illegal_land\n");
        var output = Path.Combine(Folder, "out");
        var (code, _, stderr) = Run(output, events, "--lang", "zh");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError), stderr);
            Assert.That(stderr, Does.Contain("第 2 行，平台 'P9'，列 'platform'，值 'P9'").And.Contain("不是 2025 年的平台"));
            Assert.That(stderr, Does.Contain("无法计入"));
            Assert.That(Directory.Exists(output), Is.False);
        });
    }

    [Test]
    public void MissingEventsFile_IsAUsageError()
    {
        var (code, _, stderr) = Run(Path.Combine(Folder, "out"), Path.Combine(Folder, "nope.csv"));
        Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError));
        Assert.That(stderr, Does.Contain("nope.csv' not found"));
    }
}
