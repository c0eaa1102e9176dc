using System.Globalization;
using EnterpriseScoring.IO;
using EnterpriseScoring.Results;

namespace EnterpriseScoring.Tests.Results;

/// <summary>results.csv read with CsvHelper (an independent parser), and a flat value as results.csv writes its cell.</summary>
internal static class FlatResultsCsv
{
    /// <summary>results.csv of <paramref name="evaluation"/> with text as it is (no formula escaping): header and records.</summary>
    public static (string[] Header, List<string[]> Rows) Write(Evaluation evaluation)
    {
        using var stream = new MemoryStream();
        ResultsCsvWriter.Write(evaluation, stream, new ResultsCsvWriterOptions { FormulaEscaping = FormulaEscaping.None });
        return Parse(stream.ToArray());
    }

    /// <summary>The header and records of a CSV file's bytes (a byte order mark skipped).</summary>
    public static (string[] Header, List<string[]> Rows) Parse(byte[] bytes)
    {
        var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        using var stream = new MemoryStream(bytes, bom, bytes.Length - bom);
        using var reader = CsvHelper.CsvReader.Create(stream, CsvHelper.CsvReaderOptions.Default with { Separator = ',', HasHeader = false }, true);
        var records = new List<string[]>();
        while (reader.Read())
        {
            records.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return (records[0], records.Skip(1).ToList());
    }

    /// <summary>The results.csv cell of a flat value: empty for null, numbers as round-trip text.</summary>
    public static string Cell(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        double d => ResultsCsvFormat.FormatNumber(d),
        int i => i.ToString(CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"unexpected {value.GetType()}"),
    };

    /// <summary>Asserts that every column of every flat row is its results.csv cell (<paramref name="csvRows"/> from row 0, header <paramref name="header"/>).</summary>
    public static int AssertSame(FlatResults flat, string[] header, IReadOnlyList<string[]> csvRows, string context)
    {
        var index = header.Select((h, i) => (h, i)).ToDictionary(p => p.h, p => p.i, StringComparer.Ordinal);
        Assert.That(flat.ColumnNames, Is.EqualTo(header.Where(h => h != "consequences")), $"{context}: the flat columns are results.csv's but consequences");
        var compared = 0;
        for (var row = 0; row < flat.Count; row++)
        {
            var values = flat.WideRow(row);
            for (var c = 0; c < values.Length; c++)
            {
                var expected = csvRows[row][index[flat.Columns[c].Name]];
                var actual = Cell(values[c]);
                if (!string.Equals(expected, actual, StringComparison.Ordinal))
                {
                    Assert.Fail($"{context}: row {row} ({flat[row].Id}) column {flat.Columns[c].Name}: results.csv '{expected}', flat '{actual}'");
                }

                compared++;
            }
        }

        return compared;
    }
}
