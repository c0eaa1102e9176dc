using EnterpriseScoring.Excel;
using EnterpriseScoring.IO;
using EnterpriseScoring.Tests.Cli;
using EnterpriseScoring.Validation;
using static EnterpriseScoring.Tests.IO.CsvTestData;

namespace EnterpriseScoring.Tests.Excel;

public class FirmXlsxReaderTests : TempFolderTest
{
    private static readonly string A = Uscc(1);
    private static readonly string B = Uscc(2);
    private static readonly string C = Uscc(3);

    private string Workbook(params object?[][] grid)
    {
        var path = Path.Combine(Folder, "firms.xlsx");
        TestInputs.WriteXlsx(path, ("Sheet1", grid));
        return path;
    }

    [TestCase(true)]
    [TestCase(false)]
    public void Read_SampleCity_SameFirmsAsTheCsv(bool typedCells)
    {
        var (header, rows) = TestInputs.SampleCity();
        var path = Path.Combine(Folder, "city.xlsx");
        TestInputs.WriteXlsx(path, ("城市", TestInputs.Grid(header, rows, typedCells)));

        var csv = FirmCsvReader.Read(TestPaths.Seeds("data", "sample-city.csv"));
        var xlsx = FirmXlsxReader.Read(path);

        Assert.Multiple(() =>
        {
            Assert.That(xlsx.RowsRead, Is.EqualTo(csv.RowsRead));
            Assert.That(xlsx.RejectedRowCount, Is.EqualTo(csv.RejectedRowCount));
            Assert.That(xlsx.Columns, Is.EqualTo(csv.Columns));
        });
        TestInputs.AssertSameFirms(csv.Table, xlsx.Table);
    }

    [Test]
    public void Read_Rejections_CarrySpreadsheetRowNumbers()
    {
        var path = Workbook(
            [null, null, null],
            ["统一社会信用代码", "用地面积(亩)", "实缴税金"],
            [A, 10.5, 3.0],
            [null, null, null],
            [B, -1.0, 2.0],
            [C, "12亩", 1.0]);

        var result = FirmXlsxReader.Read(path);

        Assert.Multiple(() =>
        {
            Assert.That(result.RowsRead, Is.EqualTo(3));
            Assert.That(result.BlankRowsSkipped, Is.EqualTo(1));
            Assert.That(result.Table.Ids, Is.EqualTo(new[] { A }));
            Assert.That(result.Table.SourceLines.ToArray(), Is.EqualTo(new[] { 3 }));
            Assert.That(result.Rejections.Select(r => (r.Line, r.Id, r.Column, r.Value, r.Code)), Is.EqualTo(new[]
            {
                (5, B, "用地面积(亩)", "-1", RowIssueCode.NegativeValue),
                (6, C, "用地面积(亩)", "12亩", RowIssueCode.UnparsableNumber),
            }));
        });
    }

    [Test]
    public void Read_TextCells_FollowTheCsvRules()
    {
        var path = Workbook(
            ["id", "tax", "land_area", "size_class", "start_year", "高新技术企业"],
            [A, "1,234.5", "—", "规上", "2015年", "是"],
            [B, 7.0, 2.0, "below", 2001.0, true]);

        var result = FirmXlsxReader.Read(path);

        var table = result.Table;
        Assert.Multiple(() =>
        {
            Assert.That(result.RejectedRowCount, Is.Zero, string.Join("\n", result.Rejections));
            Assert.That(table.GetMeasure(KnownMeasures.Tax)[0], Is.EqualTo(1234.5));
            Assert.That(table.GetMeasure(KnownMeasures.LandArea)[0], Is.Null);
            Assert.That(table.SizeClasses.ToArray(), Is.EqualTo(new[] { SizeClass.AboveDesignatedSize, SizeClass.BelowDesignatedSize }));
            Assert.That(table.StartYears.ToArray(), Is.EqualTo(new[] { 2015, 2001 }));
            Assert.That(table.GetTag(KnownTags.HighTech).Rows(), Is.EqualTo(new[] { 0, 1 }));
        });
    }

    [Test]
    public void Read_ValueUnderNoHeader_RejectsTheRowAsRagged()
    {
        var path = Workbook(
            ["id", "tax"],
            [A, 1.0],
            [B, 2.0, "stray"]);

        var result = FirmXlsxReader.Read(path);

        Assert.Multiple(() =>
        {
            Assert.That(result.Table.Ids, Is.EqualTo(new[] { A }));
            Assert.That(result.Rejections.Single().Code, Is.EqualTo(RowIssueCode.RaggedRow));
            Assert.That(result.Rejections.Single().Line, Is.EqualTo(3));
        });
    }

