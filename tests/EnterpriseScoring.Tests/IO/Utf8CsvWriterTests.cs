using System.Text;
using EnterpriseScoring.IO;

namespace EnterpriseScoring.Tests.IO;

/// <summary>
/// <see cref="Utf8CsvWriter"/> gives the bytes of our CsvHelper writers (<c>CsvOutput</c>, UTF-8, comma) writing the text
/// <see cref="FormulaGuard.Escape"/> makes (or the raw text with <see cref="FormulaEscaping.None"/>).
/// </summary>
public class Utf8CsvWriterTests
{
    private static readonly string[] Pieces =
    [
        "a", "Z", "0", "-", ".", ",", "\"", "\r", "\n", "\r\n", " ", "\t", "=", "+", "@", ";", "中", "文", "亩均", "😀", "\ud800", "\udc00",
        "\u00a0", "\u3000", "\u2028", "\0", "'", "#", "é",
    ];

    [TestCase("")]
    [TestCase("plain")]
    [TestCase(" leading and trailing ")]
    [TestCase("a,b")]
    [TestCase("say \"hi\"")]
    [TestCase("\"")]
    [TestCase("line\nbreak")]
    [TestCase("cr\ronly")]
    [TestCase("浙江凯兴服饰有限公司")]
    [TestCase("中,文\"引号\"\r\n换行")]
    [TestCase("=1+2")]
    [TestCase("tab\there")]
    [TestCase("lone \ud800 surrogate")]
    [TestCase("\udc00")]
    [TestCase("emoji 😀,")]
    [TestCase("-5")]
    [TestCase("@SUM(1)")]
    [TestCase("+cmd|' /C calc'!A0")]
    [TestCase("=HYPERLINK(\"http://x\",\"y\")")]
    [TestCase("\t=1+1")]
    [TestCase("\r=1+1")]
    [TestCase("\n=1+1")]
    [TestCase("'quoted")]
    [TestCase("＝1+1")]
    public void WriteField_Text_SameBytesAsCsvHelper(string text)
    {
        Assert.That(Ours([[text, "z"]]), Is.EqualTo(CsvHelper([[FormulaGuard.Escape(text), "z"]])));
        Assert.That(Ours([[text, "z"]], escaping: FormulaEscaping.None), Is.EqualTo(CsvHelper([[text, "z"]])));
    }

    [TestCase("=1+2", "'=1+2,z\r\n")]
    [TestCase("-5", "'-5,z\r\n")]
    [TestCase("=a,b", "\"'=a,b\",z\r\n")]
    [TestCase("\r-1", "\"'\r-1\",z\r\n")]
    [TestCase("'x", "''x,z\r\n")]
    [TestCase("a=b", "a=b,z\r\n")]
    [TestCase("", ",z\r\n")]
    public void WriteField_FormulaStart_QuotePrefixedThenQuotedAsCsvRequires(string text, string expected) =>
        Assert.That(Encoding.UTF8.GetString(Ours([[text, "z"]])).TrimStart('\uFEFF'), Is.EqualTo(expected));

