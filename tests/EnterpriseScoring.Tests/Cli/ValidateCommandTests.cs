using System.Text;
using System.Text.Json;
using EnterpriseScoring.Cli;
using Npgsql;
using static EnterpriseScoring.Tests.IO.CsvTestData;

namespace EnterpriseScoring.Tests.Cli;

/// <summary><c>escore validate</c>, mostly as a real process on real files.</summary>
public class ValidateCommandTests : TempFolderTest
{
    private static readonly string A = Uscc(1);
    private static readonly string B = Uscc(2);
    private static readonly string C = Uscc(3);

    private string File(string name, string text, Encoding? encoding = null)
    {
        var path = Path.Combine(Folder, name);
        System.IO.File.WriteAllText(path, text, encoding ?? new UTF8Encoding(false));
        return path;
    }

    private string WithRejects() => File("rejects-in.csv", $"id,land_area,tax\n{A},10,5\n{B},-1,5\n{C},x,5\n");

    [Test]
    public void Process_SampleCity_ExitsZeroWithSummary()
    {
        var (code, stdout, stderr) = CliRunner.RunProcess("validate", "--input", TestPaths.Seeds("data", "sample-city.csv"));

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
            Assert.That(stdout, Does.Contain("Rows read:  2,000").And.Contain("Rejected:   0 rows").And.Match(@"land_area +→ land_area \(measure\)"));
            Assert.That(stdout, Does.Contain("(csv, utf-8)"));
            Assert.That(CliRunner.Lines(stderr), Has.All.StartWith("escore: "), "plain log lines when stderr is not a terminal");
        });
    }

    [Test]
    public void Process_Gb18030ChineseHeaders_DetectedAndMapped()
    {
        var path = File("gbk.csv", $"统一社会信用代码,企业名称,用地面积(亩),实缴税金\n{A},杭州某某有限公司,12.5,300\n", Gb18030);

        var (code, stdout, stderr) = CliRunner.RunProcess("validate", "--input", path);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
            Assert.That(stdout, Does.Contain("gb18030"));
            Assert.That(stdout, Does.Contain("统一社会信用代码 → id (field)").And.Contain("用地面积(亩)     → land_area (measure)"));
        });
    }

    [Test]
    public void Process_ExplicitUtf8Encoding_OnGb18030File_RejectsNothingButGarblesText()
    {
        var path = File("gbk.csv", $"id,企业名称\n{A},杭州\n", Gb18030);

        var (code, stdout, _) = CliRunner.RunProcess("validate", "--input", path, "--encoding", "gb18030");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(stdout, Does.Contain("企业名称 → name (field)"));
        });
    }

    [Test]
    public void Process_RejectedRows_Exit1AndWritesRejectsFile()
    {
        var rejects = Path.Combine(Folder, "out", "rejects.csv");

        var (code, stdout, stderr) = CliRunner.RunProcess("validate", "--input", WithRejects(), "--rejects", rejects, "--max-rejects", "2", "--rejects-exit-code", "1");

        var lines = System.IO.File.ReadAllLines(rejects, Encoding.UTF8);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.SuccessWithRejects), stderr);
            Assert.That(stdout, Does.Contain("Rejected:   2 rows").And.Contain("NegativeValue: 1").And.Contain("UnparsableNumber: 1"));
            Assert.That(stderr, Does.Contain("warning: 2 of 3 rows rejected"));
            Assert.That(lines[0].TrimStart('\uFEFF'), Is.EqualTo("line,id,column,value,reason"));
            Assert.That(lines, Has.Length.EqualTo(3));
            Assert.That(lines[1], Does.StartWith($"3,{B},land_area,'-1,"), "the rejected value is text: quote-prefixed against formula injection");
        });
    }

    [TestCase("0", ExitCodes.TooManyRejects)]
    [TestCase("1", ExitCodes.TooManyRejects)]
    [TestCase("2", ExitCodes.SuccessWithRejects)]
    [TestCase("50%", ExitCodes.TooManyRejects)]
    [TestCase("66.7%", ExitCodes.SuccessWithRejects)]
    public void Run_MaxRejects_DecidesBetweenExit1And5(string limit, int expected)
    {
        var (code, _, stderr) = CliRunner.Run("validate", "--input", WithRejects(), "--max-rejects", limit, "--rejects-exit-code", "1");

        Assert.That(code, Is.EqualTo(expected), stderr);
        if (expected == ExitCodes.TooManyRejects)
        {
            Assert.That(CliRunner.Lines(stderr).Last(), Does.StartWith("escore: error: 2 of 3 rows rejected, more than --max-rejects"));
        }
    }

    [TestCase("-1")]
    [TestCase("lots")]
    [TestCase("120%")]
    public void Run_BadMaxRejects_IsAUsageError(string limit)
    {
        var (code, _, stderr) = CliRunner.Run("validate", "--input", WithRejects(), "--max-rejects", limit);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError));
            Assert.That(stderr, Does.Contain("--max-rejects"));
        });
    }

    [Test]
    public void Process_MissingIdColumn_Exit3WithOneLine()
    {
        var path = File("noid.csv", "name,tax\nx,1\n");

        var (code, stdout, stderr) = CliRunner.RunProcess("validate", "--input", path, "--quiet");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError));
            Assert.That(stdout, Is.Empty);
            Assert.That(CliRunner.Lines(stderr), Has.Count.EqualTo(1));
            Assert.That(stderr, Does.StartWith("escore: error: cannot read the input: Required column 'id'"));
            Assert.That(stderr, Does.Not.Contain("   at "), "no stack trace without --verbose");
        });
    }

    [Test]
    public void Process_MissingIdColumnVerbose_PrintsTheStackTrace()
    {
        var path = File("noid.csv", "name,tax\nx,1\n");

        var (code, _, stderr) = CliRunner.RunProcess("validate", "--input", path, "--verbose");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError));
            Assert.That(stderr, Does.Contain("MissingColumnException").And.Contain(" at "));
        });
    }

    [TestCase("nope.csv")]
    [TestCase("nope.xlsx")]
    public void Run_MissingFile_Exit3(string name)
    {
        var (code, _, stderr) = CliRunner.Run("validate", "--input", Path.Combine(Folder, name));

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError));
            Assert.That(stderr, Does.Contain("not found"));
        });
    }

    [Test]
    public void Run_FakeWorkbook_Exit3()
    {
        var path = File("fake.xlsx", "id,tax\n");

        var (code, _, stderr) = CliRunner.Run("validate", "--input", path);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError));
            Assert.That(stderr, Does.Contain("escore: error: cannot read the input: Not a readable .xlsx workbook"));
        });
    }

    [Test]
    public void Process_Xlsx_NamedSheet_ExitsZero()
    {
        var path = Path.Combine(Folder, "firms.xlsx");
        var (header, rows) = TestInputs.SampleCity();
        TestInputs.WriteXlsx(path, ("封面", [["2025 亩均效益评价"]]), ("企业", TestInputs.Grid(header, rows.Take(200))));

        var (code, stdout, stderr) = CliRunner.RunProcess("validate", "--input", path, "--sheet", "企业");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
            Assert.That(stdout, Does.Contain("(sheet '企业') (xlsx)").And.Contain("Loaded:     200"));
        });
    }

    [Test]
    public void Run_SheetWithCsv_IsAUsageError()
    {
        var (code, _, stderr) = CliRunner.Run("validate", "--input", WithRejects(), "--sheet", "x");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError));
            Assert.That(stderr, Does.Contain("--sheet applies only to an .xlsx input"));
        });
    }

    [Test]
    public void Process_Sqlite_ReadsTheQuery()
    {
        var db = Path.Combine(Folder, "city.db");
        var (header, rows) = TestInputs.SampleCity();
        TestInputs.CreateSqlite(db, "firms", header, rows);

        var (code, stdout, stderr) = CliRunner.RunProcess(
            "validate", "--db-provider", "sqlite", "--connection", db, "--query", "SELECT * FROM firms WHERE size_class = 'above'");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
            Assert.That(stdout, Does.Contain("(sqlite)").And.Contain("Loaded:     598"));
        });
    }

    [Test]
    public void Process_SqliteQueryFromFileWithRejects_Exit1()
    {
        var db = Path.Combine(Folder, "bad.db");
        TestInputs.CreateSqlite(db, "firms", ["id", "land_area"], [[A, "3"], [B, "-3"]]);
        var query = File("q.sql", "SELECT id, land_area AS 用地面积 FROM firms ORDER BY id");

        var (code, stdout, stderr) = CliRunner.RunProcess(
            "validate", "--db-provider", "sqlite", "--connection", $"Data Source={db}", "--query", "@" + query, "--max-rejects", "1", "--rejects-exit-code", "1");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.SuccessWithRejects), stderr);
            Assert.That(stdout, Does.Contain($"line 3, id '{B}', column '用地面积'"));
        });
    }

    [TestCase("missing.db", "SELECT * FROM firms", "not found")]
    [TestCase("city.db", "SELECT * FROM no_such_table", "database error")]
    public void Run_SqliteProblems_Exit3(string file, string query, string message)
    {
        var db = Path.Combine(Folder, "city.db");
        TestInputs.CreateSqlite(db, "firms", ["id"], [[A]]);

        var (code, _, stderr) = CliRunner.Run("validate", "--db-provider", "sqlite", "--connection", Path.Combine(Folder, file), "--query", query);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError));
            Assert.That(stderr, Does.Contain(message));
            Assert.That(System.IO.File.Exists(Path.Combine(Folder, "missing.db")), Is.False, "reading never creates a database");
        });
    }

    [TestCase("--db-provider", "sqlite")]
    [TestCase("--connection", "x.db", "--query", "SELECT 1")]
    [TestCase("--input", "a.csv", "--db-provider", "sqlite", "--connection", "x.db", "--query", "SELECT 1")]
    [TestCase("--input", "a.csv", "--encoding", "latin1")]
    public void Run_InconsistentInputOptions_AreUsageErrors(params string[] args)
    {
        var (code, stdout, stderr) = CliRunner.Run(["validate", .. args]);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError));
            Assert.That(stdout, Is.Empty);
            Assert.That(CliRunner.Lines(stderr), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public void Process_Postgres_ReadsTheQuery()
    {
        var connectionString = TestInputs.PostgresConnectionString();
        var table = TestInputs.UniqueTable("firms");
        var (header, rows) = TestInputs.SampleCity();
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        try
        {
            TestInputs.CreateTable(connection, table, header, rows, postgres: true);
            Environment.SetEnvironmentVariable("ESCORE_TEST_PG_CONNECTION", connectionString);

            var (code, stdout, stderr) = CliRunner.RunProcess(
                "validate", "--db-provider", "postgres", "--connection", "env:ESCORE_TEST_PG_CONNECTION", "--query", $"SELECT * FROM \"{table}\"");

            Assert.Multiple(() =>
            {
                Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
                Assert.That(stdout, Does.Contain("(postgres)").And.Contain("Loaded:     2,000"));
                Assert.That(stdout + stderr, Does.Not.Contain("Password=").IgnoreCase);
            });
        }
        finally
        {
            using var drop = connection.CreateCommand();
            drop.CommandText = $"DROP TABLE IF EXISTS \"{table}\"";
            drop.ExecuteNonQuery();
        }
    }

    [Test]
    public void Process_JsonLogFormat_EveryStderrLineIsAJsonObject()
    {
        var (code, _, stderr) = CliRunner.RunProcess("validate", "--input", WithRejects(), "--log-format", "json", "--max-rejects", "0");

        var lines = CliRunner.Lines(stderr);
        Assert.That(code, Is.EqualTo(ExitCodes.TooManyRejects));
        Assert.That(lines, Has.Count.GreaterThanOrEqualTo(3));
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            Assert.Multiple(() =>
            {
                Assert.That(root.GetProperty("time").GetString(), Does.Match(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}"));
                Assert.That(root.GetProperty("level").GetString(), Is.AnyOf("info", "warning", "error"));
                Assert.That(root.GetProperty("message").GetString(), Is.Not.Empty);
            });
        }

        using var last = JsonDocument.Parse(lines[^1]);
        Assert.Multiple(() =>
        {
            Assert.That(last.RootElement.GetProperty("level").GetString(), Is.EqualTo("error"));
            Assert.That(last.RootElement.GetProperty("exitCode").GetInt32(), Is.EqualTo(ExitCodes.TooManyRejects));
        });
    }

    [Test]
    public void Process_Quiet_PrintsNothingOnSuccess()
    {
        var (code, stdout, stderr) = CliRunner.RunProcess("validate", "--input", TestPaths.Seeds("data", "hand-checkable.csv"), "--quiet");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
            Assert.That(stdout, Is.Empty);
            Assert.That(stderr, Is.Empty);
        });
    }

    [Test]
    public void Run_WithProfile_ChecksIt()
    {
        var bad = File("bad.json", "{ \"name\": 3 }");

        var valid = CliRunner.Run("validate", "--input", TestPaths.Seeds("data", "sample-city.csv"), "--profile", "linhai-2014");
        var invalid = CliRunner.Run("validate", "--input", TestPaths.Seeds("data", "hand-checkable.csv"), "--profile", bad);

        Assert.Multiple(() =>
        {
            Assert.That(valid.Code, Is.EqualTo(ExitCodes.Success), valid.Stderr);
            Assert.That(valid.Stdout, Does.StartWith("Profile:    linhai-2014 (valid"));
            Assert.That(invalid.Code, Is.EqualTo(ExitCodes.InvalidProfile));
        });
    }
}
