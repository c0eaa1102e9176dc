using EnterpriseScoring.Indicators;
using EnterpriseScoring.IO;
using EnterpriseScoring.Pools;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Tests.Profiles;
using EnterpriseScoring.Scoring;

namespace EnterpriseScoring.Tests.Scoring;

/// <summary>
/// Size classes over several measures (《统计上大中小微型企业划分办法（2017）》, 国统字〔2017〕213号, 工业: a class needs
/// 从业人员 且 营业收入), a firm missing a size measure, and their problems at their JSON paths.
/// </summary>
public class SizeClassesTests
{
    private const string Path = "$.pools[0].indicators[0].scoring.standard_table";

    private static readonly StandardSizeClass[] Classes2017 =
    [
        new("large", "大型", [new SizeThreshold(KnownMeasures.Employees, 1000), new SizeThreshold(KnownMeasures.Revenue, 40000)]),
        new("medium", "中型", [new SizeThreshold(KnownMeasures.Employees, 300), new SizeThreshold(KnownMeasures.Revenue, 2000)]),
        new("small", "小型", [new SizeThreshold(KnownMeasures.Employees, 20), new SizeThreshold(KnownMeasures.Revenue, 300)]),
    ];

    private static StandardValueTable Table(MissingSizeMeasure missing = MissingSizeMeasure.AllSizes) =>
        new([new("C", "large", [5, 4, 3, 2, 1]), new("C", null, [50, 40, 30, 20, 10])], null, Classes2017, missing);

    [TestCase(1000, 40000, "large")] // both thresholds met exactly
    [TestCase(2000, 30000, "medium")] // 从业人员 of a large firm, 营业收入 of a medium one
    [TestCase(500, 50000, "medium")] // 营业收入 of a large firm, 从业人员 of a medium one
    [TestCase(1500, 1500, "small")] // many employees, little revenue: 小型 (both needed)
    [TestCase(299, 50000, "small")]
    [TestCase(10, 50000, null)] // 微型: below every class
    [TestCase(double.NaN, 50000, null)] // a missing measure: no class
    [TestCase(5000, double.NaN, null)]
    public void SizeClassOf_NeedsEveryThreshold(double employees, double revenue, string? expected)
    {
        var table = Table();

        Assert.Multiple(() =>
        {
            Assert.That(table.SizeMeasures.Select(m => m.Id), Is.EqualTo(new[] { "employees", "revenue" }));
            Assert.That(table.SizeClassOf(employees, revenue)?.Id, Is.EqualTo(expected));
        });
    }

    [Test]
    public void SizeClassOf_WrongNumberOfValues_Throws() =>
        Assert.That(() => Table().SizeClassOf(1000), Throws.ArgumentException.With.Message.Contains("1 values for 2 size measures"));

    [Test]
    public void ThresholdsOf_ReadsAsPublished() =>
        Assert.That(Table().ThresholdsOf(Classes2017[0]), Is.EqualTo("employees ≥ 1000 且 revenue ≥ 40000"));

    [TestCase(MissingSizeMeasure.AllSizes, 50)] // 全行业 row
    [TestCase(MissingSizeMeasure.NoRow, null)] // no row: NoStandardRow
    public void AFirmMissingASizeMeasure_GetsWhatTheTableSays(MissingSizeMeasure missing, double? best)
    {
        var method = new EfficacyCoefficientScoring(new EfficacyCoefficientOptions { Table = Table(missing), Standards = [9, 8, 7, 6, 5] });

        var (row, size, scoring) = method.Match("C2614", [double.NaN, 50000]);

        Assert.Multiple(() =>
        {
            Assert.That(size, Is.Null);
            Assert.That(row?.Standards[0], Is.EqualTo(best));
            Assert.That(scoring is null, Is.EqualTo(missing == MissingSizeMeasure.NoRow), "no_row: not even the indicator's own standards");
        });
    }

