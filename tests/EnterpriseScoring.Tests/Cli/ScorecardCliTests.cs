using System.Globalization;
using System.Text.Json;
using EnterpriseScoring.Cli;
using EnterpriseScoring.Cli.Input;
using EnterpriseScoring.Tests.Scorecards;

namespace EnterpriseScoring.Tests.Cli;

/// <summary><c>escore scorecard</c> on the hand-checkable platform scorecard (seeds/README.md, "The hand-checkable platform scorecard").</summary>
public class ScorecardCliTests : TempFolderTest
{
    private (int Code, string Stdout, string Stderr) Run(string output, params string[] extra) => CliRunner.Run(
        [
            "scorecard", "--profile", ScorecardExample.ProfilePath, "--input", TestPaths.Seeds("data", "platform-example.csv"),
            "--platforms", TestPaths.Seeds("data", "platform-example.register.csv"), "--out", output, .. extra,
        ]);

    private static List<Dictionary<string, string>> ReadCsv(string path)
    {
        var records = FormulaInjectionCliTests.ReadCsv(path);
        return [.. records.Skip(1).Select(r => r.Select((v, i) => (records[0][i], v)).ToDictionary(p => p.Item1, p => p.v))];
    }

    private static double Num(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    [Test]
    public void Scorecard_WritesTheHandDerivedNumbers()
    {
        var output = Path.Combine(Folder, "out");
        var (code, stdout, stderr) = Run(output);

        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        Assert.That(Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal), Is.EqualTo(new[]
        {
            "register-rejects.csv", "rejects.csv", "results.csv", "run.json", "scorecard-explain.txt", "scorecard.csv", "scorecard.html", "summary.csv",
        }));
        var rows = ReadCsv(Path.Combine(output, "scorecard.csv"));
        var byId = rows.ToDictionary(r => r["platform"]);
        Assert.Multiple(() =>
        {
            Assert.That(rows.Select(r => r["platform"]), Is.EqualTo(new[] { "P1", "P4", "塘汇工业区", "P2" }));
            Assert.That(rows.Select(r => r["rank"]), Is.EqualTo(new[] { "1", "2", "3", string.Empty }));
            Assert.That(Num(byId["P1"]["total"]), Is.EqualTo(ScorecardExample.P1Total).Within(1e-9));
            Assert.That(Num(byId["P1"]["above_tax_per_mu_points"]), Is.EqualTo(ScorecardExample.P1TaxPoints).Within(1e-9));
            Assert.That(Num(byId["P1"]["above_rd_intensity_points"]), Is.EqualTo(ScorecardExample.P1RdPoints).Within(1e-9));
            Assert.That(byId["P1"]["above_tax_per_mu_target"], Is.EqualTo("20"));
            Assert.That(byId["P1"]["above_value_added_per_mu_points"], Is.EqualTo("12"));
            Assert.That(byId["P1"]["land_stock_points"], Is.EqualTo("6.25"));
            Assert.That(byId["P4"]["total"], Is.EqualTo("90"));
            Assert.That(byId["塘汇工业区"]["total"], Is.EqualTo("22"));
            Assert.That(byId["塘汇工业区"]["land_stock_value"], Is.Empty, "no register figures: empty, not 0");
            Assert.That(byId["塘汇工业区"]["flags"], Does.Contain("no value → 0 points").And.Contain("no target"));
            Assert.That(byId["P2"]["vetoed"], Is.EqualTo("yes"));
            Assert.That(byId["P2"]["total"], Is.EqualTo("0"));
            Assert.That(Num(byId["P2"]["above_rd_intensity_points"]), Is.EqualTo(ScorecardExample.P2RdPoints).Within(1e-9));
            Assert.That(byId["P2"]["flags"], Does.Contain("一票否决"));
            Assert.That(stdout, Does.Contain("4 platforms scored"));
        });

        using var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "run.json")));
        Assert.Multiple(() =>
        {
            Assert.That(run.RootElement.GetProperty("tool").GetString(), Is.EqualTo("escore"));
            Assert.That(run.RootElement.GetProperty("scoredPlatforms").GetInt32(), Is.EqualTo(4));
            Assert.That(run.RootElement.GetProperty("vetoedPlatforms").GetInt32(), Is.EqualTo(1));
            Assert.That(run.RootElement.GetProperty("firmsOutsidePlatforms").GetInt32(), Is.EqualTo(1));
            Assert.That(run.RootElement.GetProperty("profile").GetProperty("argument").GetString(), Is.EqualTo("platform-example.profile.json"));
            Assert.That(run.RootElement.GetProperty("counts").GetProperty("loaded").GetInt32(), Is.EqualTo(12), "nothing lost: 12 rows in, 12 results");
        });
        Assert.That(ReadCsv(Path.Combine(output, "results.csv")), Has.Count.EqualTo(12));
        Assert.That(File.ReadAllText(Path.Combine(output, "scorecard-explain.txt")), Does.Contain("基数增幅 base-year step: (1470 / 1200 − 1) × 100 = 22.5 %"));

        // A second run replaces the first output (an earlier escore output).
        Assert.That(Run(output).Code, Is.EqualTo(ExitCodes.Success));
    }

    [Test]
    public void InvalidScorecard_ExitsWithTheProfileCode_AndListsEveryProblem()
    {
        var bad = Path.Combine(Folder, "bad.scorecard.json");
        File.WriteAllText(bad, """{ "kind": "scorecard", "id": "x", "year": 2025, "firm_profile": "nope", "indicators": [ { "id": "taxx", "weight": 1 } ] }""");
        var output = Path.Combine(Folder, "out");
        var (code, _, stderr) = CliRunner.Run("scorecard", "--profile", bad, "--input", TestPaths.Seeds("data", "platform-example.csv"), "--out", output);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InvalidProfile), stderr);
            Assert.That(stderr, Does.Contain("$.firm_profile").And.Contain("$.indicators[0].id"));
            Assert.That(Directory.Exists(output), Is.False, "nothing published");
        });
    }

    [Test]
    public void RegisterRejects_AreWritten_AndGiveTheRejectsExitCode()
    {
        var register = Path.Combine(Folder, "register.csv");
        File.WriteAllLines(register, [.. File.ReadAllLines(TestPaths.Seeds("data", "platform-example.register.csv")), "P9,坏平台,宇宙级,,南湖区,,,,,,,"]);
        var rows = File.ReadAllLines(register).Length - 1;
        var output = Path.Combine(Folder, "out");
        var outputZh = Path.Combine(Folder, "out-zh");
        string[] arguments = ["scorecard", "--profile", ScorecardExample.ProfilePath, "--input", TestPaths.Seeds("data", "platform-example.csv"), "--platforms", register, "--max-rejects", "50%", "--rejects-exit-code", "1"];
        var (code, _, stderr) = CliRunner.Run([.. arguments, "--out", output, "--lang", "en"]);
        var (codeZh, _, stderrZh) = CliRunner.Run([.. arguments, "--out", outputZh, "--lang", "zh"]);
        var file = Path.Combine(output, "register-rejects.csv");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.SuccessWithRejects), stderr);
            Assert.That(ReadCsv(file).Single()["id"], Is.EqualTo("P9"));
            Assert.That(stderr, Does.Contain(string.Create(CultureInfo.InvariantCulture, $"--platforms '{register}': 1 of {rows} platform register rows rejected, within --max-rejects 50%: see {file}")), "the count, and the file that lists the rows");
            Assert.That(stderr, Does.Not.Contain("'P9'"), "the file holds the rows: they are not listed on stderr");
            Assert.That(codeZh, Is.EqualTo(ExitCodes.SuccessWithRejects), stderrZh);
            Assert.That(stderrZh, Does.Contain(string.Create(CultureInfo.InvariantCulture, $"平台名录 {rows} 行中拒收 1 行，在 --max-rejects 50% 限度内：见 {Path.Combine(outputZh, "register-rejects.csv")}")));
        });
    }

    [Test]
    public void FirmAndRegisterRejects_EachWithinTheLimit_PublishAndSucceed()
    {
        // One rejected firm row and one rejected register row with --max-rejects 1: each file is within its limit, so the
        // run publishes and succeeds (before, their total was judged again after publishing and gave exit 5).
        var register = Path.Combine(Folder, "register.csv");
        File.WriteAllLines(register, [.. File.ReadAllLines(TestPaths.Seeds("data", "platform-example.register.csv")), "P9,坏平台,宇宙级,,南湖区,,,,,,,"]);
        var firms = Path.Combine(Folder, "firms.csv");
        File.WriteAllLines(firms, [.. File.ReadAllLines(TestPaths.Seeds("data", "platform-example.csv")), "91330402710000099X,示例坏企业,南湖区,P1,C3484,above,abc,1,1,1,1,1,"]);
        var output = Path.Combine(Folder, "out");

        var (code, _, stderr) = CliRunner.Run(["scorecard", "--profile", ScorecardExample.ProfilePath, "--input", firms, "--platforms", register, "--max-rejects", "1", "--out", output, "--lang", "en"]);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
            Assert.That(File.Exists(Path.Combine(output, "scorecard.csv")), Is.True, "published");
            Assert.That(ReadCsv(Path.Combine(output, "register-rejects.csv")).Single()["id"], Is.EqualTo("P9"));
            Assert.That(stderr, Does.Not.Contain("more than --max-rejects"));
            Assert.That(stderr, Does.Contain("1 of 13 rows rejected").Or.Contain("1 of 13"), "the firm warning counts the firm rows only");
        });
    }

    [Test]
    public void TooManyRegisterRejects_ListTheRowsOnStderr_InEnglishAndChinese_AndPublishNothing()
    {
        var register = Path.Combine(Folder, "register.csv");
        var lines = File.ReadAllLines(TestPaths.Seeds("data", "platform-example.register.csv"));
        File.WriteAllLines(register, [.. lines, "P9,坏平台,宇宙级,,南湖区,,,,,,,"]);
        var badLine = lines.Length + 1; // the header is line 1
        var output = Path.Combine(Folder, "out");
        string[] arguments = ["scorecard", "--profile", ScorecardExample.ProfilePath, "--input", TestPaths.Seeds("data", "platform-example.csv"), "--platforms", register, "--out", output, "--max-rejects", "0"];

        var (code, _, stderr) = CliRunner.Run([.. arguments, "--lang", "en"]);
        var (codeZh, _, stderrZh) = CliRunner.Run([.. arguments, "--lang", "zh"]);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.TooManyRejects), stderr);
            Assert.That(Directory.Exists(output), Is.False, "nothing published");
            Assert.That(stderr, Does.Contain(string.Create(CultureInfo.InvariantCulture, $"line {badLine},")).And.Contain("'P9'").And.Contain("宇宙级"), "the rejected row, with its line, id and value");
            Assert.That(stderr, Does.Contain(string.Create(CultureInfo.InvariantCulture, $"--platforms '{register}': 1 of {lines.Length} platform register rows rejected (listed above), more than --max-rejects 0 allows: '{output}' left unchanged")));
            Assert.That(codeZh, Is.EqualTo(ExitCodes.TooManyRejects), stderrZh);
            Assert.That(stderrZh, Does.Contain(string.Create(CultureInfo.InvariantCulture, $"第 {badLine} 行")).And.Contain("'P9'").And.Contain("宇宙级").And.Contain(string.Create(CultureInfo.InvariantCulture, $"平台名录 {lines.Length} 行中拒收 1 行（见上），超过 --max-rejects 0 的上限：'{output}' 未改动")));
        });
    }

    [Test]
    public void ManyRegisterRejects_ListTheFirstRowsOnly()
    {
        var register = Path.Combine(Folder, "register.csv");
        var bad = Enumerable.Range(1, ListedRejects + 5).Select(i => string.Create(CultureInfo.InvariantCulture, $"Q{i},坏平台,宇宙级,,南湖区,,,,,,,"));
        File.WriteAllLines(register, [File.ReadLines(TestPaths.Seeds("data", "platform-example.register.csv")).First(), .. bad]);
        var (code, _, stderr) = CliRunner.Run(
            "scorecard", "--profile", ScorecardExample.ProfilePath, "--input", TestPaths.Seeds("data", "platform-example.csv"), "--platforms", register, "--out", Path.Combine(Folder, "out"), "--lang", "en");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.TooManyRejects), stderr);
            Assert.That(stderr.Split('\n').Count(l => l.Contains("宇宙级", StringComparison.Ordinal)), Is.EqualTo(ListedRejects));
            Assert.That(stderr, Does.Contain(string.Create(CultureInfo.InvariantCulture, $"the first {ListedRejects} listed above")));
        });
    }

    private const int ListedRejects = PlatformRegisterCheck.ListedRejects;

    [Test]
    public void WithoutRegister_EveryPlatformIsFlagged()
    {
        var output = Path.Combine(Folder, "out");
        var (code, _, stderr) = CliRunner.Run("scorecard", "--profile", ScorecardExample.ProfilePath, "--input", TestPaths.Seeds("data", "platform-example.csv"), "--out", output);
        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        var rows = ReadCsv(Path.Combine(output, "scorecard.csv"));
        Assert.That(rows, Has.Count.EqualTo(6));
        Assert.That(rows.Select(r => r["flags"]), Has.All.Contain("not in the platform register"));
        Assert.That(File.Exists(Path.Combine(output, "register-rejects.csv")), Is.False);
    }

    [Test]
    public void Scorecard_TypesAndQuota_InTheCsvTheExplanationAndRunJson()
    {
        var output = Path.Combine(Folder, "out");
        var (code, _, stderr) = Run(output);

        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        var byId = ReadCsv(Path.Combine(output, "scorecard.csv")).ToDictionary(r => r["platform"]);
        using var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "run.json")));
        var types = run.RootElement.GetProperty("types").EnumerateArray().ToDictionary(t => t.GetProperty("id").GetString()!, t => (t.GetProperty("platforms").GetInt32(), t.GetProperty("byQuota").GetInt32()));
        var quotas = run.RootElement.GetProperty("quotas").EnumerateArray().Select(q => (q.GetProperty("group").GetString(), q.GetProperty("required").GetInt32(), q.GetProperty("moved").GetInt32(), q.GetProperty("short").GetInt32())).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(byId.ToDictionary(p => p.Key, p => p.Value["type"]), Is.EquivalentTo(new Dictionary<string, string> { ["P1"] = "integrate", ["P4"] = "innovate", ["塘汇工业区"] = "exit", ["P2"] = "exit" }));
            Assert.That(byId["塘汇工业区"]["type_reason"], Does.StartWith("配额 quota quotas[0]: moved from 保留提升型 (retain)"));
            Assert.That(byId["P2"]["type_reason"], Does.Contain("by default_type"));
            Assert.That(types, Is.EquivalentTo(new Dictionary<string, (int, int)> { ["integrate"] = (1, 0), ["innovate"] = (1, 0), ["retain"] = (0, 0), ["exit"] = (2, 1) }));
            Assert.That(quotas, Is.EqualTo(new[] { ("南湖区", 1, 0, 0), ("秀洲区", 1, 1, 0) }));
            Assert.That(File.ReadAllText(Path.Combine(output, "scorecard-explain.txt")), Does.Contain("类型 Type: 整合托管型 (integrate) by types[0]"));
        });
    }

    [Test]
    public void UnreachableQuota_WarnsOnStderr_AndInRunJson()
    {
        var profile = Path.Combine(Folder, "quota.scorecard.json");
        File.Copy(TestPaths.Seeds("data", "platform-example.profile.json"), Path.Combine(Folder, "platform-example.profile.json"));
        File.WriteAllText(profile, """
            { "kind": "scorecard", "id": "quota", "year": 2025, "firm_profile": "platform-example.profile.json",
              "types": [ { "id": "keep" }, { "id": "exit", "label": "逐步退出型" } ], "default_type": "keep",
              "quotas": [ { "type": "exit", "at_least_percent": 100, "per": "county", "protected": { "levels": ["national"] } } ],
              "indicators": [ { "id": "above_tax_per_mu", "weight": 10, "targets": [ { "value": 10 } ] } ] }
            """);
        var output = Path.Combine(Folder, "out");
        var (code, _, stderr) = CliRunner.Run(
        [
            "scorecard", "--profile", profile, "--input", TestPaths.Seeds("data", "platform-example.csv"),
            "--platforms", TestPaths.Seeds("data", "platform-example.register.csv"), "--out", output,
        ]);

        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        using var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "run.json")));
        var shortBy = run.RootElement.GetProperty("quotas").EnumerateArray().ToDictionary(q => q.GetProperty("group").GetString()!, q => q.GetProperty("short").GetInt32());
        Assert.Multiple(() =>
        {
            Assert.That(stderr, Does.Contain("QUOTA NOT MET quotas[0]").And.Contain("南湖区 needs ≥ 100 % of 2"), "P1 (国家级) is protected");
            Assert.That(shortBy, Is.EquivalentTo(new Dictionary<string, int> { ["南湖区"] = 1, ["秀洲区"] = 0 }));
            Assert.That(run.RootElement.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()), Has.One.StartsWith("QUOTA NOT MET quotas[0]"));
        });
    }
}
