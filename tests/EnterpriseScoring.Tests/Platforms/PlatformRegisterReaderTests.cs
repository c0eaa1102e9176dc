using System.Text;
using EnterpriseScoring.IO;
using EnterpriseScoring.Platforms;
using EnterpriseScoring.Validation;

namespace EnterpriseScoring.Tests.Platforms;

public class PlatformRegisterReaderTests
{
    private static PlatformRegisterReadResult ReadCsv(string text) => PlatformRegisterReader.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(text)));

    [Test]
    public void Read_ExampleRegister_ReadsEveryFieldInMu()
    {
        var read = PlatformRegisterReader.Read(TestPaths.Seeds("data", "platform-example.register.csv"));

        Assert.Multiple(() =>
        {
            Assert.That(read.RowsRead, Is.EqualTo(5));
            Assert.That(read.Rejections, Is.Empty);
            Assert.That(read.Sha256, Has.Length.EqualTo(64));
            Assert.That(read.Register.Platforms.Select(p => p.Id), Is.EqualTo(new[] { "P1", "P1A", "P2", "P3", "P4" }));
            Assert.That(read.Register.Platforms[1], Is.EqualTo(new Platform
            {
                Id = "P1A",
                Name = "示例经开区城南分园",
                Level = PlatformLevel.Provincial,
                Parent = "P1",
                County = "南湖区",
                PlannedArea = 1000,
                ApprovedUnsupplied = 20,
                SuppliedUnused = 10,
                InefficientLand = 50,
                ClearedLand = 5,
                Line = 3,
            }));
            Assert.That(read.Register.Platforms[3].MergedInto, Is.EqualTo("P2"));
            Assert.That(read.Register.Platforms[3].MergedFrom, Is.EqualTo(new DateOnly(2024, 7, 1)));
        });
    }

    [Test]
    public void Read_BadCells_RejectsEachRowWithLineColumnValueAndReason_NothingLost()
    {
        var read = ReadCsv(
            "id,level,批而未供,merged_into,merged_from,parent\n" +
            "A,国家级,10,,,\n" +
            "B,区级,5,,,\n" +          // not a level
            "C,省级,-3,,,\n" +          // negative area
            "D,省级,abc,,,\n" +         // not a number
            "E,市级,1,A,2024-13-01,\n" + // not a date
            "F,市级,1,A,,\n" +          // merge without a date
            "A,镇级,1,,,\n" +           // duplicate id
            "G,镇级,1,,,Z\n" +          // unknown parent
            "H,镇级,1,,,B\n" +          // parent rejected → rejected too
            "I,镇级,1,,,I\n" +          // itself
            ",镇级,1,,,\n" +            // no id
            "J,镇级,1,,\n");            // ragged

        var byLine = read.Rejections.ToLookup(r => r.Line);
        Assert.Multiple(() =>
        {
            Assert.That(read.RowsRead, Is.EqualTo(12));
            Assert.That(read.Register.Platforms.Select(p => p.Id), Is.EqualTo(new[] { "A" }));
            Assert.That(read.Register.Platforms.Count + read.RejectedRowCount, Is.EqualTo(read.RowsRead));
            Assert.That(byLine[3].Single(), Has.Property("Column").EqualTo("level").And.Property("Value").EqualTo("区级").And.Property("Code").EqualTo(RowIssueCode.InvalidValue));
            Assert.That(byLine[4].Single(), Has.Property("Column").EqualTo("批而未供").And.Property("Code").EqualTo(RowIssueCode.NegativeValue));
            Assert.That(byLine[5].Single(), Has.Property("Code").EqualTo(RowIssueCode.UnparsableNumber).And.Property("Value").EqualTo("abc"));
            Assert.That(byLine[6].Single(), Has.Property("Column").EqualTo("merged_from").And.Property("Value").EqualTo("2024-13-01"));
            Assert.That(byLine[7].Single(), Has.Property("Column").EqualTo("merged_from").And.Property("Reason").Contains("date"));
            Assert.That(byLine[8].Single(), Has.Property("Code").EqualTo(RowIssueCode.DuplicateId).And.Property("Reason").Contains("line 2"));
            Assert.That(byLine[9].Single(), Has.Property("Column").EqualTo("parent").And.Property("Value").EqualTo("Z").And.Property("Code").EqualTo(RowIssueCode.InvalidReference));
            Assert.That(byLine[10].Single(), Has.Property("Value").EqualTo("B").And.Property("Reason").Contains("rejected"));
            Assert.That(byLine[11].Single(), Has.Property("Reason").Contains("itself"));
            Assert.That(byLine[12].Single(), Has.Property("Code").EqualTo(RowIssueCode.MissingId));
            Assert.That(byLine[13].Single(), Has.Property("Code").EqualTo(RowIssueCode.RaggedRow));
            Assert.That(read.Rejections.All(r => r.Severity == IssueSeverity.Error));
        });
    }

    [Test]
    public void Read_CycleOfMerges_RejectsEveryPlatformOnIt()
    {
        var read = ReadCsv("id,merged_into,merged_from\nA,B,2020-01-01\nB,C,2020-01-01\nC,A,2020-01-01\nD,A,2020-01-01\n");

        Assert.Multiple(() =>
        {
            Assert.That(read.Rejections.Where(r => r.Line <= 4).Select(r => r.Line), Is.EqualTo(new[] { 2, 3, 4 }));
            Assert.That(read.Rejections[0].Reason, Does.Contain("A → B → C → A"));
            Assert.That(read.Rejections.Single(r => r.Line == 5).Reason, Does.Contain("'A'"), "D names a rejected platform");
            Assert.That(read.Register.Platforms, Is.Empty);
        });
    }

    [Test]
    public void Read_AreaUnitInHeader_ConvertsToMu_AndMissingSpellingsAreMissing()
    {
        var read = ReadCsv("平台编号,批而未供(公顷),低效用地(平方米),供而未用,并入平台\nA,2,6666.666666666667,—,无\n");

        var a = read.Register.Platforms.Single();
        Assert.Multiple(() =>
        {
            Assert.That(a.ApprovedUnsupplied, Is.EqualTo(30).Within(1e-9), "1 公顷 = 15 亩");
            Assert.That(a.InefficientLand, Is.EqualTo(10).Within(1e-9), "666.67 ㎡ = 1 亩");
            Assert.That(a.SuppliedUnused, Is.Null, "— is missing, never 0");
            Assert.That(a.MergedInto, Is.Empty);
        });
    }

    [Test]
    public void Read_UnreadableFiles_Throw()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => ReadCsv("name,level\nA,国家级\n"), Throws.InstanceOf<FirmDataException>().With.Message.Contains("no id column"));
            Assert.That(() => ReadCsv("id,平台编号\nA,B\n"), Throws.InstanceOf<FirmDataException>().With.Message.Contains("both mean 'id'"));
            Assert.That(() => ReadCsv("id,批而未供(万元)\nA,1\n"), Throws.InstanceOf<FirmDataException>().With.Message.Contains("not an area unit"));
            Assert.That(() => ReadCsv(string.Empty), Throws.InstanceOf<FirmDataException>());
        });
    }

    [Test]
    public void Read_UnknownColumns_AreWarnedAndIgnored_BlankRowsSkipped()
    {
        var read = ReadCsv("id,备注\nA,x\n,\nB,y\n");

        Assert.Multiple(() =>
        {
            Assert.That(read.IgnoredColumns, Is.EqualTo(new[] { "备注" }));
            Assert.That(read.Warnings.Single().Code, Is.EqualTo(RowIssueCode.ColumnIgnored));
            Assert.That(read.BlankRowsSkipped, Is.EqualTo(1));
            Assert.That(read.RowsRead, Is.EqualTo(2));
        });
    }

    [Test]
    public void Read_Gb18030_IsDetected()
    {
        EncodingDetection.EnsureProvider();
        var bytes = EncodingDetection.Gb18030.GetBytes("平台编号,平台名称,级别\nP1,示例开发区,省级\n");

        var read = PlatformRegisterReader.ReadCsv(new MemoryStream(bytes));

        Assert.That(read.Register.Platforms.Single(), Has.Property("Name").EqualTo("示例开发区").And.Property("Level").EqualTo(PlatformLevel.Provincial));
    }

    [Test]
    public void Read_WorkbookPath_IsRefusedWithTheExcelPackagesReaders()
    {
        // The core reads CSV only (no xlsx reader among its dependencies): a workbook is named, not parsed as text.
        var ex = Assert.Throws<FirmDataException>(() => PlatformRegisterReader.Read("register.XLSX"));

        Assert.That(ex!.Message, Does.Contain("register.XLSX").And.Contain("PlatformRegisterInput").And.Contain("EnterpriseScoring.Excel"));
    }

    [Test]
    public void Create_InconsistentRegister_ListsEveryProblem()
    {
        var ex = Assert.Throws<ArgumentException>(() => PlatformRegister.Create(
        [
            new Platform { Id = "A", Parent = "X" },
            new Platform { Id = "B", MergedInto = "A" },
            new Platform { Id = "C", ClearedLand = -1 },
        ]));

        Assert.That(ex!.Message, Does.Contain("'X'").And.Contain("merge needs the date").And.Contain("cleared_land"));
    }
}