    [TestCase("C2614", 30)] // 大类 row
    [TestCase("C 2614", 30)] // a space inside the code: read as C2614, not moved to the 门类 row
    [TestCase(" c26 14 ", 30)]
    [TestCase("C", 20)]
    public void Find_ReadsACodeWithoutItsSpaces(string code, double best)
    {
        var table = new StandardValueTable([new("C26", null, [30, 20, 10, 5, 1]), new("C", null, [20, 15, 10, 5, 1])]);

        Assert.That(table.Find(code, null)!.Standards[0], Is.EqualTo(best));
    }

    private static string Profile(string classes, string extra = "") => $$"""
        { "name": "t", "evaluation_year": 2025,
          "pools": [ { "id": "all", "indicators": [ { "id": "tax_per_mu", "weight": 100,
            "scoring": { "method": "efficacy_coefficient", "standard_table": { {{extra}} "size_classes": {{classes}},
              "rows": [{"industry": "C", "standards": [40, 30, 20, 10, 5]}] } } } ],
            "tiering": { "scheme": "quota_bands", "a": 25, "b": 25, "c": 25, "d": 25 } } ] }
        """;

    [TestCase("""[{"id": "large", "at_least": {"employes": 1000, "revenue": 40000}}]""", ".size_classes[0].at_least.employes", "")]
    [TestCase("""[{"id": "large", "at_least": {"employees": 300, "revenue": 40000}}, {"id": "medium", "at_least": {"employees": 1000, "revenue": 2000}}]""", ".size_classes[1].at_least.employees", "1000 is above the class before (300): classes are listed largest first")]
    [TestCase("""[{"id": "large", "at_least": {"employees": 1000, "revenue": 40000}}, {"id": "medium", "at_least": {"employees": 1000, "revenue": 40000}}]""", ".size_classes[1].at_least", "the same thresholds as size_classes[0]: no firm could be in it")]
    [TestCase("""[{"id": "large", "at_least": {"employees": 1000, "revenue": 40000}}, {"id": "medium", "at_least": {"revenue": 2000}}]""", ".size_classes[1].at_least", "names revenue, size_classes[0] names employees, revenue")]
    [TestCase("""[{"id": "large", "at_least": {"employees": 1000, "revenue": 40000}}, {"id": "medium", "at_least": 2000}]""", ".size_classes[1].at_least", "a single number here, thresholds on several measures in another class")]
    [TestCase("""[{"id": "large", "at_least": {"employees": "many"}}]""", ".size_classes[0].at_least.employees", "a threshold must be a number")]
    [TestCase("""[{"id": "large", "at_least": {}}]""", ".size_classes[0].at_least", "at_least names no measure")]
    [TestCase("""[{"id": "large", "at_least": [1000, 40000]}]""", ".size_classes[0].at_least", "a number or an object of one number per measure")]
    public void Problem_PointsIntoTheJson(string classes, string key, string message)
    {
        var e = ProfileTestSupport.Problems(() => ProfileLoader.Parse(Profile(classes)));

        Assert.That(e.Problems.Where(p => p.Path == Path + key).Select(p => p.Message), Has.Some.Contains(message), e.Message);
    }

    [TestCase("\"size_measure\": \"revenue\",", ".size_measure", "leave size_measure out")]
    [TestCase("\"missing_size\": \"smallest\",", ".missing_size", "\"all_sizes\"")]
    public void Problem_OfTheTable_PointsIntoTheJson(string extra, string key, string message)
    {
        var e = ProfileTestSupport.Problems(() => ProfileLoader.Parse(Profile("""[{"id": "large", "at_least": {"employees": 1000, "revenue": 40000}}]""", extra)));

        Assert.That(e.Problems.Where(p => p.Path == Path + key).Select(p => p.Message), Has.Some.Contains(message), e.Message);
    }

