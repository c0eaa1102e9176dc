using System.Text;
using System.Text.RegularExpressions;
using EnterpriseScoring.IO;
using EnterpriseScoring.Validation;
using static EnterpriseScoring.Tests.IO.CsvTestData;

namespace EnterpriseScoring.Tests.Validation;

/// <summary>
/// The Chinese reasons of row issues (<see cref="RowIssueText"/>): every code has one, real issues of the reader keep
/// every number of their English reason, and the library's bilingual reasons are kept as they are.
/// </summary>
public class RowIssueTextTests
{
    [Test]
    public void Chinese_EveryRowIssueCode_HasAChineseText()
    {
        foreach (var code in Enum.GetValues<RowIssueCode>())
        {
            var text = RowIssueText.Chinese(code);
            Assert.That(text, Does.Match(@"\p{IsCJKUnifiedIdeographs}"), code.ToString());
        }

        Assert.That(Enum.GetValues<RowIssueCode>().Select(RowIssueText.Chinese).Distinct().Count(), Is.EqualTo(Enum.GetValues<RowIssueCode>().Length), "one text per code");
    }

    [Test]
    public void Chinese_UndefinedCode_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RowIssueText.Chinese((RowIssueCode)999));

    [Test]
    public void Chinese_IssuesOfTheReader_AreChineseAndKeepEveryNumber()
    {
        var issues = ReaderIssues();
        Assert.That(issues.Select(i => i.Code).Distinct(), Is.SupersetOf(new[]
        {
            RowIssueCode.MissingId, RowIssueCode.InvalidId, RowIssueCode.InvalidOrganizationCode, RowIssueCode.DuplicateId, RowIssueCode.UnparsableNumber,
            RowIssueCode.NegativeValue, RowIssueCode.InvalidStartYear, RowIssueCode.StartYearOutOfRange, RowIssueCode.UnknownSizeClass, RowIssueCode.RaggedRow,
            RowIssueCode.ColumnIgnored, RowIssueCode.UnknownUnit, RowIssueCode.UnrecognisedHeader, RowIssueCode.UnbalancedQuote, RowIssueCode.FieldTooLong,
            RowIssueCode.RecordTooManyLines, RowIssueCode.UndecodableText,
        }));
        Assert.Multiple(() =>
        {
            foreach (var issue in issues)
            {
                var chinese = RowIssueText.Chinese(issue);
                Assert.That(chinese, Does.Match(@"^[^a-zA-Z]*\p{IsCJKUnifiedIdeographs}"), $"{issue.Code}: begins in Chinese: {chinese}");
                Assert.That(chinese, Does.Not.Contain(issue.Reason), $"{issue.Code}: not the English reason again (a form the table should know): {chinese}");
                foreach (Match number in Regex.Matches(issue.Reason, @"\d+(?:,\d{3})*"))
                {
                    Assert.That(chinese, Does.Contain(number.Value), $"{issue.Code}: keeps {number.Value} of '{issue.Reason}': {chinese}");
                }
            }
        });
    }

    [Test]
    public void Chinese_KnownForms_ReadAsExpected()
    {
        RowIssue Issue(RowIssueCode code, string reason) => new(5, "x", "c", "v", code, reason, IssueSeverity.Error);
        Assert.Multiple(() =>
        {
            Assert.That(RowIssueText.Chinese(Issue(RowIssueCode.DuplicateId, "duplicate id, first seen on line 12")), Is.EqualTo("统一社会信用代码重复，首次出现在第 12 行"));
            Assert.That(RowIssueText.Chinese(Issue(RowIssueCode.UnparsableNumber, "not a number")), Is.EqualTo("不是数字"));
            Assert.That(RowIssueText.Chinese(Issue(RowIssueCode.RaggedRow, "row has 5 fields, the header has 7")), Is.EqualTo("该行有 5 个字段，表头有 7 个"));
            Assert.That(RowIssueText.Chinese(Issue(RowIssueCode.StartYearOutOfRange, "start year must be between 1900 and 2100")), Is.EqualTo("投产年份须在 1900 至 2100 年之间"));
        });
    }

    [Test]
    public void Chinese_AReasonOfAnUnknownFormWithNumbers_KeepsTheEnglishBeside()
    {
        var issue = new RowIssue(3, "x", "c", "v", RowIssueCode.InvalidValue, "not one of the 4 levels", IssueSeverity.Error);
        Assert.That(RowIssueText.Chinese(issue), Is.EqualTo("不是该列允许的取值（not one of the 4 levels）"));
    }

    [TestCase("平台编号为空 the platform id is empty")]
    [TestCase("land area missing or ≤ 0, needed by tax_per_mu (亩均税收) / 用地面积缺失或为0")]
    public void Chinese_BilingualReasonOfTheLibrary_IsKept(string reason)
    {
        var issue = new RowIssue(3, "x", "c", "v", RowIssueCode.NegativeValue, reason, IssueSeverity.Error);
        Assert.That(RowIssueText.Chinese(issue), Is.EqualTo(reason));
    }

    /// <summary>A small synthetic city as CSV text (no byte order mark).</summary>
    private static string SampleCsv(int firms)
    {
        using var stream = new MemoryStream();
        FirmCsvWriter.Write(EnterpriseScoring.Samples.SyntheticCity.Default(firms, 42), stream, new FirmCsvWriterOptions { WriteByteOrderMark = false });
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The rejections and warnings of a few bad inputs, one of each kind the CSV reader reports.</summary>
    private static List<RowIssue> ReaderIssues()
    {
        var a = Uscc(1);
        var b = Uscc(2);
        var c = Uscc(3);
        var badOrganisation = a[..16] + (a[16] == '0' ? '1' : '0') + a[17];
        var rows = new StringBuilder("id,name,size_class,start_year,land_area,tax,备注,工业增加值(斤),employes\n")
            .Append(a).Append(",甲,规上,2010,10,5,note,1,1\n")
            .Append(a).Append(",甲二,规上,2010,10,5,note,1,1\n")
            .Append(",乙,规上,2010,10,5,note,1,1\n")
            .Append("12345,丙,规上,2010,10,5,note,1,1\n")
            .Append(badOrganisation).Append(",丁,规上,2010,10,5,note,1,1\n")
            .Append(b).Append(",戊,huge,1800,-5,abc,note,1,1\n")
            .Append(c).Append(",己,规上,20x0,10,5,note,1,1\n")
            .Append(Uscc(4)).Append(",庚,规上\n")
            .ToString();
        var issues = new List<RowIssue>();
        var basic = Read(rows);
        issues.AddRange(basic.Rejections.Concat(basic.Warnings));

        var sample = SampleCsv(20).Split('\n');
        var fields = sample[10].Split(',');
        fields[1] = "\"" + fields[1] + new StringBuilder().Insert(0, "\nx", 30) + "\"";
        sample[10] = string.Join(',', fields);
        var limits = Read(string.Join('\n', sample));
        issues.AddRange(limits.Rejections);

        var stray = SampleCsv(20).Split('\n');
        var strayFields = stray[4].Split(',');
        strayFields[1] = "\"" + strayFields[1];
        stray[4] = string.Join(',', strayFields);
        var quotes = Read(string.Join('\n', stray));
        issues.AddRange(quotes.Rejections);

        var longName = SampleCsv(5).Split('\n');
        var longFields = longName[2].Split(',');
        longFields[1] = new string('名', 40);
        longName[2] = string.Join(',', longFields);
        var tooLong = Read(string.Join('\n', longName), new FirmCsvReaderOptions { MaxFieldLength = 30 });
        issues.AddRange(tooLong.Rejections);

        var bytes = Encoding.UTF8.GetBytes(SampleCsv(3)).ToList();
        var at = bytes.IndexOf((byte)'\n') + 20;
        bytes.Insert(at, 0xFF);
        var undecodable = FirmCsvReader.Read(new MemoryStream([.. bytes]), new FirmCsvReaderOptions { Encoding = Encoding.UTF8 });
        issues.AddRange(undecodable.Warnings);
        return issues;
    }
}
