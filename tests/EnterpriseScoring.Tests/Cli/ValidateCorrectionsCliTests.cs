using EnterpriseScoring.Cli;

namespace EnterpriseScoring.Tests.Cli;

/// <summary><c>escore validate --corrections FILE</c>: the corrections checked against the input as <c>score</c> would apply them, without scoring.</summary>
public class ValidateCorrectionsCliTests : TempFolderTest
{
    private const string Header = "统一社会信用代码,更正字段,更正值,更正原因,审批人,日期";

    private static string Input => TestPaths.Seeds("data", "hand-checkable.csv");

    private static string Profile => TestPaths.Seeds("data", "hand-checkable.profile.json");

    [Test]
    public void TheWorkedExample_IsValid_AndListsOldAndNewValues()
    {
        var (code, stdout, stderr) = CliRunner.Run("validate", "-i", Input, "-p", Profile, "--corrections", TestPaths.Seeds("data", "hand-checkable.corrections.csv"), "--max-rejects", "100%");

        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        Assert.That(stdout, Does.Contain("1 correction, each can be applied to the input").And.Contain("line 2: 913304027100000484 tax 40 → 140 万元"));
    }

    [Test]
    public void EveryBadRow_IsListedWithLineColumnValueAndReason_ExitCode3()
    {
        var file = Path.Combine(Folder, "corrections.csv");
        File.WriteAllLines(file,
        [
            Header,
            "913304027100000484,实缴税金(万元),140,完税证明,张三,2025-03-12", // fine
            "91330000000000000X,实缴税金(万元),10,原因,张三,2025-03-12", // unknown firm
            "91330402710000013H,no_such_column,10,原因,张三,2025-03-12", // unknown column
            "91330402710000021C,实缴税金(万元),abc,原因,张三,2025-03-12", // not a number
        ]);

        var (code, stdout, stderr) = CliRunner.Run("validate", "-i", Input, "-p", Profile, "--corrections", file, "--max-rejects", "100%");

        Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError), stderr);
        Assert.Multiple(() =>
        {
            Assert.That(stderr, Does.Contain("line 3, id '91330000000000000X'"));
            Assert.That(stderr, Does.Contain("line 4, id '91330402710000013H', column '更正字段', value 'no_such_column'").Or.Contain("line 4, id '91330402710000013H'"));
            Assert.That(stderr, Does.Contain("line 5, id '91330402710000021C'").And.Contain("value 'abc'"));
            Assert.That(stderr, Does.Contain("3 rows of --corrections").And.Contain("cannot be applied"));
            Assert.That(stdout, Does.Not.Contain("each can be applied"));
        });
    }

    [Test]
    public void AMissingFile_IsExitCode3()
    {
        var (code, _, stderr) = CliRunner.Run("validate", "-i", Input, "--corrections", Path.Combine(Folder, "none.csv"), "--max-rejects", "100%");

        Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError), stderr);
    }

    [Test]
    public void WithoutAProfile_ChecksAgainstTheInputAlone()
    {
        var (code, stdout, stderr) = CliRunner.Run("validate", "-i", Input, "--corrections", TestPaths.Seeds("data", "hand-checkable.corrections.csv"), "--max-rejects", "100%");

        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        Assert.That(stdout, Does.Contain("each can be applied"));
    }
}
