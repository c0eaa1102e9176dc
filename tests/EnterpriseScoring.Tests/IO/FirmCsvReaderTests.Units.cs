using EnterpriseScoring.IO;
using EnterpriseScoring.Samples;
using EnterpriseScoring.Validation;
using static EnterpriseScoring.Tests.IO.CsvTestData;

namespace EnterpriseScoring.Tests.IO;

public partial class FirmCsvReaderTests
{
    [Test]
    public void Read_HeaderUnits_ConvertToCanonicalUnits()
    {
        var result = Read($"id,用地面积(平方米),实缴税金(元)\n{A},6666.67,\"1,000,000\"\n");
        Assert.Multiple(() =>
        {
            Assert.That(result.Rejections, Is.Empty, string.Join("\n", result.Rejections));
            Assert.That(result.Table.GetMeasure(KnownMeasures.LandArea)[0], Is.EqualTo(10).Within(1e-5));
            Assert.That(result.Table.GetMeasure(KnownMeasures.Tax)[0], Is.EqualTo(100));
            var land = result.Columns.Single(c => c.Target == "land_area");
            Assert.That((land.SourceUnit, land.Unit, land.Factor, land.IsConverted), Is.EqualTo(("平方米", "亩", 0.0015, true)));
            var tax = result.Columns.Single(c => c.Target == "tax");
            Assert.That((tax.SourceUnit, tax.Unit, tax.Factor), Is.EqualTo(("元", "万元", 0.0001)));
            Assert.That(result.Columns[0].IsConverted, Is.False);
        });
    }

    [TestCase("用地面积(亩)", 3.0, 3.0)]
    [TestCase("用地面积（㎡）", 1500.0, 2.25)]
    [TestCase("land_area(m²)", 1500.0, 2.25)]
    [TestCase("land_area(m2)", 1500.0, 2.25)]
    [TestCase("用地面积(公顷)", 2.0, 30.0)]
    [TestCase("land_area[ha]", 2.0, 30.0)]
    [TestCase("实缴税金(千元)", 25.0, 2.5)]
    [TestCase("实缴税金(万元)", 25.0, 25.0)]
    [TestCase("实缴税金(亿元)", 1.5, 15000.0)]
    [TestCase("用电量(千瓦时)", 50000.0, 5.0)]
    [TestCase("用电量(kWh)", 50000.0, 5.0)]
    [TestCase("用电量(度)", 50000.0, 5.0)]
    [TestCase("用电量(万度)", 5.0, 5.0)]
    [TestCase("用电量(万千瓦时)", 5.0, 5.0)]
    [TestCase("用水量(千克)", 5000.0, 5.0)]
    [TestCase("综合能耗【吨标准煤】", 7.0, 7.0)]
    [TestCase("租赁厂房面积(平方米)", 300.0, 300.0)]
    [TestCase("租赁厂房面积(亩)", 3.0, 2000.0)]
    public void Read_HeaderUnit_IsConverted(string header, double cell, double expected)
    {
        var result = Read(FormattableString.Invariant($"id,{header}\n{A},{cell}\n"));
        Assert.That(result.Rejections, Is.Empty, string.Join("\n", result.Rejections));
        Assert.That(result.Table.MeasureColumns.Single()[0], Is.EqualTo(expected).Within(1e-9));
        Assert.That(result.Warnings, Is.Empty);
    }

    [Test]
    public void Read_InputUnits_ApplyToHeadersWithoutUnits()
    {
        var options = new FirmCsvReaderOptions { InputUnits = new InputUnits { Money = "元", Area = "㎡" } };
        var result = Read($"id,land_area,leased_out_area,building_area,tax,revenue,employees,电耗\n{A},6666.67,666.67,300,50000,\"2,000,000\",12,8\n", options);
        Assert.Multiple(() =>
        {
            Assert.That(result.Rejections, Is.Empty, string.Join("\n", result.Rejections));
            Assert.That(result.Table.GetMeasure(KnownMeasures.LandArea)[0], Is.EqualTo(10).Within(1e-5));
            Assert.That(result.Table.GetMeasure(KnownMeasures.LeasedOutArea)[0], Is.EqualTo(1).Within(1e-5));
            Assert.That(result.Table.GetMeasure(KnownMeasures.BuildingArea)[0], Is.EqualTo(300), "building area stays in ㎡");
            Assert.That(result.Table.GetMeasure(KnownMeasures.Tax)[0], Is.EqualTo(5));
            Assert.That(result.Table.GetMeasure(KnownMeasures.Revenue)[0], Is.EqualTo(200));
            Assert.That(result.Table.GetMeasure(KnownMeasures.Employees)[0], Is.EqualTo(12));
            Assert.That(result.Table.GetMeasure(KnownMeasures.Electricity)[0], Is.EqualTo(8));
            Assert.That(result.Columns.Single(c => c.Target == "tax").SourceUnit, Is.EqualTo("元"));
            Assert.That(result.Columns.Single(c => c.Target == "employees").IsConverted, Is.False);
        });
    }

