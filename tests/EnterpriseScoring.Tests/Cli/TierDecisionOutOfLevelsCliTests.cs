using System.Text;
using System.Text.Json.Nodes;
using EnterpriseScoring.Cli;
using MiniExcelLibs;

namespace EnterpriseScoring.Tests.Cli;

/// <summary>
/// <c>escore score --adjustments</c> with decisions to T and to ungraded, managed as B (参照B类): results.csv, run.json,
/// summary.csv, results.xlsx, <c>explain</c> and <c>compare --list</c> show them, and a tier that is none of the set's is
/// refused with line, column, value and reason in English and Chinese (issue 18).
/// </summary>
public class TierDecisionOutOfLevelsCliTests : TempFolderTest
{
    private static string Input => TestPaths.Seeds("data", "hand-checkable.csv");

    private static string Profile => TestPaths.Seeds("data", "hand-checkable.profile.json");

    private string Score(string name, params string[] more)
    {
        var output = Path.Combine(Folder, name);
        var (code, _, stderr) = CliRunner.Run(["score", "-p", Profile, "-i", Input, "--max-rejects", "100%", "-o", output, "-q", .. more]);
        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        return output;
    }

    private string Decisions(string body)
    {
        var path = Path.Combine(Folder, "adjustments.csv");
        File.WriteAllText(path, "统一社会信用代码,档次,原因,审批人,日期\n" + body, new UTF8Encoding(true));
        return path;
    }

    private static Dictionary<string, string[]> Rows(string results, out string[] header)
    {
        var lines = File.ReadAllLines(Path.Combine(results, "results.csv"));
        header = lines[0].TrimStart('\uFEFF').Split(',');
        return lines.Skip(1).Select(l => l.Split(',')).ToDictionary(c => c[0]);
    }

