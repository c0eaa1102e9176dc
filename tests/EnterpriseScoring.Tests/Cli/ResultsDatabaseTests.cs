using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using EnterpriseScoring.Cli;
using EnterpriseScoring.Cli.Output;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace EnterpriseScoring.Tests.Cli;

/// <summary>
/// <c>escore score --results-db</c> on SQLite and on the PostgreSQL server of <c>ESCORE_TEST_PG</c>: rows keyed by
/// (scope, year, firm id), a rerun replaces its own scope and year only, typed columns usable without quotes, a runs
/// table, and the database changes together with <c>--out</c> or not at all.
/// </summary>
public class ResultsDatabaseTests
{
    private const string Profile = "zhejiang-six-indicators";

    private string directory = string.Empty;

    [SetUp]
    public void CreateDirectory()
    {
        directory = Path.Combine(Path.GetTempPath(), "escore-resultsdb-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
    }

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(directory, recursive: true);

    [TestCase("sqlite")]
    [TestCase("postgres")]
    public void TwoCountiesIntoOneTable_EachScopeKeepsItsRows_AndARerunReplacesOnlyItsOwn(string provider)
    {
        using var db = TestDatabase.Create(provider, directory);
        var expected = db.FirmsPerRegion();

        var nanhu = Score(db, "南湖区", ["--results-scope", "南湖区"]);
        var xiuzhou = Score(db, "秀洲区", ["--results-scope", "秀洲区"]);
        var again = Score(db, "南湖区", ["--results-scope", "南湖区"]);

        Assert.That(new[] { nanhu.Code, xiuzhou.Code, again.Code }, Is.All.EqualTo(ExitCodes.Success), nanhu.Stderr + xiuzhou.Stderr + again.Stderr);
        using var connection = db.Open();
        var perScope = Rows(connection, $"SELECT scope, COUNT(*), COUNT(DISTINCT run_id), MIN(run_id) FROM {db.Table} GROUP BY scope ORDER BY scope")
            .ToDictionary(r => (string)r[0]!, r => (Convert.ToInt64(r[1], CultureInfo.InvariantCulture), Convert.ToInt64(r[2], CultureInfo.InvariantCulture), (string)r[3]!));
        Assert.Multiple(() =>
        {
            Assert.That(perScope.Keys, Is.EquivalentTo(new[] { "南湖区", "秀洲区" }));
            Assert.That(perScope["南湖区"], Is.EqualTo((expected["南湖区"], 1L, RunId(again.Out))), "the rerun replaced its own rows");
            Assert.That(perScope["秀洲区"], Is.EqualTo((expected["秀洲区"], 1L, RunId(xiuzhou.Out))), "the other county's rows are untouched");
            Assert.That(Scalar(connection, $"SELECT COUNT(*) FROM {db.Table}_runs"), Is.EqualTo(3), "every run is recorded");
        });
    }

    [TestCase("sqlite")]
    [TestCase("postgres")]
    public void TwoCountiesWithTheDefaultScope_TheSecondIsRefused_AndNothingChanges(string provider)
    {
        using var db = TestDatabase.Create(provider, directory);
        var expected = db.FirmsPerRegion();

        var first = Score(db, "南湖区");
        var second = Score(db, "秀洲区");

        using var connection = db.Open();
        Assert.Multiple(() =>
        {
            Assert.That(first.Code, Is.EqualTo(ExitCodes.Success), first.Stderr);
            Assert.That(second.Code, Is.EqualTo(ExitCodes.InputOrUsageError), second.Stderr);
            Assert.That(CliRunner.Lines(second.Stderr), Has.Count.EqualTo(1));
            Assert.That(second.Stderr, Does.Contain("scope 'zhejiang-six-indicators/浙江省' already holds").And.Contain("南湖区").And.Contain("--results-scope"));
            Assert.That(Directory.Exists(second.Out), Is.False, "--out is not published either");
            Assert.That(Scalar(connection, $"SELECT COUNT(*) FROM {db.Table} WHERE region = '南湖区'"), Is.EqualTo(expected["南湖区"]));
            Assert.That(Scalar(connection, $"SELECT COUNT(*) FROM {db.Table}"), Is.EqualTo(expected["南湖区"]));
            Assert.That(Scalar(connection, $"SELECT COUNT(*) FROM {db.Table}_runs"), Is.EqualTo(1));
        });
    }

    [TestCase("sqlite")]
    [TestCase("postgres")]
    public void Columns_AreTypedKeyedIndexed_UsableWithoutQuotes_AndHoldResultsCsv(string provider)
    {
        using var db = TestDatabase.Create(provider, directory, breakIdOfRow: 10);

        var run = Score(db, region: null);
        using var runJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(run.Out, "run.json")));
        var rated = runJson.RootElement.GetProperty("counts").GetProperty("rated").GetInt32();

