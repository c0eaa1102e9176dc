using EnterpriseScoring.IO;
using static EnterpriseScoring.Tests.IO.CsvTestData;

namespace EnterpriseScoring.Tests.IO;

public partial class FirmCsvReaderTests
{
    private static readonly string A = Uscc(1);
    private static readonly string B = Uscc(2);
    private static readonly string C = Uscc(3);

    [Test]
    public void Read_EnglishHeaders_LoadsAllFields()
    {
        var csv = $"id,name,region,platform,industry,size_class,start_year,tags,land_area,tax,employees\n" +
                  $"{A},甲公司,西湖区,高新园,C3311,规上,2012,listed;high_tech,12.5,300,80\n";
        var result = Read(csv);
        var firm = result.Table.GetFirm(0);
        Assert.Multiple(() =>
        {
            Assert.That(result.Rejections, Is.Empty);
            Assert.That(result.Table.Count, Is.EqualTo(1));
            Assert.That(firm.Id, Is.EqualTo(A));
            Assert.That(firm.Name, Is.EqualTo("甲公司"));
            Assert.That(firm.Region, Is.EqualTo("西湖区"));
            Assert.That(firm.Platform, Is.EqualTo("高新园"));
            Assert.That(firm.IndustryCode, Is.EqualTo("C3311"));
            Assert.That(firm.SizeClass, Is.EqualTo(SizeClass.AboveDesignatedSize));
            Assert.That(firm.StartYear, Is.EqualTo(2012));
            Assert.That(firm.Tags, Is.EquivalentTo(new[] { KnownTags.Listed, KnownTags.HighTech }));
            Assert.That(firm.Get(KnownMeasures.LandArea), Is.EqualTo(12.5));
            Assert.That(firm.Get(KnownMeasures.Tax), Is.EqualTo(300));
            Assert.That(firm.Get(KnownMeasures.Employees), Is.EqualTo(80));
            Assert.That(result.Table.SourceLines[0], Is.EqualTo(2));
            Assert.That(result.IgnoredColumns, Is.Empty);
        });
    }

    [Test]
    public void Read_ChineseHeadersWithUnits_MapToCanonicalColumns()
    {
        var csv = "统一社会信用代码,企业名称,所属区域,园区,国民经济行业代码,企业规模,投产年份,用地面积(亩),实缴税金（万元）,工业增加值【万元】,年平均职工人数[人],综合能耗 (吨标准煤),上市企业\n" +
                  $"{A},乙公司,萧山区,经开区,3311,规下,2015年,8,\"1,234.5\",-20,50,12,是\n";
        var result = Read(csv);
        var firm = result.Table.GetFirm(0);
        Assert.Multiple(() =>
        {
            Assert.That(result.Rejections, Is.Empty, string.Join("\n", result.Rejections));
            Assert.That(firm.Name, Is.EqualTo("乙公司"));
            Assert.That(firm.Platform, Is.EqualTo("经开区"));
            Assert.That(firm.SizeClass, Is.EqualTo(SizeClass.BelowDesignatedSize));
            Assert.That(firm.StartYear, Is.EqualTo(2015));
            Assert.That(firm.Get(KnownMeasures.LandArea), Is.EqualTo(8));
            Assert.That(firm.Get(KnownMeasures.Tax), Is.EqualTo(1234.5));
            Assert.That(firm.Get(KnownMeasures.ValueAdded), Is.EqualTo(-20));
            Assert.That(firm.Get(KnownMeasures.Employees), Is.EqualTo(50));
            Assert.That(firm.Get(KnownMeasures.Energy), Is.EqualTo(12));
            Assert.That(firm.HasTag(KnownTags.Listed), Is.True);
            Assert.That(result.Columns.Single(c => c.Header == "用地面积(亩)").Target, Is.EqualTo("land_area"));
            Assert.That(result.Columns.Single(c => c.Header == "上市企业").Role, Is.EqualTo(ColumnRole.Tag));
        });
    }