    [Test]
    public void DecisionsToTAndUngraded_AreShownAndCountedInEveryOutput()
    {
        var notice = Score("notice");
        var before = Rows(notice, out var header);
        var (tier, status, score) = (Array.IndexOf(header, "tier"), Array.IndexOf(header, "status"), Array.IndexOf(header, "score"));
        var rated = before.Values.Where(r => r[status] == "rated" && r[tier] == "B").Select(r => r[0]).Take(2).ToArray();
        Assert.That(rated, Has.Length.EqualTo(2), "the example has B firms");
        var file = Decisions($"{rated[0]},T类,数据存疑，暂不评价,区政府,2025-03-20\n{rated[1]},参照B类,搬迁过渡期,区政府,2025-03-20\n");

        var final = Score("final", "--adjustments", file, "--format", "xlsx");

        var after = Rows(final, out var finalHeader);
        var run = JsonNode.Parse(File.ReadAllText(Path.Combine(final, "run.json")))!;
        var noticeRun = JsonNode.Parse(File.ReadAllText(Path.Combine(notice, "run.json")))!;

        // run.json's tierCounts hold the non-zero counts only.
        static int Count(JsonNode run, string key) => run["tierCounts"]![key]?.GetValue<int>() ?? 0;
        Assert.Multiple(() =>
        {
            Assert.That(finalHeader[^1], Is.EqualTo("initial_tier"));
            Assert.That((after[rated[0]][tier], after[rated[0]][status], after[rated[0]][score], after[rated[0]][^1]), Is.EqualTo(("T", "rated", before[rated[0]][score], "B")));
            Assert.That((after[rated[1]][tier], after[rated[1]][status], after[rated[1]][^1]), Is.EqualTo(("ungraded_as_b", "rated", "B")));
            Assert.That(Count(run, "T"), Is.EqualTo(Count(noticeRun, "T") + 1));
            Assert.That(Count(run, "UngradedAsB"), Is.EqualTo(Count(noticeRun, "UngradedAsB") + 1));
            Assert.That(Count(run, "B"), Is.EqualTo(Count(noticeRun, "B") - 2));
            var entries = run["adjustments"]!["entries"]!.AsArray();
            Assert.That(entries.Select(e => (e!["id"]!.GetValue<string>(), e["initialTier"]!.GetValue<string>(), e["tier"]!.GetValue<string>())),
                Is.EqualTo(new[] { (rated[0], "B", "T"), (rated[1], "B", "ungraded_as_b") }));

            // summary.csv: the total row counts them under T and ungraded.
            var summary = File.ReadAllLines(Path.Combine(final, "summary.csv"));
            var columns = summary[0].TrimStart('\uFEFF').Split(',');
            var total = summary.Last(l => l.StartsWith("pool,(total)", StringComparison.Ordinal)).Split(',');
            Assert.That((total[Array.IndexOf(columns, "T")], total[Array.IndexOf(columns, "ungraded")]), Is.EqualTo((Count(run, "T").ToString(System.Globalization.CultureInfo.InvariantCulture), Count(run, "UngradedAsB").ToString(System.Globalization.CultureInfo.InvariantCulture))));

            // results.xlsx: the 公示名单 shows 参照B类 and the initial tier.
            using var workbook = File.OpenRead(Path.Combine(final, "results.xlsx"));
            var sheets = MiniExcel.GetSheetNames(workbook).Where(n => n.StartsWith("公示名单", StringComparison.Ordinal)).ToList();
            var xlsxRows = sheets.SelectMany(sheet =>
            {
                workbook.Position = 0;
                return MiniExcel.Query(workbook, useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>().ToList();
            }).ToList();
            var row = xlsxRows.Single(r => (string?)r["统一社会信用代码"] == rated[1]);
            Assert.That((row["等级"], row["初评等级"]), Is.EqualTo(("参照B类", "B")));
        });
    }

    [Test]
    public void Explain_And_CompareList_ShowTheDecision()
    {
        var notice = Score("notice");
        var id = Rows(notice, out var header).Values.First(r => r[Array.IndexOf(header, "status")] == "rated" && r[Array.IndexOf(header, "tier")] == "B")[0];
        var file = Decisions($"{id},不定等级,搬迁过渡期,区政府,2025-03-20\n");
        var final = Score("final", "--adjustments", file);

        var explain = CliRunner.Run("explain", "-p", Profile, "-i", Input, "--adjustments", file, "--id", id);
        var compare = CliRunner.Run("compare", "--from", Path.Combine(notice, "results.csv"), "--to", Path.Combine(final, "results.csv"), "--list");

        Assert.Multiple(() =>
        {
            Assert.That(explain.Code, Is.EqualTo(ExitCodes.Success), explain.Stderr);
            Assert.That(explain.Stdout, Does.Contain("调档 Manual adjustment: B → UngradedAsB by 区政府, 2025-03-20: 搬迁过渡期"));
            Assert.That(compare.Code, Is.EqualTo(ExitCodes.Success), compare.Stderr);
            Assert.That(CliRunner.Lines(compare.Stdout).Single(l => l.StartsWith(id + ":", StringComparison.Ordinal)),
                Does.Contain("tier B → ungraded_as_b").And.Contain("its own manual tier decision B → ungraded_as_b (搬迁过渡期)"));
        });
    }

    [Test]
    public void ATierThatIsNoneOfTheSets_FailsTheRun_WithLineColumnValueReason_InEnglishAndChinese()
    {
        var notice = Score("notice");
        var id = Rows(notice, out var header).Values.First(r => r[Array.IndexOf(header, "status")] == "rated")[0];
        var file = Decisions($"{id},X类,r,a,2025-03-20\n");

        var en = CliRunner.Run("score", "-p", Profile, "-i", Input, "--max-rejects", "100%", "-o", Path.Combine(Folder, "en"), "--adjustments", file);
        var zh = CliRunner.Run("--lang", "zh", "score", "-p", Profile, "-i", Input, "--max-rejects", "100%", "-o", Path.Combine(Folder, "zh"), "--adjustments", file);

        Assert.Multiple(() =>
        {
            Assert.That((en.Code, zh.Code), Is.EqualTo((ExitCodes.InputOrUsageError, ExitCodes.InputOrUsageError)));
            Assert.That(en.Stderr, Does.Contain($"line 2, id '{id}', column 'tier', value 'X类'").And.Contain("not a tier").And.Contain("T (不适合评价类 not graded) or ungraded_as_b"));
            Assert.That(zh.Stderr, Does.Contain($"第 2 行，企业 '{id}'，列 'tier'，值 'X类'").And.Contain("不是档次"));
            Assert.That(Directory.Exists(Path.Combine(Folder, "en")), Is.False, "nothing published");
        });
    }
}
