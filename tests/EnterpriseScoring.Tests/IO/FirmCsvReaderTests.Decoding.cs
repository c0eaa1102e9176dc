using System.Text;
using EnterpriseScoring.IO;
using EnterpriseScoring.Validation;
using static EnterpriseScoring.Tests.IO.CsvTestData;

namespace EnterpriseScoring.Tests.IO;

public partial class FirmCsvReaderTests
{
    [Test]
    public void Read_Utf8ThenGb18030_WarnsOnceNamingTheFirstLine()
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
            Assert.That(result.Table.Count, Is.EqualTo(3010), "a warning, not a rejection");
            var warning = result.Warnings.Single();
            Assert.That((warning.Line, warning.Column, warning.Code, warning.Severity), Is.EqualTo((3002, "name", RowIssueCode.UndecodableText, IssueSeverity.Warning)));
            Assert.That(warning.Reason, Does.StartWith("10 rows have text that is not valid utf-8").And.Contain("first on line 3002").And.Contain("--encoding gb18030"));
        });
    }

    [Test]
    public void Read_ValidText_HasNoDecodingWarning()
    {
        Assert.That(Read($"id,name\n{A},甲公司\n", fileEncoding: Gb18030).Warnings, Is.Empty);
    }
}
