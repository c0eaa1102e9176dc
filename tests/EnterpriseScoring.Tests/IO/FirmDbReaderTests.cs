using EnterpriseScoring.IO;
using EnterpriseScoring.Tests.Cli;
using EnterpriseScoring.Validation;
using Microsoft.Data.Sqlite;
using Npgsql;
using static EnterpriseScoring.Tests.IO.CsvTestData;

namespace EnterpriseScoring.Tests.IO;

public class FirmDbReaderTests : TempFolderTest
{
    private static readonly string A = Uscc(1);
    private static readonly string B = Uscc(2);

    private SqliteConnection Sqlite(string[] header, params string[][] rows)
    {
        var path = Path.Combine(Folder, "firms.db");
        TestInputs.CreateSqlite(path, "firms", header, rows);
        return new SqliteConnection(TestInputs.SqliteConnectionString(path));
    }

    [Test]
    public void Read_SqliteSampleCity_SameFirmsAsTheCsv()
    {
        var (header, rows) = TestInputs.SampleCity();
        using var connection = Sqlite(header, rows);

        var csv = FirmCsvReader.Read(TestPaths.Seeds("data", "sample-city.csv"));
        var db = FirmDbReader.Read(connection, "SELECT * FROM firms");

        Assert.Multiple(() =>
        {
            Assert.That(db.RowsRead, Is.EqualTo(csv.RowsRead));
            Assert.That(db.Columns, Is.EqualTo(csv.Columns));
            Assert.That(connection.State, Is.EqualTo(System.Data.ConnectionState.Closed), "a connection it opened is closed again");
        });
        TestInputs.AssertSameFirms(csv.Table, db.Table);
    }

    [Test]
    public void Read_NullsAndRejections_LineIsResultRowPlusOne()
    {
        using var connection = Sqlite(
            ["id", "land_area", "tax"],
            [A, "", "3"],
            [B, "-2", "1"],
            ["", "1", "1"]);

        var result = FirmDbReader.Read(connection, "SELECT id, land_area, tax FROM firms ORDER BY rowid");

        Assert.Multiple(() =>
        {
            Assert.That(result.Table.Ids, Is.EqualTo(new[] { A }));
            Assert.That(result.Table.GetMeasure(KnownMeasures.LandArea)[0], Is.Null, "NULL is missing, not 0");
            Assert.That(result.Table.SourceLines.ToArray(), Is.EqualTo(new[] { 2 }));
            Assert.That(result.Rejections.Select(r => (r.Line, r.Code)), Is.EqualTo(new[]
            {
                (3, RowIssueCode.NegativeValue),
                (4, RowIssueCode.MissingId),
            }));
        });
    }

    [Test]
    public void Read_ChineseColumnAliasesInTheQuery_MapLikeCsvHeaders()
    {
        using var connection = Sqlite(["code", "area", "taxes"], [A, "10", "5"]);

        var result = FirmDbReader.Read(connection, "SELECT code AS 统一社会信用代码, area AS \"用地面积(亩)\", taxes AS 实缴税金 FROM firms");

        Assert.Multiple(() =>
        {
            Assert.That(result.Columns.Select(c => c.Target), Is.EqualTo(new[] { "id", "land_area", "tax" }));
            Assert.That(result.Table.GetMeasure(KnownMeasures.Tax)[0], Is.EqualTo(5));
        });
    }

    [Test]
    public void Read_BadQuery_ThrowsTheProvidersException()
    {
        using var connection = Sqlite(["id"], [A]);

        Assert.That(() => FirmDbReader.Read(connection, "SELECT * FROM no_such_table"), Throws.InstanceOf<System.Data.Common.DbException>());
    }

    [Test]
    public void Read_MissingIdColumn_ThrowsMissingColumnException()
    {
        using var connection = Sqlite(["name", "tax"], ["x", "1"]);

        Assert.That(() => FirmDbReader.Read(connection, "SELECT * FROM firms"), Throws.InstanceOf<MissingColumnException>());
    }

    [Test]
    public void Read_PostgresSampleCity_SameFirmsAsTheCsv()
    {
        var connectionString = TestInputs.PostgresConnectionString();
        var (header, rows) = TestInputs.SampleCity();
        var table = TestInputs.UniqueTable("firms");
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        try
        {
            TestInputs.CreateTable(connection, table, header, rows, postgres: true);

            var csv = FirmCsvReader.Read(TestPaths.Seeds("data", "sample-city.csv"));
            var db = FirmDbReader.Read(connection, $"SELECT * FROM \"{table}\" ORDER BY id");

            Assert.That(db.RowsRead, Is.EqualTo(csv.RowsRead));
            Assert.That(connection.State, Is.EqualTo(System.Data.ConnectionState.Open), "a connection it was given open stays open");
            var expected = csv.Table.Ids.Order(StringComparer.Ordinal).ToArray();
            Assert.That(db.Table.Ids, Is.EqualTo(expected));
            var tax = csv.Table.GetMeasure(KnownMeasures.Tax);
            var byId = csv.Table.Ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => tax[p.i]);
            Assert.That(db.Table.Ids.Select((id, i) => db.Table.GetMeasure(KnownMeasures.Tax)[i]), Is.EqualTo(db.Table.Ids.Select(id => byId[id])));
        }
        finally
        {
            using var drop = connection.CreateCommand();
            drop.CommandText = $"DROP TABLE IF EXISTS \"{table}\"";
            drop.ExecuteNonQuery();
        }
    }

    [Test]
    public void Read_TextOverTheFieldLimit_RejectsItsRow()
    {
        using var connection = Sqlite(["id", "name", "tax"], [A, new string('名', 40_000), "1"], [B, "乙", "2"]);
        var result = FirmDbReader.Read(connection, "SELECT * FROM firms");
        var wide = Assert.Throws<FirmDataException>(() => FirmDbReader.Read(connection, "SELECT id, name, tax FROM firms", new FirmCsvReaderOptions { MaxColumns = 2 }));
        Assert.Multiple(() =>
        {
            Assert.That((result.RowsRead, result.Table.Count, result.Table.Ids[0]), Is.EqualTo((2, 1, B)));
            var issue = result.Rejections.Single();
            Assert.That((issue.Line, issue.Id, issue.Column, issue.Code), Is.EqualTo((2, A, "name", RowIssueCode.FieldTooLong)));
            Assert.That(wide!.Message, Does.StartWith("The query result has 3 columns, more than the limit of 2"));
        });
    }
}
