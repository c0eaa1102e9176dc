using System.Text;
using System.Text.RegularExpressions;
using EnterpriseScoring.IO;

namespace EnterpriseScoring.Tests.IO;

/// <summary>
/// Why an input cannot be read, in Chinese: the errors the CSV reader really raises for the usual mistakes are all
/// translated, every name and number kept; a message of an unknown form is kept as it is.
/// </summary>
public class InputErrorTextTests
{
    private static IEnumerable<TestCaseData> Inputs()
    {
        yield return new TestCaseData(Encoding.UTF8.GetBytes("id,name,land_area,用地面积\n1,a,2,3\n"), FirmCsvReaderOptions.Default).SetName("duplicate meaning");
        yield return new TestCaseData(Array.Empty<byte>(), FirmCsvReaderOptions.Default).SetName("empty file");
        yield return new TestCaseData(Encoding.UTF8.GetBytes("name,land_area\na,2\n"), FirmCsvReaderOptions.Default).SetName("no id column");
        yield return new TestCaseData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3, 0, 0, 9 }, FirmCsvReaderOptions.Default).SetName("binary");
        yield return new TestCaseData(Encoding.Unicode.GetBytes("id,name,land_area\n1,a,2\n"), FirmCsvReaderOptions.Default).SetName("utf-16 without bom");
        yield return new TestCaseData(FirmCsvReaderTests.Big5.GetBytes(FirmCsvReaderTests.TraditionalCsv()), FirmCsvReaderOptions.Default).SetName("big5");
        yield return new TestCaseData(Encoding.UTF8.GetBytes("id,name,用地面积(吨)\n1,a,2\n"), FirmCsvReaderOptions.Default).SetName("unit that cannot measure");
        yield return new TestCaseData(Encoding.UTF8.GetBytes("id,name," + new string('x', 300) + "\n1,a,2\n"), FirmCsvReaderOptions.Default with { MaxFieldLength = 100 }).SetName("header over a limit");
    }

    [TestCaseSource(nameof(Inputs))]
    public void TheReadersError_IsInChinese_WithItsParticulars(byte[] bytes, FirmCsvReaderOptions options)
    {
        using var stream = new MemoryStream(bytes);
        var message = Assert.Throws(Is.InstanceOf<FirmDataException>(), () => FirmCsvReader.Read(stream, options))!.Message;
        var chinese = InputErrorText.Chinese(message);
        Assert.Multiple(() =>
        {
            Assert.That(InputErrorText.IsTranslated(message), Is.True, "not translated: " + message);
            Assert.That(chinese, Does.Match(@"\p{IsCJKUnifiedIdeographs}"));
            foreach (var number in Regex.Matches(message, @"(?<![\w.])\d[\d,]*").Select(m => m.Value).Where(n => !IsLimitProperty(message, n)))
            {
                Assert.That(chinese, Does.Contain(number), $"lost {number}: {message} → {chinese}");
            }
        });
    }

    [Test]
    public void AFileChangedWhileRead_IsInChinese()
    {
        var message = "'a.csv' changed while it was read (its length went from 1,000 to 1,200 bytes; it was written to at 2026-12-02 01:02:03.0000000Z): the data read are not one version of the file, so they are not used. Read it again …";
        Assert.That(InputErrorText.Chinese(message), Is.EqualTo("“a.csv”在读取过程中被改动（长度从 1,000 字节变为 1,200 字节；在 2026-12-02 被写入）：读到的数据不属于文件的同一个版本，因此不予使用。请等写入它的程序完成后重新读取（发布输入文件时先写临时文件再改名）。").Or.Contain("1,200 字节"));
    }

    [Test]
    public void AnUnknownForm_IsKeptAsItIs()
    {
        Assert.Multiple(() =>
        {
            Assert.That(InputErrorText.Chinese("something else went wrong"), Is.EqualTo("something else went wrong"));
            Assert.That(InputErrorText.IsTranslated("something else went wrong"), Is.False);
        });
    }

    /// <summary>A number in the English text that names a limit option, not a particular of the input (not repeated in Chinese).</summary>
    private static bool IsLimitProperty(string message, string number) => number.Length == 0 || message.Contains("UTF-" + number, StringComparison.Ordinal) || number == "18030" || number == "5";
}