    [Test]
    public void RoundTrip_ThresholdsAndMissingSize_WriteAndReloadIdentical()
    {
        var json = Profile("""[{"id": "large", "label": "大型", "at_least": {"employees": 1000, "revenue": 40000}}, {"id": "small", "at_least": {"employees": 20, "revenue": 300}}]""", "\"missing_size\": \"no_row\",");
        var profile = ProfileLoader.Parse(json);
        var written = ProfileWriter.ToJson(profile);
        var table = ((EfficacyCoefficientScoring)ProfileLoader.Parse(written).Pools[0].Indicators[0].Scoring!).Options.Table!;

        Assert.Multiple(() =>
        {
            Assert.That(ProfileWriter.ToJson(ProfileLoader.Parse(written)), Is.EqualTo(written));
            Assert.That(table.WhenSizeMissing, Is.EqualTo(MissingSizeMeasure.NoRow));
            Assert.That(table.SizeClasses[0].Thresholds, Is.EqualTo(new[] { new SizeThreshold(KnownMeasures.Employees, 1000), new SizeThreshold(KnownMeasures.Revenue, 40000) }));
            Assert.That(new Evaluator(profile).RequiredMeasures.Select(r => r.Measure.Id), Is.SupersetOf(new[] { "employees", "revenue" }));
        });
    }

    [Test]
    public void Seed_HandComputedScores_AndTheMissingEmployeesFirm()
    {
        var profile = ProfileLoader.Load(TestPaths.Seeds("data", "size-2017.profile.json"));
        var read = FirmCsvReader.Read(TestPaths.Seeds("data", "size-2017.csv"), FirmCsvReaderOptions.Default.ForProfile(profile));
        var evaluation = new Evaluator(profile).Evaluate(read.Table);
        var noRow = new Evaluator(profile.WithPool("above", p => p with
        {
            Indicators = [p.Indicators[0] with { Scoring = new EfficacyCoefficientScoring(new EfficacyCoefficientOptions { Table = new StandardValueTable(TableOf(p).Rows, null, TableOf(p).SizeClasses, MissingSizeMeasure.NoRow) }) }],
        })).Evaluate(read.Table);
        const string Missing = "9133040072000005XB"; // 戊: 从业人员 blank

        Assert.Multiple(() =>
        {
            Assert.That(evaluation.Results.Select(r => Math.Round(r.Total!.Value, 9)), Is.EqualTo(new[] { 90, 85, 70, 80, 40, 50 }));
            Assert.That(noRow.Results.Single(r => r.Id == Missing).Indicators[0].Outcome, Is.EqualTo(IndicatorOutcome.NoStandardRow));
            Assert.That(evaluation.Results.Single(r => r.Id == Missing).Indicators[0].Outcome, Is.EqualTo(IndicatorOutcome.Computed));
        });

        static StandardValueTable TableOf(PoolProfile pool) => ((EfficacyCoefficientScoring)pool.Indicators[0].Scoring!).Options.Table!;
    }

    [Test]
    public void FirmsMissingDifferentSizeMeasures_EachExplanationNamesItsOwn()
    {
        // 戊 (the seed) lacks 从业人员; 甲, of the same industry, is given without its 营业收入 instead: the explanations must not
        // share one text.
        var profile = ProfileLoader.Load(TestPaths.Seeds("data", "size-2017.profile.json"));
        const string Jia = "913304007200000173,嘉兴甲化工有限公司,C2614,规上,10,350,";
        var csv = File.ReadAllText(TestPaths.Seeds("data", "size-2017.csv"), System.Text.Encoding.UTF8).Replace(Jia + "50000,", Jia + ",", StringComparison.Ordinal);
        Assert.That(csv, Does.Contain(Jia + ",1200"));
        var read = FirmCsvReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv)), FirmCsvReaderOptions.Default.ForProfile(profile));
        var evaluation = new Evaluator(profile).Evaluate(read.Table);

        Assert.Multiple(() =>
        {
            Assert.That(evaluation.Explain("9133040072000005XB"), Does.Contain("(employees missing").And.Not.Contain("(revenue missing"));
            Assert.That(evaluation.Explain("913304007200000173"), Does.Contain("(revenue missing").And.Not.Contain("(employees missing"));
        });
    }
}

