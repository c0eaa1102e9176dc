using System.Text;
using EnterpriseScoring.IO;
using EnterpriseScoring.Validation;
using static EnterpriseScoring.Tests.IO.CsvTestData;

namespace EnterpriseScoring.Tests.IO;

/// <summary>
/// One input must not cost without bound: records over a limit (a field, a whole record, the lines of a quoted field, the
/// number of columns) are rejected with line, column, value and reason, reading goes on with the next record, and the
/// reader never holds more than the limits allow.
/// </summary>
public partial class FirmCsvReaderTests
{
    /// <summary>The 20-firm sample whose line 11 has a quoted name holding <paramref name="breaks"/> line breaks (each followed by "x").</summary>
    private static string QuotedNameWithLineBreaks(int breaks)
    {
        var lines = SampleCsv(20).Split('\n');
        var fields = lines[10].Split(',');
        fields[1] = "\"" + fields[1] + new StringBuilder().Insert(0, "\nx", breaks) + "\"";
        lines[10] = string.Join(',', fields);
        return string.Join('\n', lines);
    }

    [Test]
    public void Read_QuotedCellWithManyLineBreaks_IsOneRejectedRowNotThousands()
    {
        var result = Read(QuotedNameWithLineBreaks(200_000));
        Assert.Multiple(() =>
        {
            Assert.That(result.RowsRead, Is.EqualTo(20));
            Assert.That(result.Table.Count, Is.EqualTo(19));
            Assert.That(result.RejectedRowCount, Is.EqualTo(1));
            var issue = result.Rejections.Single();
            Assert.That((issue.Line, issue.Column, issue.Code), Is.EqualTo((11, "name", RowIssueCode.RecordTooManyLines)));
            Assert.That(issue.Id, Has.Length.EqualTo(18));
            Assert.That(issue.Value, Does.StartWith("\"").And.Not.Contain("\n"));
            Assert.That(issue.Reason, Is.EqualTo(
                "quoted field opened on line 11 runs on for more than 20 lines (the limit, MaxRecordLines / --max-record-lines) and closes on line 200011; no line inside it reads as a record, so it is one field: the record (lines 11–200011) is rejected as one row, reading goes on with line 200012"));
            Assert.That(result.Table.SourceLines[9], Is.EqualTo(200_012));
            Assert.That(result.Table.SourceLines[^1], Is.EqualTo(200_021));
            Assert.That(result.Warnings, Is.Empty);
        });
    }

    [Test]
    public void Read_QuotedCellWithAFewLineBreaks_IsAField()
    {
        var result = Read(QuotedNameWithLineBreaks(19));
        Assert.Multiple(() =>
        {
            Assert.That((result.RowsRead, result.Table.Count), Is.EqualTo((20, 20)));
            Assert.That(result.Table.Names[9], Does.EndWith("\nx"));
        });
    }

    [Test]
    public void Read_LinesPerRecordLimit_IsConfigurable()
    {
        var result = Read(QuotedNameWithLineBreaks(5), new FirmCsvReaderOptions { MaxRecordLines = 5 });
        Assert.Multiple(() =>
        {
            Assert.That((result.RowsRead, result.Table.Count), Is.EqualTo((20, 19)));
            Assert.That(result.Rejections.Single().Reason, Does.Contain("more than 5 lines").And.Contain("lines 11–16"));
        });
    }

    [Test]
    public void Read_UnterminatedQuoteWithoutRecordsAfterIt_RunsToTheEnd_AsOneRow()
    {
        var result = Read($"id,name,tax\n{A},甲,1\n{B},\"乙{new StringBuilder().Insert(0, "\n续", 50)}");
        Assert.Multiple(() =>
        {
            Assert.That((result.RowsRead, result.Table.Count), Is.EqualTo((2, 1)));
            var issue = result.Rejections.Single();
            Assert.That((issue.Line, issue.Id, issue.Column, issue.Value, issue.Code), Is.EqualTo((3, B, "name", "\"乙", RowIssueCode.RecordTooManyLines)));
            Assert.That(issue.Reason, Does.Contain("is never closed").And.Contain("lines 3–53").And.EndWith("which runs to the end of the file"));
        });
    }

