using EnterpriseScoring.Cli;

namespace EnterpriseScoring.Tests.Cli;

/// <summary>
/// <c>escore compare --from --to --list</c> between a 公示 run and the final run (<c>--corrections</c>, <c>--adjustments</c>) of
/// the worked example of seeds/README.md ("Objections and corrections"): every changed firm with why (issue 18).
/// </summary>
public class CompareReasonsCliTests : TempFolderTest
{
    private const string Corrected = "913304027100000484";
    private const string Adjusted = "91330402710000013H";

    private static string Input => TestPaths.Seeds("data", "hand-checkable.csv");

    private static string Profile => TestPaths.Seeds("data", "hand-checkable.profile.json");

    private string Score(string name, string input, params string[] more)
    {
        var output = Path.Combine(Folder, name);
        var (code, _, stderr) = CliRunner.Run(["score", "-p", Profile, "-i", input, "--max-rejects", "100%", "-o", output, "-q", .. more]);
        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        return Path.Combine(output, "results.csv");
    }

    private static IReadOnlyList<string> Changed(string from, string to)
    {
        var (code, stdout, stderr) = CliRunner.Run("compare", "--from", from, "--to", to, "--list");
        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        return CliRunner.Lines(stdout).SkipWhile(l => !l.StartsWith("Firms whose score, rank or tier changed", StringComparison.Ordinal)).ToList();
    }

    [Test]
    public void PublicRunThenFinalRun_SaysWhyEachFirmChanged()
    {
        var notice = Score("notice", Input);
        var final = Score("final", Input, "--corrections", TestPaths.Seeds("data", "hand-checkable.corrections.csv"), "--adjustments", TestPaths.Seeds("data", "hand-checkable.adjustments.csv"));

        var lines = Changed(notice, final);

        Assert.That(lines, Is.Not.Empty);
        var firms = lines.Skip(1).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(lines[0], Does.Contain($"({firms.Count})"));
            Assert.That(firms.Single(l => l.StartsWith(Corrected, StringComparison.Ordinal)), Does.Contain("why: its own correction (实缴税金(万元); run.json of the later run)"));
            // #1: its tier by its own decision; its score and rank by #4's correction (the benchmark moved).
            Assert.That(firms.Single(l => l.StartsWith(Adjusted, StringComparison.Ordinal)), Does.Contain("tier B → A").And.Contain("rank 2 → 3")
                .And.Contain("why: its own manual tier decision B → A (").And.Contain("; its score and rank: other firms' corrections (1) or tier decisions (0) in the later run moved"));
            var others = firms.Where(l => !l.StartsWith(Corrected, StringComparison.Ordinal) && !l.StartsWith(Adjusted, StringComparison.Ordinal)).ToList();
            Assert.That(others, Is.Not.Empty, "the correction moves the pool's benchmark, so other firms' scores change");
            Assert.That(others, Has.All.Contains("why: no change of its own: other firms' corrections (1) or tier decisions (1) in the later run moved"));
            Assert.That(others, Has.Some.StartsWith("91330402710000056Y: score 66.6667 → 58.8235, rank 3 → 5, tier B → C"), "#5 moved to C with nothing of its own changed");
        });
    }

    [Test]
    public void SameRunTwice_ListsNoChangedFirm()
    {
        var first = Score("first", Input);
        var second = Score("second", Input);

        Assert.That(Changed(first, second), Is.Empty);
    }

    [Test]
    public void InputChangedWithoutACorrection_SaysSoAndDoesNotGuess()
    {
        var notice = Score("notice", Input);
        var edited = Path.Combine(Folder, "edited.csv");
        var text = File.ReadAllText(Input);
        var line = text.Split('\n').Single(l => l.StartsWith(Corrected, StringComparison.Ordinal));
        var cells = line.Split(',');
        var tax = Array.IndexOf(File.ReadLines(Input).First().TrimStart('\uFEFF').Split(','), "实缴税金(万元)");
        cells[tax] = "140";
        File.WriteAllText(edited, text.Replace(line, string.Join(',', cells), StringComparison.Ordinal));
        var final = Score("final", edited);

        var firms = Changed(notice, final).Skip(1).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(firms, Is.Not.Empty);
            Assert.That(firms, Has.All.Contains("why: the input data differ (run.json input digests differ) and no correction is recorded for this firm"));
        });
    }

    [Test]
    public void WithoutRunJson_TheReasonIsNotKnown()
    {
        var notice = Score("notice", Input);
        var final = Score("final", Input, "--corrections", TestPaths.Seeds("data", "hand-checkable.corrections.csv"));
        File.Delete(Path.Combine(Path.GetDirectoryName(notice)!, "run.json"));

        var firms = Changed(notice, final).Skip(1).ToList();

        Assert.That(firms, Is.Not.Empty.And.All.Contains("no run.json beside"));
    }

    [Test]
    public void OversizedRunJson_IsRefusedWithoutReadingIt()
    {
        var notice = Score("notice", Input);
        var final = Score("final", Input, "--corrections", TestPaths.Seeds("data", "hand-checkable.corrections.csv"));
        using (var huge = new FileStream(Path.Combine(Path.GetDirectoryName(final)!, "run.json"), FileMode.Create))
        {
            huge.SetLength(RunRecordFile.MaxBytes + 1); // sparse: no disk, no memory
        }

        var (code, _, stderr) = CliRunner.Run("compare", "--from", notice, "--to", final, "--list");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError));
            Assert.That(stderr, Does.Contain("run.json").And.Contain("more than the 268,435,456"));
        });
    }

    [Test]
    public void WithdrawnCorrection_IsTheFirmsOwnReason()
    {
        var corrected = Score("corrected", Input, "--corrections", TestPaths.Seeds("data", "hand-checkable.corrections.csv"));
        var withdrawn = Score("withdrawn", Input);

        var firms = Changed(corrected, withdrawn).Skip(1).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(firms.Single(l => l.StartsWith(Corrected, StringComparison.Ordinal)), Does.Contain("why: its own correction withdrawn (实缴税金(万元): applied in the earlier run, not in the later)"));
            Assert.That(firms.Where(l => !l.StartsWith(Corrected, StringComparison.Ordinal)), Is.Not.Empty.And.All.Contains("other firms' corrections (1)"));
        });
    }

    [Test]
    public void TwoResultsFilesInOneFolder_SayTheySharedARunJson()
    {
        var notice = Score("notice", Input);
        var final = Score("final", Input, "--corrections", TestPaths.Seeds("data", "hand-checkable.corrections.csv"));
        var beside = Path.Combine(Path.GetDirectoryName(final)!, "results-notice.csv");
        File.Copy(notice, beside);

        var firms = Changed(beside, final).Skip(1).ToList();

        Assert.That(firms, Is.Not.Empty.And.All.Contains("both results files are in one folder and share its run.json"));
    }
}
