using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using MiniExcelLibs;

namespace EnterpriseScoring.Tests.Cli;

/// <summary>Real input files for the reader and CLI tests: xlsx workbooks, SQLite databases, PostgreSQL tables.</summary>
internal static class TestInputs
{
    /// <summary>The environment variable holding the PostgreSQL connection string (set by <c>.ci/run</c>).</summary>
    public const string PostgresVariable = "ESCORE_TEST_PG";

    /// <summary>The header and rows of a simple CSV text (no quoted fields).</summary>
    public static (string[] Header, string[][] Rows) SplitCsv(string text)
    {
        var lines = text.TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return (lines[0].Split(','), [.. lines.Skip(1).Select(l => l.Split(','))]);
    }

    /// <summary>The fields of one CSV line (double-quoted fields may hold commas and doubled quotes; no line breaks).</summary>
    public static List<string> CsvFields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }

    /// <summary>The committed sample city as header and rows.</summary>
    public static (string[] Header, string[][] Rows) SampleCity() =>
        SplitCsv(File.ReadAllText(TestPaths.Seeds("data", "sample-city.csv"), Encoding.UTF8));

    /// <summary>A cell typed as a spreadsheet or database would hold it: numbers as doubles, empty as null, else text.</summary>
    public static object? Typed(string cell) =>
        cell.Length == 0 ? null
        : double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d
        : cell;

    /// <summary>Whether a column is kept as text whatever it holds (ids are codes, not numbers).</summary>
    public static bool IsTextColumn(string header) => header is "id" or "code" or "统一社会信用代码";

    /// <summary>Column letters A, B, … Z, AA … for <paramref name="index"/> (0-based).</summary>
    public static string ColumnLetter(int index)
    {
        var s = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            s = (char)('A' + ((n - 1) % 26)) + s;
        }

        return s;
    }

    /// <summary>Writes a sheet whose rows are exactly <paramref name="grid"/> (row 1 first; null = empty cell).</summary>
    public static List<Dictionary<string, object?>> Sheet(IEnumerable<object?[]> grid)
    {
        var rows = grid.ToList();
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Length);
        return [.. rows.Select(r => Enumerable.Range(0, width).ToDictionary(ColumnLetter, i => i < r.Length ? r[i] : null))];
    }

    /// <summary>Writes a workbook with the given sheets (name → grid), no header printed: the grid is the sheet.</summary>
    public static void WriteXlsx(string path, params (string Name, IEnumerable<object?[]> Grid)[] sheets)
    {
        var book = new Dictionary<string, object>();
        foreach (var (name, grid) in sheets)
        {
            book[name] = Sheet(grid);
        }

        MiniExcel.SaveAs(path, book, printHeader: false, overwriteFile: true);
    }

    /// <summary>The grid of a CSV-like table with typed cells (numbers as numbers).</summary>
    public static IEnumerable<object?[]> Grid(string[] header, IEnumerable<string[]> rows, bool typed = true) =>
        [[.. header], .. rows.Select(r => r.Select((c, i) => typed && !IsTextColumn(header[i]) ? Typed(c) : c).ToArray())];

    /// <summary>Creates table <paramref name="table"/> in <paramref name="connection"/> and inserts the rows in one transaction.</summary>
    /// <remarks>Columns whose every non-empty cell is a number (and that are not ids) are REAL/double precision; others TEXT.</remarks>
    public static void CreateTable(DbConnection connection, string table, string[] header, string[][] rows, bool postgres = false)
    {
        var numeric = new bool[header.Length];
        for (var c = 0; c < header.Length; c++)
        {
            numeric[c] = !IsTextColumn(header[c]) && rows.All(r => c >= r.Length || r[c].Length == 0 || Typed(r[c]) is double);
        }

        using var transaction = connection.BeginTransaction();
        using (var create = connection.CreateCommand())
        {
            create.Transaction = transaction;
            var columns = header.Select((h, c) => $"\"{h}\" {(numeric[c] ? (postgres ? "double precision" : "REAL") : "TEXT")}");
            create.CommandText = $"DROP TABLE IF EXISTS \"{table}\"; CREATE TABLE \"{table}\" ({string.Join(", ", columns)})";
            create.ExecuteNonQuery();
        }

        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO \"{table}\" VALUES ({string.Join(", ", header.Select((_, c) => "@p" + c.ToString(CultureInfo.InvariantCulture)))})";
        var parameters = new DbParameter[header.Length];
        for (var c = 0; c < header.Length; c++)
        {
            parameters[c] = insert.CreateParameter();
            parameters[c].ParameterName = "p" + c.ToString(CultureInfo.InvariantCulture);
            parameters[c].DbType = numeric[c] ? System.Data.DbType.Double : System.Data.DbType.String;
            insert.Parameters.Add(parameters[c]);
        }

        foreach (var row in rows)
        {
            for (var c = 0; c < header.Length; c++)
            {
                var cell = c < row.Length ? row[c] : string.Empty;
                parameters[c].Value = cell.Length == 0 ? DBNull.Value : numeric[c] ? double.Parse(cell, CultureInfo.InvariantCulture) : cell;
            }

            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>Creates a SQLite database file with table <paramref name="table"/>.</summary>
    public static void CreateSqlite(string path, string table, string[] header, string[][] rows)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        CreateTable(connection, table, header, rows);
    }

    /// <summary>The connection string of a SQLite database file (no pooling, so the file can be deleted afterwards).</summary>
    public static string SqliteConnectionString(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();

    /// <summary>
    /// The PostgreSQL connection string from <see cref="PostgresVariable"/>. When it is unset the test is ignored,
    /// except under CI (<c>CI=true</c>), where <c>.ci/run</c> must have started a server: then the test fails.
    /// </summary>
    public static string PostgresConnectionString()
    {
        var value = Environment.GetEnvironmentVariable(PostgresVariable);
        if (!string.IsNullOrWhiteSpace(value))
        {
            return value;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"{PostgresVariable} is not set under CI=true: .ci/run should have started PostgreSQL.");
        }

        Assert.Ignore($"{PostgresVariable} is not set: no PostgreSQL server to test against (.ci/run starts one).");
        return string.Empty;
    }

    /// <summary>A unique lower-case table name for one test.</summary>
    public static string UniqueTable(string prefix) => prefix + "_" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Asserts two tables hold the same firms (fields, measures, tags), optionally the same source lines.</summary>
    public static void AssertSameFirms(FirmTable expected, FirmTable actual, bool sameLines = true)
    {
        Assert.That(actual.Count, Is.EqualTo(expected.Count), "count");
        Assert.Multiple(() =>
        {
            Assert.That(actual.Ids, Is.EqualTo(expected.Ids), "ids");
            Assert.That(actual.Names, Is.EqualTo(expected.Names), "names");
            Assert.That(actual.SizeClasses.ToArray(), Is.EqualTo(expected.SizeClasses.ToArray()), "size classes");
            Assert.That(actual.StartYears.ToArray(), Is.EqualTo(expected.StartYears.ToArray()), "start years");
            Assert.That(actual.TagNames.Order(StringComparer.Ordinal), Is.EqualTo(expected.TagNames.Order(StringComparer.Ordinal)), "tags");
            Assert.That(actual.MeasureColumns.Select(m => m.Measure.Id), Is.EqualTo(expected.MeasureColumns.Select(m => m.Measure.Id)), "measures");
            if (sameLines)
            {
                Assert.That(actual.SourceLines.ToArray(), Is.EqualTo(expected.SourceLines.ToArray()), "lines");
            }
        });
        foreach (var column in expected.MeasureColumns)
        {
            var other = actual.GetMeasure(column.Measure.Id);
            for (var row = 0; row < expected.Count; row++)
            {
                Assert.That(other[row], Is.EqualTo(column[row]), $"{column.Measure.Id} of row {row}");
            }
        }

        foreach (var tag in expected.TagNames)
        {
            Assert.That(actual.GetTag(tag).Rows(), Is.EqualTo(expected.GetTag(tag).Rows()), $"tag {tag}");
        }
    }
}
