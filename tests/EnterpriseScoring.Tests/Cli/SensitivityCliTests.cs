using System.Text;
using System.Text.Json;
using EnterpriseScoring.Cli;

namespace EnterpriseScoring.Tests.Cli;

/// <summary><c>escore sensitivity</c> as a real process.</summary>
public class SensitivityCliTests : TempFolderTest
{
    private static string Sample => TestPaths.Seeds("data", "sample-city.csv");

    [Test]
    public void Sensitivity_WritesItsFilesAtomically_AndTheSameSeedGivesTheSameBytes()
    {
        var first = Path.Combine(Folder, "one");
        var second = Path.Combine(Folder, "two");
        string[] Args(string output) => ["sensitivity", "-p", "changle-2023", "-i", Sample, "--draws", "30", "--seed", "12", "--weights", "dirichlet:100", "--benchmarks", "5", "--out", output];
        var (code, stdout, stderr) = CliRunner.RunProcess(Args(first));
        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        Assert.That(stdout, Does.Contain("mean Spearman ρ"));
        Assert.That(Directory.GetFiles(first).Select(Path.GetFileName).Order(), Is.EqualTo(new[] { "pools.csv", "run.json", "sensitivity.csv", "sensitivity.html" }));
        var firms = File.ReadAllLines(Path.Combine(first, "sensitivity.csv"), Encoding.UTF8);
        Assert.That(firms, Has.Length.EqualTo(2001));
        Assert.That(firms[0].TrimStart('\uFEFF'), Does.StartWith("id,name,pool,baseline_tier,baseline_rank,baseline_total,p_A,p_B,p_C,p_D"));
        Assert.That(File.ReadAllText(Path.Combine(first, "sensitivity.html")), Does.Contain("<svg").And.Not.Contain("<script"));
        using (var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(first, "run.json"))))
        {
            Assert.That(run.RootElement.GetProperty("command").GetString(), Is.EqualTo("sensitivity"));
            Assert.That(run.RootElement.GetProperty("draws").GetProperty("weights").GetString(), Is.EqualTo("dirichlet:100"));
            Assert.That(run.RootElement.GetProperty("exitCode").GetInt32(), Is.EqualTo(0));
        }

        Assert.That(CliRunner.RunProcess(Args(second)).Code, Is.EqualTo(ExitCodes.Success));
        Assert.That(File.ReadAllBytes(Path.Combine(second, "sensitivity.csv")), Is.EqualTo(File.ReadAllBytes(Path.Combine(first, "sensitivity.csv"))));
        Assert.That(File.ReadAllBytes(Path.Combine(second, "pools.csv")), Is.EqualTo(File.ReadAllBytes(Path.Combine(first, "pools.csv"))));
    }

    [TestCase("--weights", "dirichlet:0", "Dirichlet concentration")]
    [TestCase("--weights", "gauss:3", "dirichlet:K or uniform:P")]
    [TestCase("--benchmarks", "150", "--benchmarks must be a percentage")]
    [TestCase("--data", "tax", "MEASURE:P")]
    [TestCase("--draws", "0", "--draws must be 1 to 1,000,000")]
    public void BadValues_AreUsageErrors_AndWriteNothing(string option, string value, string message)
    {
        var output = Path.Combine(Folder, "bad");
        string[] args = option == "--weights"
            ? ["sensitivity", "-p", "changle-2023", "-i", Sample, option, value, "--out", output]
            : ["sensitivity", "-p", "changle-2023", "-i", Sample, "--weights", "uniform:5", option, value, "--out", output];
        var (code, _, stderr) = CliRunner.RunProcess(args);
        Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError), stderr);
        Assert.That(stderr, Does.Contain(message));
        Assert.That(Directory.Exists(output), Is.False);
    }

    [Test]
    public void Sensitivity_RunAgainIntoTheSameOutput_ReplacesIt()
    {
        var output = Path.Combine(Folder, "nightly");
        string[] args = ["sensitivity", "-p", "changle-2023", "-i", Sample, "--draws", "10", "--seed", "3", "--weights", "uniform:10", "--out", output];

        var first = CliRunner.Run(args);
        var second = CliRunner.Run(args);

        Assert.That(first.Code, Is.EqualTo(ExitCodes.Success), first.Stderr);
        Assert.That(second.Code, Is.EqualTo(ExitCodes.Success), "its own outputs are escore's files: the nightly re-run replaces them\n" + second.Stderr);
    }

    [Test]
    public void NothingToDraw_OrAnUnknownMeasure_IsRefused()
    {
        var output = Path.Combine(Folder, "none");
        var nothing = CliRunner.RunProcess("sensitivity", "-p", "changle-2023", "-i", Sample, "--out", output);
        Assert.That(nothing.Code, Is.EqualTo(ExitCodes.InputOrUsageError));
        Assert.That(nothing.Stderr, Does.Contain("Nothing to draw"));
        var unknown = CliRunner.RunProcess("sensitivity", "-p", "changle-2023", "-i", Sample, "--data", "nosuch:5", "--out", output);
        Assert.That(unknown.Code, Is.EqualTo(ExitCodes.InputOrUsageError));
        Assert.That(unknown.Stderr, Does.Contain("no column for that measure"));
        Assert.That(Directory.Exists(output), Is.False);
    }
}
