using System.Text;
using EnterpriseScoring.IO;
using EnterpriseScoring.Validation;
using static EnterpriseScoring.Tests.IO.CsvTestData;

namespace EnterpriseScoring.Tests.IO;

public partial class FirmCsvReaderTests
{
    [Test]
    public void Read_Utf8ThenGb18030_WarnsForEveryLineNamingColumnsAndTheCause()
    {
        var utf8 = new StringBuilder("id,name,region,tax\n");
        for (var i = 1; i <= 3000; i++)
        {
            utf8.Append(Uscc(i)).Append(",甲公司,西湖区,1\n");
        }

        var gbk = new StringBuilder();
        for (var i = 3001; i <= 3010; i++)
        {
            gbk.Append(Uscc(i)).Append(",乙公司,滨江区,2\n");
        }

        byte[] bytes = [.. Encoding.UTF8.GetBytes(utf8.ToString()), .. Gb18030.GetBytes(gbk.ToString())];
        Assert.That(bytes, Has.Length.GreaterThan(100_000), "beyond the prefix encoding detection looks at");
        var result = FirmCsvReader.Read(new MemoryStream(bytes));
        Assert.Multiple(() =>
        {
            Assert.That(result.Table.Count, Is.EqualTo(3010), "warnings, not rejections");
            Assert.That(result.Warnings.Select(w => (w.Line, w.Column, w.Code, w.Severity)), Is.EqualTo(
                Enumerable.Range(3002, 10).Select(line => (line, "name", RowIssueCode.UndecodableText, IssueSeverity.Warning))));
            var first = result.Warnings[0];
            Assert.That(first.Id, Is.EqualTo(Uscc(3001)));
            Assert.That(first.Value, Does.Contain("\uFFFD"));
            Assert.That(first.Reason, Does.StartWith("8 characters could not be decoded as utf-8 and became U+FFFD, in name, region").And.Contain("--encoding gb18030"));
            Assert.That(result.Warnings[1].Reason, Is.EqualTo("8 characters could not be decoded as utf-8 and became U+FFFD, in name, region"));
        });
    }

    [Test]
    public void Read_InvalidGb18030Bytes_BecomeReplacementCharactersWithAWarningPerLine()
    {
        // 0x81 0x7F and a lone 0xFF are not GB18030: the code page's default would turn them into '?' without a word.
        byte[] bytes = [.. Gb18030.GetBytes($"统一社会信用代码,企业名称,所属区域\n{A},甲公司,西湖区\n{B},乙"), 0x81, 0x7F, .. Gb18030.GetBytes("公司,滨江"), 0xFF, .. Gb18030.GetBytes($"区\n{C},丙公司,余杭区\n")];
        var result = FirmCsvReader.Read(new MemoryStream(bytes));
        Assert.Multiple(() =>
        {
            Assert.That(result.EncodingUsed.WebName, Is.EqualTo("gb18030"));
            Assert.That(result.Table.Count, Is.EqualTo(3));
            Assert.That(result.Table.Names[1], Does.Contain("\uFFFD").And.Not.Contain("?"));
            var warning = result.Warnings.Single();
            Assert.That((warning.Line, warning.Column, warning.Code), Is.EqualTo((3, "企业名称", RowIssueCode.UndecodableText)));
            Assert.That(warning.Reason, Does.StartWith("2 characters could not be decoded as gb18030").And.Contain("企业名称, 所属区域"));
        });
    }

    [Test]
    public void Read_ManyUndecodableLines_WarnsForTheFirstHundredThenCounts()
    {
        var sb = new StringBuilder("id,name\n");
        for (var i = 1; i <= 250; i++)
        {
            sb.Append(Uscc(i)).Append(",名称\n");
        }

        var bytes = Encoding.UTF8.GetBytes(sb.ToString());
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == 0xE5)
            {
                bytes[i] = 0xFF; // the lead byte of 名: every data line gets an invalid byte
            }
        }

        var result = FirmCsvReader.Read(new MemoryStream([.. "id,name\n"u8, .. bytes.AsSpan(8)]), new FirmCsvReaderOptions { Encoding = Encoding.UTF8 });
        Assert.Multiple(() =>
        {
            Assert.That(result.Table.Count, Is.EqualTo(250));
            Assert.That(result.Warnings, Has.Count.EqualTo(101));
            Assert.That(result.Warnings.Take(100).Select(w => w.Line), Is.EqualTo(Enumerable.Range(2, 100)));
            var last = result.Warnings[^1];
            Assert.That((last.Line, last.Code), Is.EqualTo((102, RowIssueCode.UndecodableText)));
            Assert.That(last.Reason, Does.StartWith("150 more lines, from line 102 on, hold text that could not be decoded as utf-8").And.Contain("250 lines in all"));
        });
    }

    [Test]
    public void Read_ValidText_HasNoDecodingWarning()
    {
        Assert.That(Read($"id,name\n{A},甲公司\n", fileEncoding: Gb18030).Warnings, Is.Empty);
    }
}
