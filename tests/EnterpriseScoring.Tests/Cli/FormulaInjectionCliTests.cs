using System.Globalization;
using System.Text;
using CsvHelper;
using EnterpriseScoring.Cli;
using EnterpriseScoring.IO;

namespace EnterpriseScoring.Tests.Cli;

/// <summary>
/// Issue 11 item 3: spreadsheet formula injection. Text that a spreadsheet would run as a formula (<c>=HYPERLINK(…)</c>,
/// <c>+cmd|…</c>, <c>@SUM(1)</c>, tab- or CR-prefixed payloads, full-width ＝) reaches every CSV that <c>escore</c> writes
/// neutralised by a leading <c>'</c>; numbers stay numbers; <c>--prior</c> reads the original text back; <c>--raw-text</c>
/// writes it as it is.
/// </summary>
public class FormulaInjectionCliTests : TempFolderTest
{
    private const string Profile = "zhejiang-six-indicators";

    /// <summary>Characters that make a spreadsheet (Excel, WPS, LibreOffice) treat a cell as a formula or strip it into one.</summary>
    private static readonly char[] Triggers = ['=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠'];

    /// <summary>The payload input: the sample city's first rows with hostile names, regions, platforms, ids and rejected values.</summary>
    private sealed record Payloads(string Input, string[] Ids, string[] Names, string Region, string Platform, string RejectedId, string BadTax);

    private Payloads WritePayloadInput(bool payloadIds = true)
    {
        var (header, rows) = TestInputs.SampleCity();
        int Col(string name) => Array.IndexOf(header, name);
        var (id, name, region, platform, tax, land) = (Col("id"), Col("name"), Col("region"), Col("platform"), Col("tax"), Col("land_area"));
        rows = [.. rows.Take(40)];
        string[] names =
        [
            "=HYPERLINK(\"http://x\",\"y\")",
            "+cmd|' /C calc'!A0",
            "@SUM(1)",
            "\t=1+1",       // trimmed on input: arrives as =1+1
            "\r-2+3",       // trimmed on input: arrives as -2+3
            "'quoted",      // genuinely begins with a quote: must round-trip
            "＝1+1",
        ];
        for (var i = 0; i < names.Length; i++)
        {
            rows[i][name] = names[i];
        }

        rows[10][region] = "=1+2";
        rows[11][platform] = "@evil";
        rows[12][id] = payloadIds ? "=1+1" : "X1";          // a payload id (--lenient-ids keeps the row)
        rows[13][id] = payloadIds ? "-1+1" : "X2";
        rows[14][tax] = "=cmd|' /C calc'!A0"; // rejected: not a number; the value goes to rejects.csv
        rows[15][id] = payloadIds ? "+SUM(9)" : "X3";
        rows[15][tax] = "x";             // a rejected row whose id is a payload: results.csv has a rejected row for it
        rows[16][land] = "-5";           // rejected as negative: the value -5 is text in rejects.csv
        rows[17][tax] = "-50";           // a negative number: a number in results.csv, never prefixed
        var input = Path.Combine(Folder, payloadIds ? "payloads.csv" : "plain-ids.csv");
        File.WriteAllText(input, string.Join("\n", [string.Join(",", header), .. rows.Select(r => string.Join(",", r.Select(Quote)))]) + "\n", new UTF8Encoding(false));
        return new Payloads(input, [.. rows.Select(r => r[id])], [.. names.Select(n => n.Trim())], "=1+2", "@evil", "+SUM(9)", "=cmd|' /C calc'!A0");
    }

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n\t") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;

