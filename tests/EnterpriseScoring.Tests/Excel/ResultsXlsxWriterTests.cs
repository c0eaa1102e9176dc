using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using EnterpriseScoring.Cli;
using EnterpriseScoring.Excel;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Tests.Cli;
using EnterpriseScoring.Tests.Profiles;
using MiniExcelLibs;

namespace EnterpriseScoring.Tests.Excel;

/// <summary>results.xlsx: written with OpenXml, read back with MiniExcel (an independent reader) and compared with results.csv.</summary>
public class ResultsXlsxWriterTests : TempFolderTest
{
    [Test]
    public void ScoreFormatXlsx_EveryFirmOnOneListSheet_SameRoundedNumbersAndTiersAsResultsCsv()
    {
        var output = Path.Combine(Folder, "out");
        var run = CliRunner.Run("score", "-p", "zhejiang-six-indicators", "-i", TestPaths.Seeds("data", "sample-city.csv"), "-o", output, "-q", "--format", "csv,xlsx");
        Assert.That(run.Code, Is.EqualTo(ExitCodes.Success), run.Stderr);
        var workbook = Path.Combine(output, "results.xlsx");
        Assert.That(File.Exists(workbook));
        Assert.That(File.ReadAllText(Path.Combine(output, "run.json")), Does.Contain("\"results.xlsx\""));

        var sheets = MiniExcel.GetSheetNames(workbook);
        Assert.That(sheets, Is.EqualTo(new[] { "公示名单-规上企业", "公示名单-规下企业（用地3亩及以上）", "未入池企业", "汇总", "剔除", "说明" }));

        var csv = ReadCsv(Path.Combine(output, "results.csv"));
        var listed = new Dictionary<string, IDictionary<string, object?>>(StringComparer.Ordinal);
        foreach (var sheet in sheets.Where(s => s.StartsWith("公示名单", StringComparison.Ordinal) || s == "未入池企业"))
        {
            foreach (IDictionary<string, object?> row in MiniExcel.Query(workbook, useHeaderRow: true, sheetName: sheet))
            {
                Assert.That(listed.TryAdd((string)row["统一社会信用代码"]!, row), $"{row["统一社会信用代码"]} on one sheet only");
            }
        }

        Assert.That(listed.Keys.Order(StringComparer.Ordinal), Is.EqualTo(csv.Select(r => r["id"]).Order(StringComparer.Ordinal)), "same firms");
        var scoreColumns = new Dictionary<string, string>
        {
            ["tax_per_mu"] = "亩均税收得分",
            ["value_added_per_mu"] = "亩均增加值得分",
            ["value_added_per_energy"] = "单位能耗增加值得分",
            ["labor_productivity"] = "全员劳动生产率得分",
        };
        var compared = 0;
        foreach (var r in csv)
        {
            var row = listed[r["id"]];
            Assert.That(row["企业名称"], Is.EqualTo(r["name"]));
            Assert.That(row.TryGetValue("等级", out var tier) ? tier ?? string.Empty : string.Empty, Is.EqualTo(r["tier"] == "ungraded_as_b" ? "参照B类" : r["tier"]), r["id"]);
            if (r["score"].Length == 0)
            {
                Assert.That(row.TryGetValue("综合得分", out var none) ? none : null, Is.Null, r["id"]);
                continue;
            }

            // Independently: the printed score rounded half away from zero to 2 places (the default display).
            Assert.That(Convert.ToDouble(row["综合得分"], CultureInfo.InvariantCulture), Is.EqualTo(HalfUp(r["score"])), r["id"]);
            Assert.That(row["排名"] is null ? string.Empty : Convert.ToInt32(row["排名"], CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture), Is.EqualTo(r["rank"]));
            foreach (var (id, header) in scoreColumns)
            {
                if (r.TryGetValue(id + ".score", out var s) && s.Length > 0 && row.ContainsKey(header))
                {
                    Assert.That(Convert.ToDouble(row[header], CultureInfo.InvariantCulture), Is.EqualTo(HalfUp(s)), $"{r["id"]} {id}");
                }
            }

            compared++;
        }

        Assert.That(compared, Is.GreaterThan(1000));
        var summary = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "汇总").Cast<IDictionary<string, object?>>().ToList();
        var summaryCsv = ReadCsv(Path.Combine(output, "summary.csv"));
        Assert.That(summary, Has.Count.EqualTo(summaryCsv.Count));
        for (var i = 0; i < summary.Count; i++)
        {
            var expected = summaryCsv[i]["tax_per_mu"];
            Assert.That(summary[i].TryGetValue("亩均税收", out var v) && v is not null ? Convert.ToDouble(v, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture) : string.Empty, Is.EqualTo(expected), $"summary row {i + 2}");
            Assert.That(Convert.ToInt32(summary[i]["企业数"], CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture), Is.EqualTo(summaryCsv[i]["firms"]));
        }

