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

    [Test]
    public void Write_FormulaPayloadsAndNegativeValues_TextCellsQuotePrefixed_LineNumberUntouched()
    {
        RowIssue[] issues =
        [
            new(7, "+SUM(9)", "tax", "=cmd|' /C calc'!A0", RowIssueCode.UnparsableNumber, "not a number", IssueSeverity.Error),
            new(8, "X", "land_area", "-5", RowIssueCode.NegativeValue, "land_area must not be negative", IssueSeverity.Error),
            new(9, "Y", "@col", "'x", RowIssueCode.UnparsableNumber, "-reason", IssueSeverity.Error),
        ];
        using var stream = new MemoryStream();
        using var raw = new MemoryStream();
        RowIssueCsvWriter.Write(issues, stream);
        RowIssueCsvWriter.Write(issues, raw, new RowIssueCsvWriterOptions { FormulaEscaping = FormulaEscaping.None });

        var lines = Encoding.UTF8.GetString(stream.ToArray()).TrimStart('\uFEFF').Split("\r\n");
        var rawLines = Encoding.UTF8.GetString(raw.ToArray()).TrimStart('\uFEFF').Split("\r\n");
        Assert.Multiple(() =>
        {
            Assert.That(lines[1], Is.EqualTo("7,'+SUM(9),tax,'=cmd|' /C calc'!A0,not a number"));
            Assert.That(lines[2], Is.EqualTo("8,X,land_area,'-5,land_area must not be negative"));
            Assert.That(lines[3], Is.EqualTo("9,Y,'@col,''x,'-reason"));
            Assert.That(rawLines[1], Is.EqualTo("7,+SUM(9),tax,=cmd|' /C calc'!A0,not a number"));
        });
    }

    [Test]
    public void Write_LongTextCells_KeepTheFirstCharactersAndTheLength()
    {
        var huge = new string('9', 50_000);
        RowIssue[] issues = [new(3, huge, "tax", "=" + huge, RowIssueCode.UnparsableNumber, "not a number", IssueSeverity.Error)];
        using var stream = new MemoryStream();
        using var small = new MemoryStream();
        RowIssueCsvWriter.Write(issues, stream);
        RowIssueCsvWriter.Write(issues, small, new RowIssueCsvWriterOptions { MaxTextLength = 10 });

        var line = Encoding.UTF8.GetString(stream.ToArray()).TrimStart('\uFEFF').Split("\r\n")[1];
        var smallLine = Encoding.UTF8.GetString(small.ToArray()).TrimStart('\uFEFF').Split("\r\n")[1];
        Assert.Multiple(() =>
        {
            Assert.That(line, Is.EqualTo($"3,{huge[..1000]}…(50000 chars),tax,'={huge[..999]}…(50001 chars),not a number"));
            Assert.That(smallLine, Is.EqualTo("3,9999999999…(50000 chars),tax,'=999999999…(50001 chars),not a numb…(12 chars)"), "every text cell is bounded");
        });
    }
}
