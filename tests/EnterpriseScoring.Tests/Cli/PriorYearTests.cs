using EnterpriseScoring.Cli;

namespace EnterpriseScoring.Tests.Cli;

/// <summary>A <c>--prior</c> file of the evaluation year or a later one is an error naming the file and its year, not silently ignored.</summary>
public class PriorYearTests : TempFolderTest
{
    private const string Profile = "zhejiang-six-indicators";

    private static string Sample => TestPaths.Seeds("data", "sample-city.csv");

    [Test]
    public void Score_PriorOfTheSameYear_Exit3NamingTheFileAndItsYear()
    {
        var prior = Results2025();
        var output = Path.Combine(Folder, "again");

        var (code, _, stderr) = CliRunner.Run("score", "-p", Profile, "-i", Sample, "-o", output, "--prior", prior, "-q");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError), stderr);
            Assert.That(CliRunner.Lines(stderr), Has.Count.EqualTo(1));
            Assert.That(stderr, Does.Contain($"--prior '{prior}' holds results of 2025 (2000 firms), not earlier than the evaluation year 2025"));
            Assert.That(Directory.Exists(output), Is.False);
        });
    }

    [Test]
    public void Score_PriorOfALaterYear_Exit3()
    {
        var prior = Results2025();

        var (code, _, stderr) = CliRunner.Run("score", "-p", Profile, "-i", Sample, "-o", Path.Combine(Folder, "2024"), "--year", "2024", "--prior", prior, "-q");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError), stderr);
            Assert.That(stderr, Does.Contain($"'{prior}' holds results of 2025").And.Contain("evaluation year 2024").And.Contain("2023 or before"));
        });
    }

    [Test]
    public void Explain_PriorOfTheSameYear_Exit3()
    {
        var prior = Results2025();
        var id = File.ReadLines(Sample).Skip(1).First().Split(',')[0];

        var (code, _, stderr) = CliRunner.Run("explain", "-p", Profile, "-i", Sample, "--id", id, "--prior", prior, "-q");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError), stderr);
            Assert.That(stderr, Does.Contain($"'{prior}' holds results of 2025"));
        });
    }

    [Test]
    public void Score_PriorOfTheYearBefore_IsUsed()
    {
        var first = Path.Combine(Folder, "2024");
        Assert.That(CliRunner.Run("score", "-p", Profile, "-i", Sample, "-o", first, "--year", "2024", "-q").Code, Is.EqualTo(ExitCodes.Success));

        var (code, _, stderr) = CliRunner.Run("score", "-p", Profile, "-i", Sample, "-o", Path.Combine(Folder, "2025"), "--prior", Path.Combine(first, "results.csv"), "-q");

        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
    }

    private string Results2025()
    {
        var output = Path.Combine(Folder, "2025");
        var (code, _, stderr) = CliRunner.Run("score", "-p", Profile, "-i", Sample, "-o", output, "-q");
        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        return Path.Combine(output, "results.csv");
    }
}
