using System.Text;
using CsvHelper;
using EnterpriseScoring.IO;

namespace EnterpriseScoring.Tests.IO;

/// <summary>The plain-line splitter on its own, at every buffer size from tiny (every line crosses a buffer boundary) to large.</summary>
public class CsvLineSplitterTests
{
    private static readonly int[] BufferSizes = [4, 5, 7, 16, 1 << 20];

    private static readonly CsvLimits Unlimited = new(int.MaxValue / 4, int.MaxValue / 4, int.MaxValue, int.MaxValue);

    /// <summary>
    /// Splits <paramref name="text"/> into "line:field|field" records ("line+n" when a record spans n more lines),
    /// "irregular@line:raw" for records left to CsvHelper, "rejected@first-last:limit:field:value[:stray][:eof]" for
    /// records over a limit, ending with "end".
    /// </summary>
    private static List<string> Split(string text, int bufferSize, CsvLimits? limits = null, int expectedFields = 0)
    {
        using var splitter = new CsvLineSplitter(new MemoryStream(Encoding.UTF8.GetBytes(text)), ',', limits ?? Unlimited, bufferSize) { ExpectedFields = expectedFields };
        var records = new List<string>();
        while (true)
        {
            var result = splitter.Read();
            var line = splitter.LineCount > 1 ? $"{splitter.Line}+{splitter.LineCount - 1}" : $"{splitter.Line}";
            switch (result)
            {
                case SplitResult.Record:
                    var fields = Enumerable.Range(0, splitter.FieldCount).Select(c => Encoding.UTF8.GetString(splitter.GetSpan(c)));
                    records.Add($"{line}:{string.Join('|', fields)}");
                    break;
                case SplitResult.Irregular:
                    records.Add($"irregular@{line}:{Encoding.UTF8.GetString(splitter.RawRecord)}");
                    break;
                case SplitResult.Rejected:
                    var r = splitter.Rejection;
                    records.Add($"rejected@{splitter.Line}-{r.LastLine}:{r.Limit}:{r.Field}:{r.Value}{(r.StrayQuote ? ":stray" : string.Empty)}{(r.EndOfInput ? ":eof" : string.Empty)}");
                    break;
                default:
                    records.Add("end");
                    return records;
            }
        }
    }

    private static void AssertSplits(string text, params string[] expected) => AssertSplits(text, null, 0, expected);

    private static void AssertSplits(string text, CsvLimits? limits, int expectedFields, params string[] expected)
    {
        foreach (var size in BufferSizes)
        {
            Assert.That(Split(text, size, limits, expectedFields), Is.EqualTo(expected), $"buffer {size}");
        }
    }

    [Test]
    public void Read_LineEndings_LfCrLfAndLoneCr() =>
        AssertSplits("a,b\nc,d\r\ne,f\rg,h", "1:a|b", "2:c|d", "3:e|f", "4:g|h", "end");

    [Test]
    public void Read_TrailingNewlineOrNot_SameRecords()
    {
        AssertSplits("a,b\n", "1:a|b", "end");
        AssertSplits("a,b", "1:a|b", "end");
        AssertSplits("a,b\r\n", "1:a|b", "end");
        AssertSplits("a,b\r", "1:a|b", "end");
    }

    [Test]
    public void Read_EmptyAndWhiteSpaceLines_AreNoRecordsButCountAsLines() =>
        AssertSplits("a\n\n \t \r\n\r\rb\n", "1:a", "6:b", "end");

    [Test]
    public void Read_CrCrLf_IsTwoLineBreaks() => AssertSplits("a\r\r\nb", "1:a", "3:b", "end");

    [Test]
    public void Read_EmptyFields_AndEmptyLastField() =>
        AssertSplits(",\na,\n,b\n,,\n", "1:|", "2:a|", "3:|b", "4:||", "end");

    [Test]
    public void Read_FieldsTrimmedOfSpacesAndTabsOnly() =>
        AssertSplits(" a \t,\tb c ,\u3000d\u00A0\n", "1:a|b c|\u3000d\u00A0", "end");

    [Test]
    public void Read_ChineseAndGb18030TranscodedText_KeptWhole()
    {
        const string Text = "统一社会信用代码,企业名称\n91330100MA0000000X,桐乡康达纺织有限公司\n";
        AssertSplits(Text, "1:统一社会信用代码|企业名称", "2:91330100MA0000000X|桐乡康达纺织有限公司", "end");
        var gb = CsvTestData.Gb18030;
        using var transcoded = Encoding.CreateTranscodingStream(new MemoryStream(gb.GetBytes(Text)), gb, new UTF8Encoding(false));
        using var splitter = new CsvLineSplitter(transcoded, ',', Unlimited, 5);
        Assert.Multiple(() =>
        {
            Assert.That(splitter.Read(), Is.EqualTo(SplitResult.Record));
            Assert.That(splitter.Read(), Is.EqualTo(SplitResult.Record));
            Assert.That(Encoding.UTF8.GetString(splitter.GetSpan(1)), Is.EqualTo("桐乡康达纺织有限公司"));
        });
    }

