using System.Text;
using EnterpriseScoring.Cli;

namespace EnterpriseScoring.Tests.Cli;

/// <summary><c>escore explain --what-it-takes</c>, <c>score --what-it-takes</c> and <c>compare --profile …</c> as real processes.</summary>
public class AnalysisCliTests : TempFolderTest
{
    private const string Profile = "zhejiang-six-indicators";

    private static string Sample => TestPaths.Seeds("data", "sample-city.csv");

    [Test]
    public void ExplainWhatItTakes_PrintsTheSection_ScoreWhatItTakes_AddsColumnsAndLeavesTheRestAlone()
    {
        var plain = Path.Combine(Folder, "plain");
        var with = Path.Combine(Folder, "with");
        Assert.That(CliRunner.RunProcess("score", "-p", Profile, "-i", Sample, "-o", plain, "-q").Code, Is.EqualTo(ExitCodes.Success));
        var (code, _, stderr) = CliRunner.RunProcess("score", "-p", Profile, "-i", Sample, "-o", with, "-q", "--what-it-takes");
        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        var before = File.ReadAllLines(Path.Combine(plain, "results.csv"), Encoding.UTF8);
        var after = File.ReadAllLines(Path.Combine(with, "results.csv"), Encoding.UTF8);
        Assert.That(after, Has.Length.EqualTo(before.Length));
        Assert.That(after[0], Does.StartWith(before[0] + ",what_it_takes,what_it_takes_next_tier,what_it_takes_cut_off"));
        for (var i = 1; i < before.Length; i++)
        {
            Assert.That(after[i], Does.StartWith(before[i]), $"line {i + 1}");
        }

        var possible = after.Skip(1).First(l => l.Contains(",possible,", StringComparison.Ordinal));
        var id = possible.Split(',')[0];
        var explain = CliRunner.RunProcess("explain", "-p", Profile, "-i", Sample, "--id", id, "--what-it-takes");
        Assert.That(explain.Code, Is.EqualTo(ExitCodes.Success), explain.Stderr);
        Assert.That(explain.Stdout, Does.Contain("提升路径 What it takes to move up:"));
        Assert.That(explain.Stdout, Does.Contain("cut-off"));
    }

    [Test]
    public void CompareProfiles_WritesTheComparisonAtomically_AndTheResultsFileComparisonStillWorks()
    {
        var output = Path.Combine(Folder, "cmp");
        var (code, stdout, stderr) = CliRunner.RunProcess("compare", "--input", Sample, "--profile", Profile, "--profile", "changle-2023", "--out", output);
        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        Assert.That(stdout, Does.Contain("Cohen's κ"));
        Assert.That(Directory.GetFiles(output).Select(Path.GetFileName).Order(), Is.EqualTo(new[] { "comparison-firms.csv", "comparison.csv", "comparison.html", "run.json" }));
        Assert.That(File.ReadAllLines(Path.Combine(output, "comparison-firms.csv")), Has.Length.EqualTo(2001));
        var again = CliRunner.Run(["compare", "--input", Sample, "--profile", Profile, "--profile", "changle-2023", "--out", output]);
        Assert.That(again.Code, Is.EqualTo(ExitCodes.Success), "a second run into its own earlier output (a nightly job): " + again.Stderr);
        Assert.That(File.ReadAllText(Path.Combine(output, "comparison.html")), Does.Not.Contain("<script"));

        var one = CliRunner.RunProcess("compare", "--input", Sample, "--profile", Profile, "--out", output);
        Assert.That(one.Code, Is.Not.EqualTo(ExitCodes.Success), "one profile is a usage error");
        var mixed = CliRunner.RunProcess("compare", "--from", "a.csv", "--input", Sample, "--profile", Profile, "--profile", Profile, "--out", output);
        Assert.That(mixed.Code, Is.Not.EqualTo(ExitCodes.Success));

        var first = Path.Combine(Folder, "r1");
        Assert.That(CliRunner.RunProcess("score", "-p", Profile, "-i", Sample, "-o", first, "-q").Code, Is.EqualTo(ExitCodes.Success));
        var files = CliRunner.RunProcess("compare", "--from", Path.Combine(first, "results.csv"), "--to", Path.Combine(first, "results.csv"));
        Assert.That(files.Code, Is.EqualTo(ExitCodes.Success), files.Stderr);
        Assert.That(files.Stdout, Does.Contain("2000 firms:"));
    }
}
