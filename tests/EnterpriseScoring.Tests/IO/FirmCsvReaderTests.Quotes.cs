using System.Text;
using EnterpriseScoring.IO;
using EnterpriseScoring.Samples;
using EnterpriseScoring.Validation;
using static EnterpriseScoring.Tests.IO.CsvTestData;

namespace EnterpriseScoring.Tests.IO;

public partial class FirmCsvReaderTests
{
    private static string SampleCsv(int firms)
    {
        using var stream = new MemoryStream();
        FirmCsvWriter.Write(SyntheticCity.Default(firms, 42), stream, new FirmCsvWriterOptions { WriteByteOrderMark = false });
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Puts a quote at the start of the name on the given (1-based) line.</summary>
    private static string StrayQuoteInName(string csv, int line, string quote = "\"")
    {
        var lines = csv.Split('\n');
        var fields = lines[line - 1].Split(',');
        fields[1] = quote + fields[1];
        lines[line - 1] = string.Join(',', fields);
        return string.Join('\n', lines);
    }

    [Test]
    public void Read_StrayQuoteInSampleCity_RejectsOnlyThatLine()
    {
        var csv = StrayQuoteInName(SampleCsv(2000), 11);
        var result = Read(csv);
        Assert.Multiple(() =>
        {
            Assert.That(result.RowsRead, Is.EqualTo(2000));
            Assert.That(result.RejectedRowCount, Is.EqualTo(1));
            Assert.That(result.Table.Count, Is.EqualTo(1999));
            var issue = result.Rejections.Single();
            Assert.That((issue.Line, issue.Column, issue.Code), Is.EqualTo((11, "name", RowIssueCode.UnbalancedQuote)));
            Assert.That(issue.Id, Has.Length.EqualTo(18));
            Assert.That(issue.Value, Does.StartWith("\""));
            Assert.That(issue.Reason, Does.StartWith("unterminated quote opened on line 11"));
            Assert.That(result.Table.SourceLines[8], Is.EqualTo(10));
            Assert.That(result.Table.SourceLines[9], Is.EqualTo(12));
            Assert.That(result.Table.SourceLines[^1], Is.EqualTo(2001));
        });
    }

    [Test]
    public void Read_TwoStrayQuotes_QuoteClosedByTheOther_RejectsBothLines()
    {
        var csv = StrayQuoteInName(StrayQuoteInName(SampleCsv(40), 11), 15);
        var result = Read(csv);
        Assert.Multiple(() =>
        {
            Assert.That(result.RowsRead, Is.EqualTo(40));
            Assert.That(result.Table.Count, Is.EqualTo(38));
            Assert.That(result.Rejections.Select(r => (r.Line, r.Code)), Is.EqualTo(new[] { (11, RowIssueCode.UnbalancedQuote), (15, RowIssueCode.UnbalancedQuote) }));
            Assert.That(result.Rejections[0].Reason, Does.StartWith("unbalanced quote opened on line 11: the quoted field runs to line 15, where text follows the closing quote"));
            Assert.That(result.Rejections[1].Reason, Does.StartWith("unterminated quote opened on line 15"));
            Assert.That(result.Table.SourceLines.ToArray(), Does.Not.Contain(11).And.Not.Contain(15).And.Contain(12).And.Contain(16));
        });
    }

    [Test]
    public void Read_QuotedFieldClosedCleanlyFarAway_IsRecovered()
    {
        // The stray quote on line 3 is "closed" by the quote ending a name 25 lines later: the field count is right.
        var sb = new StringBuilder("id,name,tax\n");
        sb.Append(Uscc(1)).Append(",\"甲,1\n");
        for (var i = 2; i <= 30; i++)
        {
            sb.Append(Uscc(i)).Append(i == 27 ? ",乙\",1\n" : ",乙,1\n");
        }

        var result = Read(sb.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(result.RowsRead, Is.EqualTo(30));
            Assert.That(result.Rejections.Select(r => r.Line), Is.EqualTo(new[] { 2 }), string.Join("\n", result.Rejections));
            Assert.That(result.Rejections[0].Reason, Does.Contain("more than 20 lines"));
            Assert.That(result.Table.Names[25], Is.EqualTo("乙\""), "a quote inside an unquoted field is text");
        });
    }

    [Test]
    public void Read_UnterminatedQuoteInLastColumn_IsRecovered()
    {
        var result = Read($"id,name,tags\n{A},甲,\"listed\n{B},乙,\n{C},丙,high_tech\n");
        Assert.Multiple(() =>
        {
            Assert.That(result.RowsRead, Is.EqualTo(3));
            Assert.That(result.Table.Ids, Is.EqualTo(new[] { B, C }));
            var issue = result.Rejections.Single();
            Assert.That((issue.Line, issue.Id, issue.Column, issue.Value, issue.Code), Is.EqualTo((2, A, "tags", "\"listed", RowIssueCode.UnbalancedQuote)));
        });
    }

    [Test]
    public void Read_UnterminatedQuoteOnLastLine_IsRejected()
    {
        var result = Read($"id,name\n{A},甲\n{B},\"乙\n");
        Assert.Multiple(() =>
        {
            Assert.That(result.RowsRead, Is.EqualTo(2));
            Assert.That(result.Table.Ids, Is.EqualTo(new[] { A }));
            Assert.That(result.Rejections.Single().Code, Is.EqualTo(RowIssueCode.UnbalancedQuote));
        });
    }

    [Test]
    public void Read_LegitimateMultiLineQuotedFields_AreNotTouched()
    {
        var result = Read($"id,name,tax\n{A},\"第一行\r\n第二行\",1\n{B},\"a \"\"b\"\"\nc\",2\n{C},\"x,y\",3\n");
        Assert.Multiple(() =>
        {
            Assert.That(result.Rejections, Is.Empty, string.Join("\n", result.Rejections));
            Assert.That(result.Table.Names, Is.EqualTo(new[] { "第一行\r\n第二行", "a \"b\"\nc", "x,y" }));
            Assert.That(result.Table.SourceLines.ToArray(), Is.EqualTo(new[] { 2, 4, 6 }));
        });
    }

    [Test]
    public void Read_StrayQuoteInGb18030File_IsRecovered()
    {
        var csv = StrayQuoteInName(SampleCsv(30).Replace("id,name", "统一社会信用代码,企业名称", StringComparison.Ordinal), 5);
        var result = Read(csv, fileEncoding: Gb18030);
        Assert.Multiple(() =>
        {
            Assert.That(result.RowsRead, Is.EqualTo(30));
            Assert.That(result.Table.Count, Is.EqualTo(29));
            Assert.That(result.Rejections.Single().Line, Is.EqualTo(5));
            Assert.That(result.Table.Names[^1], Is.Not.Empty.And.Not.Contain('\uFFFD'));
        });
    }
}