    [Test]
    public void Read_FieldOverTheDefaultLimit_RejectsItsRowOnly()
    {
        var longName = new string('名', 40_000);
        var result = Read($"id,name,tax\n{A},甲,1\n{B},{longName},2\n{C},丙,3\n");
        Assert.Multiple(() =>
        {
            Assert.That((result.RowsRead, result.Table.Count), Is.EqualTo((3, 2)));
            Assert.That(result.Table.Ids, Is.EqualTo(new[] { A, C }));
            var issue = result.Rejections.Single();
            Assert.That((issue.Line, issue.Id, issue.Column, issue.Code), Is.EqualTo((3, B, "name", RowIssueCode.FieldTooLong)));
            Assert.That(issue.Value, Is.EqualTo(new string('名', 60) + "…"));
            Assert.That(issue.Reason, Is.EqualTo("field longer than 32,767 characters (the limit, MaxFieldLength / --max-field-length): the record (line 3) is rejected, reading goes on with line 4"));
        });
    }

    [TestCase("甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛", true)]
    [TestCase("甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬", false)]
    [TestCase("\"甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛\"", true)]
    [TestCase("\"甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬\"", false)]
    [TestCase("\"甲乙丙丁戊己庚辛壬\n己庚辛壬丙丁戊己\"", true)]
    public void Read_FieldLengthLimit_IsConfigurable_InCharacters(string name, bool loaded)
    {
        // The limit is 18 characters, an id's length.
        var result = Read($"id,name,tax\n{A},{name},1\n{B},乙,2\n", new FirmCsvReaderOptions { MaxFieldLength = 18 });
        Assert.Multiple(() =>
        {
            Assert.That(result.RowsRead, Is.EqualTo(2));
            Assert.That(result.Table.Ids.Contains(A), Is.EqualTo(loaded), string.Join("\n", result.Rejections));
            Assert.That(result.Table.Ids, Does.Contain(B));
        });
    }

    [Test]
    public void Read_RecordOverTheLengthLimit_IsRejected()
    {
        var result = Read($"id,name,region,tax\n{A},甲,西湖区,1\n{B},乙乙乙乙乙乙乙乙,滨江区滨江区滨江区,2\n", new FirmCsvReaderOptions { MaxRecordLength = 35 });
        Assert.Multiple(() =>
        {
            Assert.That((result.RowsRead, result.Table.Count), Is.EqualTo((2, 1)));
            var issue = result.Rejections.Single();
            Assert.That((issue.Line, issue.Id, issue.Code), Is.EqualTo((3, B, RowIssueCode.RecordTooLong)));
            Assert.That(issue.Reason, Does.StartWith("record longer than 35 characters"));
        });
    }

    [Test]
    public void Read_RowWithMoreFieldsThanTheLimit_IsRagged()
    {
        var result = Read($"id,name,tax\n{A},甲,1\n{B},乙,2,3,4,5,6,7\n", new FirmCsvReaderOptions { MaxColumns = 5 });
        Assert.Multiple(() =>
        {
            Assert.That((result.RowsRead, result.Table.Count), Is.EqualTo((2, 1)));
            var issue = result.Rejections.Single();
            Assert.That((issue.Line, issue.Id, issue.Code, issue.Value), Is.EqualTo((3, B, RowIssueCode.RaggedRow, "5,6,7")));
            Assert.That(issue.Reason, Does.StartWith("row has more than 5 fields (the limit, MaxColumns / --max-columns; the header has 3)"));
        });
    }