    [Test]
    public void Read_LongFieldsAcrossBufferBoundaries()
    {
        var longField = new string('甲', 5000) + new string('x', 3001);
        AssertSplits($"a,{longField},b\r\n{longField}\n", $"1:a|{longField}|b", $"2:{longField}", "end");
    }

    [Test]
    public void Read_ManyFields_GrowsTheFieldTable()
    {
        var line = string.Join(',', Enumerable.Range(0, 300));
        AssertSplits(line + "\n", "1:" + line.Replace(',', '|'), "end");
    }

    [Test]
    public void Read_QuotedFields_AreSplitHere()
    {
        AssertSplits("a,b\n\nc,\"d,e\"\nf,g\n", "1:a|b", "3:c|d,e", "4:f|g", "end");
        AssertSplits("\"a\"\"b\" , \"\"\"\",c\n", "1:a\"b|\"|c", "end");
        AssertSplits(" \"x\r\ny\",z\r\n\"p\rq\"\nw", "1+1:x\r\ny|z", "3+1:p\rq", "5:w", "end");
        AssertSplits("\"a\",\n", "1:a|", "end");
        AssertSplits("\"a\"", "1:a", "end");
    }

    [Test]
    public void Read_QuotesOutOfPlace_AreHandedOverWhole()
    {
        AssertSplits("a,b\nc,d\"e\r\nf", "1:a|b", "irregular@2:c,d\"e", "3:f", "end");
        AssertSplits("\"ab\"c\"d,e\"\nx,y\n", "irregular@1:\"ab\"c\"d,e\"", "2:x|y", "end");
        AssertSplits("a,\"b\nc", "irregular@1+1:a,\"b\nc", "end");
    }

    [Test]
    public void Read_FieldOverTheLimit_RejectsTheLineAndGoesOn()
    {
        var limits = Unlimited with { MaxFieldLength = 5 };
        AssertSplits("a,123456,b\nc,12345\n", limits, 0, "rejected@1-1:FieldLength:1:123456", "2:c|12345", "end");
        AssertSplits("a,\"12345\",b\n\"12\"\"3\",\"甲乙丙丁戊己\"\nc\n", limits, 0, "1:a|12345|b", "rejected@2-2:FieldLength:1:\"甲乙丙丁戊己\"", "3:c", "end");
    }

    [Test]
    public void Read_RecordOverTheLimit_RejectsTheLineAndGoesOn() =>
        AssertSplits("aaaa,bbbb,cccc\nx,y\n\"aaaa\",bbbb,cccc\nz\n", Unlimited with { MaxRecordLength = 10 }, 0, "rejected@1-1:RecordLength:0:aaaa,bbbb,cccc", "2:x|y", "rejected@3-3:RecordLength:2:cccc", "4:z", "end");

    [Test]
    public void Read_TooManyFields_RejectsTheLineAndGoesOn() =>
        AssertSplits("a,b,c,d\ne,f\n\"a\",b,c,d\n", Unlimited with { MaxColumns = 3 }, 0, "rejected@1-1:Columns:3:d", "2:e|f", "rejected@3-3:Columns:3:d", "end");

    [TestCase(false)]
    [TestCase(true)]
    public void Read_HugeLineWithoutBreak_IsSkippedWithoutBeingHeld(bool quoted)
    {
        var limits = Unlimited with { MaxFieldLength = 100, MaxRecordLength = 1000 };
        var bytes = Encoding.UTF8.GetBytes("a,b\nc," + (quoted ? "\"" : string.Empty) + new string('x', 5_000_000) + (quoted ? "\"" : string.Empty) + ",d\ne,f");
        using var splitter = new CsvLineSplitter(new MemoryStream(bytes), ',', limits, 256);
        Assert.Multiple(() =>
        {
            Assert.That(splitter.Read(), Is.EqualTo(SplitResult.Record));
            Assert.That(splitter.Read(), Is.EqualTo(SplitResult.Rejected));
            Assert.That((splitter.Line, splitter.Rejection.LastLine, splitter.Rejection.Limit, splitter.Rejection.Field), Is.EqualTo((2, 2, SplitLimit.FieldLength, 1)));
            Assert.That(splitter.Rejection.Value, Has.Length.EqualTo(61).And.EndWith("…"));
            Assert.That(splitter.BufferCapacity, Is.LessThanOrEqualTo(16 * 1024), "never held more than the limits allow");
            Assert.That(splitter.Read(), Is.EqualTo(SplitResult.Record));
            Assert.That((splitter.Line, Encoding.UTF8.GetString(splitter.GetSpan(0))), Is.EqualTo((3, "e")));
        });
    }