    /// <summary>Every record of a CSV file (header first), parsed as RFC 4180.</summary>
    internal static List<string[]> ReadCsv(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = CsvReader.Create(stream, CsvReaderOptions.Default with { Separator = ',', HasHeader = true }, true);
        var records = new List<string[]>();
        records.Add([.. reader.Headers.Select(h => h.TrimStart('\uFEFF'))]);
        while (reader.Read())
        {
            records.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return records;
    }

    /// <summary>The cells of <paramref name="records"/> that a spreadsheet would run as a formula, except numbers in <paramref name="numeric"/> columns.</summary>
    private static List<string> LiveCells(List<string[]> records, Func<string, bool> numeric)
    {
        var header = records[0];
        var live = new List<string>();
        foreach (var record in records)
        {
            for (var c = 0; c < record.Length; c++)
            {
                var cell = record[c];
                if (cell.Length == 0 || Array.IndexOf(Triggers, cell[0]) < 0)
                {
                    continue;
                }

                if (record != header && numeric(header[c]) && double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                {
                    continue;
                }

                live.Add($"{header[c]}: {cell}");
            }
        }

        return live;
    }

    private static bool NumericResultsColumn(string column) =>
        column is "score" or "rank" or "pool_size" or "percentile" or "bonus" or "deduction" or "year"
        || ResultsCsvFormat.IndicatorSuffixes.Any(s => column.EndsWith(s, StringComparison.Ordinal));

    [Test]
    public void Score_PayloadsInNamesRegionsPlatformsIdsAndRejectedValues_NoLiveFormulaInAnyCsv_NumbersStayNumbers()
    {
        var p = WritePayloadInput();
        var output = Path.Combine(Folder, "out");

        var (code, _, stderr) = CliRunner.Run("score", "--max-rejects", "100%", "--rejects-exit-code", "1", "-p", Profile, "-i", p.Input, "-o", output, "--lenient-ids", "-q");

        Assert.That(code, Is.EqualTo(ExitCodes.SuccessWithRejects), stderr);
        var results = ReadCsv(Path.Combine(output, "results.csv"));
        var rejects = ReadCsv(Path.Combine(output, "rejects.csv"));
        var summary = ReadCsv(Path.Combine(output, "summary.csv"));
        var h = results[0];
        string Cell(string id, string column) => results.Single(r => r[0] == id || r[0] == "'" + id)[Array.IndexOf(h, column)];
        Assert.Multiple(() =>
        {
            Assert.That(LiveCells(results, NumericResultsColumn), Is.Empty, "results.csv");
            Assert.That(LiveCells(rejects, c => c == "line"), Is.Empty, "rejects.csv");
            Assert.That(LiveCells(summary, c => c is not ("group_by" or "group")), Is.Empty, "summary.csv");

            // Each payload is there, neutralised by exactly one leading quote.
            Assert.That(Cell(p.Ids[0], "name"), Is.EqualTo("'=HYPERLINK(\"http://x\",\"y\")"));
            Assert.That(Cell(p.Ids[1], "name"), Is.EqualTo("'+cmd|' /C calc'!A0"));
            Assert.That(Cell(p.Ids[2], "name"), Is.EqualTo("'@SUM(1)"));
            Assert.That(Cell(p.Ids[3], "name"), Is.EqualTo("'=1+1"), "a tab-prefixed payload is trimmed on input, then neutralised");
            Assert.That(Cell(p.Ids[4], "name"), Is.EqualTo("'-2+3"), "a CR-prefixed payload is trimmed on input, then neutralised");
            Assert.That(Cell(p.Ids[5], "name"), Is.EqualTo("''quoted"), "a leading quote is doubled, so reading strips exactly one");
            Assert.That(Cell(p.Ids[6], "name"), Is.EqualTo("'＝1+1"));
            Assert.That(Cell(p.Ids[10], "region"), Is.EqualTo("'=1+2"));
            Assert.That(Cell(p.Ids[11], "platform"), Is.EqualTo("'@evil"));
            Assert.That(results.Select(r => r[0]), Does.Contain("'=1+1").And.Contain("'-1+1").And.Contain("'+SUM(9)"));
            Assert.That(rejects.Select(r => r[3]), Does.Contain("'" + p.BadTax).And.Contain("'-5"), "rejected values are text");
            Assert.That(rejects.Select(r => r[1]), Does.Contain("'+SUM(9)"));
            Assert.That(summary.Select(r => r[1]), Does.Contain("'=1+2").And.Contain("'@evil"));

            // A negative number the tool computed stays a number.
            Assert.That(Cell(p.Ids[17], "tax_per_mu.numerator"), Is.EqualTo("-50"));
            Assert.That(Cell(p.Ids[17], "tax_per_mu.value"), Does.StartWith("-").And.Not.StartWith("'"));
        });
    }

    /// <summary>Scores the input as 2024, then as 2025 with the 2024 results as <c>--prior</c>; the migration line of the report.</summary>
    private string ScoreTwice(string input, string name)
    {
        var first = Path.Combine(Folder, name + "-2024");
        var second = Path.Combine(Folder, name + "-2025");
        var scored = CliRunner.Run("score", "--max-rejects", "100%", "--rejects-exit-code", "1", "-p", Profile, "-i", input, "-o", first, "--year", "2024", "--lenient-ids", "-q");
        Assert.That(scored.Code, Is.EqualTo(ExitCodes.SuccessWithRejects), scored.Stderr);
        var again = CliRunner.Run("score", "--max-rejects", "100%", "--rejects-exit-code", "1", "-p", Profile, "-i", input, "-o", second, "--year", "2025", "--prior", Path.Combine(first, "results.csv"), "--lenient-ids", "-q");
        Assert.That(again.Code, Is.EqualTo(ExitCodes.SuccessWithRejects), again.Stderr);
        return System.Text.RegularExpressions.Regex.Match(File.ReadAllText(Path.Combine(second, "report.html")), @"\d+ 家企业 firms：升档 \d+ upgraded，降档 \d+ downgraded，不变 \d+ unchanged").Value;
    }

    [Test]
    public void Score_PriorResultsWithPayloads_ReadBackAsTheOriginalText()
    {
        var p = WritePayloadInput();

        var migration = ScoreTwice(p.Input, "payloads");
        var control = ScoreTwice(WritePayloadInput(payloadIds: false).Input, "control");

        var prior = ResultsCsvReader.Read(Path.Combine(Folder, "payloads-2024", "results.csv"));
        Assert.Multiple(() =>
        {
            Assert.That(prior.Select(r => r.Name), Is.SupersetOf(p.Names), "names read back as written in the input (after trimming)");
            Assert.That(prior.Select(r => r.Id), Is.SupersetOf(new[] { "=1+1", "-1+1", "+SUM(9)" }));
            Assert.That(prior.Select(r => r.Region), Does.Contain(p.Region));
            Assert.That(prior.Select(r => r.Platform), Does.Contain(p.Platform));

            // Every firm of the prior year is found again by id, payload ids included: the same migration as with plain ids.
            Assert.That(migration, Is.Not.Empty);
            Assert.That(migration, Is.EqualTo(control));
        });
    }

    [Test]
    public void Score_RawText_WritesPayloadsAsTheyAre()
    {
        var p = WritePayloadInput();
        var output = Path.Combine(Folder, "out");

        var (code, _, stderr) = CliRunner.Run("score", "--max-rejects", "100%", "--rejects-exit-code", "1", "-p", Profile, "-i", p.Input, "-o", output, "--lenient-ids", "--raw-text", "-q");

        Assert.That(code, Is.EqualTo(ExitCodes.SuccessWithRejects), stderr);
        var results = ReadCsv(Path.Combine(output, "results.csv"));
        var rejects = ReadCsv(Path.Combine(output, "rejects.csv"));
        var summary = ReadCsv(Path.Combine(output, "summary.csv"));
        Assert.Multiple(() =>
        {
            Assert.That(results.Select(r => r[1]), Is.SupersetOf(p.Names));
            Assert.That(results.Select(r => r[0]), Does.Contain("=1+1").And.Contain("+SUM(9)"));
            Assert.That(rejects.Select(r => r[3]), Does.Contain(p.BadTax).And.Contain("-5"));
            Assert.That(summary.Select(r => r[1]), Does.Contain("=1+2"));
        });
    }

    [Test]
    public void Score_ResultsDb_StoresTheOriginalText()
    {
        var p = WritePayloadInput();
        var db = Path.Combine(Folder, "results.db");

        var (code, _, stderr) = CliRunner.Run("score", "--max-rejects", "100%", "--rejects-exit-code", "1", "-p", Profile, "-i", p.Input, "-o", Path.Combine(Folder, "out"), "--lenient-ids", "-q", "--results-db", "sqlite", "--results-connection", db);

        Assert.That(code, Is.EqualTo(ExitCodes.SuccessWithRejects), stderr);
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection(TestInputs.SqliteConnectionString(db));
        connection.Open();
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT firm_id, name, region FROM escore_results";
        using var reader = query.ExecuteReader();
        var rows = new List<(string Id, string Name, string Region)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.IsDBNull(1) ? string.Empty : reader.GetString(1), reader.IsDBNull(2) ? string.Empty : reader.GetString(2)));
        }

        Assert.Multiple(() =>
        {
            Assert.That(rows.Select(r => r.Name), Is.SupersetOf(p.Names), "a database is not a spreadsheet: the text as in the input");
            Assert.That(rows.Select(r => r.Id), Does.Contain("=1+1"));
            Assert.That(rows.Select(r => r.Region), Does.Contain(p.Region));
        });
    }
}
