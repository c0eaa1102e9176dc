using System.Diagnostics;
using System.Text;
using System.Text.Json;
using EnterpriseScoring.Cli;
using EnterpriseScoring.Cli.Commands;
using EnterpriseScoring.IO;
using Microsoft.Data.Sqlite;
using Npgsql;
using static EnterpriseScoring.Tests.IO.CsvTestData;

namespace EnterpriseScoring.Tests.Cli;

/// <summary><c>escore score</c>, <c>explain</c>, <c>compare</c> and <c>profiles</c> as real processes on real files.</summary>
public class ScoreCommandTests : TempFolderTest
{
    private const string Profile = "zhejiang-six-indicators";

    private static string Sample => TestPaths.Seeds("data", "sample-city.csv");

    [Test]
    public void Score_TitleAndReportExpand_ReachTheReport_AndTheConsequencesAreTheResultsOnes()
    {
        var plain = Path.Combine(Folder, "plain");
        var titled = Path.Combine(Folder, "titled");

        var first = CliRunner.Run("score", "--profile", Profile, "--input", Sample, "--out", plain);
        var second = CliRunner.Run("score", "--profile", Profile, "--input", Sample, "--out", titled, "--title", "南湖区2025年度亩均效益评价<公示稿>", "--report-expand");

        var plainReport = File.ReadAllText(Path.Combine(plain, "report.html"));
        var titledReport = File.ReadAllText(Path.Combine(titled, "report.html"));
        var dFirms = ResultsCsvReader.Read(Path.Combine(plain, "results.csv")).Count(r => r.Tier == Tier.D);
        Assert.Multiple(() =>
        {
            Assert.That(first.Code, Is.EqualTo(ExitCodes.Success), first.Stderr);
            Assert.That(second.Code, Is.EqualTo(ExitCodes.Success), second.Stderr);
            Assert.That(plainReport, Does.Contain("<h1>浙江省2025年度工业企业亩均效益综合评价</h1>"), "the default title, from the profile");
            Assert.That(titledReport, Does.Contain("<h1>南湖区2025年度亩均效益评价&lt;公示稿&gt;</h1>"));
            Assert.That(plainReport, Does.Contain("<details><summary>"), "long lists start closed");
            Assert.That(titledReport, Does.Not.Contain("<details><summary>"), "--report-expand opens them");
            Assert.That(plainReport, Does.Contain($"<td class=\"n\">{dFirms}</td>").And.Not.Contain("未提供往年结果"), "the consequences results.csv carries, not assumed");
        });
    }

