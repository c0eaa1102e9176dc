using System.Text;
using EnterpriseScoring.IO;
using EnterpriseScoring.Tests.Cli;
using static EnterpriseScoring.Tests.IO.CsvTestData;

namespace EnterpriseScoring.Tests.IO;

/// <summary>
/// Input that is not CSV text in a detectable encoding is refused with the likely cause (UTF-16 without a byte order mark,
/// Big5, an xlsx workbook, binary data), and reads when the caller names the encoding.
/// </summary>
public partial class FirmCsvReaderTests
{
    /// <summary>Traditional-Chinese firm names, as a Big5 export from Taiwan or Hong Kong holds them.</summary>
    internal static readonly string[] TraditionalNames =
    [
        "台灣積體電路製造股份有限公司", "鴻海精密工業股份有限公司", "聯發科技股份有限公司", "台達電子工業股份有限公司", "廣達電腦股份有限公司",
        "華碩電腦股份有限公司", "統一企業股份有限公司", "中華電信股份有限公司", "長榮海運股份有限公司", "台灣塑膠工業股份有限公司",
    ];

    /// <summary>A firm file with traditional names and regions (id, name, region, tax).</summary>
    internal static string TraditionalCsv()
    {
        var sb = new StringBuilder("id,name,region,tax\n");
        for (var i = 0; i < TraditionalNames.Length; i++)
        {
            sb.Append(Uscc(i + 1)).Append(',').Append(TraditionalNames[i]).Append(",新竹科學園區,").Append(i + 1).Append('\n');
        }

        return sb.ToString();
    }