        var notes = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "说明").Cast<IDictionary<string, object?>>().ToLookup(r => (string)r["项目"]!, r => (string?)r["内容"]);
        Assert.That(notes["评价方案"].Single(), Is.EqualTo("zhejiang-six-indicators"));
        Assert.That(notes["运行编号"].Single(), Does.Match("^[0-9]{8}T[0-9]{6}Z-"));
        Assert.That(notes["输入数据 SHA-256"].Single(), Does.Match("^[0-9a-f]{64}$"));
        Assert.That(notes["评价方案 SHA-256"].Single(), Does.Match("^[0-9a-f]{64}$"));
        Assert.That(notes["依据文件"].Count(), Is.GreaterThan(1));
        var runJson = File.ReadAllText(Path.Combine(output, "run.json"));
        Assert.That(runJson, Does.Contain(notes["输入数据 SHA-256"].Single()).And.Contain(notes["评价方案 SHA-256"].Single()).And.Contain(notes["运行编号"].Single()!));
    }

    [Test]
    public void Layout_FrozenHeader_PrintTitles_A4_Widths_OnEverySheet()
    {
        var evaluation = Lishui();
        var path = Path.Combine(Folder, "results.xlsx");
        ResultsXlsxWriter.Write(evaluation, path);
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        var titles = workbook.Workbook.DefinedNames!.Elements<DefinedName>().ToList();
        Assert.That(titles, Has.Count.EqualTo(sheets.Count));
        for (var i = 0; i < sheets.Count; i++)
        {
            var title = titles.Single(t => t.LocalSheetId!.Value == (uint)i);
            Assert.That(title.Name!.Value, Is.EqualTo("_xlnm.Print_Titles"));
            Assert.That(title.Text, Is.EqualTo($"'{sheets[i].Name}'!$1:$1"));
            var worksheet = ((WorksheetPart)workbook.GetPartById(sheets[i].Id!)).Worksheet;
            var pane = worksheet.GetFirstChild<SheetViews>()!.GetFirstChild<SheetView>()!.GetFirstChild<Pane>()!;
            Assert.That(pane.State!.Value, Is.EqualTo(PaneStateValues.Frozen));
            Assert.That(pane.VerticalSplit!.Value, Is.EqualTo(1));
            Assert.That(worksheet.GetFirstChild<PageSetup>()!.PaperSize!.Value, Is.EqualTo(9u), "A4");
            Assert.That(worksheet.GetFirstChild<Columns>()!.Elements<Column>().All(c => c.CustomWidth! && c.Width! > 5));
        }
    }

    [TestCase("=HYPERLINK(\"http://evil.example\",\"点我\")")]
    [TestCase("+1")]
    [TestCase("-2")]
    [TestCase("@x")]
    [TestCase("=1+1")]
    [TestCase("\t=cmd")]
    public void TextThatLooksLikeAFormula_StaysText_NoCellHasAFormula(string name)
    {
        var evaluation = Lishui(name);
        using var stream = new MemoryStream();
        ResultsXlsxWriter.Write(evaluation, stream);
        stream.Position = 0;
        var rows = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "公示名单-all").Cast<IDictionary<string, object?>>().ToList();
        Assert.That(rows.Select(r => r["企业名称"]), Does.Contain(name), "read back as the text itself, no ' added");
        stream.Position = 0;
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            var xml = reader.ReadToEnd();
            Assert.That(xml, Does.Not.Contain("<x:f").And.Not.Contain("<f>").And.Not.Contain("<f "), entry.FullName);
        }

        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        var part = (WorksheetPart)document.WorkbookPart!.GetPartById(document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().First().Id!);
        var cell = part.Worksheet.Descendants<Cell>().Single(c => c.InnerText == name);
        Assert.That(cell.DataType!.Value, Is.EqualTo(CellValues.InlineString));
        Assert.That(cell.CellFormula, Is.Null);
    }

    [Test]
    public void Lishui_TotalsTruncatedAsNumbers_ScoresHalfEven()
    {
        using var stream = new MemoryStream();
        ResultsXlsxWriter.Write(Lishui(), stream);
        stream.Position = 0;
        var rows = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "公示名单-all").Cast<IDictionary<string, object?>>().ToDictionary(r => (string)r["统一社会信用代码"]!);
        Assert.That(rows["a"]["综合得分"], Is.EqualTo(73.71), "丽水: 73.7156 truncated, a number");
        Assert.That(rows["a"]["亩均税收得分"], Is.EqualTo(73.7));
        Assert.That(rows["b"]["综合得分"], Is.EqualTo(12.34));
        Assert.That(rows["a"]["排名"], Is.EqualTo(1.0));
        stream.Position = 0;
        var notes = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "说明").Cast<IDictionary<string, object?>>().ToDictionary(r => (string)r["项目"]!, r => r["内容"]);
        Assert.That(notes["显示精度"], Is.EqualTo("指标得分 保留1位小数（四舍六入五成双）；综合得分 保留2位小数（截断）；汇总指标 保留2位小数（四舍五入）"));
    }

    [Test]
    public void SameEvaluation_SameBytes_ThroughANonSeekableStream()
    {
        var evaluation = Lishui();
        using var first = new MemoryStream();
        ResultsXlsxWriter.Write(evaluation, first);
        using var second = new WriteOnlyStream();
        ResultsXlsxWriter.Write(evaluation, second);
        Assert.That(second.Inner.ToArray(), Is.EqualTo(first.ToArray()));
        var path = Path.Combine(Folder, "r.xlsx");
        ResultsXlsxWriter.Write(evaluation, path);
        Assert.That(File.ReadAllBytes(path), Is.EqualTo(first.ToArray()));
        Assert.That(Directory.GetFiles(Folder), Has.Length.EqualTo(1), "no temporary file left");
    }

    [Test]
    public void SheetNames_AreValidAndUnique_CellTextIsXmlSafe()
    {
        var names = new SheetNaming();
        Assert.That(names.Make("公示名单-a/b:c"), Is.EqualTo("公示名单-a_b_c"));
        Assert.That(names.Make("公示名单-A_B_C"), Is.EqualTo("公示名单-A_B_C(2)"));
        Assert.That(names.Make(new string('长', 40)), Has.Length.EqualTo(31));
        Assert.That(SheetWriter.CellText("a\u0001b\uD800c"), Is.EqualTo("a\uFFFDb\uFFFDc"));
        Assert.That(SheetWriter.CellText(new string('x', 40_000)), Has.Length.EqualTo(SheetWriter.MaxCellText));
        Assert.That(SheetWriter.ColumnName(0) + SheetWriter.ColumnName(25) + SheetWriter.ColumnName(26) + SheetWriter.ColumnName(701), Is.EqualTo("AZAAZZ"));
    }

    /// <summary>A stream that can only write (a response body).</summary>
    private sealed class WriteOnlyStream : Stream
    {
        public MemoryStream Inner { get; } = new();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => Inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Inner.Write(buffer, offset, count);
    }

    private static Evaluation Lishui(string name = "丽水甲")
    {
        var profile = ProfileLoader.Parse(DisplaySectionTests.Lishui);
        return new Evaluator(profile).Evaluate(FirmTable.FromFirms(
        [
            new Firm { Id = "a", Name = name, SizeClass = SizeClass.AboveDesignatedSize, Measures = new Dictionary<string, double> { ["tax"] = 73.7156, ["land_area"] = 1 } },
            new Firm { Id = "b", Name = "丽水乙", SizeClass = SizeClass.AboveDesignatedSize, Measures = new Dictionary<string, double> { ["tax"] = 24.69, ["land_area"] = 2 } },
        ]));
    }

    private static double HalfUp(string printed) =>
        (double)Math.Round(decimal.Parse(printed, NumberStyles.Float, CultureInfo.InvariantCulture), 2, MidpointRounding.AwayFromZero);

    private static List<Dictionary<string, string>> ReadCsv(string path)
    {
        var lines = File.ReadAllLines(path, System.Text.Encoding.UTF8);
        var header = TestInputs.CsvFields(lines[0]);
        return [.. lines.Skip(1).Select(l => header.Zip(TestInputs.CsvFields(l)).ToDictionary(p => p.First, p => Unescape(p.Second), StringComparer.Ordinal))];
    }

    /// <summary>results.csv's text cells may carry the formula guard's leading quote.</summary>
    private static string Unescape(string cell) => cell.StartsWith('\'') ? cell[1..] : cell;
}
