using System.Text;
using EnterpriseScoring.IO;
using static EnterpriseScoring.Tests.IO.CsvTestData;

namespace EnterpriseScoring.Tests.IO;

public partial class FirmCsvReaderTests
{
    private static string ChineseCsv => $"统一社会信用代码,企业名称,所属区域,用地面积(亩)\n{A},杭州甲乙丙精密机械有限公司,余杭区,12\n{B},浙江𠀀测试有限公司,萧山区,3\n";

    [Test]
    public void Read_Gb18030Detected_DecodesChinese()
    {
        var result = Read(ChineseCsv, fileEncoding: Gb18030);
        Assert.Multiple(() =>
        {
            Assert.That(result.EncodingUsed.CodePage, Is.EqualTo(54936));
            Assert.That(result.Table.Names, Is.EqualTo(new[] { "杭州甲乙丙精密机械有限公司", "浙江𠀀测试有限公司" }));
            Assert.That(result.Table.Regions[1], Is.EqualTo("萧山区"));
            Assert.That(result.Table.GetMeasure(KnownMeasures.LandArea)[0], Is.EqualTo(12));
        });
    }

    [Test]
    public void Read_Gb18030ExplicitOverride_DecodesChinese()
    {
        var result = Read(ChineseCsv, new FirmCsvReaderOptions { Encoding = Gb18030 }, Gb18030);
        Assert.Multiple(() =>
        {
            Assert.That(result.EncodingUsed.WebName, Is.EqualTo("gb18030"));
            Assert.That(result.Table.Names[0], Is.EqualTo("杭州甲乙丙精密机械有限公司"));
        });
    }

    [Test]
    public void Read_Gb18030ChineseOnlyAfterLongAsciiPrefix_StillDetected()
    {
        var sb = new StringBuilder("id,name,tax\n");
        for (var i = 0; i < 5000; i++)
        {
            sb.Append(Uscc(1000 + i)).Append(",firm ").Append(i).Append(",1\n");
        }

        sb.Append(Uscc(999)).Append(",中文名称企业,2\n");
        var result = Read(sb.ToString(), fileEncoding: Gb18030);
        Assert.Multiple(() =>
        {
            Assert.That(result.EncodingUsed.CodePage, Is.EqualTo(54936));
            Assert.That(result.Table.Names[^1], Is.EqualTo("中文名称企业"));
        });
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Read_Utf8WithOrWithoutBom_DecodesChinese(bool bom)
    {
        var result = Read(ChineseCsv, fileEncoding: new UTF8Encoding(false), bom: bom);
        Assert.Multiple(() =>
        {
            Assert.That(result.EncodingUsed.WebName, Is.EqualTo("utf-8"));
            Assert.That(result.Table.Ids[0], Is.EqualTo(A));
            Assert.That(result.Columns[0].Target, Is.EqualTo("id"));
            Assert.That(result.Table.Names[1], Is.EqualTo("浙江𠀀测试有限公司"));
        });
    }

    [Test]
    public void Read_Utf8MultiByteCharacterAcrossPrefixBoundary_DetectedAsUtf8()
    {
        // Put a 3-byte character across the 64 KiB detection boundary (padding in columns under the field length limit).
        var filler = new string('a', 20_000);
        var head = $"x,y,z,id,name\n{filler},{filler},{filler},{A},";
        var padding = new string('a', 65536 - Encoding.UTF8.GetByteCount(head) - 1);
        var csv = head + padding + "中\n";
        var result = Read(csv);
        Assert.Multiple(() =>
        {
            Assert.That(result.EncodingUsed.WebName, Is.EqualTo("utf-8"));
            Assert.That(result.Table.Names[0], Does.EndWith("中"));
        });
    }

    [Test]
    public void Read_Utf8ExplicitOverrideWithBom_StripsBom()
    {
        var result = Read(ChineseCsv, new FirmCsvReaderOptions { Encoding = Encoding.UTF8 }, new UTF8Encoding(false), bom: true);
        Assert.That(result.Columns[0].Target, Is.EqualTo("id"));
    }
}

public partial class FirmCsvReaderTests
{
    [Test]
    public void Read_Utf16WithBom_Detected()
    {
        var result = Read(ChineseCsv, fileEncoding: Encoding.Unicode, bom: true);
        Assert.Multiple(() =>
        {
            Assert.That(result.EncodingUsed.WebName, Is.EqualTo("utf-16"));
            Assert.That(result.Columns[0].Target, Is.EqualTo("id"));
            Assert.That(result.Table.Names[0], Is.EqualTo("杭州甲乙丙精密机械有限公司"));
        });
    }

    [Test]
    public void Read_BlankRowsOfSeparators_AreSkippedAndCounted()
    {
        var result = Read($"id,name,tax\n{A},甲,1\n,,\n , ,\n{B},乙,2\n,,\n");
        Assert.Multiple(() =>
        {
            Assert.That(result.RowsRead, Is.EqualTo(2));
            Assert.That(result.BlankRowsSkipped, Is.EqualTo(3));
            Assert.That(result.Rejections, Is.Empty);
            Assert.That(result.Table.SourceLines.ToArray(), Is.EqualTo(new[] { 2, 5 }));
        });
    }

    [Test]
    public void Read_RowWithOnlyIdMissing_IsRejectedNotSkipped()
    {
        var result = Read($"id,name,tax\n,甲,1\n");
        Assert.Multiple(() =>
        {
            Assert.That(result.RowsRead, Is.EqualTo(1));
            Assert.That(result.BlankRowsSkipped, Is.Zero);
            Assert.That(result.Rejections.Single().Code, Is.EqualTo(EnterpriseScoring.Validation.RowIssueCode.MissingId));
        });
    }
}
