using EnterpriseScoring.Cli;

namespace EnterpriseScoring.Tests.Cli;

/// <summary>Runs the real built executable, so Main, the apphost and the runtime config are exercised too.</summary>
public class ProcessTests
{
    [Test]
    public void Process_Version_ExitsZeroAndPrintsVersion()
    {
        var (code, stdout, stderr) = CliRunner.RunProcess("version");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
            Assert.That(stdout, Does.StartWith("escore "));
        });
    }

    [Test]
    public void Process_UnknownCommand_ExitsWithUsageErrorOnStderr()
    {
        var (code, stdout, stderr) = CliRunner.RunProcess("no-such-command");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError));
            Assert.That(stdout, Is.Empty);
            Assert.That(stderr, Does.StartWith("escore: error: "));
        });
    }
}
