using System.Text.Json;
using EnterpriseScoring.Cli;

namespace EnterpriseScoring.Tests.Cli;

/// <summary>
/// Two runs to one <c>--out</c>: the second is refused (exit 3, a message naming the first) while the first runs; the lock
/// is the operating system's, so a killed run leaves nothing that blocks the next one.
/// </summary>
public class OutputLockTests
{
    private const string Profile = "zhejiang-six-indicators";

    private string directory = string.Empty;
    private string large = string.Empty;

    private static string Sample => TestPaths.Seeds("data", "sample-city.csv");

    [OneTimeSetUp]
    public void CreateLargeInput()
    {
        directory = Path.Combine(Path.GetTempPath(), "escore-lock-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        large = Path.Combine(directory, "large.csv");
        var sample = CliRunner.RunProcess("sample", "--firms", "300000", "--seed", "3", "--out", large, "-q");
        Assert.That(sample.Code, Is.EqualTo(ExitCodes.Success), sample.Stderr);
    }

    [OneTimeTearDown]
    public void DeleteDirectory() => Directory.Delete(directory, recursive: true);

    [Test]
    public void Process_SecondRunToTheSameOutWhileTheFirstRuns_IsRefusedAndTheFirstPublishes()
    {
        var output = Path.Combine(directory, "concurrent");
        using var first = RunningEscore.Start("score", "-p", Profile, "-i", large, "-o", output);
        Assert.That(first.WaitForStderr("reading large.csv"), Is.True, first.Stderr);

        // The same directory spelt another way: a trailing separator and a '..' detour.
        var second = CliRunner.RunProcess("score", "-p", Profile, "-i", Sample, "-o", Path.Combine(directory, "x", "..", "concurrent") + Path.DirectorySeparatorChar, "-q");
        var firstResult = first.WaitForExit();

        using var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "run.json")));
        Assert.Multiple(() =>
        {
            Assert.That(second.Code, Is.EqualTo(ExitCodes.InputOrUsageError), second.Stderr);
            Assert.That(second.Stderr, Does.Contain("another escore run (pid " + first.Id).And.Contain("is writing to --out"));
            Assert.That(firstResult.Code, Is.AnyOf(ExitCodes.Success, ExitCodes.SuccessWithRejects), firstResult.Stderr);
            Assert.That(run.RootElement.GetProperty("counts").GetProperty("read").GetInt32(), Is.EqualTo(300000), "the first run's results, not the second's");
        });
    }

    [Test]
    public void Process_OutLockedByAnotherProcess_IsRefusedBeforeReadingAndLeftUntouched()
    {
        var output = Path.Combine(directory, "held");
        var lockFile = Path.Combine(directory, ".held.lock");

        // What a running escore holds: the lock file opened unshared (flock LOCK_EX on Unix).
        (int Code, string Stdout, string Stderr) refused;
        using (new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            refused = CliRunner.RunProcess("score", "-p", Profile, "-i", Sample, "-o", output, "-q");
        }

        var after = CliRunner.RunProcess("score", "-p", Profile, "-i", Sample, "-o", output, "-q");
        Assert.Multiple(() =>
        {
            Assert.That(refused.Code, Is.EqualTo(ExitCodes.InputOrUsageError), refused.Stderr);
            Assert.That(refused.Stderr, Does.Contain("another escore run").And.Contain(lockFile).And.Not.Contain("reading"));
            Assert.That(after.Code, Is.EqualTo(ExitCodes.Success), "once the lock is released the next run goes ahead: " + after.Stderr);
            Assert.That(File.Exists(Path.Combine(output, "run.json")), Is.True);
        });
    }

    [Test]
    public void Process_KilledRun_LeavesNoLockThatBlocksTheNextRun()
    {
        var output = Path.Combine(directory, "killed");
        using (var killed = RunningEscore.Start("score", "-p", Profile, "-i", large, "-o", output))
        {
            Assert.That(killed.WaitForStderr("reading large.csv"), Is.True, killed.Stderr);
        } // killed (SIGKILL on Unix: no handler runs)

        var next = CliRunner.RunProcess("score", "-p", Profile, "-i", Sample, "-o", output, "-q");

        Assert.That(next.Code, Is.EqualTo(ExitCodes.Success), next.Stderr);
    }

    [Test]
    public void InProcess_StaleTemporaryDirectoryWithThisProcesssId_IsRemoved()
    {
        // A container starts every run with the same low pid: a killed run's directory carries the next run's own id.
        var output = Path.Combine(directory, "samepid");
        var stale = Path.Combine(directory, $".samepid.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(stale);
        File.WriteAllText(Path.Combine(stale, "results.csv"), "half-written");

        var (code, _, stderr) = CliRunner.Run("score", "-p", Profile, "-i", Sample, "-o", output, "-q");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
            Assert.That(Directory.Exists(stale), Is.False);
        });
    }

    [Test]
    public void InProcess_TwoRunsToDifferentOutsInOneDirectory_DoNotBlockEachOther()
    {
        using var held = new FileStream(Path.Combine(directory, ".other.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

        var (code, _, stderr) = CliRunner.Run("score", "-p", Profile, "-i", Sample, "-o", Path.Combine(directory, "mine"), "-q");

        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
    }
}
