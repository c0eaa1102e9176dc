using EnterpriseScoring.IO;
using EnterpriseScoring.Validation;
using static EnterpriseScoring.Tests.IO.CsvTestData;

namespace EnterpriseScoring.Tests.IO;

public partial class FirmCsvReaderTests
{
    private static RowIssue SingleRejection(string csv, FirmCsvReaderOptions? options = null)
    {
        var result = Read(csv, options);
        Assert.That(result.RowsRead, Is.EqualTo(result.Table.Count + result.RejectedRowCount));
        Assert.That(result.Rejections, Has.Count.EqualTo(1), string.Join("\n", result.Rejections));
        return result.Rejections[0];
    }

    private static void AssertIssue(RowIssue issue, int line, string id, string column, string value, RowIssueCode code)
    {
        Assert.Multiple(() =>
        {
            Assert.That(issue.Line, Is.EqualTo(line), "line");
            Assert.That(issue.Id, Is.EqualTo(id), "id");
            Assert.That(issue.Column, Is.EqualTo(column), "column");
            Assert.That(issue.Value, Is.EqualTo(value), "value");
            Assert.That(issue.Code, Is.EqualTo(code), "code");
            Assert.That(issue.Severity, Is.EqualTo(IssueSeverity.Error), "severity");
        });
    }

    [Test]
    public void Read_UnparsableNumber_RejectsRowWithLineColumnValue()
    {
        var issue = SingleRejection($"id,用地面积(亩),tax\n{A},1,2\n{B},12亩,3\n");
        AssertIssue(issue, 3, B, "用地面积(亩)", "12亩", RowIssueCode.UnparsableNumber);
        Assert.That(issue.Reason, Is.EqualTo("not a number"));
    }

    [TestCase("\"1,23\"", "1,23")]
    [TestCase("\"12,345,67\"", "12,345,67")]
    [TestCase("\"1.234,5\"", "1.234,5")]
    [TestCase("0x10", "0x10")]
    public void Read_BadThousandsSeparators_Rejected(string cell, string value)
    {
        var issue = SingleRejection($"id,tax\n{A},{cell}\n");
        AssertIssue(issue, 2, A, "tax", value, RowIssueCode.UnparsableNumber);
    }

    [Test]
    public void Read_NegativeLand_Rejected()
    {
        var issue = SingleRejection($"id,land_area,tax\n{A},-3,-5\n");
        AssertIssue(issue, 2, A, "land_area", "-3", RowIssueCode.NegativeValue);
    }

    [TestCase("NaN")]
    [TestCase("Infinity")]
    [TestCase("-Infinity")]
    [TestCase("1e999")]
    public void Read_NonFinite_Rejected(string cell)
    {
        var issue = SingleRejection($"id,tax\n{A},{cell}\n");
        AssertIssue(issue, 2, A, "tax", cell, RowIssueCode.NonFiniteNumber);
    }

    [Test]
    public void Read_BadUscc_Rejected()
    {
        var issue = SingleRejection($"id,tax\n91350100M000100Y44,1\n");
        AssertIssue(issue, 2, "91350100M000100Y44", "id", "91350100M000100Y44", RowIssueCode.InvalidId);
        Assert.That(issue.Reason, Does.Contain("expected 3 got 4"));
    }

    [Test]
    public void Read_BadOrganizationCode_RejectedWithDistinctCode()
    {
        var first17 = "91350100M000100Y5";
        var id = first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
        var issue = SingleRejection($"统一社会信用代码,tax\n{id},1\n");
        AssertIssue(issue, 2, id, "统一社会信用代码", id, RowIssueCode.InvalidOrganizationCode);
    }

    [Test]
    public void Read_BadUsccLenient_LoadedWithWarning()
    {
        var result = Read($"id,tax\n330100-LEGACY-01,1\n", new FirmCsvReaderOptions { LenientIds = true });
        Assert.Multiple(() =>
        {
            Assert.That(result.Rejections, Is.Empty);
            Assert.That(result.Table.Ids, Is.EqualTo(new[] { "330100-LEGACY-01" }));
            var warning = result.Warnings.Single();
            Assert.That(warning.Severity, Is.EqualTo(IssueSeverity.Warning));
            Assert.That(warning.Code, Is.EqualTo(RowIssueCode.InvalidId));
            Assert.That(warning.Line, Is.EqualTo(2));
        });
    }

