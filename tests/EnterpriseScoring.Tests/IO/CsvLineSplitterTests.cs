using System.Text;
using EnterpriseScoring.IO;

namespace EnterpriseScoring.Tests.IO;

/// <summary>The plain-line splitter on its own, at every buffer size from tiny (every line crosses a buffer boundary) to large.</summary>
public class CsvLineSplitterTests
{
    private static readonly int[] BufferSizes = [4, 5, 7, 16, 1 << 20];

    /// <summary>Splits <paramref name="text"/> into "line:field|field" records, ending with "end" or "quote@line:rest".</summary>
    private static List<string> Split(string text, int bufferSize)
    {
        using var splitter = new CsvLineSplitter(new MemoryStream(Encoding.UTF8.GetBytes(text)), ',', bufferSize);
        var records = new List<string>();
        while (true)
        {
            switch (splitter.Read())
            {
                case SplitResult.Record:
                    var fields = Enumerable.Range(0, splitter.FieldCount).Select(c => Encoding.UTF8.GetString(splitter.GetSpan(c)));
                    records.Add($"{splitter.Line}:{string.Join('|', fields)}");
                    break;
                case SplitResult.End:
                    records.Add("end");
                    return records;
                default:
                    using (var rest = new StreamReader(splitter.Rest(), Encoding.UTF8))
                    {
                        records.Add($"quote@{splitter.Line}:{rest.ReadToEnd()}");
                    }

                    return records;
            }
        }
    }

    private static void AssertSplits(string text, params string[] expected)
    {
        foreach (var size in BufferSizes)
        {
            Assert.That(Split(text, size), Is.EqualTo(expected), $"buffer {size}");
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
        using var splitter = new CsvLineSplitter(transcoded, ',', 5);
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
    public void Read_LineWithAQuote_StopsThereAndHandsOverTheRest()
    {
        AssertSplits("a,b\n\nc,\"d,e\"\nf,g\n", "1:a|b", "quote@3:c,\"d,e\"\nf,g\n");
        AssertSplits("a,b\nc,d\"e\r\n", "1:a|b", "quote@2:c,d\"e\r\n");
        AssertSplits("\"a\"", "quote@1:\"a\"");
    }

    [Test]
    public void Read_EmptyInput_IsTheEnd()
    {
        AssertSplits(string.Empty, "end");
        AssertSplits("\n\n", "end");
    }
}