    [Test]
    public void WriteNumberAndInt_Negative_NeverPrefixed()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8CsvWriter(stream, false))
        {
            writer.WriteNumber(-2.5);
            writer.WriteInt(-7);
            writer.EndRecord();
            writer.Flush();
        }

        Assert.That(Encoding.UTF8.GetString(stream.ToArray()), Is.EqualTo("-2.5,-7\r\n"));
    }

    [TestCase(FormulaEscaping.QuotePrefix)]
    [TestCase(FormulaEscaping.None)]
    public void WriteField_RandomRecords_SameBytesAsCsvHelper(FormulaEscaping escaping)
    {
        var random = new Random(7);
        var records = new List<string[]>();
        for (var r = 0; r < 2000; r++)
        {
            var record = new string[6];
            for (var f = 0; f < record.Length; f++)
            {
                var text = new StringBuilder();
                for (var p = random.Next(0, 8); p > 0; p--)
                {
                    text.Append(Pieces[random.Next(Pieces.Length)]);
                }

                record[f] = text.ToString();
            }

            records.Add(record);
        }

        var expected = escaping == FormulaEscaping.None ? records : [.. records.Select(r => r.Select(FormulaGuard.Escape).ToArray())];
        Assert.That(Ours(records, escaping: escaping), Is.EqualTo(CsvHelper(expected)));
    }

    [Test]
    public void WriteNumber_SameBytesAsFormatNumberThroughCsvHelper()
    {
        double[] values = [0, -0.0, 1.5, -2.25, 1e-5, 1e20, 123456789.123, 1.0 / 3, double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue];
        using var stream = new MemoryStream();
        using (var writer = new Utf8CsvWriter(stream, true))
        {
            foreach (var v in values)
            {
                writer.WriteNumber(v);
            }

            writer.EndRecord();
            writer.Flush();
        }

        Assert.That(stream.ToArray(), Is.EqualTo(CsvHelper([[.. values.Select(v => ResultsCsvFormat.FormatNumber(v))]])));
    }

    [Test]
    public void EncodeAround_QuotedWhenThePartsNeedIt_SameBytesAsTheWholeField()
    {
        foreach (var (prefix, suffix) in new[] { ("rank ", " of 5"), ("a, rank ", " → A"), ("\"", "\""), ("", "x\ny"), ("中文 ", ""), ("=x ", ""), ("-", ",y"), ("'", "") })
        {
            var (p, s) = Utf8CsvWriter.EncodeAround(prefix, suffix, FormulaEscaping.QuotePrefix);
            using var stream = new MemoryStream();
            using (var writer = new Utf8CsvWriter(stream, true))
            {
                writer.WriteEncoded(p, 12345, s);
                writer.WriteField("z");
                writer.EndRecord();
                writer.Flush();
            }

            Assert.That(stream.ToArray(), Is.EqualTo(CsvHelper([[FormulaGuard.Escape(prefix + "12345" + suffix), "z"]])), prefix + "|" + suffix);
        }
    }

    [Test]
    public void Write_FieldsLargerThanTheBuffer_SameBytesAsCsvHelper()
    {
        var large = string.Concat(Enumerable.Repeat("亩均,\"x\"\n", 50_000));
        string[][] records = [[large, "a"], ["b", large]];

        Assert.That(Ours(records, 1024), Is.EqualTo(CsvHelper(records)));
        string[][] formulas = [["=" + large, "-" + large]];
        Assert.That(Ours(formulas, 1024), Is.EqualTo(CsvHelper([[.. formulas[0].Select(FormulaGuard.Escape)]])));
    }

    [Test]
    public void EndRecord_DifferentFieldCount_Throws()
    {
        using var writer = new Utf8CsvWriter(null, false);
        writer.WriteField("a");
        writer.WriteField("b");
        writer.EndRecord();
        writer.WriteField("c");
        Assert.That(writer.EndRecord, Throws.InvalidOperationException);
    }

    private static byte[] Ours(IEnumerable<string[]> records, int bufferSize = 64, FormulaEscaping escaping = FormulaEscaping.QuotePrefix)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8CsvWriter(stream, true, escaping, bufferSize))
        {
            WriteAll(records, writer.WriteField, writer.EndRecord);
            writer.Flush();
        }

        return stream.ToArray();
    }

    private static byte[] CsvHelper(IEnumerable<string[]> records)
    {
        using var stream = new MemoryStream();
        using (var writer = CsvOutput.Create(stream, null, true, ','))
        {
            WriteAll(records, f => writer.WriteField(f), writer.EndRecord);
            writer.Flush();
        }

        return stream.ToArray();
    }

    private static void WriteAll(IEnumerable<string[]> records, Action<string> field, Action endRecord)
    {
        foreach (var record in records)
        {
            foreach (var f in record)
            {
                field(f);
            }

            endRecord();
        }
    }
}
