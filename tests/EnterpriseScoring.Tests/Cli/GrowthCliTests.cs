using System.Text.Json;
using EnterpriseScoring.Cli;
using EnterpriseScoring.IO;

namespace EnterpriseScoring.Tests.Cli;

/// <summary>
/// <c>escore score|explain</c> with growth indicators on the worked example of seeds/README.md ("Growth indicators"): the
/// prior-year figures from <c>--prior</c> results of 2024 or from <c>--prior-input</c> 2024's input give the same results.
/// The values by hand are in <see cref="Indicators.GrowthIndicatorTests"/>.
/// </summary>
public class GrowthCliTests : TempFolderTest
{
    private static readonly string Profile = TestPaths.Seeds("data", "growth.profile.json");
    private static readonly string Input2024 = TestPaths.Seeds("data", "growth-2024.csv");
    private static readonly string Input2025 = TestPaths.Seeds("data", "growth-2025.csv");

    [Test]
    public void Score_PriorResultsAndPriorInput_GiveTheSameGrowth_AndWarnAboutTheClosedFirm()
    {
        var (out2024, fromResults, fromInput) = (Path.Combine(Folder, "2024"), Path.Combine(Folder, "r"), Path.Combine(Folder, "i"));
        var first = CliRunner.Run("score", "--profile", Profile, "--input", Input2024, "--year", "2024", "--out", out2024);
        Assert.That(first.Code, Is.EqualTo(ExitCodes.Success), first.Stderr);

        var a = CliRunner.Run("score", "--profile", Profile, "--input", Input2025, "--prior", Path.Combine(out2024, "results.csv"), "--out", fromResults);
        var b = CliRunner.Run("score", "--profile", Profile, "--input", Input2025, "--prior-input", Input2024, "--out", fromInput);

        Assert.That((a.Code, b.Code), Is.EqualTo((ExitCodes.Success, ExitCodes.Success)), a.Stderr + b.Stderr);
        var results = ResultsCsvReader.Read(Path.Combine(fromInput, "results.csv")).ToDictionary(r => r.Id);
        using var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(fromInput, "run.json")));
        var priorInput = run.RootElement.GetProperty("priorInput");
        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllBytes(Path.Combine(fromResults, "results.csv")), Is.EqualTo(File.ReadAllBytes(Path.Combine(fromInput, "results.csv"))));
            Assert.That(results["913401000072000138"].Indicators["tax_per_mu_growth"].Value, Is.EqualTo(20));
            Assert.That(results["91340100007200056M"].Indicators["tax_per_mu_growth"].Value, Is.EqualTo(300));
            Assert.That(results["91340100007200048T"].Indicators["tax_per_mu_growth"].Value, Is.Null); // new firm
            Assert.That(b.Stderr, Does.Contain("1 firm with a prior-year figure is not in this year's input").And.Contain("91340100007200064G"));
            Assert.That(a.Stderr, Does.Contain("1 firm with a prior-year figure is not in this year's input"));
            Assert.That((priorInput.GetProperty("year").GetInt32(), priorInput.GetProperty("firms").GetInt32()), Is.EqualTo((2024, 5)));
            Assert.That(priorInput.GetProperty("sha256").GetString(), Has.Length.EqualTo(64));
        });
    }

    [Test]
    public void Score_WithoutPriorData_WarnsThatEveryGrowthIsMissing()
    {
        var (code, _, stderr) = CliRunner.Run("score", "--profile", Profile, "--input", Input2025, "--out", Path.Combine(Folder, "out"));

        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        Assert.That(stderr, Does.Contain("growth indicators tax_per_mu_growth need prior-year figures"));
    }

    [Test]
    public void Score_PriorResultsWithoutTheBaseColumn_SaysSo()
    {
        var prior = Path.Combine(Folder, "prior.csv");
        File.WriteAllText(prior, "id,pool,status,year\n913401000072000138,above,rated,2024\n");

        var (code, _, stderr) = CliRunner.Run("score", "--profile", Profile, "--input", Input2025, "--prior", prior, "--out", Path.Combine(Folder, "out"));

        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        Assert.That(stderr, Does.Contain("have no values of tax_per_mu, which the growth indicators tax_per_mu_growth grow from"));
    }

    [Test]
    public void Score_MissingPriorInputFile_IsExitCode3()
    {
        var (code, _, stderr) = CliRunner.Run("score", "--profile", Profile, "--input", Input2025, "--prior-input", Path.Combine(Folder, "none.csv"), "--out", Path.Combine(Folder, "out"));

        Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError), stderr);
    }

    [Test]
    public void Explain_ShowsPriorCurrentAndFormula()
    {
        var (code, stdout, stderr) = CliRunner.Run("explain", "--profile", Profile, "--input", Input2025, "--prior-input", Input2024, "--id", "913401000072000138", "9134010000720003XT");

        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        Assert.Multiple(() =>
        {
            Assert.That(stdout, Does.Contain("(12 − 10) × 100 / 10 = 20"));
            Assert.That(stdout, Does.Contain("prior 上年 (2024) 10"));
            Assert.That(stdout, Does.Contain("prior value 0 / 上年为0"));
        });
    }
}