    internal static Encoding Big5
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("big5");
        }
    }

    private static string SampleCityText => File.ReadAllText(TestPaths.Seeds("data", "sample-city.csv"), Encoding.UTF8);

    [TestCase(false, "UTF-16 LE", "--encoding utf-16le")]
    [TestCase(true, "UTF-16 BE", "--encoding utf-16be")]
    public void Read_Utf16WithoutByteOrderMark_FailsNamingTheCause(bool bigEndian, string named, string option)
    {
        var encoding = bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode;
        var ex = Assert.Throws<FirmDataException>(() => Read(ChineseCsv, fileEncoding: encoding));
        Assert.That(ex!.Message, Does.StartWith($"The file looks like {named} text without a byte order mark").And.Contain(option));
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Read_Utf16WithoutByteOrderMark_ReadsWhenTheEncodingIsGiven(bool bigEndian)
    {
        var encoding = bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode;
        var result = Read(ChineseCsv, new FirmCsvReaderOptions { Encoding = encoding }, encoding);
        Assert.Multiple(() =>
        {
            Assert.That(result.Table.Names, Is.EqualTo(new[] { "杭州甲乙丙精密机械有限公司", "浙江𠀀测试有限公司" }));
            Assert.That(result.Warnings, Is.Empty);
        });
    }

    [Test]
    public void Read_SampleCityInUtf16AndUtf32WithByteOrderMark_JustWorks()
    {
        var expected = Fingerprint(Read(SampleCityText));
        foreach (var encoding in new Encoding[] { Encoding.Unicode, Encoding.BigEndianUnicode, Encoding.UTF32, new UTF32Encoding(true, true) })
        {
            var result = FirmCsvReader.Read(new MemoryStream([.. encoding.GetPreamble(), .. encoding.GetBytes(SampleCityText.TrimStart('\uFEFF'))]));
            Assert.That(Fingerprint(result).Replace(result.EncodingUsed.WebName, "utf-8", StringComparison.Ordinal), Is.EqualTo(expected), encoding.WebName);
            Assert.That(result.Table.Count, Is.EqualTo(2000));
        }
    }

    [Test]
    public void Read_XlsxWorkbookNamedCsv_FailsNamingTheWorkbook()
    {
        var path = Path.Combine(Path.GetTempPath(), $"renamed-{Guid.NewGuid():N}.xlsx");
        try
        {
            TestInputs.WriteXlsx(path, ("Sheet1", new object?[][] { ["id", "name"], [A, "甲"] }));
            var ex = Assert.Throws<FirmDataException>(() => FirmCsvReader.Read(new MemoryStream(File.ReadAllBytes(path))));
            Assert.That(ex!.Message, Does.StartWith("The file is an Excel workbook (.xlsx").And.Contain("PK\\x03\\x04").And.Contain("save it from Excel as CSV"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Read_BinaryInput_FailsSayingItIsNotText()
    {
        byte[] png = [0x89, .. "PNG\r\n"u8, 0x1A, (byte)'\n', 0, 0, 0, 0x0D, .. "IHDR"u8, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0, 0x5C, 0x72, 0xA8, 0x66];
        var ex = Assert.Throws<FirmDataException>(() => FirmCsvReader.Read(new MemoryStream(png)));
        Assert.That(ex!.Message, Does.StartWith("The file is not text").And.Contain("NUL bytes").And.Contain("the first at byte 8"));

        var control = Enumerable.Range(0, 4000).Select(i => (byte)(i % 7 == 0 ? 'a' : 1 + (i % 8))).ToArray();
        ex = Assert.Throws<FirmDataException>(() => FirmCsvReader.Read(new MemoryStream(control)));
        Assert.That(ex!.Message, Does.StartWith("The file is not text").And.Contain("control characters"));

        ex = Assert.Throws<FirmDataException>(() => FirmCsvReader.Read(new MemoryStream([0x1F, 0x8B, 8, 0, 0, 0, 0, 0])));
        Assert.That(ex!.Message, Does.Contain("gzip"));
        ex = Assert.Throws<FirmDataException>(() => FirmCsvReader.Read(new MemoryStream([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0])));
        Assert.That(ex!.Message, Does.Contain(".xls"));
    }

    [Test]
    public void Read_NulBytesWithAnExplicitSingleByteEncoding_StillRefused()
    {
        var ex = Assert.Throws<FirmDataException>(() => Read(ChineseCsv, new FirmCsvReaderOptions { Encoding = Gb18030 }, Encoding.Unicode));
        Assert.That(ex!.Message, Does.Contain("UTF-16 LE"));
    }

    [Test]
    public void Read_Big5_FailsNamingBig5()
    {
        var ex = Assert.Throws<FirmDataException>(() => Read(TraditionalCsv(), fileEncoding: Big5));
        Assert.That(ex!.Message, Does.StartWith("The file looks like Big5 (traditional Chinese), not GB18030").And.Contain("--encoding big5"));

        // The sample city saved as Big5 (characters Big5 lacks become '?') too.
        ex = Assert.Throws<FirmDataException>(() => Read(SampleCityText.TrimStart('\uFEFF'), fileEncoding: Big5));
        Assert.That(ex!.Message, Does.Contain("Big5"));
    }

    [Test]
    public void Read_Big5_ReadsWhenTheEncodingIsGiven()
    {
        var result = Read(TraditionalCsv(), new FirmCsvReaderOptions { Encoding = Big5 }, Big5);
        Assert.Multiple(() =>
        {
            Assert.That(result.EncodingUsed.WebName, Is.EqualTo("big5"));
            Assert.That(result.Table.Names, Is.EqualTo(TraditionalNames));
            Assert.That(result.Table.Regions[0], Is.EqualTo("新竹科學園區"));
            Assert.That(result.Warnings, Is.Empty);
        });
    }

    [Test]
    public void Read_Big5ReadAsGb18030OnRequest_IsNotRefused()
    {
        var result = Read(TraditionalCsv(), new FirmCsvReaderOptions { Encoding = Gb18030 }, Big5);
        Assert.That(result.Table.Count, Is.EqualTo(TraditionalNames.Length));
    }

    [Test]
    public void Read_SampleCityInGb18030_IsNotTakenForBig5()
    {
        var text = SampleCityText.TrimStart('\uFEFF').Replace("id,name,region", "统一社会信用代码,企业名称,所属区域", StringComparison.Ordinal);
        var result = Read(text, fileEncoding: Gb18030);
        Assert.Multiple(() =>
        {
            Assert.That(result.EncodingUsed.WebName, Is.EqualTo("gb18030"));
            Assert.That(result.Table.Count, Is.EqualTo(2000));
            Assert.That(result.Warnings, Is.Empty);
            Assert.That(Fingerprint(result).Replace("gb18030", "utf-8", StringComparison.Ordinal), Is.EqualTo(Fingerprint(Read(text))));
        });
    }

    [Test]
    public void Read_Gb18030WithRareCharacters_IsNotTakenForBig5()
    {
        // Names with characters outside GB2312 (堃 喆 琇 昇 珺 𠀀), as real GB18030 files have now and then.
        var result = Read($"统一社会信用代码,企业名称\n{A},杭州堃喆琇昇科技有限公司\n{B},浙江珺𠀀有限公司\n{C},宁波市北仑区港口物流有限公司\n", fileEncoding: Gb18030);
        Assert.That(result.Table.Names[0], Is.EqualTo("杭州堃喆琇昇科技有限公司"));
    }
}
