using EnterpriseScoring.Cli;
using EnterpriseScoring.Cli.Output;
using EnterpriseScoring.Classification;
using EnterpriseScoring.IO;
using EnterpriseScoring.Policies;

namespace EnterpriseScoring.Tests.Cli;

/// <summary>
/// <c>escore compare --from --to --out FILE</c>: the changed firms with why as CSV — one row per firm of the console list,
/// formula-safe, written atomically, reasons in the CLI's language; the compared files are never overwritten (issue 18).
/// </summary>
public class CompareOutCliTests : TempFolderTest
{
    private static string Input => TestPaths.Seeds("data", "hand-checkable.csv");

    private static string Profile => TestPaths.Seeds("data", "hand-checkable.profile.json");

    private string Score(string name, params string[] more)
    {
        var output = Path.Combine(Folder, name);
        var (code, _, stderr) = CliRunner.Run(["score", "-p", Profile, "-i", Input, "--max-rejects", "100%", "-o", output, "-q", .. more]);
        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        return Path.Combine(output, "results.csv");
    }

    private static List<string[]> Csv(string path)
    {
        using var reader = new StreamReader(path);
        return [.. CsvRecords.Read(reader)];
    }

    [Test]
    public void Out_OneRowPerChangedFirm_TheSameReasonsAsTheConsole()
    {
        var notice = Score("notice");
        var final = Score("final", "--corrections", TestPaths.Seeds("data", "hand-checkable.corrections.csv"), "--adjustments", TestPaths.Seeds("data", "hand-checkable.adjustments.csv"));
        var file = Path.Combine(Folder, "changes", "changed.csv");

        var (code, stdout, stderr) = CliRunner.Run("compare", "--from", notice, "--to", final, "--list", "--out", file);

        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        var rows = Csv(file);
        var listed = CliRunner.Lines(stdout).SkipWhile(l => !l.StartsWith("Firms whose score, rank or tier changed", StringComparison.Ordinal)).Skip(1).ToList();
        var before = ResultsCsvReader.Read(notice).ToDictionary(r => r.Id);
        var after = ResultsCsvReader.Read(final).ToDictionary(r => r.Id);
        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllBytes(file).Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "UTF-8 with BOM, for Excel");
            Assert.That(rows[0], Is.EqualTo(ChangedFirmsCsv.Header));
            Assert.That(rows.Skip(1).Select(r => r[0]), Is.EqualTo(listed.Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)])), "the console's firms, in its order");
            foreach (var (row, line) in rows.Skip(1).Zip(listed))
            {
                var id = row[0];
                Assert.That(line, Does.EndWith("— why: " + row[^1]), id);
                Assert.That(line, Does.Contain(row[^2]), id);
                Assert.That((row[1], row[2]), Is.EqualTo((after[id].Name, after[id].Pool)), id);
                Assert.That((row[5], row[6]), Is.EqualTo((Number(before[id].Score), Number(after[id].Score))), id);
                Assert.That((row[7], row[8], row[9], row[10]), Is.EqualTo((Number(before[id].Rank), Number(after[id].Rank), TierSet.Standard.CodeOf(before[id].Tier), TierSet.Standard.CodeOf(after[id].Tier))), id);
            }

            Assert.That(Directory.GetFiles(Path.GetDirectoryName(file)!), Has.Length.EqualTo(1), "no temporary file left");
        });
    }

    [Test]
    public void Out_WithoutList_WritesTheFile_InChineseUnderLangZh()
    {
        var notice = Score("notice");
        var final = Score("final", "--adjustments", TestPaths.Seeds("data", "hand-checkable.adjustments.csv"));
        var file = Path.Combine(Folder, "changed.csv");

        var (code, stdout, stderr) = CliRunner.Run("--lang", "zh", "compare", "--from", notice, "--to", final, "--out", file);

        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        var rows = Csv(file);
        Assert.Multiple(() =>
        {
            Assert.That(stdout, Does.Not.Contain("原因："), "no list on the console without --list");
            Assert.That(rows, Has.Count.EqualTo(2));
            Assert.That(rows[1][^1], Does.StartWith("本企业人工调档 B → A"));
            Assert.That(rows[1][^2], Does.Contain("档次 B → A"));
        });
    }

    [Test]
    public void Out_NoChangedFirm_HeaderOnly()
    {
        var first = Score("first");
        var second = Score("second");
        var file = Path.Combine(Folder, "changed.csv");

        var (code, _, stderr) = CliRunner.Run("compare", "--from", first, "--to", second, "--out", file);

        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        Assert.That(Csv(file), Has.Count.EqualTo(1));
    }

    [TestCase("to")]
    [TestCase("run.json")]
    public void Out_NamingAComparedFile_IsRefused_AndTheFileIsKept(string which)
    {
        var notice = Score("notice");
        var final = Score("final");
        var target = which == "to" ? final : Path.Combine(Path.GetDirectoryName(final)!, "run.json");
        var bytes = File.ReadAllBytes(target);

        var (code, _, stderr) = CliRunner.Run("compare", "--from", notice, "--to", final, "--out", target);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError));
            Assert.That(stderr, Does.Contain("is one of the files compared"));
            Assert.That(File.ReadAllBytes(target), Is.EqualTo(bytes));
        });
    }

    [Test]
    public void Csv_TextCellsAreFormulaSafe_UnlessRaw_NumbersUnchanged()
    {
        PriorResult Row(double score) => new() { Year = 2025, Id = "=1+1", Name = "=HYPERLINK(\"http://x\")", Pool = "@pool", Status = FirmStatus.Rated, Score = score, Rank = 1, Tier = Tier.B };
        var firm = new ChangedFirm("=1+1", Row(-3.5), Row(-1.25) with { Tier = Tier.T }, "score -3.5 → -1.25", "+cmd|' /C calc'!A0");

        var safe = ChangedFirmsCsv.ToCsv([firm], TierSet.Standard, FormulaEscaping.QuotePrefix).Split('\n')[1];
        var raw = ChangedFirmsCsv.ToCsv([firm], TierSet.Standard, FormulaEscaping.None).Split('\n')[1];

        Assert.Multiple(() =>
        {
            Assert.That(safe, Does.StartWith("'=1+1,\"'=HYPERLINK(\"\"http://x\"\")\",'@pool,rated,rated,-3.5,-1.25,1,1,B,T,"));
            Assert.That(safe, Does.EndWith(",'+cmd|' /C calc'!A0"));
            Assert.That(raw, Does.StartWith("=1+1,\"=HYPERLINK(\"\"http://x\"\")\",@pool,"));
        });
    }

    private static string Number(double? value) => value is { } v ? v.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
}
