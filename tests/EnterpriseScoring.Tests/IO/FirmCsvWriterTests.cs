using System.Text;
using EnterpriseScoring.IO;
using static EnterpriseScoring.Tests.IO.CsvTestData;

namespace EnterpriseScoring.Tests.IO;

public class FirmCsvWriterTests
{
    private static FirmTable SampleTable() => FirmTable.FromFirms(
    [
        new Firm
        {
            Id = Uscc(1),
            Name = "甲公司, \"精密\"",
            Region = "西湖区",
            Platform = "高新园",
            IndustryCode = "C3311",
            SizeClass = SizeClass.AboveDesignatedSize,
            StartYear = 2012,
            Measures = new Dictionary<string, double>
            {
                ["land_area"] = 12.345678901234567,
                ["tax"] = -0.1,
                ["value_added"] = 1e-300,
                ["employees"] = 80,
                ["出口额"] = 0.30000000000000004,
            },
            Tags = new HashSet<string> { KnownTags.Listed, KnownTags.SpecializedSme, "my_tag" },
        },
        new Firm
        {
            Id = Uscc(2),
            Name = "乙公司\n第二行",
            Measures = new Dictionary<string, double> { ["tax"] = 1234567.5, ["energy"] = 0 },
        },
        new Firm
        {
            Id = Uscc(3),
            Name = "=SUM(A1)",
            SizeClass = SizeClass.BelowDesignatedSize,
            StartYear = 1999,
            Measures = new Dictionary<string, double> { ["land_area"] = double.MaxValue, ["出口额"] = -5 },
        },
    ]);

    private static FirmTable RoundTrip(FirmTable table, FirmCsvWriterOptions? options = null, FirmCsvReaderOptions? readOptions = null)
    {
        using var stream = new MemoryStream();
        FirmCsvWriter.Write(table, stream, options);
        stream.Position = 0;
        var result = FirmCsvReader.Read(stream, readOptions ?? (options?.Encoding is { } e ? new FirmCsvReaderOptions { Encoding = e } : null));
        Assert.That(result.Rejections, Is.Empty, string.Join("\n", result.Rejections));
        return result.Table;
    }

    private static void AssertSameFirms(FirmTable actual, FirmTable expected)
    {
        Assert.That(actual.Count, Is.EqualTo(expected.Count));
        Assert.That(actual.Measures.Select(m => m.Id), Is.EquivalentTo(expected.Measures.Select(m => m.Id)));
        Assert.That(actual.TagNames, Is.EqualTo(expected.TagNames));
        for (var i = 0; i < expected.Count; i++)
        {
            var a = actual.GetFirm(i);
            var e = expected.GetFirm(i);
            Assert.Multiple(() =>
            {
                Assert.That(a.Id, Is.EqualTo(e.Id));
                Assert.That(a.Name, Is.EqualTo(e.Name));
                Assert.That(a.Region, Is.EqualTo(e.Region));
                Assert.That(a.Platform, Is.EqualTo(e.Platform));
                Assert.That(a.IndustryCode, Is.EqualTo(e.IndustryCode));
                Assert.That(a.SizeClass, Is.EqualTo(e.SizeClass));
                Assert.That(a.StartYear, Is.EqualTo(e.StartYear));
                Assert.That(a.Measures, Is.EquivalentTo(e.Measures));
                Assert.That(a.Tags, Is.EquivalentTo(e.Tags));
            });
        }
    }

    [Test]
    public void Write_ThenRead_GivesEqualTable()
    {
        var table = SampleTable();
        AssertSameFirms(RoundTrip(table), table);
    }

    [Test]
    public void Write_ChineseHeaders_ThenRead_GivesEqualTable()
    {
        var table = SampleTable();
        AssertSameFirms(RoundTrip(table, new FirmCsvWriterOptions { ChineseHeaders = true }), table);
    }

    [Test]
    public void Write_Gb18030_ThenReadWithDetection_GivesEqualTable()
    {
        var table = SampleTable();
        using var stream = new MemoryStream();
        FirmCsvWriter.Write(table, stream, new FirmCsvWriterOptions { Encoding = Gb18030, ChineseHeaders = true });
        stream.Position = 0;
        var result = FirmCsvReader.Read(stream);
        Assert.That(result.EncodingUsed.CodePage, Is.EqualTo(54936));
        AssertSameFirms(result.Table, table);
    }

    [Test]
    public void Write_CustomMeasureWithUnit_KeepsUnit()
    {
        var csv = $"id,出口额(万元)\n{Uscc(1)},5\n";
        var read = Read(csv).Table;
        var again = RoundTrip(read);
        Assert.Multiple(() =>
        {
            Assert.That(again.GetMeasure("出口额").Measure.Unit, Is.EqualTo("万元"));
            Assert.That(again.GetMeasure("出口额")[0], Is.EqualTo(5));
        });
    }

    [Test]
    public void Write_Default_HasBomEnglishHeadersAndEmptyMissingCells()
    {
        using var stream = new MemoryStream();
        FirmCsvWriter.Write(SampleTable(), stream);
        var bytes = stream.ToArray();
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        var lines = text.Split("\r\n");
        Assert.Multiple(() =>
        {
            Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
            Assert.That(lines[0], Is.EqualTo("id,name,region,platform,industry,size_class,start_year,land_area,tax,value_added,employees,energy,出口额,tags"));
            Assert.That(lines[1], Is.EqualTo($"{Uscc(1)},\"甲公司, \"\"精密\"\"\",西湖区,高新园,C3311,above,2012,12.345678901234567,-0.1,1E-300,80,,0.30000000000000004,listed;my_tag;specialized_sme"));
        });
    }

