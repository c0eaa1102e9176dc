using System.Text;
using EnterpriseScoring.IO;
using EnterpriseScoring.Validation;
using static EnterpriseScoring.Tests.IO.CsvTestData;

namespace EnterpriseScoring.Tests.IO;

public class RowIssueCsvWriterTests
{
    [Test]
    public void Write_Rejections_WritesBomHeaderAndOneLinePerIssue()
    {
        var result = Read($"id,用地面积(亩)\n{Uscc(1)},\"1,2\"\n,3\n");
        using var stream = new MemoryStream();
        RowIssueCsvWriter.Write(result.Rejections, stream);
        var bytes = stream.ToArray();
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n");
        Assert.Multiple(() =>
        {
            Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
            Assert.That(lines[0], Is.EqualTo("line,id,column,value,reason"));
            Assert.That(lines[1], Is.EqualTo($"2,{Uscc(1)},用地面积(亩),\"1,2\",not a number"));
            Assert.That(lines[2], Is.EqualTo("3,,id,,id (统一社会信用代码) is required"));
            Assert.That(lines[3], Is.Empty);
        });
    }

    [Test]
    public void Write_ToPath_CanBeReadBack()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rejects-{Guid.NewGuid():N}.csv");
        try
        {
            RowIssueCsvWriter.Write([new RowIssue(5, "X", "tax", "a\nb", RowIssueCode.UnparsableNumber, "not a number", IssueSeverity.Error)], path);
            var text = File.ReadAllText(path, Encoding.UTF8);
            Assert.That(text, Is.EqualTo("line,id,column,value,reason\r\n5,X,tax,\"a\nb\",not a number\r\n"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