    [Test]
    public void Read_EveryKnownMeasureChineseNameAndAlias_MapsToThatMeasure()
    {
        foreach (var measure in KnownMeasures.All)
        {
            foreach (var header in measure.Aliases.Prepend(measure.ChineseName).Prepend(measure.Id))
            {
                var result = Read($"id,\"{header}\"\n{A},1\n");
                Assert.That(result.Columns[1].Target, Is.EqualTo(measure.Id), header);
            }
        }
    }

    [TestCase("信用代码", "id")]
    [TestCase("社会信用代码", "id")]
    [TestCase("单位名称", "name")]
    [TestCase("区域", "region")]
    [TestCase("乡镇", "region")]
    [TestCase("镇街", "region")]
    [TestCase("所属平台", "platform")]
    [TestCase("平台", "platform")]
    [TestCase("行业代码", "industry")]
    [TestCase("规模", "size_class")]
    [TestCase("规上规下", "size_class")]
    [TestCase("成立年份", "start_year")]
    [TestCase("标签", "tags")]
    [TestCase("  Land_Area  ", "land_area")]
    [TestCase("LAND AREA", "land_area")]
    [TestCase("NH3-N", "ammonia_nitrogen")]
    [TestCase("营业收入(万元)", "revenue")]
    public void Read_FieldHeaderSpellings_Resolve(string header, string target)
    {
        var idHeader = target == "id" ? header : "id";
        var csv = target == "id" ? $"\"{header}\"\n{A}\n" : $"id,\"{header}\"\n{A},\n";
        var result = Read(csv);
        Assert.That(result.Columns.Single(c => c.Header == header.Trim()).Target, Is.EqualTo(target), idHeader);
    }

    [Test]
    public void Read_UserAliases_TakePrecedenceAndCreateCustomMeasures()
    {
        var options = new FirmCsvReaderOptions
        {
            HeaderAliases = new Dictionary<string, string>
            {
                ["纳税人识别号"] = "id",
                ["亩产税收底数"] = "tax",
                ["出口交货值"] = "export_value",
                ["联系电话"] = "ignore",
                ["是否出口企业"] = "tag:exporter",
            },
        };
        var csv = "纳税人识别号,亩产税收底数（万元）,出口交货值(万元),联系电话,是否出口企业\n" +
                  $"{A},10,5,13800138000,Y\n{B},20,,13900139000,N\n";
        var result = Read(csv, options);
        Assert.Multiple(() =>
        {
            Assert.That(result.Rejections, Is.Empty, string.Join("\n", result.Rejections));
            Assert.That(result.Table.Ids, Is.EqualTo(new[] { A, B }));
            Assert.That(result.Table.GetMeasure("tax").Values.ToArray(), Is.EqualTo(new[] { 10.0, 20.0 }));
            Assert.That(result.Table.GetMeasure("export_value")[0], Is.EqualTo(5));
            Assert.That(result.Table.GetMeasure("export_value")[1], Is.Null);
            Assert.That(result.Table.GetMeasure("export_value").Measure.Unit, Is.EqualTo("万元"));
            Assert.That(result.IgnoredColumns, Is.EqualTo(new[] { "联系电话" }));
            Assert.That(result.Table.GetTag("exporter").Rows(), Is.EqualTo(new[] { 0 }));
        });
    }

    [Test]
    public void Read_UnknownNumericColumn_BecomesCustomMeasureWithUnit()
    {
        var csv = $"id,出口额(万元),R&D ratio\n{A},\"1,000\",0.5\n{B},-,1.5\n";
        var result = Read(csv);
        Assert.Multiple(() =>
        {
            Assert.That(result.Rejections, Is.Empty);
            Assert.That(result.Table.TryGetMeasure("出口额", out var exports), Is.True);
            Assert.That(exports!.Measure.Unit, Is.EqualTo("万元"));
            Assert.That(exports[0], Is.EqualTo(1000));
            Assert.That(exports[1], Is.Null);
            Assert.That(result.Table.GetMeasure("R&D_ratio").Values.ToArray(), Is.EqualTo(new[] { 0.5, 1.5 }));
            Assert.That(result.Columns[1].Role, Is.EqualTo(ColumnRole.CustomMeasure));
        });
    }

