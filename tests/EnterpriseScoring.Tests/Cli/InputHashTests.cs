using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using EnterpriseScoring.Cli;

namespace EnterpriseScoring.Tests.Cli;

/// <summary>
/// run.json's hashes are of the bytes the run read — the input file is never read again — and an input that changes
/// while it is read fails the run (exit 3) instead of publishing a table of part of it.
/// </summary>
[Platform(Include = "Linux", Reason = "FIFOs, /proc and files replaced or truncated while open")]
public class InputHashTests
{
    private const string Profile = "zhejiang-six-indicators";

    private string directory = string.Empty;
    private string large = string.Empty;
    private byte[] largeBytes = [];

    private static string Sample => TestPaths.Seeds("data", "sample-city.csv");

    [OneTimeSetUp]
    public void CreateLargeInput()
    {
        directory = Path.Combine(Path.GetTempPath(), "escore-hash-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        large = Path.Combine(directory, "large.csv");
        var sample = CliRunner.RunProcess("sample", "--firms", "300000", "--seed", "3", "--out", large, "-q");
        Assert.That(sample.Code, Is.EqualTo(ExitCodes.Success), sample.Stderr);
        largeBytes = File.ReadAllBytes(large);
    }

    [OneTimeTearDown]
    public void DeleteDirectory() => Directory.Delete(directory, recursive: true);

    [Test]
    public void Process_InputIsAFifo_IsReadOnceAndRunJsonHasTheHashOfTheBytesRead()
    {
        var fifo = Path.Combine(directory, "firms.fifo");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
        }

        var bytes = File.ReadAllBytes(Sample);
        var writer = Task.Run(() => File.WriteAllBytes(fifo, bytes)); // blocks until escore opens the FIFO
        var output = Path.Combine(directory, "fifo-out");

        var (code, _, stderr) = CliRunner.RunProcess("score", "-p", Profile, "-i", fifo, "-o", output, "-q");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
            Assert.That(writer.Wait(RunningEscore.Patience), Is.True);
            Assert.That(InputSha256(output), Is.EqualTo(Sha256(bytes)));
        });
    }

    [Test]
    public void Process_InputReplacedByARenameAfterItWasRead_RunJsonHasTheHashOfTheVersionRead()
    {
        var input = CopyOfLarge("replaced.csv");
        var output = Path.Combine(directory, "replaced-out");
        using var run = RunningEscore.Start("score", "-p", Profile, "-i", input, "-o", output);
        Assert.That(run.WaitForStderr("evaluating"), Is.True, run.Stderr);

        var newer = Path.Combine(directory, "newer.csv");
        File.Copy(Sample, newer);
        File.Move(newer, input, overwrite: true); // how an export job publishes next month's file
        var (code, _, stderr) = run.WaitForExit();

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.AnyOf(ExitCodes.Success, ExitCodes.SuccessWithRejects), stderr);
            Assert.That(InputSha256(output), Is.EqualTo(Sha256(largeBytes)), "the hash of what was read, not of the file that is there now");
        });
    }

    [Test]
    public void Process_InputDeletedAfterItWasRead_TheRunSucceedsWithTheHashOfTheBytesRead()
    {
        var input = CopyOfLarge("deleted.csv");
        var output = Path.Combine(directory, "deleted-out");
        using var run = RunningEscore.Start("score", "-p", Profile, "-i", input, "-o", output);
        Assert.That(run.WaitForStderr("evaluating"), Is.True, run.Stderr);

        File.Delete(input);
        var (code, _, stderr) = run.WaitForExit();

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.AnyOf(ExitCodes.Success, ExitCodes.SuccessWithRejects), stderr);
            Assert.That(InputSha256(output), Is.EqualTo(Sha256(largeBytes)));
        });
    }

    [Test]
    public void Process_InputTruncatedWhileRead_FailsWithExit3AndPublishesNothing()
    {
        var input = CopyOfLarge("truncated.csv");
        var output = Path.Combine(directory, "truncated-out");
        var earlier = CliRunner.RunProcess("score", "-p", Profile, "-i", Sample, "-o", output, "-q");
        Assert.That(earlier.Code, Is.EqualTo(ExitCodes.Success), earlier.Stderr);
        var before = File.ReadAllBytes(Path.Combine(output, "results.csv"));

        using var run = RunningEscore.Start("score", "-p", Profile, "-i", input, "-o", output);
        // Once escore has the file open and has read 4 MiB more (of the counting pass or the read), it is cut to half its length.
        Assert.That(run.WaitUntil(() => run.HasOpen(input)), Is.True, "escore must open the file: " + run.Stderr);
        var opened = run.BytesRead();
        Assert.That(run.WaitUntil(() => run.BytesRead() - opened >= 4 << 20 && run.HasOpen(input)), Is.True, "escore must be reading the file: " + run.Stderr);
        using (var writer = new FileStream(input, FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
        {
            writer.SetLength(writer.Length / 2); // e.g. an export job rewriting it
        }

        var (code, _, stderr) = run.WaitForExit();

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError), stderr);
            Assert.That(stderr, Does.Contain("'" + input + "' changed while it was read (its length went from"));
            Assert.That(File.ReadAllBytes(Path.Combine(output, "results.csv")), Is.EqualTo(before), "--out unchanged");
        });
    }

    [Test]
    public void Process_PriorFileDeletedAfterItWasRead_RunJsonHasTheHashOfTheBytesRead()
    {
        var earlier = Path.Combine(directory, "prior-run");
        var first = CliRunner.RunProcess("score", "-p", Profile, "-i", Sample, "-o", earlier, "-q");
        Assert.That(first.Code, Is.EqualTo(ExitCodes.Success), first.Stderr);
        var prior = Path.Combine(directory, "prior-2025.csv");
        File.Copy(Path.Combine(earlier, "results.csv"), prior);
        var priorBytes = File.ReadAllBytes(prior);
        var output = Path.Combine(directory, "prior-out");

        using var run = RunningEscore.Start("score", "-p", Profile, "-i", large, "--year", "2026", "--prior", prior, "-o", output);
        Assert.That(run.WaitForStderr("evaluating"), Is.True, run.Stderr);
        File.Delete(prior);
        var (code, _, stderr) = run.WaitForExit();

        Assert.That(code, Is.AnyOf(ExitCodes.Success, ExitCodes.SuccessWithRejects), stderr);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "run.json")));
        Assert.That(json.RootElement.GetProperty("prior")[0].GetProperty("sha256").GetString(), Is.EqualTo(Sha256(priorBytes)));
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static string? InputSha256(string output)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "run.json")));
        return json.RootElement.GetProperty("input").GetProperty("sha256").GetString();
    }

    private string CopyOfLarge(string name)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllBytes(path, largeBytes);
        return path;
    }
}
