using System.Text;
using EnterpriseScoring.Cli;

namespace EnterpriseScoring.Tests.Cli;

/// <summary>
/// <c>escore validate --adjustments FILE</c> (manual tier decisions checked as score applies them: exit code 3 and every
/// bad row with line, id, column, value and reason, in English and Chinese) and <c>escore sensitivity --prior-input FILE</c>
/// (the baseline is the one score gives with the same prior-year input).
/// </summary>
public class ValidateAdjustmentsAndSensitivityPriorCliTests : TempFolderTest
{
    private static readonly string TiersProfile = TestPaths.Seeds("data", "tiers.profile.json");
    private static readonly string Rounding = TestPaths.Seeds("data", "rounding.csv");
    private static readonly string GrowthProfile = TestPaths.Seeds("data", "growth.profile.json");
    private static readonly string Input2024 = TestPaths.Seeds("data", "growth-2024.csv");
    private static readonly string Input2025 = TestPaths.Seeds("data", "growth-2025.csv");

    /// <summary>The ids of rounding.csv, in file order (firm k on line k + 1 has 亩均税收 k).</summary>
    private static string[] Ids() => [.. File.ReadAllLines(Rounding).Skip(1).Select(l => l.Split(',')[0])];

    private string Adjustments(string body)
    {
        var path = Path.Combine(Folder, "adjustments.csv");
        File.WriteAllText(path, "统一社会信用代码,档次,原因,审批人\n" + body, Encoding.UTF8);
        return path;
    }

    [Test]
    public void Valid_ListsEachDecision_InitialToDecided_InTheSetsCodes()
    {
        var ids = Ids();
        var file = Adjustments($"{ids[9]},A+,列入重大项目,区政府\n"); // firm 10: B under A+ / A / B / C

        var (code, stdout, stderr) = CliRunner.Run("validate", "--input", Rounding, "--profile", TiersProfile, "--adjustments", file);

        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        Assert.That(stdout, Does.Contain($"--adjustments '{file}': 1 decision, each can be applied").And.Contain($"line 2: {ids[9]} B → A+"));
    }

    [Test]
    public void Invalid_ExitCode3_EveryBadRow_WithLineColumnValueReason_InEnglishAndChinese()
    {
        var ids = Ids();
        var file = Adjustments($"{ids[9]},D,列入重大项目,区政府\n999999999999999999,A,列入重大项目,区政府\n{ids[10]},A,,区政府\n");

        var en = CliRunner.Run("validate", "--input", Rounding, "--profile", TiersProfile, "--adjustments", file);
        var zh = CliRunner.Run("--lang", "zh", "validate", "--input", Rounding, "--profile", TiersProfile, "--adjustments", file);

        Assert.Multiple(() =>
        {
            Assert.That((en.Code, zh.Code), Is.EqualTo((ExitCodes.InputOrUsageError, ExitCodes.InputOrUsageError)));
            Assert.That(en.Stderr, Does.Contain($"line 2, id '{ids[9]}', column 'tier', value 'D'"));
            Assert.That(en.Stderr, Does.Contain("line 3, id '999999999999999999'"));
            Assert.That(en.Stderr, Does.Contain("line 4"));
            Assert.That(en.Stderr, Does.Contain("3 rows of --adjustments").And.Contain("cannot be applied"));
            Assert.That(zh.Stderr, Does.Contain($"第 2 行，企业 '{ids[9]}'，列 'tier'，值 'D'"));
            Assert.That(zh.Stderr, Does.Contain("中有 3 行无法应用"));
        });
    }

    [Test]
    public void WithoutProfile_IsAUsageError()
    {
        var (code, _, stderr) = CliRunner.Run("validate", "--input", Rounding, "--adjustments", Adjustments(string.Empty));

        Assert.That(code, Is.Not.EqualTo(ExitCodes.Success));
        Assert.That(stderr, Does.Contain("--adjustments needs --profile"));
    }

    [Test]
    public void ValidThenScore_AppliesTheSameDecisions()
    {
        var ids = Ids();
        var file = Adjustments($"{ids[9]},A+,列入重大项目,区政府\n");
        var output = Path.Combine(Folder, "out");

        var validate = CliRunner.Run("validate", "--input", Rounding, "--profile", TiersProfile, "--adjustments", file);
        var score = CliRunner.Run("score", "--input", Rounding, "--profile", TiersProfile, "--adjustments", file, "--out", output);

        Assert.That((validate.Code, score.Code), Is.EqualTo((ExitCodes.Success, ExitCodes.Success)), validate.Stderr + score.Stderr);
        var row = File.ReadAllLines(Path.Combine(output, "results.csv")).Single(l => l.StartsWith(ids[9], StringComparison.Ordinal));
        Assert.That(row, Does.EndWith(",B"), "initial_tier, last");
    }

    /// <summary>id → (score, rank) from a CSV with those headers (ids and numbers hold no commas).</summary>
    private static Dictionary<string, (double Total, string Rank)> Baseline(string path, string total, string rank)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].TrimStart('\uFEFF').Split(',');
        var (i, t, r) = (Array.IndexOf(header, "id"), Array.IndexOf(header, total), Array.IndexOf(header, rank));
        return lines.Skip(1).Select(l => l.Split(',')).Where(c => c[t].Length > 0)
            .ToDictionary(c => c[i], c => (double.Parse(c[t], System.Globalization.CultureInfo.InvariantCulture), c[r]));
    }

    [Test]
    public void Sensitivity_PriorInput_BaselineIsScores()
    {
        var (scored, drawn, without) = (Path.Combine(Folder, "score"), Path.Combine(Folder, "s"), Path.Combine(Folder, "s0"));
        var score = CliRunner.Run("score", "--profile", GrowthProfile, "--input", Input2025, "--prior-input", Input2024, "--out", scored);
        var sensitivity = CliRunner.Run("sensitivity", "--profile", GrowthProfile, "--input", Input2025, "--prior-input", Input2024, "--benchmarks", "5", "--draws", "5", "--out", drawn);
        var plain = CliRunner.Run("sensitivity", "--profile", GrowthProfile, "--input", Input2025, "--benchmarks", "5", "--draws", "5", "--out", without);

        Assert.That((score.Code, sensitivity.Code, plain.Code), Is.EqualTo((ExitCodes.Success, ExitCodes.Success, ExitCodes.Success)), score.Stderr + sensitivity.Stderr + plain.Stderr);
        var fromScore = Baseline(Path.Combine(scored, "results.csv"), "score", "rank");
        var fromSensitivity = Baseline(Path.Combine(drawn, "sensitivity.csv"), "baseline_total", "baseline_rank");
        var withoutPrior = Baseline(Path.Combine(without, "sensitivity.csv"), "baseline_total", "baseline_rank");
        Assert.Multiple(() =>
        {
            Assert.That(fromSensitivity.Keys, Is.EquivalentTo(fromScore.Keys));
            foreach (var (id, (total, rank)) in fromScore)
            {
                Assert.That(fromSensitivity[id].Total, Is.EqualTo(total).Within(1e-6), id);
                Assert.That(fromSensitivity[id].Rank, Is.EqualTo(rank), id);
            }

            Assert.That(withoutPrior.Values.Select(v => v.Total), Is.Not.EqualTo(fromSensitivity.Values.Select(v => v.Total)), "the prior input changes the baseline");
            Assert.That(sensitivity.Stderr, Does.Not.Contain("need prior-year figures"));
            Assert.That(plain.Stderr, Does.Contain("need prior-year figures"));
        });
    }
}