    [Test]
    public void Read_HeaderUnit_WinsOverInputUnits()
    {
        var options = new FirmCsvReaderOptions { InputUnits = new InputUnits { Money = "元", Area = "公顷" } };
        var result = Read($"id,用地面积(亩),实缴税金(万元)\n{A},3,4\n", options);
        Assert.Multiple(() =>
        {
            Assert.That(result.Table.GetMeasure(KnownMeasures.LandArea)[0], Is.EqualTo(3));
            Assert.That(result.Table.GetMeasure(KnownMeasures.Tax)[0], Is.EqualTo(4));
        });
    }

    [Test]
    public void Read_IncompatibleHeaderUnit_ThrowsListingTheColumns()
    {
        var ex = Assert.Throws<FirmDataException>(() => Read($"id,实缴税金(亩),用地面积(元),用电量(万元)\n{A},1,2,3\n"))!;
        Assert.Multiple(() =>
        {
            Assert.That(ex.Message, Does.Contain("'实缴税金(亩)' (column 2): 亩 is an area, but tax is money in 万元"));
            Assert.That(ex.Message, Does.Contain("'用地面积(元)' (column 3)"));
            Assert.That(ex.Message, Does.Contain("'用电量(万元)' (column 4)"));
        });
    }

    [Test]
    public void Read_UnknownHeaderUnit_WarnsAndReadsUnconverted()
    {
        var result = Read($"id,用地面积(块),tax\n{A},3,1\n");
        Assert.Multiple(() =>
        {
            Assert.That(result.Table.GetMeasure(KnownMeasures.LandArea)[0], Is.EqualTo(3));
            var warning = result.Warnings.Single();
            Assert.That((warning.Line, warning.Column, warning.Value, warning.Code, warning.Severity),
                Is.EqualTo((1, "用地面积(块)", "块", RowIssueCode.UnknownUnit, IssueSeverity.Warning)));
            Assert.That(warning.Reason, Does.Contain("'块'").And.Contain("not recognised"));
        });
    }

    [Test]
    public void Read_CustomMeasureUnit_IsKeptUnconverted()
    {
        var result = Read($"id,出口额(元),专利数(件)\n{A},100,3\n", new FirmCsvReaderOptions { InputUnits = new InputUnits { Money = "元" } });
        Assert.Multiple(() =>
        {
            Assert.That(result.Warnings, Is.Empty);
            Assert.That(result.Table.GetMeasure(result.Table.MeasureColumns[0].Measure)[0], Is.EqualTo(100));
            Assert.That(result.Table.MeasureColumns.Select(c => c.Measure.Unit), Is.EqualTo(new[] { "元", "件" }));
            Assert.That(result.Columns[1].SourceUnit, Is.EqualTo("元"));
            Assert.That(result.Columns[1].IsConverted, Is.False);
        });
    }

    [Test]
    public void Read_NegativeCheck_AppliesAfterConversion()
    {
        var issue = SingleRejection($"id,用地面积(平方米)\n{A},-1500\n");
        Assert.That((issue.Code, issue.Value), Is.EqualTo((RowIssueCode.NegativeValue, "-1500")));
    }

    [Test]
    public void InputUnits_NotAUnitOfItsKind_Throws()
    {
        Assert.Throws<ArgumentException>(() => Read($"id,tax\n{A},1\n", new FirmCsvReaderOptions { InputUnits = new InputUnits { Money = "亩" } }));
        Assert.Throws<ArgumentException>(() => Read($"id,tax\n{A},1\n", new FirmCsvReaderOptions { InputUnits = new InputUnits { Area = "furlong" } }));
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Writer_RoundTrip_GivesTheSameNumbers_WhateverTheInputUnits(bool chinese)
    {
        var table = SyntheticCity.Default(50, 7);
        using var stream = new MemoryStream();
        FirmCsvWriter.Write(table, stream, new FirmCsvWriterOptions { ChineseHeaders = chinese });

        // Chinese headers carry the canonical units, which win over the options; English headers carry none.
        var options = chinese ? new FirmCsvReaderOptions { InputUnits = new InputUnits { Money = "元", Area = "㎡" } } : null;
        var read = FirmCsvReader.Read(new MemoryStream(stream.ToArray()), options);
        Assert.That(read.Rejections, Is.Empty, string.Join("\n", read.Rejections.Take(5)));
        Assert.That(read.Warnings, Is.Empty, string.Join("\n", read.Warnings.Take(5)));
        Assert.That(read.Columns.Any(c => c.IsConverted), Is.False);
        foreach (var column in table.MeasureColumns)
        {
            var back = read.Table.GetMeasure(column.Measure);
            Assert.That(Enumerable.Range(0, table.Count).Select(r => back[r]), Is.EqualTo(Enumerable.Range(0, table.Count).Select(r => column[r])), column.Measure.Id);
        }
    }
}
