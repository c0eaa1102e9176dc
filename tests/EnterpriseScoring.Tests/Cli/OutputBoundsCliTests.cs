using System.Globalization;
using System.Text;
using EnterpriseScoring.Cli;
using EnterpriseScoring.IO;

namespace EnterpriseScoring.Tests.Cli;

/// <summary>
/// Issue 11 item 6, output side: one input must not cost without bound. The report lists at most a configured number of
/// rejections and groups (the CSV files have them all); error messages and console lines quote at most a bounded number
/// of headers and characters; rejects.csv keeps long values bounded.
/// </summary>
public class OutputBoundsCliTests : TempFolderTest
{
    private const string Profile = "zhejiang-six-indicators";

    [Test]
    public void Score_ManyRejectionsAndGroups_ReportIsBounded_CsvFilesHaveThemAll()
    {
        const int Firms = 30_000, BadIds = 15_000, NoLand = 5_000;
        var sample = Path.Combine(Folder, "sample.csv");
        var generated = CliRunner.Run("sample", "-n", Firms.ToString(CultureInfo.InvariantCulture), "-o", sample, "-q");
        Assert.That(generated.Code, Is.EqualTo(ExitCodes.Success), generated.Stderr);
        var (header, rows) = TestInputs.SplitCsv(File.ReadAllText(sample, Encoding.UTF8));
        var (id, land, region) = (Array.IndexOf(header, "id"), Array.IndexOf(header, "land_area"), Array.IndexOf(header, "region"));
        for (var i = 0; i < rows.Length; i++)
        {
            if (i < BadIds)
            {
                rows[i][id] = "BAD" + i.ToString(CultureInfo.InvariantCulture);
            }
            else if (i < BadIds + NoLand)
            {
                rows[i][land] = "0";
            }

            rows[i][region] = "区域" + i.ToString(CultureInfo.InvariantCulture); // one group per firm
        }

        var input = Path.Combine(Folder, "hostile.csv");
        File.WriteAllLines(input, [string.Join(",", header), .. rows.Select(r => string.Join(",", r))], new UTF8Encoding(false));
        var output = Path.Combine(Folder, "out");

        var (code, _, stderr) = CliRunner.Run("score", "-p", Profile, "-i", input, "-o", output, "--max-rejects", "100%", "--rejects-exit-code", "1", "-q");

        Assert.That(code, Is.EqualTo(ExitCodes.SuccessWithRejects), stderr);
        var report = File.ReadAllText(Path.Combine(output, "report.html"), Encoding.UTF8);
        var rejects = FormulaInjectionCliTests.ReadCsv(Path.Combine(output, "rejects.csv"));
        var results = FormulaInjectionCliTests.ReadCsv(Path.Combine(output, "results.csv"));
        var status = Array.IndexOf(results[0], "status");
        var reason = Array.IndexOf(results[0], "status_reason");
        var unrated = results.Skip(1).Count(r => r[status] is "rejected" or "excluded" && !r[reason].StartsWith("input line", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(report.Length, Is.LessThan(1_000_000), "report.html is bounded, whatever the number of rejections and groups");
            Assert.That(rejects.Count(r => r[1].StartsWith("BAD", StringComparison.Ordinal)), Is.EqualTo(BadIds), "rejects.csv has every rejection");
            Assert.That(CountOf(report, "<td>BAD"), Is.EqualTo(2 * 500), "the first 500 input rejections are listed (the bad id is the row's id and the rejected value)");
            Assert.That(report, Does.Contain("and 14,500 more — 完整名单见 rejects.csv / the full list is in rejects.csv."));
            Assert.That(unrated, Is.GreaterThan(1_000), "the fixture has many firms the evaluation rejects");
            Assert.That(report, Does.Contain($"and {unrated - 500:N0} more — 每家企业的状态见 results.csv / every firm and its status are in results.csv."));
            Assert.That(CountOf(report, "<td>区域"), Is.LessThanOrEqualTo((3 * 200) + (3 * 500)), "at most 200 groups per group table (tiers, top and bottom, figures) and 500 firms per tier list (D, C, A)");
            Assert.That(report, Does.Contain($"and {Firms - BadIds - 200:N0} more groups"), "the group tables are capped too");
        });
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [Test]
    public void Score_HundredThousandColumnsWithoutId_OneBoundedError()
    {
        const int Columns = 100_000;
        var input = Path.Combine(Folder, "wide.csv");
        var header = string.Join(",", Enumerable.Range(0, Columns).Select(i => "column" + i.ToString(CultureInfo.InvariantCulture)));
        File.WriteAllText(input, header + "\n" + string.Join(",", Enumerable.Repeat("1", Columns)) + "\n", new UTF8Encoding(false));

        var (code, stdout, stderr) = CliRunner.Run("score", "-p", Profile, "-i", input, "-o", Path.Combine(Folder, "out"), "--max-columns", "200000", "--max-record-length", "10000000");
        var validate = CliRunner.Run("validate", "-i", input, "--max-columns", "200000", "--max-record-length", "10000000");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError), stderr);
            Assert.That(stderr.Length + stdout.Length, Is.LessThan(4_000), stderr);
            Assert.That(stderr, Does.Contain("'id'").And.Contain("'column0'").And.Contain("100,000 headers"));
            Assert.That(validate.Code, Is.EqualTo(ExitCodes.InputOrUsageError), validate.Stderr);
            Assert.That(validate.Stderr.Length + validate.Stdout.Length, Is.LessThan(4_000), validate.Stderr);
        });
    }

    [Test]
    public void Library_MissingColumnException_MessageBounded_HeadersKept()
    {
        var headers = Enumerable.Range(0, 100_000).Select(i => "column" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        var text = string.Join(",", headers) + "\n" + string.Join(",", Enumerable.Repeat("1", headers.Length)) + "\n";

        var ex = Assert.Throws<MissingColumnException>(() => FirmCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), new FirmCsvReaderOptions { MaxColumns = 200_000, MaxRecordLength = 10_000_000 }));

        Assert.Multiple(() =>
        {
            Assert.That(ex.Message.Length, Is.LessThan(1_000), ex.Message);
            Assert.That(ex.Message, Does.Contain("'column0'").And.Contain("… and 99,980 more (100,000 headers)"));
            Assert.That(ex.HeadersFound, Has.Count.EqualTo(headers.Length), "the exception still carries every header");
        });
    }

    [Test]
    public void Validate_HugeRejectedValue_ConsoleAndRejectsCsvQuoteItBounded()
    {
        var (header, rows) = TestInputs.SampleCity();
        var tax = Array.IndexOf(header, "tax");
        var huge = new string('x', 30_000); // under the reader's field limit (32,767): a value rejected as not a number
        rows[0][tax] = huge;
        var input = Path.Combine(Folder, "huge-cell.csv");
        File.WriteAllLines(input, [string.Join(",", header), .. rows.Select(r => string.Join(",", r))], new UTF8Encoding(false));
        var rejectsPath = Path.Combine(Folder, "rejects.csv");

        var (code, stdout, stderr) = CliRunner.Run("validate", "--max-rejects", "100%", "--rejects-exit-code", "1", "-i", input, "--rejects", rejectsPath);

        var rejects = File.ReadAllLines(rejectsPath, Encoding.UTF8);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.SuccessWithRejects), stderr);
            Assert.That(stdout.Length + stderr.Length, Is.LessThan(10_000), "the console quotes the value bounded");
            Assert.That(stdout, Does.Contain("…(30000 chars)"));
            Assert.That(rejects, Has.Length.EqualTo(2));
            Assert.That(rejects[1].Length, Is.LessThan(1_200), "rejects.csv keeps the first 1,000 characters");
            Assert.That(rejects[1], Does.Contain(new string('x', 1_000) + "…(30000 chars)"));
        });
    }

    [Test]
    public void Validate_FiftyThousandIgnoredColumns_SummaryBounded()
    {
        const int Columns = 50_000;
        var (header, rows) = TestInputs.SampleCity();
        var extra = Enumerable.Range(0, Columns).Select(i => "note" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        var input = Path.Combine(Folder, "notes.csv");
        File.WriteAllLines(
            input,
            [string.Join(",", header.Concat(extra)), .. rows.Take(3).Select(r => string.Join(",", r.Concat(Enumerable.Repeat("x", Columns))))],
            new UTF8Encoding(false));

        var (code, stdout, stderr) = CliRunner.Run("validate", "-i", input, "--max-columns", "100000");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
            Assert.That(stdout, Does.Contain("Ignored:    note0, note1,").And.Contain("… and 49,980 more"));
            Assert.That(stdout.Length + stderr.Length, Is.LessThan(20_000));
        });
    }
}
