using System.Text;
using System.Text.Json;
using EnterpriseScoring.Cli;

namespace EnterpriseScoring.Tests.Cli;

/// <summary>
/// The exit-code contract a scheduler acts on: rows rejected within <c>--max-rejects</c> (default 1%) → exit 0 with a
/// warning and the count in run.json; beyond it → exit 5 and nothing published; exit 1 only with <c>--rejects-exit-code 1</c>.
/// The same for <c>score</c> and <c>validate</c>; the synthetic city has no rejected rows unless asked for.
/// </summary>
public class ExitCodeContractTests : TempFolderTest
{
    private const string Profile = "zhejiang-six-indicators";

    [Test]
    public void Score_RowsRejectedWithinTheDefaultLimit_Exit0_WithAWarningAndTheCountInRunJson()
    {
        var input = SampleWithBadIds(1);
        var output = Path.Combine(Folder, "out");

        var (code, _, stderr) = CliRunner.Run("score", "-p", Profile, "-i", input, "-o", output, "-q");

        using var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "run.json")));
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
            Assert.That(stderr, Does.Contain("escore: warning: 1 of 2000 rows rejected, within --max-rejects 1%"));
            Assert.That(run.RootElement.GetProperty("counts").GetProperty("rejected").GetInt32(), Is.EqualTo(1));
            Assert.That(run.RootElement.GetProperty("maxRejects").GetString(), Is.EqualTo("1%"));
            Assert.That(run.RootElement.GetProperty("exitCode").GetInt32(), Is.EqualTo(ExitCodes.Success));
        });
    }

    [TestCase(20, ExitCodes.Success)]
    [TestCase(21, ExitCodes.TooManyRejects)]
    public void Score_TheDefaultLimitIsOnePercentOfTheRowsRead(int bad, int expected)
    {
        var output = Path.Combine(Folder, "out");

        var (code, _, stderr) = CliRunner.Run("score", "-p", Profile, "-i", SampleWithBadIds(bad), "-o", output, "-q");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(expected), stderr);
            Assert.That(Directory.Exists(output), Is.EqualTo(expected == ExitCodes.Success), "beyond the limit nothing is published");
            if (expected == ExitCodes.TooManyRejects)
            {
                Assert.That(stderr, Does.Contain("21 of 2000 rows rejected, more than --max-rejects 1% allows"));
            }
        });
    }

    [Test]
    public void Score_RejectsExitCode1_GivesExit1WithinTheLimit_AndStill5Beyond()
    {
        var within = CliRunner.Run("score", "-p", Profile, "-i", SampleWithBadIds(1), "-o", Path.Combine(Folder, "a"), "-q", "--rejects-exit-code", "1");
        var clean = CliRunner.Run("score", "-p", Profile, "-i", TestPaths.Seeds("data", "sample-city.csv"), "-o", Path.Combine(Folder, "b"), "-q", "--rejects-exit-code", "1");
        var beyond = CliRunner.Run("score", "-p", Profile, "-i", SampleWithBadIds(3), "-o", Path.Combine(Folder, "c"), "-q", "--rejects-exit-code", "1", "--max-rejects", "2");

        using var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "a", "run.json")));
        Assert.Multiple(() =>
        {
            Assert.That(within.Code, Is.EqualTo(ExitCodes.SuccessWithRejects), within.Stderr);
            Assert.That(run.RootElement.GetProperty("exitCode").GetInt32(), Is.EqualTo(ExitCodes.SuccessWithRejects));
            Assert.That(clean.Code, Is.EqualTo(ExitCodes.Success), clean.Stderr);
            Assert.That(beyond.Code, Is.EqualTo(ExitCodes.TooManyRejects), beyond.Stderr);
        });
    }

    [Test]
    public void Validate_FollowsTheSameContract()
    {
        var one = SampleWithBadIds(1);
        var many = SampleWithBadIds(21);

        var within = CliRunner.Run("validate", "-i", one, "-q");
        var beyond = CliRunner.Run("validate", "-i", many, "-q");
        var asked = CliRunner.Run("validate", "-i", one, "-q", "--rejects-exit-code", "1");
        var noLimit = CliRunner.Run("validate", "-i", many, "-q", "--max-rejects", "100%");

        Assert.Multiple(() =>
        {
            Assert.That(within.Code, Is.EqualTo(ExitCodes.Success), within.Stderr);
            Assert.That(within.Stderr, Does.Contain("1 of 2000 rows rejected, within --max-rejects 1%"));
            Assert.That(beyond.Code, Is.EqualTo(ExitCodes.TooManyRejects), beyond.Stderr);
            Assert.That(asked.Code, Is.EqualTo(ExitCodes.SuccessWithRejects), asked.Stderr);
            Assert.That(noLimit.Code, Is.EqualTo(ExitCodes.Success), noLimit.Stderr);
        });
    }

    [TestCase("2")]
    [TestCase("-1")]
    [TestCase("yes")]
    public void RejectsExitCode_OtherThan0Or1_IsAUsageError(string value)
    {
        var (code, _, stderr) = CliRunner.Run("validate", "-i", TestPaths.Seeds("data", "sample-city.csv"), "-q", "--rejects-exit-code", value);

        Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError), stderr);
    }

    /// <summary>The repro at a tenth of the size: escore 0.1's generator left land empty for a few 规上 firms, so its own city exited 1.</summary>
    [Test]
    public void SyntheticCity_ScoresWithoutRejectedRows_UnlessAskedForMissingLand()
    {
        var city = Path.Combine(Folder, "city.csv");
        var defects = Path.Combine(Folder, "defects.csv");
        Assert.That(CliRunner.Run("sample", "--firms", "20000", "--seed", "20251231", "--out", city, "-q").Code, Is.EqualTo(ExitCodes.Success));
        Assert.That(CliRunner.Run("sample", "--firms", "20000", "--seed", "20251231", "--out", defects, "-q", "--missing-land-rate", "0.001").Code, Is.EqualTo(ExitCodes.Success));

        var clean = CliRunner.Run("score", "-p", Profile, "-i", city, "-o", Path.Combine(Folder, "clean"), "-q");
        var withDefects = CliRunner.Run("score", "-p", Profile, "-i", defects, "-o", Path.Combine(Folder, "defects"), "-q");

        using var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "clean", "run.json")));
        Assert.Multiple(() =>
        {
            Assert.That(clean.Code, Is.EqualTo(ExitCodes.Success), clean.Stderr);
            Assert.That(clean.Stderr, Is.Empty);
            Assert.That(run.RootElement.GetProperty("counts").GetProperty("rejected").GetInt32(), Is.Zero);
            Assert.That(withDefects.Code, Is.EqualTo(ExitCodes.Success), withDefects.Stderr);
            Assert.That(withDefects.Stderr, Does.Contain("3 of 20000 rows rejected, within --max-rejects 1%"));
        });
    }

    [Test]
    public void Sample_MissingLandRate0001_GivesTheCommittedSampleCity()
    {
        var path = Path.Combine(Folder, "sample-city.csv");

        var (code, _, stderr) = CliRunner.Run("sample", "--firms", "2000", "--seed", "20251231", "--year", "2025", "--missing-land-rate", "0.001", "--out", path, "-q");

        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        Assert.That(File.ReadAllBytes(path), Is.EqualTo(File.ReadAllBytes(TestPaths.Seeds("data", "sample-city.csv"))));
    }

    /// <summary>The committed sample city with the ids of its first <paramref name="bad"/> rows made invalid (rows rejected on input).</summary>
    private string SampleWithBadIds(int bad)
    {
        var lines = File.ReadAllLines(TestPaths.Seeds("data", "sample-city.csv"), Encoding.UTF8);
        for (var i = 1; i <= bad; i++)
        {
            lines[i] = "BAD" + lines[i][3..];
        }

        var path = Path.Combine(Folder, $"bad-{bad}.csv");
        File.WriteAllLines(path, lines, new UTF8Encoding(true));
        return path;
    }
}
