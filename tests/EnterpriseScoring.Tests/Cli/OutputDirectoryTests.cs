using EnterpriseScoring.Cli;

namespace EnterpriseScoring.Tests.Cli;

/// <summary><c>escore score --out DIR</c> replaces DIR only when that cannot destroy anything: real processes on real files.</summary>
public class OutputDirectoryTests : TempFolderTest
{
    private static string Profile => TestPaths.Seeds("data", "hand-checkable.profile.json");

    private static string Small => TestPaths.Seeds("data", "hand-checkable.csv");

    [Test]
    public void Process_OutIsTheInputsDirectory_Exit3AndNothingIsDeleted()
    {
        var d = Path.Combine(Folder, "d");
        Directory.CreateDirectory(d);
        var input = Path.Combine(d, "firms.csv");
        File.Copy(Small, input);
        File.WriteAllText(Path.Combine(d, "notes.txt"), "x");

        var (code, stdout, stderr) = CliRunner.RunProcess("score", "-p", Profile, "-i", input, "-o", d, "-q");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError), stderr);
            Assert.That(stdout, Is.Empty);
            Assert.That(CliRunner.Lines(stderr), Has.Count.EqualTo(1));
            Assert.That(stderr, Does.StartWith("escore: error: --input").And.Contain("lies inside --out"));
            Assert.That(Directory.GetFiles(d).Select(Path.GetFileName).Order(), Is.EqualTo(new[] { "firms.csv", "notes.txt" }));
            Assert.That(Directory.GetDirectories(Folder).Select(Path.GetFileName), Is.EqualTo(new[] { "d" }), "no temporary directory");
        });
    }

    [Test]
    public void Process_OutHoldsOtherFiles_Exit3_EmptyOrMissingIsReplaced()
    {
        var other = Path.Combine(Folder, "other");
        Directory.CreateDirectory(Path.Combine(other, "sub"));
        File.WriteAllText(Path.Combine(other, "notes.txt"), "x");
        var empty = Path.Combine(Folder, "empty");
        Directory.CreateDirectory(empty);

        var refused = CliRunner.RunProcess("score", "-p", Profile, "-i", Small, "--max-rejects", "1", "-o", other, "-q");
        var intoEmpty = CliRunner.RunProcess("score", "-p", Profile, "-i", Small, "--max-rejects", "1", "-o", empty, "-q");
        var intoNew = CliRunner.RunProcess("score", "-p", Profile, "-i", Small, "--max-rejects", "1", "-o", Path.Combine(Folder, "new", "2025"), "-q");

        Assert.Multiple(() =>
        {
            Assert.That(refused.Code, Is.EqualTo(ExitCodes.InputOrUsageError), refused.Stderr);
            Assert.That(CliRunner.Lines(refused.Stderr), Has.Count.EqualTo(1));
            Assert.That(refused.Stderr, Does.Contain("holds files escore did not write (notes.txt, sub)"));
            Assert.That(File.Exists(Path.Combine(other, "notes.txt")), Is.True);
            Assert.That(intoEmpty.Code, Is.AnyOf(ExitCodes.Success, ExitCodes.SuccessWithRejects), intoEmpty.Stderr);
            Assert.That(File.Exists(Path.Combine(empty, "run.json")), Is.True);
            Assert.That(intoNew.Code, Is.AnyOf(ExitCodes.Success, ExitCodes.SuccessWithRejects), intoNew.Stderr);
        });
    }

    [Test]
    public void Process_EarlierOutputWithAnExtraFileOrWithoutEscoreRunJson_Exit3()
    {
        var output = Path.Combine(Folder, "out");
        var first = CliRunner.RunProcess("score", "-p", Profile, "-i", Small, "--max-rejects", "1", "-o", output, "-q");
        Assert.That(first.Code, Is.AnyOf(ExitCodes.Success, ExitCodes.SuccessWithRejects), first.Stderr);
        File.WriteAllText(Path.Combine(output, "review.xlsx"), "someone's notes");

        var extra = CliRunner.RunProcess("score", "-p", Profile, "-i", Small, "--max-rejects", "1", "-o", output, "-q");
        File.Delete(Path.Combine(output, "review.xlsx"));
        File.WriteAllText(Path.Combine(output, "run.json"), """{ "tool": "something else" }""");
        var foreignRun = CliRunner.RunProcess("score", "-p", Profile, "-i", Small, "--max-rejects", "1", "-o", output, "-q");

        Assert.Multiple(() =>
        {
            Assert.That(extra.Code, Is.EqualTo(ExitCodes.InputOrUsageError), extra.Stderr);
            Assert.That(extra.Stderr, Does.Contain("review.xlsx"));
            Assert.That(foreignRun.Code, Is.EqualTo(ExitCodes.InputOrUsageError), foreignRun.Stderr);
            Assert.That(foreignRun.Stderr, Does.Contain("no run.json written by escore"));
            Assert.That(File.ReadAllText(Path.Combine(output, "run.json")), Does.Contain("something else"));
        });
    }

    [Test]
    public void Process_PriorOrProfileInsideOut_Exit3AndTheOutputIsKept()
    {
        var output = Path.Combine(Folder, "out");
        var first = CliRunner.RunProcess("score", "-p", Profile, "-i", Small, "--max-rejects", "1", "-o", output, "-q");
        Assert.That(first.Code, Is.AnyOf(ExitCodes.Success, ExitCodes.SuccessWithRejects), first.Stderr);
        var before = File.ReadAllText(Path.Combine(output, "run.json"));

        var prior = CliRunner.RunProcess("score", "-p", Profile, "-i", Small, "--max-rejects", "1", "-o", output, "--prior", Path.Combine(output, "results.csv"), "--year", "2026", "-q");
        File.Copy(Profile, Path.Combine(output, "profile.json"));
        var profileInside = CliRunner.RunProcess("score", "-p", Path.Combine(output, "..", "out", "profile.json"), "-i", Small, "--max-rejects", "1", "-o", output, "-q");

        Assert.Multiple(() =>
        {
            Assert.That(prior.Code, Is.EqualTo(ExitCodes.InputOrUsageError), prior.Stderr);
            Assert.That(prior.Stderr, Does.StartWith("escore: error: --prior").And.Contain("lies inside --out"));
            Assert.That(profileInside.Code, Is.EqualTo(ExitCodes.InputOrUsageError), profileInside.Stderr);
            Assert.That(profileInside.Stderr, Does.StartWith("escore: error: the profile").And.Contain("lies inside --out"));
            Assert.That(File.ReadAllText(Path.Combine(output, "run.json")), Is.EqualTo(before));
        });
    }

    [Test]
    public void Process_OutIsTheCurrentDirectoryOrRoot_Exit3EvenWhenEmpty()
    {
        var empty = Path.Combine(Folder, "cwd");
        Directory.CreateDirectory(empty);

        var dot = CliRunner.RunProcessIn(empty, "score", "-p", Profile, "-i", Small, "--max-rejects", "1", "-o", ".", "-q");
        var parent = CliRunner.RunProcessIn(empty, "score", "-p", Profile, "-i", Small, "--max-rejects", "1", "-o", "..", "-q");
        var root = CliRunner.RunProcess("score", "-p", Profile, "-i", Small, "--max-rejects", "1", "-o", Path.GetPathRoot(Folder)!, "-q");

        Assert.Multiple(() =>
        {
            Assert.That(dot.Code, Is.EqualTo(ExitCodes.InputOrUsageError), dot.Stderr);
            Assert.That(dot.Stderr, Does.Contain("the current directory"));
            Assert.That(parent.Code, Is.EqualTo(ExitCodes.InputOrUsageError), parent.Stderr);
            Assert.That(parent.Stderr, Does.Contain("the current directory"));
            Assert.That(root.Code, Is.EqualTo(ExitCodes.InputOrUsageError), root.Stderr);
            Assert.That(root.Stderr, Does.Contain("root"));
            Assert.That(Directory.GetFileSystemEntries(empty), Is.Empty);
            Assert.That(Directory.GetFileSystemEntries(Folder).Select(Path.GetFileName), Is.EqualTo(new[] { "cwd" }));
        });
    }
}