    [Test]
    public void Write_ChineseHeaders_UsesChineseNamesWithUnits()
    {
        using var stream = new MemoryStream();
        FirmCsvWriter.Write(SampleTable(), stream, new FirmCsvWriterOptions { ChineseHeaders = true, WriteByteOrderMark = false });
        var header = Encoding.UTF8.GetString(stream.ToArray()).Split("\r\n")[0];
        Assert.That(header, Is.EqualTo("统一社会信用代码,企业名称,所属区域,所属平台,行业代码,规模,投产年份,用地面积(亩),实缴税金(万元),工业增加值(万元),年平均职工人数(人),综合能耗(吨标准煤),出口额,标签"));
    }

    [Test]
    public void Write_NoBomOption_OmitsBom()
    {
        using var stream = new MemoryStream();
        FirmCsvWriter.Write(SampleTable(), stream, new FirmCsvWriterOptions { WriteByteOrderMark = false });
        Assert.That(stream.ToArray()[0], Is.EqualTo((byte)'i'));
    }

    [Test]
    public void Write_ToPath_ThenReadPath_GivesEqualTable()
    {
        var path = Path.Combine(Path.GetTempPath(), $"firms-{Guid.NewGuid():N}.csv");
        try
        {
            var table = SampleTable();
            FirmCsvWriter.Write(table, path);
            AssertSameFirms(FirmCsvReader.Read(path).Table, table);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Write_EmptyTable_WritesHeaderOnly()
    {
        using var stream = new MemoryStream();
        FirmCsvWriter.Write(FirmTable.Empty, stream, new FirmCsvWriterOptions { WriteByteOrderMark = false });
        Assert.That(Encoding.UTF8.GetString(stream.ToArray()), Is.EqualTo("id,name,region,platform,industry,size_class,start_year,tags\r\n"));
    }

    [Test]
    public void Write_RandomTables_RoundTrip()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 20; trial++)
        {
            var firms = Enumerable.Range(0, random.Next(1, 40)).Select(i => new Firm
            {
                Id = Uscc((trial * 1000) + i),
                Name = "企业" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Region = random.Next(3) == 0 ? string.Empty : "区" + random.Next(5).ToString(System.Globalization.CultureInfo.InvariantCulture),
                StartYear = random.Next(2) == 0 ? null : random.Next(1950, 2030),
                SizeClass = (SizeClass)random.Next(3),
                Measures = KnownMeasures.All.Take(8)
                    .Where(_ => random.Next(3) != 0)
                    .ToDictionary(m => m.Id, m => Math.Round(random.NextDouble() * 1e6, random.Next(0, 12)) * (FirmRulesAllowNegative(m.Id) && random.Next(4) == 0 ? -1 : 1)),
                Tags = random.Next(2) == 0 ? new HashSet<string>() : new HashSet<string> { KnownTags.HighTech },
            }).ToList();
            var table = FirmTable.FromFirms(firms);
            AssertSameFirms(RoundTrip(table), table);
        }
    }

    private static bool FirmRulesAllowNegative(string id) => id is "tax" or "value_added";

    private static FirmTable PayloadTable() => FirmTable.FromFirms(
    [
        new Firm
        {
            Id = "=1+1",
            Name = "=HYPERLINK(\"http://x\",\"y\")",
            Region = "+cmd|' /C calc'!A0",
            Platform = "@SUM(1)",
            IndustryCode = "-C13",
            Parcel = "＝P1",
            Measures = new Dictionary<string, double> { ["land_area"] = 3, ["tax"] = -2.5, ["-custom"] = -1 },
            Tags = new HashSet<string> { "=tag", "b" },
        },
        new Firm
        {
            Id = "'x",
            Name = "'quoted",
            Region = "''=twice",
            Parcel = "P2",
            Measures = new Dictionary<string, double> { ["land_area"] = 1, ["tax"] = 1 },
        },
    ]);

    [Test]
    public void Write_FormulaPayloads_QuotePrefixedTextCells_NumbersUntouched_ReadBackExactly()
    {
        var table = PayloadTable();
        using var stream = new MemoryStream();
        FirmCsvWriter.Write(table, stream, new FirmCsvWriterOptions { WriteByteOrderMark = false });
        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split("\r\n");
        var again = RoundTrip(table, readOptions: new FirmCsvReaderOptions { LenientIds = true });

        Assert.Multiple(() =>
        {
            Assert.That(lines[0], Is.EqualTo("id,name,region,platform,industry,size_class,start_year,parcel,land_area,tax,'-custom,tags"));
            Assert.That(lines[1], Is.EqualTo("'=1+1,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'+cmd|' /C calc'!A0,'@SUM(1),'-C13,,,'＝P1,3,-2.5,-1,'=tag;b"));
            Assert.That(lines[2], Is.EqualTo("''x,''quoted,'''=twice,,,,,P2,1,1,,"));
        });
        AssertSameFirms(again, table);
        Assert.That(Enumerable.Range(0, again.Count).Select(r => again.Parcels[r]), Is.EqualTo(new[] { "＝P1", "P2" }));
    }

    [Test]
    public void Write_FormulaEscapingNone_WritesTextAsItIs()
    {
        using var stream = new MemoryStream();
        FirmCsvWriter.Write(PayloadTable(), stream, new FirmCsvWriterOptions { WriteByteOrderMark = false, FormulaEscaping = FormulaEscaping.None });
        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split("\r\n");

        Assert.That(lines[1], Does.StartWith("=1+1,\"=HYPERLINK(").And.EndWith(",=tag;b"));
    }
}
