using EnterpriseScoring.IO;
using EnterpriseScoring.Validation;
using static EnterpriseScoring.Tests.IO.CsvTestData;

namespace EnterpriseScoring.Tests.IO;

public partial class FirmCsvReaderTests
{
    [Test]
    public void Read_ExpectedCustomMeasure_BadCellRejectsTheRow()
    {
        var options = new FirmCsvReaderOptions { ExpectedMeasures = ["export_value"] };
        var result = Read($"id,Export Value(万元),备注\n{A},1.5,好\n{B},abc,x\n{C},,y\n", options);
        Assert.Multiple(() =>
        {
            Assert.That(result.RowsRead, Is.EqualTo(3));
            Assert.That(result.Table.Ids, Is.EqualTo(new[] { A, C }));
            AssertIssue(result.Rejections.Single(), 3, B, "Export Value(万元)", "abc", RowIssueCode.UnparsableNumber);
            var column = result.Table.GetMeasure("export_value");
            Assert.That((column[0], column[1]), Is.EqualTo(((double?)1.5, (double?)null)));
            Assert.That(column.Measure.Unit, Is.EqualTo("万元"));
            Assert.That(result.Columns[1].Role, Is.EqualTo(ColumnRole.CustomMeasure));
            Assert.That(result.IgnoredColumns, Is.EqualTo(new[] { "备注" }), "unexpected non-numeric columns are still ignored");
            Assert.That(result.MissingMeasures, Is.Empty);
        });
    }

    [Test]
    public void Read_ExpectedMeasures_NotInTheFile_AreListedAsMissing()
    {
        var options = new FirmCsvReaderOptions { ExpectedMeasures = ["tax", "energy", "export_value"] };
        var result = Read($"id,实缴税金\n{A},1\n", options);
        Assert.That(result.MissingMeasures, Is.EqualTo(new[] { "energy", "export_value" }));
        Assert.That(Read($"id,tax\n{A},1\n").MissingMeasures, Is.Empty);
    }
}
