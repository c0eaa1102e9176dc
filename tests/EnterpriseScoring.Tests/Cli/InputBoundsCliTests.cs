using System.Text;
using System.Text.Json;
using EnterpriseScoring.Cli;
using EnterpriseScoring.Tests.IO;
using static EnterpriseScoring.Tests.IO.CsvTestData;

namespace EnterpriseScoring.Tests.Cli;

/// <summary>
/// Through the real <c>escore</c>: pathological records are rejected with a reason and cost no more than their size
/// (the limits are options), and input that is not text in a detectable encoding exits 3 naming the likely cause.
/// </summary>
public class InputBoundsCliTests : TempFolderTest
{
    private const string Profile = "zhejiang-six-indicators";

    /// <summary>The header and first 20 firms of the sample city, line 11's name quoted and holding <paramref name="breaks"/> line breaks.</summary>
    private static string SampleWithLineBreaks(int breaks)
    {
        var lines = File.ReadAllText(TestPaths.Seeds("data", "sample-city.csv"), Encoding.UTF8).TrimStart('\uFEFF').Split('\n').Take(21).ToArray();
        var fields = lines[10].Split(',');
        fields[1] = "\"" + fields[1] + new StringBuilder().Insert(0, "\nx", breaks) + "\"";
        lines[10] = string.Join(',', fields);
        return string.Join('\n', lines) + "\n";
    }

    private static string SampleCity => File.ReadAllText(TestPaths.Seeds("data", "sample-city.csv"), Encoding.UTF8).TrimStart('\uFEFF');

