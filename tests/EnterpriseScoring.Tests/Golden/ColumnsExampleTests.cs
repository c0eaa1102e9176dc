using EnterpriseScoring.Excel;
using EnterpriseScoring.IO;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Tests.Cli;
using Microsoft.Data.Sqlite;

namespace EnterpriseScoring.Tests.Golden;

/// <summary>seeds/data/columns.csv under seeds/data/columns.profile.json (seeds/README.md "Header aliases"): rd_expense in 元 → rd_spending.</summary>
public class ColumnsExampleTests
{
    private static EvaluationProfile Profile() => ProfileLoader.Load(TestPaths.Seeds("data", "columns.profile.json"));

    private static FirmReadResult Read() => FirmCsvReader.Read(TestPaths.Seeds("data", "columns.csv"), FirmCsvReaderOptions.Default.ForProfile(Profile()));

    [TestCase("913304007200000173", 300, 0.03, 100, Tier.B)] // 3,000,000 元 / 10000 万元
    [TestCase("91330400720000025X", 900, 0.045, 150, Tier.A)] // 9,000,000 元 / 20000 万元
    [TestCase("91330400720000033Q", 75, 0.015, 50, Tier.C)] // 750,000 元 / 5000 万元
    [TestCase("91330400720000041K", null, null, 0, Tier.D)] // blank: missing, score 0
    public void Firm_HasTheHandComputedResult(string id, double? rd, double? value, double total, Tier tier)
    {
        var read = Read();
        var result = new Evaluator(Profile()).Evaluate(read.Table).Find(id)!;

        Assert.Multiple(() =>
        {
            Assert.That(read.Rejections, Is.Empty);
            Assert.That(read.Table.GetMeasure(KnownMeasures.RdSpending)[read.Table.Ids.ToList().IndexOf(id)], rd is null ? Is.Null : Is.EqualTo(rd.Value).Within(1e-9));
            Assert.That(result.Indicators[0].Value, value is null ? Is.Null : Is.EqualTo(value.Value).Within(1e-12));
            Assert.That(result.Total, Is.EqualTo(total).Within(1e-9));
            Assert.That(result.Tier, Is.EqualTo(tier));
        });
    }

    private static double?[] Rd(FirmReadResult read)
    {
        var column = read.Table.GetMeasure(KnownMeasures.RdSpending);
        return [.. Enumerable.Range(0, read.Table.Count).Select(i => column[i])];
    }

    [Test]
    public void XlsxAndDatabase_ReadTheAliasedColumnLikeTheCsv()
    {
        var lines = File.ReadAllLines(TestPaths.Seeds("data", "columns.csv"));
        var header = lines[0].Split(',');
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToArray();
        var directory = Directory.CreateTempSubdirectory("escore-columns-").FullName;
        try
        {
            var xlsxPath = Path.Combine(directory, "columns.xlsx");
            TestInputs.WriteXlsx(xlsxPath, ("Sheet1", [header, .. rows]));
            var dbPath = Path.Combine(directory, "columns.db");
            TestInputs.CreateSqlite(dbPath, "firms", header, rows);
            var options = FirmCsvReaderOptions.Default.ForProfile(Profile());

            var csv = Read();
            var xlsx = FirmXlsxReader.Read(xlsxPath, options: options);
            using var connection = new SqliteConnection(TestInputs.SqliteConnectionString(dbPath));
            var db = FirmDbReader.Read(connection, "SELECT * FROM firms ORDER BY rowid", options);

            Assert.Multiple(() =>
            {
                Assert.That(xlsx.Columns, Is.EqualTo(csv.Columns));
                Assert.That(db.Columns, Is.EqualTo(csv.Columns));
                Assert.That(Rd(xlsx), Is.EqualTo(Rd(csv)));
                Assert.That(Rd(db), Is.EqualTo(Rd(csv)));
                Assert.That(Rd(csv), Is.EqualTo(new double?[] { 300, 900, 75, null }));
            });
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