    [Test]
    public void Read_NamedSheet_ReadsThatSheet()
    {
        var path = Path.Combine(Folder, "two.xlsx");
        TestInputs.WriteXlsx(
            path,
            ("说明", [["This workbook holds the 2025 data"]]),
            ("数据", [["id", "tax"], [A, 1.0], [B, 2.0]]));

        var result = FirmXlsxReader.Read(path, "数据");

        Assert.Multiple(() =>
        {
            Assert.That(result.Table.Ids, Is.EqualTo(new[] { A, B }));
            Assert.That(FirmXlsxReader.GetSheetNames(path), Is.EqualTo(new[] { "说明", "数据" }));
            Assert.That(() => FirmXlsxReader.Read(path), Throws.InstanceOf<MissingColumnException>(), "the first sheet has no id column");
        });
    }

    [Test]
    public void Read_UnknownSheet_ThrowsListingTheSheets()
    {
        var path = Workbook(["id"], [A]);

        Assert.That(
            () => FirmXlsxReader.Read(path, "2025"),
            Throws.InstanceOf<FirmDataException>().With.Message.Contains("'2025'").And.Message.Contains("'Sheet1'"));
    }

    [Test]
    public void Read_NotAWorkbook_ThrowsFirmDataException()
    {
        var path = Path.Combine(Folder, "fake.xlsx");
        File.WriteAllText(path, "id,tax\n");

        Assert.That(() => FirmXlsxReader.Read(path), Throws.InstanceOf<FirmDataException>().With.Message.Contains(".xlsx"));
    }

    [Test]
    public void Read_EmptySheet_ThrowsFirmDataException()
    {
        var path = Workbook([null, null], [null, null]);

        Assert.That(() => FirmXlsxReader.Read(path), Throws.InstanceOf<FirmDataException>().With.Message.Contains("no header"));
    }

    [Test]
    public void FirmInput_PicksTheReaderByExtension()
    {
        var xlsx = Workbook(["id", "tax"], [A, 1.0]);
        var csv = Path.Combine(Folder, "firms.txt");
        File.WriteAllText(csv, $"id,tax\n{B},2\n");

        Assert.Multiple(() =>
        {
            Assert.That(FirmInput.FormatOf("a.XLSX"), Is.EqualTo(FirmInputFormat.Xlsx));
            Assert.That(FirmInput.FormatOf("a.csv"), Is.EqualTo(FirmInputFormat.Csv));
            Assert.That(FirmInput.Read(xlsx).Table.Ids, Is.EqualTo(new[] { A }));
            Assert.That(FirmInput.Read(csv).Table.Ids, Is.EqualTo(new[] { B }));
            Assert.That(() => FirmInput.Read(csv, sheet: "x"), Throws.ArgumentException);
            Assert.That(() => FirmInput.FormatOf("old.xls"), Throws.InstanceOf<FirmDataException>().With.Message.Contains(".xlsx"));
        });
    }

    [Test]
    public void Read_CellOverTheFieldLimit_RejectsItsRow()
    {
        var path = Workbook(["id", "name", "tax"], [A, new string('名', 40_000), 1.0], [B, "乙", 2.0], [C, new string('丙', 19), 3.0]);
        var result = FirmXlsxReader.Read(path);
        var limited = FirmXlsxReader.Read(path, options: new FirmCsvReaderOptions { MaxFieldLength = 18 });
        Assert.Multiple(() =>
        {
            Assert.That((result.RowsRead, result.Table.Count), Is.EqualTo((3, 2)));
            var issue = result.Rejections.Single();
            Assert.That((issue.Line, issue.Id, issue.Column, issue.Code), Is.EqualTo((2, A, "name", RowIssueCode.FieldTooLong)));
            Assert.That(issue.Value, Is.EqualTo(new string('名', 60) + "…"));
            Assert.That(issue.Reason, Does.StartWith("cell longer than 32,767 characters"));
            Assert.That(limited.Table.Ids, Is.EqualTo(new[] { B }), "the limit is an option");
            Assert.That(limited.Rejections.Select(r => r.Line), Is.EqualTo(new[] { 2, 4 }));
        });
    }

    [Test]
    public void Read_HeaderWiderThanTheLimit_FailsWithABoundedMessage()
    {
        var path = Workbook([.. Enumerable.Range(0, 40).Select(i => (object?)$"c{i}")], [A]);
        var ex = Assert.Throws<FirmDataException>(() => FirmXlsxReader.Read(path, options: new FirmCsvReaderOptions { MaxColumns = 30 }));
        Assert.That(ex!.Message, Is.EqualTo("The sheet's header row has 40 columns, more than the limit of 30 (FirmCsvReaderOptions.MaxColumns, escore --max-columns): is the delimiter right, and is this a table of firms?"));
    }

    [Test]
    public void Read_CellLongerThanAWholeRowMayBe_IsRefusedBeforeItIsHeld()
    {
        var path = Workbook(["id", "name"], [A, "甲"], [B, new string('x', 3_000_000)]);
        var ex = Assert.Throws<FirmDataException>(() => FirmXlsxReader.Read(path));
        Assert.That(ex!.Message, Does.StartWith("The workbook holds a cell of more than 1,048,576 characters (xl/").And.Contain("--max-record-length"));
    }
}