        Assert.That(run.Code, Is.EqualTo(ExitCodes.Success), run.Stderr);
        using var connection = db.Open();
        var mapping = Rows(connection, $"SELECT column_name, results_csv_column, column_type FROM {db.Table}_columns")
            .ToDictionary(r => (string)r[1]!, r => ((string)r[0]!, (string)r[2]!));
        var json = runJson;
        var records = ReadCsv(Path.Combine(run.Out, "results.csv"));
        var header = records[0];
        var firms = records.Skip(1).Where(r => r[Array.IndexOf(header, "status_reason")].StartsWith("input line", StringComparison.Ordinal) is false).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(mapping.Keys, Is.EquivalentTo(header), "every results.csv column has its SQL column");
            Assert.That(mapping.Values.Select(v => v.Item1), Has.All.Match("^[a-z][a-z0-9_]*$"));
            Assert.That(mapping["id"], Is.EqualTo(("firm_id", "text")));
            Assert.That(mapping["tax_per_mu.value"], Is.EqualTo(("tax_per_mu_value", "real")));
            Assert.That(mapping["rank"], Is.EqualTo(("rank", "integer")));
            Assert.That(mapping["year"], Is.EqualTo(("year", "integer")));
            Assert.That(
                () => Rows(connection, $"SELECT scope, run_id, {string.Join(", ", mapping.Values.Select(v => v.Item1))} FROM {db.Table}"),
                Throws.Nothing,
                "every column name works unquoted");
            Assert.That(db.ColumnTypes(connection, db.Table), Does.Contain(("year", "integer")).And.Contain(("rank", "integer")).And.Contain(("pool_size", "integer"))
                .And.Contain(("score", db.Real)).And.Contain(("tax_per_mu_value", db.Real)).And.Contain(("tier", "text")).And.Contain(("firm_id", "text")));
            Assert.That(db.Indexes(connection, db.Table), Does.Contain(db.Table + "_by_run").And.Contain(db.Table + "_by_firm"));
            Assert.That(
                () => Rows(connection, $"INSERT INTO {db.Table} (scope, year, firm_id, run_id, status) SELECT scope, year, firm_id, run_id, status FROM {db.Table} WHERE rank = 1"),
                Throws.InstanceOf<DbException>(),
                "(scope, year, firm_id) is the primary key");
            Assert.That(Scalar(connection, $"SELECT COUNT(*) FROM {db.Table}"), Is.EqualTo(1999), "the firms; the rejected row is in the rejects table");
            Assert.That(
                Scalar(connection, $"SELECT COUNT(*) FROM {db.Table} t JOIN {db.Table}_runs r ON r.run_id = t.run_id WHERE r.rows_read = 2000 AND r.rejected = 1 AND r.rated = {rated} AND r.exit_code = 0 AND r.max_rejects = '1%'"),
                Is.EqualTo(1999),
                "joined to its run by run_id");
        });

        var run0 = Rows(connection, $"SELECT run_id, scope, year, profile_name, profile_sha256, input_sha256, input_kind, tool_version FROM {db.Table}_runs").Single();
        var root = json.RootElement;
        Assert.That(
            run0,
            Is.EqualTo(new object?[]
            {
                root.GetProperty("runId").GetString(), "zhejiang-six-indicators/浙江省", 2025L, Profile, root.GetProperty("profile").GetProperty("sha256").GetString(),
                root.GetProperty("input").GetProperty("sha256").GetString(), provider, root.GetProperty("version").GetString(),
            }));

        var stored = Rows(connection, $"SELECT firm_id, year, score, rank, pool_size, tier, tax_per_mu_value, tier_reason FROM {db.Table}")
            .ToDictionary(r => (string)r[0]!);
        Assert.That(stored, Has.Count.EqualTo(firms.Count));
        foreach (var firm in firms)
        {
            var row = stored[firm[0]];
            string Cell(string column) => firm[Array.IndexOf(header, column)];
            Assert.That(
                new[] { row[1], row[2], row[3], row[4], row[5], row[6], row[7] },
                Is.EqualTo(new[] { 2025L, Real(Cell("score")), Integer(Cell("rank")), Integer(Cell("pool_size")), Text(Cell("tier")), Real(Cell("tax_per_mu.value")), Text(Cell("tier_reason")) }),
                firm[0]);
        }

        var rejects = Rows(connection, $"SELECT seq, line, firm_id, input_column, reason FROM {db.Table}_rejects");
        Assert.That(rejects, Has.Count.EqualTo(1));
        Assert.That(rejects[0][..3], Is.EqualTo(new object?[] { 1L, 11L, db.BrokenId }));
        Assert.That(rejects[0][4], Is.Not.Null.And.Not.Empty);
    }

    [Test]
    public void TableOfEscore01_IsRefusedNeverChanged()
    {
        var db = Path.Combine(directory, "results.db");
        using (var connection = new SqliteConnection(TestInputs.SqliteConnectionString(db)))
        {
            connection.Open();
            using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE escore_results (run_id TEXT NOT NULL, \"id\" TEXT, \"year\" REAL, \"tier\" TEXT); INSERT INTO escore_results VALUES ('r1', 'X', 2024, 'A'), ('r1', 'Y', 2025, 'B')";
            create.ExecuteNonQuery();
        }

        var output = Path.Combine(directory, "out");
        var (code, _, stderr) = CliRunner.Run("score", "-p", Profile, "-i", TestPaths.Seeds("data", "sample-city.csv"), "-o", output, "-q", "--results-db", "sqlite", "--results-connection", db);

        using var check = new SqliteConnection(TestInputs.SqliteConnectionString(db));
        check.Open();
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError), stderr);
            Assert.That(stderr, Does.Contain("table escore_results (2 rows) is not of this escore's layout").And.Contain("ALTER TABLE escore_results RENAME TO"));
            Assert.That(Rows(check, "SELECT run_id, id, year, tier FROM escore_results ORDER BY id"), Is.EqualTo(new[] { new object?[] { "r1", "X", 2024.0, "A" }, new object?[] { "r1", "Y", 2025.0, "B" } }));
            Assert.That(Rows(check, "SELECT name FROM sqlite_master WHERE type = 'table'").Select(r => r[0]), Is.EqualTo(new[] { "escore_results" }));
            Assert.That(Directory.Exists(output), Is.False);
        });
    }

    [Test]
    public void AnotherProfile_AddsItsIndicatorColumns_AndLeavesTheFirstScopesRows()
    {
        var db = Path.Combine(directory, "results.db");
        var sample = TestPaths.Seeds("data", "sample-city.csv");
        var first = CliRunner.Run("score", "-p", Profile, "-i", sample, "-o", Path.Combine(directory, "a"), "-q", "--results-db", "sqlite", "--results-connection", db);
        var second = CliRunner.Run("score", "-p", "huaian-2024", "-i", sample, "-o", Path.Combine(directory, "b"), "-q", "--results-db", "sqlite", "--results-connection", db, "--year", "2025");

        using var check = new SqliteConnection(TestInputs.SqliteConnectionString(db));
        check.Open();
        Assert.Multiple(() =>
        {
            Assert.That(new[] { first.Code, second.Code }, Is.All.EqualTo(ExitCodes.Success), first.Stderr + second.Stderr);
            Assert.That(
                Rows(check, "SELECT scope, COUNT(*), COUNT(revenue_per_mu_value), COUNT(labor_productivity_value) FROM escore_results GROUP BY scope ORDER BY scope"),
                Is.EqualTo(new[]
                {
                    new object?[] { "huaian-2024/江苏省淮安市", 2000L, Scalar(check, "SELECT COUNT(*) FROM escore_results WHERE scope LIKE 'huaian%' AND revenue_per_mu_value IS NOT NULL"), 0L },
                    new object?[] { "zhejiang-six-indicators/浙江省", 2000L, 0L, Scalar(check, "SELECT COUNT(*) FROM escore_results WHERE scope LIKE 'zhejiang%' AND labor_productivity_value IS NOT NULL") },
                }));
            Assert.That(Scalar(check, "SELECT COUNT(*) FROM escore_results WHERE revenue_per_mu_value IS NOT NULL"), Is.GreaterThan(1000));
        });
    }

    /// <summary>
    /// The run is held just before it writes the database (a lock another connection holds) while a file is put into
    /// <c>--out</c>, so the final check refuses <c>--out</c>: escore 0.1 had already committed its rows by then.
    /// </summary>
    [Test]
    public void OutRefusedAtTheLastCheck_LeavesTheDatabaseUnchanged()
    {
        var db = Path.Combine(directory, "results.db");
        var output = Path.Combine(directory, "out");
        string[] args =
        [
            "score", "-p", Profile, "-i", TestPaths.Seeds("data", "sample-city.csv"), "-o", output, "-q", "--results-db", "sqlite",
            "--results-connection", $"Data Source={db};Default Timeout=600", // waits for the lock as long as the test needs
        ];
        var first = CliRunner.RunProcess(args);
        Assert.That(first.Code, Is.EqualTo(ExitCodes.Success), first.Stderr);
        var before = Snapshot(db);

        Process process;
        using (var holder = new SqliteConnection(TestInputs.SqliteConnectionString(db)))
        {
            holder.Open();
            using var hold = holder.BeginTransaction(deferred: false); // BEGIN IMMEDIATE: the run waits for it to write
            process = CliRunner.StartProcess(args);
            var deadline = Stopwatch.StartNew();
            while (!process.HasExited && deadline.Elapsed < TimeSpan.FromSeconds(120)
                && !Directory.EnumerateDirectories(directory, ".out.tmp-*").Any(d => File.Exists(Path.Combine(d, "run.json"))))
            {
                Thread.Sleep(20);
            }

            Assert.That(process.HasExited, Is.False, "the run waits for the database");
            File.WriteAllText(Path.Combine(output, "notes.txt"), "mine");
            hold.Rollback();
        }

        using (process)
        {
            Assert.That(process.WaitForExit(TimeSpan.FromSeconds(120)), Is.True);
            Assert.Multiple(() =>
            {
                Assert.That(process.ExitCode, Is.EqualTo(ExitCodes.InputOrUsageError));
                Assert.That(Snapshot(db), Is.EqualTo(before), "the database changes only with --out");
                Assert.That(RunId(output), Is.EqualTo(before.Runs.Single()), "--out still holds the first run");
            });
        }
    }

    /// <summary>A reader holds the SQLite file, so the commit after <c>--out</c> is published times out: <c>--out</c> is put back.</summary>
    [Test]
    public void CommitFails_OutIsPutBack_AndTheDatabaseIsUnchanged()
    {
        var db = Path.Combine(directory, "results.db");
        var output = Path.Combine(directory, "out");
        string[] args =
        [
            "score", "-p", TestPaths.Seeds("data", "hand-checkable.profile.json"), "-i", TestPaths.Seeds("data", "hand-checkable.csv"), "--max-rejects", "10%", "-o", output, "-q", "--results-db", "sqlite",
            "--results-connection", $"Data Source={db};Default Timeout=1",
        ];
        var first = CliRunner.RunProcess(args);
        Assert.That(first.Code, Is.EqualTo(ExitCodes.Success), first.Stderr);
        var before = Snapshot(db);
        var files = Directory.GetFiles(output).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);

        (int Code, string Stdout, string Stderr) second;
        using (var reader = new SqliteConnection(TestInputs.SqliteConnectionString(db)))
        {
            reader.Open();
            using var read = reader.BeginTransaction(deferred: true);
            Assert.That(Scalar(reader, "SELECT COUNT(*) FROM escore_results", read), Is.GreaterThan(0)); // holds a shared lock (small tables: nothing spills before the commit)
            second = CliRunner.RunProcess(args);
        }

        Assert.Multiple(() =>
        {
            Assert.That(second.Code, Is.EqualTo(ExitCodes.InputOrUsageError), second.Stderr);
            Assert.That(second.Stderr, Does.Contain("database error").And.Contain("locked"));
            Assert.That(Directory.GetFiles(output).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes), Is.EqualTo(files), "--out has its previous content");
            Assert.That(Directory.GetDirectories(directory), Is.EqualTo(new[] { output }), "no temporary directory left");
            Assert.That(Snapshot(db), Is.EqualTo(before));
        });
    }

    /// <summary>On PostgreSQL a deferred constraint trigger makes the commit itself fail, after <c>--out</c> is published.</summary>
    [Test]
    public void Postgres_CommitFails_OutIsPutBack_AndTheDatabaseIsUnchanged()
    {
        using var db = TestDatabase.Create("postgres", directory);
        var first = Score(db, region: null, output: "out");
        Assert.That(first.Code, Is.EqualTo(ExitCodes.Success), first.Stderr);
        using var connection = db.Open();
        Rows(connection, $"CREATE FUNCTION {db.Table}_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused at commit'; END $$");
        Rows(connection, $"CREATE CONSTRAINT TRIGGER {db.Table}_refuse AFTER INSERT ON {db.Table}_runs DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION {db.Table}_refuse()");
        var count = Scalar(connection, $"SELECT COUNT(*) FROM {db.Table}_runs");
        var files = Directory.GetFiles(first.Out).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);

        var second = Score(db, region: null, output: "out");

        Assert.Multiple(() =>
        {
            Assert.That(second.Code, Is.EqualTo(ExitCodes.InputOrUsageError), second.Stderr);
            Assert.That(second.Stderr, Does.Contain("refused at commit"));
            Assert.That(Directory.GetFiles(first.Out).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes), Is.EqualTo(files), "--out has its previous content");
            Assert.That(Scalar(connection, $"SELECT COUNT(*) FROM {db.Table}_runs"), Is.EqualTo(count));
            Assert.That(Rows(connection, $"SELECT DISTINCT run_id FROM {db.Table}").Select(r => r[0]), Is.EqualTo(new[] { RunId(first.Out) }));
        });
    }

    [TestCase("id", "firm_id")]
    [TestCase("tax_per_mu.value", "tax_per_mu_value")]
    [TestCase("tax_per_mu.denominator", "tax_per_mu_denominator")]
    [TestCase("rank", "rank")]
    [TestCase("status_reason", "status_reason")]
    public void SqlName_OfAPlainColumn(string csv, string sql) => Assert.That(ResultsTableLayout.SqlName(csv), Is.EqualTo(sql));

    [Test]
    public void SqlName_OfAnyIndicatorId_IsAPlainUniqueNameOfAtMost63Bytes()
    {
        string[] ids = ["亩均税收", "亩均税收2", "Tax-Per.Mu", "tax_per_mu_", "TAX_PER_MU", "9lives", new string('x', 80), new string('x', 81), "a b"];
        var names = ids.SelectMany(id => ResultsCsvFormatSuffixes.Select(s => ResultsTableLayout.SqlName(id + s))).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(names, Has.All.Match("^[a-z][a-z0-9_]*$").And.All.Length.LessThanOrEqualTo(63));
            Assert.That(names, Is.Unique);
            Assert.That(ResultsTableLayout.SqlName("亩均税收.value"), Does.Match("^c_[0-9a-f]{8}_value$"));
            Assert.That(ResultsTableLayout.SqlName("Tax-Per.Mu.score"), Does.Match("^tax_per_mu_[0-9a-f]{8}_score$"));
        });
    }

    [TestCase("score", "Real")]
    [TestCase("tax_per_mu.numerator", "Real")]
    [TestCase("year", "Integer")]
    [TestCase("rank", "Integer")]
    [TestCase("pool_size", "Integer")]
    [TestCase("status_reason", "Text")]
    [TestCase("shared_parcel", "Text")]
    [TestCase("consequences", "Text")]
    [TestCase("id", "Text")]
    [TestCase(".value", "Text")]
    public void SqlType_FollowsTheColumnNotTheDay(string column, string type) =>
        Assert.That(ResultsTableLayout.TypeOf(column).ToString(), Is.EqualTo(type));

    [TestCase("escore-results")]
    [TestCase("1results")]
    [TestCase("results; DROP TABLE x")]
    [TestCase("a_name_that_is_far_too_long_for_the_derived_table_names")]
    public void ResultsTable_NotAPlainShortName_Exit3(string table)
    {
        var (code, _, stderr) = CliRunner.Run(
            "score", "-p", Profile, "-i", TestPaths.Seeds("data", "hand-checkable.csv"), "-o", Path.Combine(directory, "out"), "-q",
            "--results-db", "sqlite", "--results-connection", Path.Combine(directory, "r.db"), "--results-table", table);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError), stderr);
            Assert.That(stderr, Does.Contain("--results-table"));
            Assert.That(File.Exists(Path.Combine(directory, "r.db")), Is.False);
        });
    }

    private static readonly string[] ResultsCsvFormatSuffixes = [.. EnterpriseScoring.IO.ResultsCsvFormat.IndicatorSuffixes];

    private static object? Real(string cell) => cell.Length == 0 ? null : double.Parse(cell, CultureInfo.InvariantCulture);

    private static object? Integer(string cell) => cell.Length == 0 ? null : long.Parse(cell, CultureInfo.InvariantCulture);

    private static object? Text(string cell) => cell.Length == 0 ? null : cell;

    private static string RunId(string output)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "run.json")));
        return json.RootElement.GetProperty("runId").GetString()!;
    }

    private static List<string[]> ReadCsv(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return [.. CsvRecords.Read(reader)];
    }

    /// <summary>What a test compares of a SQLite results database: every table's row count and the runs.</summary>
    private static (string Tables, string[] Runs) Snapshot(string db)
    {
        using var connection = new SqliteConnection(TestInputs.SqliteConnectionString(db));
        connection.Open();
        var tables = Rows(connection, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").Select(r => (string)r[0]!).ToList();
        var counts = string.Join(", ", tables.Select(t => $"{t}: {Scalar(connection, $"SELECT COUNT(*) FROM {t}")}"));
        var runs = Rows(connection, "SELECT DISTINCT run_id FROM escore_results ORDER BY run_id").Select(r => (string)r[0]!).ToArray();
        var recorded = tables.Contains("escore_results_runs")
            ? string.Join(",", Rows(connection, "SELECT run_id FROM escore_results_runs ORDER BY run_id").Select(r => r[0]))
            : "(no runs table)";
        return (counts + " / " + recorded, runs);
    }

    private (int Code, string Stderr, string Out) Score(TestDatabase db, string? region, string[]? extra = null, string? output = null)
    {
        var outDir = Path.Combine(directory, output ?? "out-" + Guid.NewGuid().ToString("N")[..8]);
        var query = $"SELECT * FROM {db.Firms}" + (region is null ? string.Empty : $" WHERE region = '{region}'");
        var (code, _, stderr) = CliRunner.Run(
            [
                "score", "-p", Profile, "--db-provider", db.Provider, "--connection", db.ConnectionArgument, "--query", query, "-o", outDir, "-q",
                "--results-db", db.Provider, "--results-table", db.Table, .. extra ?? [],
            ]);
        return (code, stderr, outDir);
    }

    private static List<object?[]> Rows(DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i) switch
                {
                    int n => (long)n,
                    var v => v,
                };
            }

            rows.Add(row);
        }

        return rows;
    }

    private static long Scalar(DbConnection connection, string sql, DbTransaction? transaction = null) =>
        Convert.ToInt64(Rows(connection, sql, transaction).Single()[0], CultureInfo.InvariantCulture);

    /// <summary>A results database for one test, with the sample city as table <see cref="Firms"/>: a SQLite file or PostgreSQL tables dropped afterwards.</summary>
    private sealed class TestDatabase : IDisposable
    {
        private const string Variable = "ESCORE_TEST_PG_RESULTSDB";

        private TestDatabase(string provider, string connectionString, string connectionArgument, string table, string firms, string[] header, string[][] rows, string? brokenId)
        {
            Provider = provider;
            ConnectionString = connectionString;
            ConnectionArgument = connectionArgument;
            Table = table;
            Firms = firms;
            Header = header;
            CityRows = rows;
            BrokenId = brokenId;
        }

        public string Provider { get; }

        public string ConnectionString { get; }

        /// <summary>What escore is given as <c>--connection</c> (a path, or <c>env:…</c> for PostgreSQL).</summary>
        public string ConnectionArgument { get; }

        public string Table { get; }

        public string Firms { get; }

        public string[] Header { get; }

        public string[][] CityRows { get; }

        public string? BrokenId { get; }

        public string Real => Provider == "postgres" ? "double precision" : "real";

        public static TestDatabase Create(string provider, string directory, int? breakIdOfRow = null)
        {
            var (header, rows) = TestInputs.SampleCity();
            string? broken = null;
            if (breakIdOfRow is { } row)
            {
                broken = "BAD" + rows[row - 1][0][3..];
                rows[row - 1][0] = broken;
            }

            if (provider == "postgres")
            {
                var connectionString = TestInputs.PostgresConnectionString();
                Environment.SetEnvironmentVariable(Variable, connectionString);
                var db = new TestDatabase(provider, connectionString, "env:" + Variable, TestInputs.UniqueTable("results"), TestInputs.UniqueTable("firms"), header, rows, broken);
                using var connection = db.Open();
                TestInputs.CreateTable(connection, db.Firms, header, rows, postgres: true);
                return db;
            }

            var path = Path.Combine(directory, "city.db");
            TestInputs.CreateSqlite(path, "firms", header, rows);
            return new TestDatabase(provider, TestInputs.SqliteConnectionString(path), path, "escore_results", "firms", header, rows, broken);
        }

        public DbConnection Open()
        {
            DbConnection connection = Provider == "postgres" ? new NpgsqlConnection(ConnectionString) : new SqliteConnection(ConnectionString);
            connection.Open();
            return connection;
        }

        public Dictionary<string, long> FirmsPerRegion()
        {
            var region = Array.IndexOf(Header, "region");
            return CityRows.GroupBy(r => r[region]).ToDictionary(g => g.Key, g => (long)g.Count());
        }

        /// <summary>(column, type) of a table, types lower-case: SQLite's declared type, PostgreSQL's data_type.</summary>
        public List<(string, string)> ColumnTypes(DbConnection connection, string table) =>
            [.. Rows(connection, Provider == "postgres"
                ? $"SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '{table}'"
                : $"SELECT name, type FROM pragma_table_info('{table}')")
                .Select(r => ((string)r[0]!, ((string)r[1]!).ToLowerInvariant()))];

        public List<string> Indexes(DbConnection connection, string table) =>
            [.. Rows(connection, Provider == "postgres"
                ? $"SELECT indexname FROM pg_indexes WHERE tablename = '{table}'"
                : $"SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = '{table}'")
                .Select(r => (string)r[0]!)];

        public void Dispose()
        {
            if (Provider != "postgres")
            {
                return;
            }

            using var connection = Open();
            using var drop = connection.CreateCommand();
            drop.CommandText = $"DROP TABLE IF EXISTS \"{Firms}\", {Table}, {Table}_runs, {Table}_rejects, {Table}_columns; DROP FUNCTION IF EXISTS {Table}_refuse() CASCADE";
            drop.ExecuteNonQuery();
        }
    }
}