    [Test]
    public void Process_Score_WritesEveryOutputAndPrintsTheTierTable()
    {
        var output = Path.Combine(Folder, "out");

        var (code, stdout, stderr) = CliRunner.RunProcess("score", "--profile", Profile, "--input", Sample, "--out", output);

        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        Assert.That(Directory.GetFiles(output).Select(Path.GetFileName).Order(), Is.EqualTo(new[] { "rejects.csv", "report.html", "results.csv", "run.json", "summary.csv" }));
        Assert.That(Directory.GetDirectories(Folder).Select(Path.GetFileName), Is.EqualTo(new[] { "out" }), "no temporary directory is left");
        using var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "run.json")));
        var root = run.RootElement;
        var counts = root.GetProperty("counts");
        Assert.Multiple(() =>
        {
            Assert.That(stdout, Does.Contain("pool").And.Contain("total        2000"));
            Assert.That(root.GetProperty("profile").GetProperty("name").GetString(), Is.EqualTo(Profile));
            Assert.That(root.GetProperty("profile").GetProperty("sha256").GetString(), Does.Match("^[0-9a-f]{64}$"));
            Assert.That(root.GetProperty("input").GetProperty("sha256").GetString(), Is.EqualTo(Sha256(Sample)));
            Assert.That(counts.GetProperty("read").GetInt32(), Is.EqualTo(2000));
            Assert.That(
                counts.GetProperty("rated").GetInt32() + counts.GetProperty("notRated").GetInt32() + counts.GetProperty("rejected").GetInt32(),
                Is.EqualTo(2000));
            Assert.That(root.GetProperty("timingsMs").GetProperty("evaluate").GetInt64(), Is.GreaterThanOrEqualTo(0));
            Assert.That(
                root.GetProperty("writeTimingsMs").EnumerateObject().Select(p => p.Name),
                Is.EqualTo(new[] { "consequences", "results.csv", "rejects.csv", "summary.csv", "report.html" }));
            Assert.That(ResultsCsvReader.Read(Path.Combine(output, "results.csv")), Has.Count.EqualTo(2000));
            Assert.That(File.ReadAllText(Path.Combine(output, "report.html")), Does.StartWith("<!DOCTYPE html>"));
            Assert.That(File.ReadAllLines(Path.Combine(output, "summary.csv"))[0].TrimStart('\uFEFF'), Does.StartWith("group_by,group,firms"));
        });
    }

    [Test]
    public void Process_ScoreTwice_ReplacesTheDirectoryAndUsesThePrior()
    {
        var first = Path.Combine(Folder, "2025");
        var second = Path.Combine(Folder, "2026");
        Assert.That(CliRunner.RunProcess("score", "-p", Profile, "-i", Sample, "-o", first, "-q").Code, Is.EqualTo(ExitCodes.Success));
        File.WriteAllText(Path.Combine(first, "summary.csv"), "from an older run");

        var again = CliRunner.RunProcess("score", "-p", Profile, "-i", Sample, "-o", first, "-q");
        var (code, _, stderr) = CliRunner.RunProcess("score", "-p", Profile, "-i", Sample, "-o", second, "--prior", Path.Combine(first, "results.csv"), "--year", "2026", "-q");

        using var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(second, "run.json")));
        Assert.Multiple(() =>
        {
            Assert.That(again.Code, Is.EqualTo(ExitCodes.Success), again.Stderr);
            Assert.That(File.ReadAllText(Path.Combine(first, "summary.csv")), Does.Not.Contain("from an older run"), "an earlier escore output is replaced");
            Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
            Assert.That(run.RootElement.GetProperty("prior")[0].GetProperty("firms").GetInt32(), Is.EqualTo(2000));
            Assert.That(run.RootElement.GetProperty("year").GetInt32(), Is.EqualTo(2026));
        });

        var compare = CliRunner.RunProcess("compare", "--from", Path.Combine(first, "results.csv"), "--to", Path.Combine(second, "results.csv"));
        Assert.Multiple(() =>
        {
            Assert.That(compare.Code, Is.EqualTo(ExitCodes.Success), compare.Stderr);
            Assert.That(compare.Stdout, Does.Contain("2000 firms:"));
        });
    }

    [Test]
    public void Process_ScoreWithRejects_Exit1_And5LeavesTheOutputUntouched()
    {
        var (header, rows) = TestInputs.SampleCity();
        var landColumn = Array.IndexOf(header, "land_area");
        rows[3][landColumn] = "-5";
        rows[7][landColumn] = "abc";
        var input = Path.Combine(Folder, "bad.csv");
        File.WriteAllLines(input, [string.Join(",", header), .. rows.Select(r => string.Join(",", r))], new UTF8Encoding(false));
        var output = Path.Combine(Folder, "out");

        var ok = CliRunner.RunProcess("score", "-p", Profile, "-i", input, "-o", output, "--max-rejects", "2", "--rejects-exit-code", "1");
        var before = File.ReadAllText(Path.Combine(output, "run.json"));
        var tooMany = CliRunner.RunProcess("score", "-p", Profile, "-i", input, "-o", output, "--max-rejects", "1");

        Assert.Multiple(() =>
        {
            Assert.That(ok.Code, Is.EqualTo(ExitCodes.SuccessWithRejects), ok.Stderr);
            Assert.That(File.ReadAllLines(Path.Combine(output, "rejects.csv")), Has.Length.EqualTo(3));
            Assert.That(tooMany.Code, Is.EqualTo(ExitCodes.TooManyRejects));
            Assert.That(tooMany.Stderr, Does.Contain("left unchanged"));
            Assert.That(File.ReadAllText(Path.Combine(output, "run.json")), Is.EqualTo(before));
        });
    }

    [Test]
    public void Process_InvalidProfile_Exit2WithEveryProblemOnItsOwnLine()
    {
        var profile = Path.Combine(Folder, "bad.json");
        File.WriteAllText(profile, """{ "name": "x", "evaluationYear": "soon", "pools": 3 }""");

        var (code, stdout, stderr) = CliRunner.RunProcess("score", "-p", profile, "-i", Sample, "-o", Path.Combine(Folder, "out"));

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InvalidProfile));
            Assert.That(stdout, Is.Empty);
            Assert.That(CliRunner.Lines(stderr), Has.All.StartWith("escore: error: "));
            Assert.That(CliRunner.Lines(stderr).Count, Is.GreaterThanOrEqualTo(2));
            Assert.That(Directory.Exists(Path.Combine(Folder, "out")), Is.False);
        });
    }

    [Test]
    public void Process_UnknownProfileName_Exit2()
    {
        var (code, _, stderr) = CliRunner.RunProcess("profiles", "validate", "zhejiang-six");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InvalidProfile));
            Assert.That(stderr, Does.Contain("zhejiang-six-indicators"), "suggests the closest name");
        });
    }

    [Test]
    public void Process_Profiles_ListShowValidate()
    {
        var list = CliRunner.RunProcess("profiles", "list");
        var show = CliRunner.RunProcess("profiles", "show", Profile);
        var validate = CliRunner.RunProcess("profiles", "validate", TestPaths.Seeds("profiles", Profile + ".json"));

        Assert.Multiple(() =>
        {
            Assert.That(list.Code, Is.EqualTo(ExitCodes.Success), list.Stderr);
            Assert.That(list.Stdout, Does.Contain(Profile).And.Contain("linhai-2014"));
            Assert.That(list.Stdout.Split('\n').Max(ValidateCommand.DisplayWidth), Is.LessThanOrEqualTo(ProfilesCommand.ListWidth), "fits 100 columns (CJK counted double)");
            Assert.That(list.Stdout, Does.Contain("jiaxing-platforms-2020"), "the built-in scorecards are listed too");
            Assert.That(show.Code, Is.EqualTo(ExitCodes.Success), show.Stderr);
            Assert.That(() => JsonDocument.Parse(show.Stdout).Dispose(), Throws.Nothing);
            Assert.That(validate.Code, Is.EqualTo(ExitCodes.Success), validate.Stderr);
            Assert.That(validate.Stdout, Does.Contain("valid"));
        });
    }

    [Test]
    public void Process_Explain_PrintsTheComputation_AndUnknownIdExits3()
    {
        var id = FirmCsvReader.Read(Sample).Table.Ids[0];

        var (code, stdout, stderr) = CliRunner.RunProcess("explain", "-p", Profile, "-i", Sample, "--id", id, "-q");
        var missing = CliRunner.RunProcess("explain", "-p", Profile, "-i", Sample, "--id", "NOPE", "-q");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
            Assert.That(stdout, Does.Contain(id));
            Assert.That(missing.Code, Is.EqualTo(ExitCodes.InputOrUsageError));
            Assert.That(missing.Stderr, Does.Contain("no firm with id 'NOPE'"));
        });
    }

    [Test]
    public void Process_ScoreXlsxGb18030AndSqlite_GiveTheSameResults()
    {
        var (header, rows) = TestInputs.SampleCity();
        var xlsx = Path.Combine(Folder, "city.xlsx");
        TestInputs.WriteXlsx(xlsx, ("firms", TestInputs.Grid(header, rows)));
        var gbk = Path.Combine(Folder, "city-gbk.csv");
        File.WriteAllText(gbk, File.ReadAllText(Sample, Encoding.UTF8).TrimStart('\uFEFF'), Gb18030);
        var db = Path.Combine(Folder, "city.db");
        TestInputs.CreateSqlite(db, "firms", header, rows);

        var csv = CliRunner.RunProcess("score", "-p", Profile, "-i", Sample, "-o", Path.Combine(Folder, "csv"), "-q");
        var fromXlsx = CliRunner.RunProcess("score", "-p", Profile, "-i", xlsx, "-o", Path.Combine(Folder, "xlsx"), "-q");
        var fromGbk = CliRunner.RunProcess("score", "-p", Profile, "-i", gbk, "--encoding", "gb18030", "-o", Path.Combine(Folder, "gbk"), "-q");
        var fromDb = CliRunner.RunProcess(
            "score", "-p", Profile, "--db-provider", "sqlite", "--connection", db, "--query", "SELECT * FROM firms",
            "-o", Path.Combine(Folder, "db"), "-q", "--results-db", "sqlite", "--results-connection", db);

        Assert.Multiple(() =>
        {
            Assert.That(new[] { csv.Code, fromXlsx.Code, fromGbk.Code, fromDb.Code }, Has.All.EqualTo(ExitCodes.Success), csv.Stderr + fromXlsx.Stderr + fromGbk.Stderr + fromDb.Stderr);
            var expected = File.ReadAllText(Path.Combine(Folder, "csv", "results.csv"));
            Assert.That(File.ReadAllText(Path.Combine(Folder, "xlsx", "results.csv")), Is.EqualTo(expected), "xlsx");
            Assert.That(File.ReadAllText(Path.Combine(Folder, "gbk", "results.csv")), Is.EqualTo(expected), "gb18030");
            Assert.That(File.ReadAllText(Path.Combine(Folder, "db", "results.csv")), Is.EqualTo(expected), "sqlite");
        });

        using var connection = new SqliteConnection(TestInputs.SqliteConnectionString(db));
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*), COUNT(DISTINCT run_id), SUM(CASE WHEN tier = 'A' THEN 1 ELSE 0 END) FROM escore_results";
        using var reader = count.ExecuteReader();
        reader.Read();
        Assert.Multiple(() =>
        {
            Assert.That(reader.GetInt64(0), Is.EqualTo(2000));
            Assert.That(reader.GetInt64(1), Is.EqualTo(1));
            Assert.That(reader.GetInt64(2), Is.GreaterThan(0));
        });
    }

    [Test]
    public void Process_ScorePostgres_ReadsAndWritesBackInOneTable()
    {
        var connectionString = TestInputs.PostgresConnectionString();
        var (header, rows) = TestInputs.SampleCity();
        var table = TestInputs.UniqueTable("firms");
        var results = TestInputs.UniqueTable("results");
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        try
        {
            TestInputs.CreateTable(connection, table, header, rows, postgres: true);
            Environment.SetEnvironmentVariable("ESCORE_TEST_PG_SCORE", connectionString);
            string[] args =
            [
                "score", "-p", Profile, "--db-provider", "postgres", "--connection", "env:ESCORE_TEST_PG_SCORE",
                "--query", $"SELECT * FROM \"{table}\"", "-o", Path.Combine(Folder, "pg"), "-q",
                "--results-db", "postgres", "--results-table", results,
            ];

            var first = CliRunner.RunProcess(args);
            var second = CliRunner.RunProcess(args);

            using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*), COUNT(DISTINCT run_id) FROM {results}";
            using var reader = count.ExecuteReader();
            reader.Read();
            Assert.Multiple(() =>
            {
                Assert.That(first.Code, Is.EqualTo(ExitCodes.Success), first.Stderr);
                Assert.That(second.Code, Is.EqualTo(ExitCodes.Success), second.Stderr);
                Assert.That(reader.GetInt64(0), Is.EqualTo(2000), "a rerun replaces the year's rows");
                Assert.That(reader.GetInt64(1), Is.EqualTo(1));
                Assert.That(File.ReadAllText(Path.Combine(Folder, "pg", "run.json")), Does.Not.Contain("Password="));
            });
        }
        finally
        {
            using var drop = connection.CreateCommand();
            drop.CommandText = $"DROP TABLE IF EXISTS \"{table}\"; DROP TABLE IF EXISTS {results}, {results}_runs, {results}_rejects, {results}_columns";
            drop.ExecuteNonQuery();
        }
    }

    [Test]
    public void Process_KilledRun_LeavesThePreviousOutputIntactAndNoPartialDirectory()
    {
        var output = Path.Combine(Folder, "out");
        var small = CliRunner.RunProcess("score", "-p", TestPaths.Seeds("data", "hand-checkable.profile.json"), "-i", TestPaths.Seeds("data", "hand-checkable.csv"), "--max-rejects", "1", "-o", output, "-q");
        Assert.That(small.Code, Is.AnyOf(ExitCodes.Success, ExitCodes.SuccessWithRejects), small.Stderr);
        var before = Directory.GetFiles(output).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);
        var large = Path.Combine(Folder, "large.csv");
        Assert.That(CliRunner.RunProcess("sample", "--firms", "300000", "--seed", "3", "--out", large, "-q").Code, Is.EqualTo(ExitCodes.Success));

        using var process = CliRunner.StartProcess("score", "-p", Profile, "-i", large, "-o", output);
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60)
            && !Directory.EnumerateDirectories(Folder, ".out.tmp-*").Any()
            && !process.HasExited)
        {
            Thread.Sleep(20);
        }

        Thread.Sleep(100);
        Assert.That(process.HasExited, Is.False, "the run must still be going to be killed");
        process.Kill(entireProcessTree: true);
        process.WaitForExit();

        Assert.Multiple(() =>
        {
            Assert.That(Directory.GetFiles(output).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes), Is.EqualTo(before));
            Assert.That(Directory.GetDirectories(Folder).Select(Path.GetFileName).Where(n => !n!.StartsWith(".out.tmp-", StringComparison.Ordinal)), Is.EqualTo(new[] { "out" }));
        });

        var next = CliRunner.RunProcess("score", "-p", TestPaths.Seeds("data", "hand-checkable.profile.json"), "-i", TestPaths.Seeds("data", "hand-checkable.csv"), "--max-rejects", "1", "-o", output, "-q");
        Assert.Multiple(() =>
        {
            Assert.That(next.Code, Is.AnyOf(ExitCodes.Success, ExitCodes.SuccessWithRejects), next.Stderr);
            Assert.That(Directory.GetDirectories(Folder).Select(Path.GetFileName), Is.EqualTo(new[] { "out" }), "the next run removes the dead run's temporary directory");
        });
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));
}
