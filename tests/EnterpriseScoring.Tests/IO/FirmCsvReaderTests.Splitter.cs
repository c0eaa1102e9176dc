using System.Globalization;
using System.Text;
using EnterpriseScoring.IO;
using static EnterpriseScoring.Tests.IO.CsvTestData;

namespace EnterpriseScoring.Tests.IO;

/// <summary>
/// The plain-line splitter gives exactly what CsvHelper gives: random files (quotes, doubled quotes, line breaks of every
/// kind, blank and white-space lines, ragged rows, bad numbers, duplicate ids, Chinese text, invalid bytes) read both
/// ways, at several splitter buffer sizes, must give the same table, rejections, warnings and counts.
/// </summary>
public partial class FirmCsvReaderTests
{
    private static readonly string[] Pieces =
    [
        "1", "2.5", "-3", "1e3", " 7 ", "\"1,234.5\"", "", "-", "无", "abc", "甲乙", "\u3000丙\u3000", "\t", "\"\"", "\"a,b\"", "\"x\"\"y\"",
        "\"line\nbreak\"", "\"cr\r\nlf\"", "\"", "a\"b", "是", "否", "above", "规下", "2015", "1899", "listed;high_tech", "\u00A0",
        "abc\t", "\t12亩 ", " 上 \t", "\v", "NaN",
    ];

    private static readonly string[] Breaks = ["\n", "\r\n", "\r", "\n\n", "\n \n", "\r\n\t\r\n"];

    /// <summary>A random firm file with seed <paramref name="seed"/>.</summary>
    private static string RandomFile(int seed, int rows, bool quotes)
    {
        var random = new Random(seed);
        var sb = new StringBuilder("id,name,region,size_class,start_year,land_area,tax,listed,tags,出口额\n");
        for (var r = 0; r < rows; r++)
        {
            var fields = random.Next(20) == 0 ? random.Next(1, 13) : 10;
            for (var f = 0; f < fields; f++)
            {
                if (f > 0)
                {
                    sb.Append(',');
                }

                if (f == 0)
                {
                    sb.Append(random.Next(10) switch
                    {
                        0 => Uscc(random.Next(5)),
                        1 => "bad-id",
                        2 => string.Empty,
                        _ => Uscc(1000 + r),
                    });
                    continue;
                }

                string piece;
                do
                {
                    piece = Pieces[random.Next(Pieces.Length)];
                }
                while (!quotes && piece.Contains('"', StringComparison.Ordinal));
                sb.Append(piece);
            }

            sb.Append(Breaks[random.Next(Breaks.Length)]);
        }

        return random.Next(2) == 0 ? sb.ToString().TrimEnd('\n', '\r') : sb.ToString();
    }

    /// <summary>Everything a read gives, as text (numbers as raw bits).</summary>
    private static string Fingerprint(FirmReadResult result)
    {
        var t = result.Table;
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{result.RowsRead} {result.RejectedRowCount} {result.BlankRowsSkipped} {result.EncodingUsed.WebName}");
        sb.AppendLine(string.Join('|', result.IgnoredColumns)).AppendLine(string.Join('|', result.MissingMeasures));
        sb.AppendLine(string.Join('|', result.Columns.Select(c => c.ToString())));
        foreach (var issue in result.Rejections.Concat(result.Warnings))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"{issue} {issue.Code}");
        }

        for (var i = 0; i < t.Count; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{t.SourceLines[i]} {t.Ids[i]} [{t.Names[i]}] [{t.Regions[i]}] [{t.Platforms[i]}] [{t.Industries[i]}] [{t.Parcels[i]}] {t.SizeClasses[i]} {t.StartYears[i]} {t.StartYearPresence[i]}");
            foreach (var column in t.MeasureColumns)
            {
                sb.Append(CultureInfo.InvariantCulture, $" {column.Measure.Id}={BitConverter.DoubleToInt64Bits(column.Values[i]):X}/{column.Presence[i]}");
            }

            foreach (var tag in t.TagNames)
            {
                sb.Append(t.HasTag(i, tag) ? " #" + tag : string.Empty);
            }

            sb.AppendLine();
        }

        return sb.ToString();
    }

    private static string ReadBothWays(byte[] bytes, int splitterBuffer, out string viaCsvHelper)
    {
        viaCsvHelper = Fingerprint(FirmCsvReader.Read(new MemoryStream(bytes), null, 0));
        return Fingerprint(FirmCsvReader.Read(new MemoryStream(bytes), null, splitterBuffer));
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Read_RandomFiles_SplitterSameAsCsvHelper(bool quotes)
    {
        for (var seed = 0; seed < 60; seed++)
        {
            var csv = RandomFile(seed, 40, quotes);
            foreach (var (bytes, size) in new[]
            {
                (Encoding.UTF8.GetBytes(csv), 8), (Encoding.UTF8.GetBytes(csv), 1 << 20),
                ([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(csv)], 13), (Gb18030.GetBytes(csv), 9),
            })
            {
                var split = ReadBothWays(bytes, size, out var expected);
                Assert.That(split, Is.EqualTo(expected), $"seed {seed}, buffer {size}:\n{csv}");
            }
        }
    }

    [Test]
    public void Read_FromPath_RowCountHintExactOrNot_SameAsCsvHelper()
    {
        var path = Path.GetTempFileName();
        try
        {
            foreach (var csv in new[] { SampleCsv(300), SampleCsv(300) + "\n\n", RandomFile(7, 50, quotes: true), "id,name\n" })
            {
                var bytes = Encoding.UTF8.GetBytes(csv);
                File.WriteAllBytes(path, bytes);
                Assert.That(Fingerprint(FirmCsvReader.Read(path)), Is.EqualTo(Fingerprint(FirmCsvReader.Read(new MemoryStream(bytes), null, 0))));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Read_InvalidUtf8AfterThePrefix_SplitterSameAsCsvHelper()
    {
        // UTF-8 for the detection prefix, then GB18030 bytes: the U+FFFD warnings must be the same both ways.
        var head = Encoding.UTF8.GetBytes(SampleCsv(1500));
        var tail = Gb18030.GetBytes(string.Join('\n', SampleCsv(30).Split('\n').Skip(1).Select(l => l.Replace("9133", "9144", StringComparison.Ordinal))));
        var split = ReadBothWays([.. head, .. tail], 4096, out var expected);
        Assert.That(split, Is.EqualTo(expected));
    }

    [Test]
    public void Read_SampleCityWithAStrayQuote_SplitterHandsOverToCsvHelper()
    {
        var csv = StrayQuoteInName(SampleCsv(500), 300);
        var split = ReadBothWays(Encoding.UTF8.GetBytes(csv), 4096, out var expected);
        Assert.That(split, Is.EqualTo(expected));
    }
}