    [Test]
    public void Read_UnknownNonNumericColumn_IsIgnoredAndListed()
    {
        var csv = $"id,备注,联系人,空列,\n{A},12,张三,,\n{B},很好,李四,,\n";
        var result = Read(csv);
        Assert.Multiple(() =>
        {
            Assert.That(result.Rejections, Is.Empty);
            Assert.That(result.Table.Count, Is.EqualTo(2));
            Assert.That(result.Table.MeasureColumns, Is.Empty);
            Assert.That(result.IgnoredColumns, Is.EqualTo(new[] { "备注", "联系人", "空列", "(column 5)" }));
            var warning = result.Warnings.Single(w => w.Column == "备注");
            Assert.That(warning.Line, Is.EqualTo(3));
            Assert.That(warning.Value, Is.EqualTo("很好"));
            Assert.That(warning.Code, Is.EqualTo(EnterpriseScoring.Validation.RowIssueCode.ColumnIgnored));
            Assert.That(result.Columns.Select(c => c.Role), Is.All.EqualTo(ColumnRole.Ignored).Or.EqualTo(ColumnRole.Field));
        });
    }

    [Test]
    public void Read_MissingRequiredColumn_ThrowsNamingColumnAndHeaders()
    {
        var ex = Assert.Throws<MissingColumnException>(() => Read("企业名称,用地面积\n甲,1\n"));
        Assert.Multiple(() =>
        {
            Assert.That(ex!.Message, Does.Contain("'id'"));
            Assert.That(ex.Message, Does.Contain("统一社会信用代码"));
            Assert.That(ex.Message, Does.Contain("'企业名称', '用地面积'"));
            Assert.That(ex.MissingColumns, Is.EqualTo(new[] { "id" }));
            Assert.That(ex.HeadersFound, Is.EqualTo(new[] { "企业名称", "用地面积" }));
        });
    }

    [Test]
    public void Read_ExtraRequiredColumns_ChecksEach()
    {
        var options = new FirmCsvReaderOptions { RequiredColumns = ["id", "land_area", "tax"] };
        var ex = Assert.Throws<MissingColumnException>(() => Read($"id,用地面积\n{A},1\n", options));
        Assert.That(ex!.MissingColumns, Is.EqualTo(new[] { "tax" }));
    }

    [Test]
    public void Read_TwoColumnsSameMeaning_ThrowsFirmDataException()
    {
        var ex = Assert.Throws<FirmDataException>(() => Read($"id,land_area,用地面积(亩)\n{A},1,2\n"));
        Assert.That(ex!.Message, Does.Contain("'land_area'").And.Contain("'用地面积(亩)'"));
    }

    [Test]
    public void Read_EmptyFile_ThrowsFirmDataException()
    {
        Assert.That(() => Read(string.Empty), Throws.InstanceOf<FirmDataException>());
    }

    [Test]
    public void Read_HeaderOnly_GivesEmptyTable()
    {
        var result = Read("id,name,land_area\n");
        Assert.Multiple(() =>
        {
            Assert.That(result.RowsRead, Is.Zero);
            Assert.That(result.Table.Count, Is.Zero);
            Assert.That(result.Table.HasMeasure(KnownMeasures.LandArea), Is.True);
        });
    }

    [Test]
    public void Read_TagsColumn_SplitsOnSemicolonPipeAndMapsChineseNames()
    {
        var csv = $"id,tags\n{A},\"listed|专精特新; my_tag\"\n{B},\n";
        var result = Read(csv);
        Assert.Multiple(() =>
        {
            Assert.That(result.Table.GetFirm(0).Tags, Is.EquivalentTo(new[] { "listed", "specialized_sme", "my_tag" }));
            Assert.That(result.Table.GetFirm(1).Tags, Is.Empty);
        });
    }

