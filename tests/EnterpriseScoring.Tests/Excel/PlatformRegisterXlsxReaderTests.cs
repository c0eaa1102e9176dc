using System.Security.Cryptography;
using System.Text;
using EnterpriseScoring.Excel;
using EnterpriseScoring.IO;
using EnterpriseScoring.Platforms;
using EnterpriseScoring.Tests.Cli;

namespace EnterpriseScoring.Tests.Excel;

/// <summary>The platform register read from a workbook (the Excel package) with the CSV reader's rules (the core).</summary>
public class PlatformRegisterXlsxReaderTests : TempFolderTest
{
    private static readonly string[][] Rows =
    [
        ["平台编号", "级别", "规划可开发面积(亩)", "上级平台"],
        ["P1", "国家级", "5000", ""],
        ["P2", "村级", "10", ""],
        ["P3", "省级", "800", "P1"],
        ["P4", "省级", "-3", ""],
        ["P5", "市级", "20", "P9"],
    ];

    [Test]
    public void Read_Xlsx_SameRegisterAndRejectionsAsTheSameCsv()
    {
        var xlsx = WriteXlsx();
        var csv = Path.Combine(Folder, "register.csv");
        File.WriteAllText(csv, string.Join('\n', Rows.Select(r => string.Join(',', r))) + "\n", new UTF8Encoding(false));

        var fromWorkbook = PlatformRegisterXlsxReader.Read(xlsx);
        var fromCsv = PlatformRegisterReader.Read(csv);

        Assert.Multiple(() =>
        {
            Assert.That(fromWorkbook.Register.Platforms, Is.EqualTo(fromCsv.Register.Platforms));
            Assert.That(fromWorkbook.Register.Platforms.Select(p => p.Id), Is.EqualTo(new[] { "P1", "P3" }));
            Assert.That(Issues(fromWorkbook), Is.EqualTo(Issues(fromCsv)), "line, id, column, value, code of every rejection");
            Assert.That(fromWorkbook.Rejections.Select(r => r.Line), Is.EqualTo(new[] { 3, 5, 6 }), "spreadsheet row numbers");
            Assert.That(fromWorkbook.Sha256, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(xlsx)))));
        });
    }

    [Test]
    public void Read_Stream_GivesThePathsResult()
    {
        var path = WriteXlsx();
        using var stream = new MemoryStream(File.ReadAllBytes(path));

        var byStream = PlatformRegisterXlsxReader.Read(stream, "名录");
        var byPath = PlatformRegisterXlsxReader.Read(path);

        Assert.Multiple(() =>
        {
            Assert.That(byStream.Register.Platforms, Is.EqualTo(byPath.Register.Platforms));
            Assert.That(Issues(byStream), Is.EqualTo(Issues(byPath)));
            Assert.That(byStream.Sha256, Is.EqualTo(byPath.Sha256));
            Assert.That(() => PlatformRegisterXlsxReader.Read(path, "2025"), Throws.InstanceOf<FirmDataException>().With.Message.Contains("'名录'"));
        });
    }

    [Test]
    public void PlatformRegisterInput_ReadsEachFormatByItsExtension()
    {
        var xlsx = WriteXlsx();
        var csv = TestPaths.Seeds("data", "platform-example.register.csv");

        Assert.Multiple(() =>
        {
            Assert.That(PlatformRegisterInput.Read(xlsx).Sha256, Is.EqualTo(PlatformRegisterXlsxReader.Read(xlsx).Sha256));
            Assert.That(PlatformRegisterInput.Read(csv).Register.Platforms, Is.EqualTo(PlatformRegisterReader.Read(csv).Register.Platforms));
            Assert.That(() => PlatformRegisterInput.Read("old.xls"), Throws.InstanceOf<FirmDataException>().With.Message.Contains(".xlsx"));
        });
    }

    private static string[] Issues(PlatformRegisterReadResult read) =>
        [.. read.Rejections.Select(r => $"{r.Line} {r.Id} {r.Column} {r.Value} {r.Code}")];

    private string WriteXlsx()
    {
        var path = Path.Combine(Folder, "register.xlsx");
        TestInputs.WriteXlsx(path, ("名录", Rows.Select(r => r.Select(c => (object?)c).ToArray())));
        return path;
    }
}