    [Test]
    public void Read_HeaderWith100kColumns_FailsWithABoundedMessage()
    {
        var header = string.Join(',', Enumerable.Range(0, 100_000).Select(i => $"column_{i}"));
        var ex = Assert.Throws<FirmDataException>(() => Read(header + "\n1,2,3\n"));
        Assert.That(ex!.Message, Has.Length.LessThan(300).And.Contain("16,384").And.Contain("--max-columns"));
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Read_HeaderWiderThanAConfiguredLimit_NamesThatLimit(bool quoted)
    {
        var header = string.Join(',', Enumerable.Range(0, 150).Select(i => quoted ? $"\"c{i}\"" : $"c{i}"));
        var ex = Assert.Throws<FirmDataException>(() => Read(header + "\n", new FirmCsvReaderOptions { MaxColumns = 100 }));
        Assert.That(ex!.Message, Does.StartWith("The header has more than the limit of 100 columns (FirmCsvReaderOptions.MaxColumns, escore --max-columns)"));
    }

    [Test]
    public void Read_InputWithoutLineBreaks_IsOneRejectedRow_WithoutHoldingIt()
    {
        // 300 MB of one line, generated on the fly: the reader must neither hold it nor fail.
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        using var input = new GeneratedStream(Encoding.UTF8.GetBytes($"id,name,tax\n{A},甲,1\n{B},"), (byte)'x', 300L << 20);
        var result = FirmCsvReader.Read(input);
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Assert.Multiple(() =>
        {
            Assert.That((result.RowsRead, result.Table.Count), Is.EqualTo((2, 1)));
            var issue = result.Rejections.Single();
            Assert.That((issue.Line, issue.Id, issue.Column, issue.Code), Is.EqualTo((3, B, "name", RowIssueCode.FieldTooLong)));
            Assert.That(issue.Reason, Does.EndWith("which runs to the end of the file"));
            Assert.That(allocated, Is.LessThan(64L << 20), "allocated while reading 300 MB");
        });
    }

    [Test]
    public void Read_NonPositiveLimit_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Read($"id\n{A}\n", new FirmCsvReaderOptions { MaxFieldLength = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Read($"id\n{A}\n", new FirmCsvReaderOptions { MaxRecordLines = -1 }));
    }

    /// <summary>Random files with long fields, many line breaks, stray quotes and ragged rows under small limits: nothing lost, same as CsvHelper.</summary>
    [Test]
    public void Read_RandomFilesUnderSmallLimits_LoseNothing_AndMatchCsvHelper()
    {
        var options = new FirmCsvReaderOptions { MaxFieldLength = 12, MaxRecordLength = 90, MaxRecordLines = 3, MaxColumns = 11 };
        string[] extra = ["\"a\nb\nc\nd\ne\"", "\"long field with \"\"quotes\"\" in it\"", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "\"\n\n\n\n\n\"", ",,,,,,", "\"甲乙丙丁戊己庚辛壬癸子丑\""];
        for (var seed = 0; seed < 80; seed++)
        {
            var random = new Random(seed);
            var lines = RandomFile(seed, 40, quotes: true).Split('\n');
            for (var i = 1; i < lines.Length; i++)
            {
                var fields = lines[i].Split(',');
                if (fields.Length > 1 && random.Next(4) == 0)
                {
                    fields[random.Next(1, fields.Length)] = extra[random.Next(extra.Length)];
                    lines[i] = string.Join(',', fields);
                }
            }

            var bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines));
            var viaCsvHelper = FirmCsvReader.Read(new MemoryStream(bytes), options, 0);
            var result = FirmCsvReader.Read(new MemoryStream(bytes), options, 7);
            Assert.That(Fingerprint(result), Is.EqualTo(Fingerprint(viaCsvHelper)), $"seed {seed}");
            var rejectedLines = result.Rejections.Select(r => r.Line).Distinct().ToList();
            Assert.That(result.RowsRead, Is.EqualTo(result.Table.Count + result.RejectedRowCount), $"seed {seed}");
            Assert.That(rejectedLines, Has.Count.EqualTo(result.RejectedRowCount), $"seed {seed}");
            Assert.That(rejectedLines.Intersect(result.Table.SourceLines.ToArray()), Is.Empty, $"seed {seed}");
        }
    }

    /// <summary>A read-only stream of <paramref name="head"/> then <paramref name="length"/> copies of <paramref name="fill"/>, made as it is read.</summary>
    private sealed class GeneratedStream(byte[] head, byte fill, long length) : Stream
    {
        private long position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => head.Length + length;

        public override long Position
        {
            get => position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = (int)Math.Min(buffer.Length, Length - position);
            var fromHead = (int)Math.Clamp(head.Length - position, 0, n);
            head.AsSpan((int)Math.Min(position, head.Length), fromHead).CopyTo(buffer);
            buffer[fromHead..n].Fill(fill);
            position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