    [Test]
    public void Read_EmptyId_RejectedEvenWhenLenient()
    {
        var issue = SingleRejection($"id,tax\n,1\n", new FirmCsvReaderOptions { LenientIds = true });
        AssertIssue(issue, 2, string.Empty, "id", string.Empty, RowIssueCode.MissingId);
    }

    [Test]
    public void Read_DuplicateId_SecondAndLaterRejected()
    {
        var result = Read($"id,tax\n{A},1\n{B},2\n{A},3\n{A},4\n");
        Assert.Multiple(() =>
        {
            Assert.That(result.Table.Ids, Is.EqualTo(new[] { A, B }));
            Assert.That(result.Table.GetMeasure(KnownMeasures.Tax)[0], Is.EqualTo(1));
            Assert.That(result.Rejections, Has.Count.EqualTo(2));
            AssertIssue(result.Rejections[0], 4, A, "id", A, RowIssueCode.DuplicateId);
            Assert.That(result.Rejections[0].Reason, Is.EqualTo("duplicate id, first seen on line 2"));
            Assert.That(result.Rejections[1].Line, Is.EqualTo(5));
        });
    }

    [TestCase("a,b")]
    [TestCase("a")]
    public void Read_RaggedRow_Rejected(string extra)
    {
        var fields = extra == "a" ? $"{B}" : $"{B},1,{extra}";
        var result = Read($"id,tax\n{A},1\n{fields}\n{C},3\n");
        Assert.Multiple(() =>
        {
            Assert.That(result.Table.Ids, Is.EqualTo(new[] { A, C }));
            var issue = result.Rejections.Single();
            var count = extra == "a" ? 1 : 4;
            AssertIssue(issue, 3, B, string.Empty, $"{count} fields", RowIssueCode.RaggedRow);
            Assert.That(issue.Reason, Is.EqualTo($"row has {count} fields, the header has 2"));
        });
    }

    [Test]
    public void Read_UnknownSizeClass_Rejected()
    {
        var issue = SingleRejection($"id,规模\n{A},大型\n");
        AssertIssue(issue, 2, A, "规模", "大型", RowIssueCode.UnknownSizeClass);
    }

    [TestCase("1850", RowIssueCode.StartYearOutOfRange)]
    [TestCase("2150", RowIssueCode.StartYearOutOfRange)]
    [TestCase("2015.5", RowIssueCode.InvalidStartYear)]
    [TestCase("去年", RowIssueCode.InvalidStartYear)]
    public void Read_BadStartYear_Rejected(string cell, RowIssueCode code)
    {
        var issue = SingleRejection($"id,投产年份\n{A},{cell}\n");
        AssertIssue(issue, 2, A, "投产年份", cell, code);
    }

    [Test]
    public void Read_BadFlag_Rejected()
    {
        var issue = SingleRejection($"id,上市企业\n{A},也许\n");
        AssertIssue(issue, 2, A, "上市企业", "也许", RowIssueCode.InvalidFlag);
    }

    [Test]
    public void Read_SeveralProblemsInOneRow_CountsOneRejectedRow()
    {
        var result = Read($"id,land_area,tax,start_year\nBAD,-1,x,3000\n{A},1,1,2000\n");
        Assert.Multiple(() =>
        {
            Assert.That(result.Rejections.Select(r => r.Code), Is.EqualTo(new[]
            {
                RowIssueCode.InvalidId, RowIssueCode.NegativeValue, RowIssueCode.UnparsableNumber, RowIssueCode.StartYearOutOfRange,
            }));
            Assert.That(result.Rejections.Select(r => r.Column), Is.EqualTo(new[] { "id", "land_area", "tax", "start_year" }));
            Assert.That(result.RejectedRowCount, Is.EqualTo(1));
            Assert.That(result.RowsRead, Is.EqualTo(2));
            Assert.That(result.Table.Count, Is.EqualTo(1));
        });
    }
}
