using EnterpriseScoring.Cli;

namespace EnterpriseScoring.Tests.Cli;

/// <summary>
/// SIGINT (Ctrl-C) and SIGTERM sent to a real <c>escore score</c> mid-run: the run stops, publishes nothing (<c>--out</c>
/// keeps its earlier outputs byte for byte), removes its temporary directory, says so, and exits 128 + the signal.
/// </summary>
[Platform(Exclude = "Win", Reason = "POSIX signals sent with kill")]
public class SignalTests
{
    private const string Profile = "zhejiang-six-indicators";

    private string directory = string.Empty;
    private string large = string.Empty;
    private string output = string.Empty;
    private Dictionary<string, byte[]> before = [];

    [OneTimeSetUp]
    public void CreateLargeInput()
    {
        directory = Path.Combine(Path.GetTempPath(), "escore-signals-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        large = Path.Combine(directory, "large.csv");
        var sample = CliRunner.RunProcess("sample", "--firms", "300000", "--seed", "3", "--out", large, "-q");
        Assert.That(sample.Code, Is.EqualTo(ExitCodes.Success), sample.Stderr);
    }

    [OneTimeTearDown]
    public void DeleteDirectory() => Directory.Delete(directory, recursive: true);

    [SetUp]
    public void ScoreASmallRunFirst()
    {
        output = Path.Combine(directory, "out-" + Guid.NewGuid().ToString("N")[..8]);
        var small = CliRunner.RunProcess("score", "-p", TestPaths.Seeds("data", "hand-checkable.profile.json"), "-i", TestPaths.Seeds("data", "hand-checkable.csv"), "--max-rejects", "1", "-o", output, "-q");
        Assert.That(small.Code, Is.AnyOf(ExitCodes.Success, ExitCodes.SuccessWithRejects), small.Stderr);
        before = Snapshot(output);
    }

    [Test]
    public void Process_SigintWhileWriting_CancelsPublishesNothingAndRemovesTheTemporaryDirectory()
    {
        using var run = RunningEscore.Start("score", "-p", Profile, "-i", large, "-o", output);
        Assert.That(run.WaitUntil(TemporaryDirectoryExists), Is.True, "the run must reach the write stage to be interrupted there: " + run.Stderr);

        run.Signal("INT");
        var (code, _, stderr) = run.WaitForExit();

        AssertCancelled(code, stderr, ExitCodes.Interrupted, "SIGINT");
    }

    [Test]
    public void Process_SigintWhenStartedWithSigintIgnoredAsAScriptsBackgroundJob_StillCancels()
    {
        // 'escore score … &' in a script: the shell starts it with SIGINT ignored, and .NET keeps an ignored signal ignored.
        using var run = RunningEscore.StartWithSigintIgnored("score", "-p", Profile, "-i", large, "-o", output);
        Assert.That(run.WaitForStderr("reading large.csv"), Is.True, run.Stderr);

        run.Signal("INT");
        var (code, _, stderr) = run.WaitForExit();

        AssertCancelled(code, stderr, ExitCodes.Interrupted, "SIGINT");
    }

    [Test]
    public void Process_SigtermWhileReading_TakesTheSamePathWithExitCode143()
    {
        using var run = RunningEscore.Start("score", "-p", Profile, "-i", large, "-o", output);
        Assert.That(run.WaitForStderr("reading large.csv"), Is.True, run.Stderr);

        run.Signal("TERM");
        var (code, _, stderr) = run.WaitForExit();

        AssertCancelled(code, stderr, ExitCodes.Terminated, "SIGTERM");
    }

    [Test]
    public void Process_SigtermWhileWriting_CancelsPublishesNothingAndRemovesTheTemporaryDirectory()
    {
        using var run = RunningEscore.Start("score", "-p", Profile, "-i", large, "-o", output);
        Assert.That(run.WaitUntil(TemporaryDirectoryExists), Is.True, "the run must reach the write stage to be interrupted there: " + run.Stderr);

        run.Signal("TERM");
        var (code, _, stderr) = run.WaitForExit();

        AssertCancelled(code, stderr, ExitCodes.Terminated, "SIGTERM");
    }

    private static Dictionary<string, byte[]> Snapshot(string dir) =>
        Directory.GetFiles(dir).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);

    private bool TemporaryDirectoryExists() => Directory.EnumerateDirectories(directory, $".{Path.GetFileName(output)}.tmp-*").Any();

    private void AssertCancelled(int code, string stderr, int expectedCode, string signal)
    {
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(expectedCode), stderr);
            Assert.That(stderr, Does.Contain($"escore: error: cancelled by {signal}").And.Contain("nothing was published"));
            Assert.That(Snapshot(output), Is.EqualTo(before), "--out keeps the earlier outputs byte for byte");
            Assert.That(
                Directory.GetDirectories(directory).Select(Path.GetFileName).Where(n => n!.Contains(Path.GetFileName(output), StringComparison.Ordinal)),
                Is.EqualTo(new[] { Path.GetFileName(output) }),
                "no temporary directory is left");
        });
    }
}