    [TestCase("是", true)]
    [TestCase("否", false)]
    [TestCase("1", true)]
    [TestCase("0", false)]
    [TestCase("TRUE", true)]
    [TestCase("false", false)]
    [TestCase("Y", true)]
    [TestCase("n", false)]
    [TestCase("", false)]
    public void Read_FlagColumn_ParsesYesNo(string cell, bool expected)
    {
        var result = Read($"id,high_tech,专精特新\n{A},{cell},{cell}\n");
        Assert.Multiple(() =>
        {
            Assert.That(result.Rejections, Is.Empty);
            Assert.That(result.Table.HasTag(0, KnownTags.HighTech), Is.EqualTo(expected));
            Assert.That(result.Table.HasTag(0, KnownTags.SpecializedSme), Is.EqualTo(expected));
        });
    }

    [TestCase("")]
    [TestCase("-")]
    [TestCase("—")]
    [TestCase("NA")]
    [TestCase("null")]
    [TestCase("无")]
    [TestCase("  ")]
    public void Read_MissingSpellings_AreMissingNotZero(string cell)
    {
        var result = Read($"id,land_area,tax,start_year,size_class\n{A},\"{cell}\",5,{cell},{cell}\n");
        Assert.Multiple(() =>
        {
            Assert.That(result.Rejections, Is.Empty, string.Join("\n", result.Rejections));
            Assert.That(result.Table.GetMeasure(KnownMeasures.LandArea)[0], Is.Null);
            Assert.That(result.Table.GetMeasure(KnownMeasures.LandArea).MissingCount, Is.EqualTo(1));
            Assert.That(result.Table.GetMeasure(KnownMeasures.Tax)[0], Is.EqualTo(5));
            Assert.That(result.Table.StartYearPresence[0], Is.False);
            Assert.That(result.Table.SizeClasses[0], Is.EqualTo(SizeClass.Unspecified));
        });
    }

    [TestCase("\"1,234.5\"", 1234.5)]
    [TestCase("\"1,234,567\"", 1234567)]
    [TestCase("\" 1,234 \"", 1234)]
    [TestCase("  42  ", 42)]
    [TestCase("\"-1,000.25\"", -1000.25)]
    [TestCase("1e3", 1000)]
    [TestCase(".5", 0.5)]
    public void Read_NumberSpellings_Parse(string cell, double expected)
    {
        var result = Read($"id,tax\n{A},{cell}\n");
        Assert.Multiple(() =>
        {
            Assert.That(result.Rejections, Is.Empty, string.Join("\n", result.Rejections));
            Assert.That(result.Table.GetMeasure(KnownMeasures.Tax)[0], Is.EqualTo(expected));
        });
    }

    [Test]
    public void Read_QuotedMultiLineField_KeepsPhysicalLineNumbers()
    {
        var csv = $"id,name,land_area\n{A},\"第一行\n第二行\",1\n\n{B},乙,x\n{C},丙,2\n";
        var result = Read(csv);
        Assert.Multiple(() =>
        {
            Assert.That(result.Table.Names[0], Is.EqualTo("第一行\n第二行"));
            Assert.That(result.Table.SourceLines.ToArray(), Is.EqualTo(new[] { 2, 6 }));
            Assert.That(result.Rejections.Single().Line, Is.EqualTo(5));
        });
    }

    [Test]
    public void Read_SemicolonDelimiterOption_IsUsed()
    {
        var result = Read($"id;name;tax\n{A};甲;\"1,5\"\n", new FirmCsvReaderOptions { Delimiter = ';' });
        Assert.That(result.Rejections.Single().Value, Is.EqualTo("1,5"));
    }

    [Test]
    public void Read_FromPath_ReadsFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"firms-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllText(path, $"id,tax\n{A},1\n");
            var result = FirmCsvReader.Read(path);
            Assert.That(result.Table.Ids, Is.EqualTo(new[] { A }));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
