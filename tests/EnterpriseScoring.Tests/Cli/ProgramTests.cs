using EnterpriseScoring.Cli;

namespace EnterpriseScoring.Tests.Cli;

public class ProgramTests
{
    [Test]
    public void Run_Version_PrintsToolVersionAndSucceeds()
    {
        var (code, stdout, stderr) = CliRunner.Run("version");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(stdout, Does.StartWith("escore 0."));
            Assert.That(stdout, Does.Contain("EnterpriseScoring"));
            Assert.That(stderr, Is.Empty);
        });
    }

    [Test]
    public void Run_VersionQuiet_PrintsOnlyTheVersionLine()
    {
        var (code, stdout, _) = CliRunner.Run("version", "--quiet");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(CliRunner.Lines(stdout), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public void Run_VersionOption_PrintsTheVersion()
    {
        var (code, stdout, _) = CliRunner.Run("--version");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(stdout.Trim(), Does.StartWith("0."));
        });
    }

    [Test]
    public void Run_Help_ListsCommandsAndSucceeds()
    {
        var (code, stdout, _) = CliRunner.Run("--help");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(stdout, Does.Contain("version").And.Contain("--quiet").And.Contain("--verbose"));
        });
    }

    [TestCase]
    [TestCase("bogus")]
    [TestCase("version", "--no-such-option")]
    public void Run_UsageError_ExitsWith3AndOneErrorLine(params string[] args)
    {
        var (code, stdout, stderr) = CliRunner.Run(args);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError));
            Assert.That(stdout, Is.Empty);
            Assert.That(CliRunner.Lines(stderr), Has.Count.EqualTo(1));
            Assert.That(stderr, Does.StartWith("escore: error: "));
        });
    }

    [Test]
    public void ExitCodes_AreDistinctAndDocumentedValues()
    {
        Assert.That(
            new[] { ExitCodes.Success, ExitCodes.SuccessWithRejects, ExitCodes.InvalidProfile, ExitCodes.InputOrUsageError, ExitCodes.UnexpectedError, ExitCodes.TooManyRejects },
            Is.EqualTo(new[] { 0, 1, 2, 3, 4, 5 }));
    }
}