    private string Write(string name, string text, Encoding? encoding = null) => Write(name, (encoding ?? new UTF8Encoding(false)).GetBytes(text));

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Test]
    public void Score_QuotedCellWithManyLineBreaks_RejectsOneRow_AndTheOutputStaysSmall()
    {
        var input = Write("line-breaks.csv", SampleWithLineBreaks(500_000));
        var output = Path.Combine(Folder, "out");
        var (code, _, stderr) = CliRunner.Run("score", "--profile", Profile, "--input", input, "--out", output, "-q", "--max-rejects", "100%");
        Assert.That(code, Is.EqualTo(ExitCodes.Success).Or.EqualTo(ExitCodes.SuccessWithRejects), stderr);
        using var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "run.json")));
        var counts = run.RootElement.GetProperty("counts");
        var outputBytes = Directory.GetFiles(output).Sum(f => new FileInfo(f).Length);
        Assert.Multiple(() =>
        {
            Assert.That(counts.GetProperty("read").GetInt32(), Is.EqualTo(20));
            Assert.That(counts.GetProperty("rejectedOnInput").GetInt32(), Is.EqualTo(1));
            Assert.That(File.ReadAllText(Path.Combine(output, "rejects.csv")), Does.Contain("RecordTooManyLines").Or.Contain("runs on for more than 20 lines"));
            Assert.That(outputBytes, Is.LessThan(2_000_000), "every output file together");
        });
    }

    [Test]
    public void Validate_LimitOptions_RejectWithTheReason()
    {
        var input = Write("limits.csv", SampleWithLineBreaks(4));
        var (code, stdout, stderr) = CliRunner.Run("validate", "--input", input, "--max-record-lines", "3", "--max-rejects", "100%", "--rejects-exit-code", "1");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.SuccessWithRejects), stderr);
            Assert.That(stdout, Does.Contain("Rows read:  20").And.Contain("Loaded:     19").And.Contain("RecordTooManyLines: 1"));
            Assert.That(stdout, Does.Contain("more than 3 lines (the limit, MaxRecordLines / --max-record-lines)"));
        });

        var longName = $"id,name,tax\n{Uscc(1)},{new string('名', 30)},1\n{Uscc(2)},甲,2\n";
        (code, stdout, stderr) = CliRunner.Run("validate", "--input", Write("long-name.csv", longName), "--max-field-length", "20", "--max-rejects", "100%", "--rejects-exit-code", "1");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.SuccessWithRejects), stderr);
            Assert.That(stdout, Does.Contain("FieldTooLong: 1"));
            Assert.That(stdout, Does.Contain($"line 2, id '{Uscc(1)}', column 'name', value '{new string('名', 30)}': field longer than 20 characters"));
        });

        (code, stdout, _) = CliRunner.Run("validate", "--input", Write("long-row.csv", longName), "--max-record-length", "30", "--max-columns", "3");
        Assert.That(stdout, Does.Contain("RecordTooLong: 1").And.Contain("record longer than 30 characters"));
    }

    [Test]
    public void Validate_HeaderWith100kColumns_Exits3WithABoundedMessage()
    {
        var input = Write("wide.csv", string.Join(',', Enumerable.Range(0, 100_000).Select(i => $"c{i}")) + "\n1,2\n");
        var (code, _, stderr) = CliRunner.Run("validate", "--input", input);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError));
            Assert.That(stderr, Has.Length.LessThan(1000).And.Contain("more than the limit of 16,384 columns").And.Contain("--max-columns"));
        });
    }

    [TestCase("--max-field-length", "0")]
    [TestCase("--max-record-lines", "-3")]
    public void Validate_NonPositiveLimit_IsAUsageError(string option, string value)
    {
        var (code, _, stderr) = CliRunner.Run("validate", "--input", Write("a.csv", "id\n"), option, value);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError));
            Assert.That(stderr, Does.Contain($"{option} must be a positive number"));
        });
    }

    [TestCase("utf-16le")]
    [TestCase("utf-16be")]
    public void Validate_Utf16WithoutByteOrderMark_Exits3NamingUtf16_AndReadsWithEncoding(string encodingName)
    {
        var encoding = encodingName == "utf-16le" ? Encoding.Unicode : Encoding.BigEndianUnicode;
        var input = Write("utf16.csv", SampleCity, encoding);
        var (code, _, stderr) = CliRunner.Run("validate", "--input", input);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError));
            Assert.That(stderr, Does.Contain($"looks like UTF-16 {encodingName[^2..].ToUpperInvariant()} text without a byte order mark").And.Contain($"--encoding {encodingName}"));
        });

        var (ok, stdout, okErr) = CliRunner.Run("validate", "--input", input, "--encoding", encodingName);
        Assert.Multiple(() =>
        {
            Assert.That(ok, Is.EqualTo(ExitCodes.Success), okErr);
            Assert.That(stdout, Does.Contain("Rows read:  2,000").And.Contain("Loaded:     2,000"));
        });
    }

    [Test]
    public void Score_Utf16WithByteOrderMark_JustWorks()
    {
        var input = Write("utf16-bom.csv", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(SampleCity)]);
        var (code, _, stderr) = CliRunner.Run("score", "--profile", Profile, "--input", input, "--out", Path.Combine(Folder, "out"), "-q");
        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
    }

    [Test]
    public void Score_XlsxWorkbookNamedCsv_Exits3NamingTheWorkbook()
    {
        var xlsx = Path.Combine(Folder, "firms.xlsx");
        TestInputs.WriteXlsx(xlsx, ("Sheet1", new object?[][] { ["id", "name"], [Uscc(1), "甲"] }));
        var input = Write("firms.csv", File.ReadAllBytes(xlsx));
        var (code, _, stderr) = CliRunner.Run("score", "--profile", Profile, "--input", input, "--out", Path.Combine(Folder, "out"));
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError));
            Assert.That(stderr, Does.Contain("The file is an Excel workbook (.xlsx").And.Contain("give it an .xlsx name"));
            Assert.That(Directory.Exists(Path.Combine(Folder, "out")), Is.False);
        });
    }

    [Test]
    public void Validate_BinaryFile_Exits3SayingItIsNotText()
    {
        var bytes = new byte[10_000];
        new Random(1).NextBytes(bytes);
        var (code, _, stderr) = CliRunner.Run("validate", "--input", Write("random.csv", bytes));
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError));
            Assert.That(stderr, Does.Contain("The file is not text"));
        });
    }

    [Test]
    public void Validate_Big5_Exits3NamingBig5_AndReadsWithEncodingBig5()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var input = Write("big5.csv", FirmCsvReaderTests.TraditionalCsv(), Encoding.GetEncoding("big5"));
        var (code, _, stderr) = CliRunner.Run("validate", "--input", input);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError));
            Assert.That(stderr, Does.Contain("looks like Big5 (traditional Chinese)").And.Contain("--encoding big5"));
        });

        var (ok, stdout, okErr) = CliRunner.Run("validate", "--input", input, "--encoding", "big5");
        Assert.Multiple(() =>
        {
            Assert.That(ok, Is.EqualTo(ExitCodes.Success), okErr);
            Assert.That(stdout, Does.Contain("(csv, big5)").And.Contain("Loaded:     10"));
        });
    }

    [Test]
    public void Validate_Gb18030WithInvalidBytes_WarnsWithTheLine()
    {
        var gb = Gb18030;
        byte[] bytes = [.. gb.GetBytes($"统一社会信用代码,企业名称\n{Uscc(1)},甲公司\n{Uscc(2)},乙"), 0xFF, .. gb.GetBytes("公司\n")];
        var (code, stdout, stderr) = CliRunner.Run("validate", "--input", Write("gb.csv", bytes));
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
            Assert.That(stdout, Does.Contain("line 3, "));
            Assert.That(stdout, Does.Contain("1 character could not be decoded as gb18030 and became U+FFFD, in 企业名称"));
        });
    }

    [Test]
    public void Validate_UnknownEncodingName_IsAUsageError()
    {
        var (code, _, stderr) = CliRunner.Run("validate", "--input", Write("a.csv", "id\n"), "--encoding", "klingon");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.InputOrUsageError));
            Assert.That(stderr, Does.Contain("--encoding must be auto, utf-8, gb18030, big5, utf-16le, utf-16be or another encoding name, got 'klingon'"));
        });
    }
}
