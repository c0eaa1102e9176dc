using System.Text.Json;
using EnterpriseScoring.Cli;
using EnterpriseScoring.IO;

namespace EnterpriseScoring.Tests.Cli;

/// <summary><c>escore score --corrections --adjustments</c> and <c>explain</c> on the worked example of seeds/README.md ("Objections and corrections").</summary>
public class CorrectionsCliTests : TempFolderTest
{
    private const string Corrected = "913304027100000484";
    private const string Adjusted = "91330402710000013H";

    private static string Input => TestPaths.Seeds("data", "hand-checkable.csv");

    private static string Profile => TestPaths.Seeds("data", "hand-checkable.profile.json");

    private static string CorrectionsFile => TestPaths.Seeds("data", "hand-checkable.corrections.csv");

    private static string AdjustmentsFile => TestPaths.Seeds("data", "hand-checkable.adjustments.csv");

    [Test]
    public void Score_AppliesTheCorrectionAndTheDecision_AsTheWorkedExampleDerives()
    {
        var output = Path.Combine(Folder, "out");

        var (code, _, stderr) = CliRunner.Run("score", "-p", Profile, "-i", Input, "--corrections", CorrectionsFile, "--adjustments", AdjustmentsFile, "--max-rejects", "100%", "-o", output, "-q");

        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        var rows = ResultsCsvReader.Read(Path.Combine(output, "results.csv")).ToDictionary(r => r.Id);
        var above = new[] { "91330402710000021C", Corrected, Adjusted, "9133040271000003X4", "91330402710000056Y", "91330402710000072L" };
        Assert.That(above.Select(id => (rows[id].Rank, rows[id].Tier)), Is.EqualTo(new (int?, Tier?)[] { (1, Tier.C), (2, Tier.B), (3, Tier.A), (4, Tier.B), (5, Tier.C), (6, Tier.D) }));
        Assert.That(rows[Corrected].Score, Is.EqualTo(700 / 6.8 + 30).Within(1e-9), "40 × (140 / 8) / 6.8 + 15 + 15");
        var header = File.ReadLines(Path.Combine(output, "results.csv")).First().Split(',');
        var lines = File.ReadAllLines(Path.Combine(output, "results.csv"));
        Assert.That(header[^1], Is.EqualTo("initial_tier"));
        Assert.That(lines.Single(l => l.StartsWith(Adjusted, StringComparison.Ordinal)), Does.EndWith(",B").And.Contain("调档 manual adjustment to A by 南湖区人民政府"));

        using var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "run.json")));
        var correction = run.RootElement.GetProperty("corrections").GetProperty("entries")[0];
        Assert.That((correction.GetProperty("id").GetString(), correction.GetProperty("measure").GetString(), correction.GetProperty("oldValue").GetDouble(), correction.GetProperty("newValue").GetDouble()), Is.EqualTo((Corrected, "tax", 40.0, 140.0)));
        Assert.That(run.RootElement.GetProperty("corrections").GetProperty("count").GetInt32(), Is.EqualTo(1));
        var adjustment = run.RootElement.GetProperty("adjustments").GetProperty("entries")[0];
        Assert.That((adjustment.GetProperty("initialTier").GetString(), adjustment.GetProperty("tier").GetString(), adjustment.GetProperty("approvedBy").GetString()), Is.EqualTo(("B", "A", "南湖区人民政府")));
        var tiers = run.RootElement.GetProperty("tierCounts");
        Assert.That((tiers.GetProperty("A").GetInt32(), tiers.GetProperty("B").GetInt32()), Is.EqualTo((1, 3)), "final tiers: A #1; B #4 #3 and #8 of pool below");
    }

    [Test]
    public void Score_WithoutDecisions_WritesNoInitialTierColumn()
    {
        var output = Path.Combine(Folder, "out");

        var (code, _, stderr) = CliRunner.Run("score", "-p", Profile, "-i", Input, "--max-rejects", "100%", "-o", output, "-q");

        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        Assert.That(File.ReadLines(Path.Combine(output, "results.csv")).First(), Does.Not.Contain("initial_tier"));
        Assert.That(File.ReadAllText(Path.Combine(output, "run.json")), Does.Not.Contain("\"corrections\"").And.Not.Contain("\"adjustments\""));
    }

    [Test]
    public void Score_WithACorrectionThatCannotApply_FailsWithExit3AndPublishesNothing()
    {
        var output = Path.Combine(Folder, "out");
        var corrections = Path.Combine(Folder, "corrections.csv");
        File.WriteAllText(corrections, "id,column,value,reason,approved_by,date\n99999999999999999X,tax,140,r,a,2025-03-12\n");

        var (code, _, stderr) = CliRunner.Run("score", "-p", Profile, "-i", Input, "--corrections", corrections, "--max-rejects", "100%", "-o", output);

        Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError), stderr);
        Assert.That(Directory.Exists(output), Is.False);
        Assert.That(stderr, Does.Contain("line 2, id '99999999999999999X', column 'id', value '99999999999999999X': 输入中没有该企业 no firm of the input has this id"));
        Assert.That(stderr, Does.Contain("cannot be applied"));
    }

    [Test]
    public void Score_WithADecisionThatCannotApply_FailsInChinese()
    {
        var output = Path.Combine(Folder, "out");
        var adjustments = Path.Combine(Folder, "adjustments.csv");
        File.WriteAllText(adjustments, "统一社会信用代码,档次,原因,审批人\n913304027100001010,A,r,a\n");

        var (code, _, stderr) = CliRunner.RunWith(new Dictionary<string, string> { ["LANG"] = "zh_CN.UTF-8" }, "score", "-p", Profile, "-i", Input, "--adjustments", adjustments, "--max-rejects", "100%", "-o", output);

        Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError), stderr);
        Assert.That(stderr, Does.Contain("第 2 行").And.Contain("该企业未参评分档").And.Contain("无法应用"));
    }

    [Test]
    public void Explain_ShowsTheCorrectionAndBothTiers()
    {
        var (code, stdout, stderr) = CliRunner.Run("explain", "-p", Profile, "-i", Input, "--corrections", CorrectionsFile, "--adjustments", AdjustmentsFile, "--id", Corrected, Adjusted);

        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        Assert.That(stdout, Does.Contain("更正 Correction: tax 40 → 140 万元"));
        Assert.That(stdout, Does.Contain("初评 Initial tier: B").And.Contain("调档 Manual adjustment: B → A by 南湖区人民政府, 2025-03-20"));
    }
}
