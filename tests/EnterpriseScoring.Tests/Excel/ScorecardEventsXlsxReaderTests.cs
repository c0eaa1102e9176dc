using System.Text;
using EnterpriseScoring.Excel;
using EnterpriseScoring.Scorecards;
using EnterpriseScoring.Tests.Cli;
using EnterpriseScoring.Tests.Scorecards;

namespace EnterpriseScoring.Tests.Excel;

/// <summary>The events file read from a workbook (the Excel package) with the CSV reader's rules (the core).</summary>
public class ScorecardEventsXlsxReaderTests : TempFolderTest
{
    private static readonly string[][] Rows =
    [
        ["平台", "日期", "事件类别", "次数", "说明"],
        ["P1", "2025-03-12", "重大安全生产事故", "1", "ok"],
        ["P1", "2025-02-30", "重大安全生产事故", "1", "bad date"],
        ["P4", "2025-05-20", "环保督察", "3", "unknown class"],
        ["塘汇工业区", "2025-06-30", "违法用地", "", ""],
    ];

    [Test]
    public void Read_Xlsx_SameEventsAndRejectionsAsTheSameCsv()
    {
        var xlsx = Path.Combine(Folder, "events.xlsx");
        TestInputs.WriteXlsx(xlsx, ("事件", Rows.Select(r => r.Select(c => (object?)c).ToArray())));
        var csv = Path.Combine(Folder, "events.csv");
        File.WriteAllText(csv, string.Join('\n', Rows.Select(r => string.Join(',', r))) + "\n", new UTF8Encoding(false));

        var profile = ScorecardExample.Profile;
        var fromWorkbook = ScorecardEventsXlsxReader.Read(xlsx, profile);
        var fromCsv = ScorecardEventsReader.Read(csv, profile);
        using var stream = new MemoryStream(File.ReadAllBytes(xlsx));

        Assert.Multiple(() =>
        {
            Assert.That(fromWorkbook.Events, Is.EqualTo(fromCsv.Events));
            Assert.That(fromWorkbook.Events.Select(e => e.Class), Is.EqualTo(new[] { "major_accident", "illegal_land" }));
            Assert.That(Issues(fromWorkbook), Is.EqualTo(Issues(fromCsv)));
            Assert.That(fromWorkbook.Rejections.Select(r => r.Line), Is.EqualTo(new[] { 3, 4 }), "spreadsheet row numbers");
            Assert.That(ScorecardEventsInput.Read(xlsx, profile).Sha256, Is.EqualTo(fromWorkbook.Sha256));
            Assert.That(ScorecardEventsInput.Read(csv, profile).Sha256, Is.EqualTo(fromCsv.Sha256));
            Assert.That(ScorecardEventsXlsxReader.Read(stream, profile, "事件").Sha256, Is.EqualTo(fromWorkbook.Sha256));
        });
    }

    private static string[] Issues(ScorecardEventsReadResult read) =>
        [.. read.Rejections.Select(r => $"{r.Line} {r.Id} {r.Column} {r.Value} {r.Code} {r.Reason}")];
}
