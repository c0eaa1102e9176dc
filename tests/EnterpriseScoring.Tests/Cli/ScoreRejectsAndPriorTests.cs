using System.Text;
using System.Text.Json;
using EnterpriseScoring.Cli;

namespace EnterpriseScoring.Tests.Cli;

/// <summary>
/// <c>escore score</c> as a real process: firms rejected by the evaluation count like input rejections, <c>--prior</c>
/// mistakes are user errors, pool notes are shown.
/// </summary>
public class ScoreRejectsAndPriorTests : TempFolderTest
{
    private const string Profile = "zhejiang-six-indicators";

    private static string Sample => TestPaths.Seeds("data", "sample-city.csv");

    [Test]
    public void Process_FirmsRejectedByTheEvaluation_AreInRejectsCsv_AndCountForMaxRejects()
    {
        var (header, rows) = TestInputs.SampleCity();
        var land = Array.IndexOf(header, "land_area");
        var size = Array.IndexOf(header, "size_class");
        var above = rows.Where(r => r[size] == "above").Take(3).ToArray();
        above[1][land] = "0";
        above[2][land] = string.Empty;
        var input = Path.Combine(Folder, "three.csv");
        File.WriteAllLines(input, [string.Join(",", header), .. above.Select(r => string.Join(",", r))], new UTF8Encoding(false));
        var output = Path.Combine(Folder, "out");

        var strict = CliRunner.RunProcess("score", "-p", Profile, "-i", input, "-o", output, "--max-rejects", "0", "-q");
        var tolerant = CliRunner.RunProcess("score", "-p", Profile, "-i", input, "-o", output, "--max-rejects", "2");

        Assert.Multiple(() =>
        {
            Assert.That(strict.Code, Is.EqualTo(ExitCodes.TooManyRejects), strict.Stderr);
            Assert.That(strict.Stderr, Does.Contain("2 of 3 rows rejected (0 on input, 2 by the evaluation)"));
            Assert.That(tolerant.Code, Is.EqualTo(ExitCodes.Success), tolerant.Stderr);
            Assert.That(tolerant.Stderr, Does.Contain("2 of 3 rows rejected, within --max-rejects 2"));
            Assert.That(tolerant.Stdout, Does.Contain("3 rows: 1 rated, 0 not rated, 2 rejected."));
        });
        var rejects = File.ReadAllLines(Path.Combine(output, "rejects.csv"), Encoding.UTF8);
        using var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "run.json")));
        Assert.Multiple(() =>
        {
            Assert.That(rejects, Has.Length.EqualTo(3));
            Assert.That(rejects[1], Does.StartWith($"3,{above[1][0]},land_area,0,").And.Contain("land area missing or ≤ 0"));
            Assert.That(rejects[2], Does.StartWith($"4,{above[2][0]},land_area,,"));
            Assert.That(run.RootElement.GetProperty("counts").GetProperty("rejected").GetInt32(), Is.EqualTo(2));
            Assert.That(run.RootElement.GetProperty("counts").GetProperty("rejectedByEvaluation").GetInt32(), Is.EqualTo(2));
            Assert.That(run.RootElement.GetProperty("exitCode").GetInt32(), Is.EqualTo(ExitCodes.Success));
        });
    }

    [Test]
    public void Process_TwoPriorFilesDisagreeOnATier_Exit3NamingTheFiles()
    {
        var first = Path.Combine(Folder, "2024");
        var scored = CliRunner.RunProcess("score", "-p", Profile, "-i", Sample, "-o", first, "--year", "2024", "-q");
        Assert.That(scored.Code, Is.EqualTo(ExitCodes.Success), scored.Stderr);
        var results = Path.Combine(first, "results.csv");
        var lines = File.ReadAllLines(results, Encoding.UTF8);
        var tierColumn = Array.IndexOf(lines[0].TrimStart('\uFEFF').Split(','), "tier");
        var row = Array.FindIndex(lines, 1, l => l.Split(',')[tierColumn] is "A" or "B" or "C");
        var cells = lines[row].Split(',');
        var id = cells[0];
        cells[tierColumn] = "D";
        lines[row] = string.Join(",", cells);
        var copy = Path.Combine(Folder, "copy.csv");
        File.WriteAllLines(copy, lines, new UTF8Encoding(true));

        var (code, _, stderr) = CliRunner.RunProcess("score", "-p", Profile, "-i", Sample, "-o", Path.Combine(Folder, "2025"), "--prior", results, copy, "-q");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError), stderr);
            Assert.That(CliRunner.Lines(stderr), Has.Count.EqualTo(1));
            Assert.That(stderr, Does.Contain(results).And.Contain(copy).And.Contain($"firm '{id}' in 2024"));
            Assert.That(Directory.Exists(Path.Combine(Folder, "2025")), Is.False);
        });
    }

    [Test]
    public void Process_PriorWithoutNumerators_RatioOfSumsPriorBenchmarkFallsBackToTheCurrentYearWithAWarning()
    {
        const string Huaian = "huaian-2024";
        var first = Path.Combine(Folder, "2023");
        var scored = CliRunner.RunProcess("score", "-p", Huaian, "-i", Sample, "-o", first, "--year", "2023", "-q");
        Assert.That(scored.Code, Is.EqualTo(ExitCodes.Success), scored.Stderr);
        var lines = File.ReadAllLines(Path.Combine(first, "results.csv"), Encoding.UTF8);
        var header = lines[0].TrimStart('\uFEFF').Split(',');
        var keep = Enumerable.Range(0, header.Length).Where(i => !header[i].EndsWith(".numerator", StringComparison.Ordinal) && !header[i].EndsWith(".denominator", StringComparison.Ordinal)).ToArray();
        Assert.That(keep, Has.Length.LessThan(header.Length));
        var stripped = Path.Combine(Folder, "old-format.csv");
        File.WriteAllLines(stripped, lines.Select(l => TestInputs.CsvFields(l)).Select(f => string.Join(",", keep.Select(i => Quote(f[i])))), new UTF8Encoding(true));

        var output = Path.Combine(Folder, "2024");
        var (code, _, stderr) = CliRunner.RunProcess("score", "-p", Huaian, "-i", Sample, "-o", output, "--prior", stripped, "-q");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
            Assert.That(stderr, Does.Contain("escore: warning: --prior").And.Contain(stripped).And.Contain("tax_per_mu.numerator/tax_per_mu.denominator").And.Contain("use the current year instead"));
            Assert.That(stderr, Does.Not.Contain("error"));
            Assert.That(File.Exists(Path.Combine(output, "results.csv")), Is.True);
        });
    }

    [Test]
    public void Process_PoolNotes_AreWarningsAndInRunJson()
    {
        var (header, rows) = TestInputs.SampleCity();
        var keep = Enumerable.Range(0, header.Length).Where(i => header[i] != "energy").ToArray();
        var input = Path.Combine(Folder, "no-energy.csv");
        File.WriteAllLines(input, [string.Join(",", keep.Select(i => header[i])), .. rows.Select(r => string.Join(",", keep.Select(i => r[i])))], new UTF8Encoding(false));
        var output = Path.Combine(Folder, "out");

        var (code, _, stderr) = CliRunner.RunProcess("score", "-p", Profile, "-i", input, "-o", output, "-q", "--accept-missing", "energy");

        using var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "run.json")));
        var notes = run.RootElement.GetProperty("notes").EnumerateArray().Select(n => n.GetString()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
            Assert.That(CliRunner.Lines(stderr).Where(l => l.Contains("no column for energy", StringComparison.Ordinal)), Is.Not.Empty.And.All.StartWith("escore: warning: pool "));
            Assert.That(notes, Has.Some.Contains("the input has no column for energy"));
        });
    }

    private static string Quote(string field) =>
        field.Contains(',', StringComparison.Ordinal) || field.Contains('"', StringComparison.Ordinal) ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    [Test]
    public void Process_ThreeYearsWithYearOption_SurchargeGrowsWithConsecutiveYearsInD()
    {
        string Run(int year, params string[] prior)
        {
            var output = Path.Combine(Folder, year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var args = new List<string> { "score", "-p", "changle-2023", "-i", Sample, "-o", output, "--year", year.ToString(System.Globalization.CultureInfo.InvariantCulture), "-q" };
            if (prior.Length > 0)
            {
                args.Add("--prior");
                args.AddRange(prior);
            }

            var (code, _, stderr) = CliRunner.Run([.. args]);
            Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
            return Path.Combine(output, "results.csv");
        }

        var first = Run(2023);
        var second = Run(2024, first);
        var third = Run(2025, first, second);

        var consequences = File.ReadAllText(third, Encoding.UTF8);
        Assert.That(consequences, Does.Contain("+0.15 元/kWh（D类连续第3年）"));
        Assert.That(File.ReadAllText(second, Encoding.UTF8), Does.Contain("+0.10 元/kWh（D类连续第2年）"));
    }
}