    [Test]
    public void Read_QuotedFieldOverTheLineLimit_WithoutRecordsInside_IsOneRejectedRecord()
    {
        var limits = Unlimited with { MaxRecordLines = 3 };
        AssertSplits("a,\"x\nx\nx\nx\nx\",b\nc,d,e\n", limits, 3, "rejected@1-5:Lines:1:\"x", "6:c|d|e", "end");
        AssertSplits("a,\"x\r\nx\rx\nx\"\"\n\"\"x\"\"\",b,\"z\nw\",v\nc,d,e", limits, 3, "rejected@1-5:Lines:1:\"x", "irregular@6:w\",v", "7:c|d|e", "end");
        AssertSplits("a,\"x\nx\nx\nx", limits, 3, "rejected@1-4:Lines:1:\"x:eof", "end");
    }

    [Test]
    public void Read_QuotedFieldOverTheLineLimit_WithARecordInside_IsAStrayQuote() =>
        AssertSplits("a,\"x,b\nc,d,e\nf,g,h\ni,j,k\n", Unlimited with { MaxRecordLines = 2 }, 3, "rejected@1-1:Lines:1:\"x,b:stray", "2:c|d|e", "3:f|g|h", "4:i|j|k", "end");

    [Test]
    public void Read_QuotedFieldOverTheLengthLimit_IsSkippedToItsClosingQuote() =>
        AssertSplits("a,\"123456\n7\",b\nc\n", Unlimited with { MaxFieldLength = 5 }, 3, "rejected@1-2:FieldLength:1:\"123456", "3:c", "end");

    [Test]
    public void Undecodable_MarksRecordsWithInvalidUtf8OrReplacementCharacters()
    {
        var text = Encoding.UTF8.GetBytes("ok,甲\nbad,");
        byte[] input = [.. text, 0xFF, .. "\nfffd,\uFFFD\n"u8, .. Encoding.UTF8.GetBytes("quoted,\"乙\"\n")];
        foreach (var size in BufferSizes)
        {
            using var splitter = new CsvLineSplitter(new MemoryStream(input), ',', Unlimited, size);
            var marks = new List<bool>();
            while (splitter.Read() != SplitResult.End)
            {
                marks.Add(splitter.Undecodable);
            }

            Assert.That(marks, Is.EqualTo(new[] { false, true, true, false }), $"buffer {size}");
        }
    }

    /// <summary>
    /// The splitter frames records exactly where CsvHelper, reading the whole input, ends them: random text of quotes,
    /// doubled quotes, delimiters, every kind of line break, white space and Chinese gives the same records, on the same
    /// lines, with the same fields (those of irregular records parsed by CsvHelper, as the reader does).
    /// </summary>
    [Test]
    public void Read_RandomInput_FramesRecordsWhereCsvHelperDoes()
    {
        string[] alphabet = ["a", "b", ",", "\"", "\"\"", "\n", "\r\n", "\r", " ", "\t", "甲", ",\"", "\",", "\n\""];
        var options = CsvReaderOptions.Default with { HasHeader = false, TrimWhitespace = true, TrackLineNumbers = true, Separator = ',', DetectSeparatorHint = false };
        for (var seed = 0; seed < 3000; seed++)
        {
            var random = new Random(seed);
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]));
            var bytes = Encoding.UTF8.GetBytes(text);
            var expected = new List<string>();
            using (var reader = CsvReader.Create(bytes, options))
            {
                while (reader.Read())
                {
                    Add(expected, reader.LineNumber, Enumerable.Range(0, reader.FieldCount).Select(reader.GetString));
                }
            }

            var actual = new List<string>();
            using (var splitter = new CsvLineSplitter(new MemoryStream(bytes), ',', Unlimited, BufferSizes[seed % BufferSizes.Length]))
            {
                SplitResult result;
                while ((result = splitter.Read()) != SplitResult.End)
                {
                    if (result == SplitResult.Record)
                    {
                        Add(actual, splitter.Line, Enumerable.Range(0, splitter.FieldCount).Select(c => Encoding.UTF8.GetString(splitter.GetSpan(c))));
                        continue;
                    }

                    using var reader = CsvReader.Create(splitter.RawRecordMemory, options with { TrackLineNumbers = false });
                    Assert.That(reader.Read(), Is.True);
                    Add(actual, splitter.Line, Enumerable.Range(0, reader.FieldCount).Select(reader.GetString));
                    Assert.That(reader.Read(), Is.False, $"one record: {text}");
                }
            }

            Assert.That(actual, Is.EqualTo(expected), $"seed {seed}: {text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)}");
        }

        // Records of empty fields only (a line of white space) are not compared: the splitter skips them, the reader too.
        static void Add(List<string> records, long line, IEnumerable<string> fields)
        {
            var list = fields.ToList();
            if (list.Any(f => f.Length > 0))
            {
                records.Add($"{line}:{string.Join('|', list)}");
            }
        }
    }

    [Test]
    public void Read_EmptyInput_IsTheEnd()
    {
        AssertSplits(string.Empty, "end");
        AssertSplits("\n\n", "end");
    }
}
