using System.Text;
using EnterpriseScoring.Internal;
using EnterpriseScoring.IO;

namespace EnterpriseScoring.Tests.IO;

/// <summary><see cref="Utf8CsvWriter"/> gives the bytes of our CsvHelper writers (<c>CsvOutput</c>, UTF-8, comma).</summary>
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
    public void WriteField_Text_SameBytesAsCsvHelper(string text) =>
        Assert.That(Ours([[text, "z"]]), Is.EqualTo(CsvHelper([[text, "z"]])));

    [Test]
    public void WriteField_RandomRecords_SameBytesAsCsvHelper()
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

        Assert.That(Ours(records), Is.EqualTo(CsvHelper(records)));
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
        foreach (var (prefix, suffix) in new[] { ("rank ", " of 5"), ("a, rank ", " → A"), ("\"", "\""), ("", "x\ny"), ("中文 ", "") })
        {
            var (p, s) = Utf8CsvWriter.EncodeAround(prefix, suffix);
            using var stream = new MemoryStream();
            using (var writer = new Utf8CsvWriter(stream, true))
            {
                writer.WriteEncoded(p, 12345, s);
                writer.WriteField("z");
                writer.EndRecord();
                writer.Flush();
            }

            Assert.That(stream.ToArray(), Is.EqualTo(CsvHelper([[prefix + "12345" + suffix, "z"]])), prefix + "|" + suffix);
        }
    }

    [Test]
    public void Write_FieldsLargerThanTheBuffer_SameBytesAsCsvHelper()
    {
        var large = string.Concat(Enumerable.Repeat("亩均,\"x\"\n", 50_000));
        string[][] records = [[large, "a"], ["b", large]];

        Assert.That(Ours(records, 1024), Is.EqualTo(CsvHelper(records)));
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

    private static byte[] Ours(IEnumerable<string[]> records, int bufferSize = 64)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8CsvWriter(stream, true, bufferSize))
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
