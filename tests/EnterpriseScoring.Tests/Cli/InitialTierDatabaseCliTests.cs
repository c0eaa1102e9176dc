using EnterpriseScoring.Cli;
using Microsoft.Data.Sqlite;

namespace EnterpriseScoring.Tests.Cli;

/// <summary>
/// <c>escore score --adjustments … --results-db sqlite</c>: the results table gets the nullable <c>initial_tier</c> column
/// (初评) added to an existing table without losing a row, and <c>--format parquet</c> carries it too.
/// </summary>
public class InitialTierDatabaseCliTests : TempFolderTest
{
    private const string Adjusted = "91330402710000013H";

    /// <summary>Releases the pooled SQLite files before the folder is deleted (the base's TearDown runs after this one).</summary>
    [TearDown]
    public void ClearPools() => SqliteConnection.ClearAllPools();

    private (int Code, string Stdout, string Stderr) Score(string db, string output, params string[] more) => CliRunner.Run(
        [
            "score", "-p", TestPaths.Seeds("data", "hand-checkable.profile.json"), "-i", TestPaths.Seeds("data", "hand-checkable.csv"), "--max-rejects", "100%",
            "-o", Path.Combine(Folder, output), "-q", "--results-db", "sqlite", "--results-connection", db, .. more,
        ]);

    [Test]
    public void ATableWithoutTheColumn_GainsIt_RowsKept_AndTheDecidedFirmShowsBothTiers()
    {
        var db = Path.Combine(Folder, "results.db");
        var first = Score(db, "first");
        Assert.That(first.Code, Is.EqualTo(ExitCodes.Success), first.Stderr);
        var before = Query(db, "SELECT COUNT(*) FROM escore_results").Single()[0];
        Assert.That(Columns(db), Does.Not.Contain("initial_tier"));

        var second = Score(db, "second", "--adjustments", TestPaths.Seeds("data", "hand-checkable.adjustments.csv"), "--format", "csv,parquet");

        Assert.That(second.Code, Is.EqualTo(ExitCodes.Success), second.Stderr);
        Assert.Multiple(() =>
        {
            Assert.That(Columns(db), Does.Contain("initial_tier"));
            Assert.That(Query(db, "SELECT COUNT(*) FROM escore_results").Single()[0], Is.EqualTo(before), "no row lost");
            Assert.That(Query(db, $"SELECT tier, initial_tier FROM escore_results WHERE firm_id = '{Adjusted}'").Single(), Is.EqualTo(new object?[] { "A", "B" }));
            var (names, _, rows) = Parquet.DuckDbParquet.Read(Path.Combine(Folder, "second", "results.parquet"));
            Assert.That(names[^1], Is.EqualTo("initial_tier"));
            Assert.That(rows.Single(r => (string?)r[0] == Adjusted)[^1], Is.EqualTo("B"));
        });
    }

    private static List<string> Columns(string db) => [.. Query(db, "SELECT name FROM pragma_table_info('escore_results')").Select(r => (string)r[0]!)];

    private static List<object?[]> Query(string db, string sql)
    {
        using var connection = new SqliteConnection(TestInputs.SqliteConnectionString(db));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}
