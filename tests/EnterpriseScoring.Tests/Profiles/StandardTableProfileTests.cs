using EnterpriseScoring.Profiles;
using EnterpriseScoring.Scoring;

namespace EnterpriseScoring.Tests.Profiles;

/// <summary><c>efficacy_coefficient</c> with <c>standard_table</c> (industry × size) in profiles: problems at their JSON paths, round trip.</summary>
public class StandardTableProfileTests
{
    private const string Path = "$.pools[0].indicators[0].scoring";

    private const string Classes = """
        "size_measure": "revenue", "size_classes": [{"id": "large", "label": "大型", "at_least": 40000}, {"id": "small", "at_least": 0}]
        """;

    private static string Profile(string table, string extra = "", string direction = "") => $$"""
        { "name": "t", "evaluation_year": 2025,
          "pools": [ { "id": "all", "indicators": [ { "id": "tax_per_mu", {{direction}} "weight": 100,
            "scoring": { "method": "efficacy_coefficient", {{extra}} "standard_table": {{table}} } } ],
            "tiering": { "scheme": "quota_bands", "a": 25, "b": 25, "c": 25, "d": 25 } } ] }
        """;

    [TestCase($$"""{ {{Classes}}, "rows": [{"industry": "C26", "standards": [40, 30, 20]}] }""", ".standard_table.rows[0].standards", "five finite values")]
    [TestCase($$"""{ {{Classes}}, "rows": [{"industry": "C26", "size": "huge", "standards": [40, 30, 20, 10, 5]}] }""", ".standard_table.rows[0].size", "unknown size class 'huge'; the classes are large, small")]
    [TestCase($$"""{ {{Classes}}, "rows": [{"industry": "C26", "standards": [40, 30, 20, 10, 5]}, {"industry": "26", "standards": [4, 3, 2, 1, 0]}] }""", ".standard_table.rows[1]", "duplicate row C26 × 全行业: rows[0]")]
    [TestCase("""{ "rows": [{"industry": "D26", "standards": [40, 30, 20, 10, 5]}] }""", ".standard_table.rows[0].industry", "no GB/T 4754 门类")]
    [TestCase("""{ "rows": [{"industry": "C", "standards": [5, 10, 20, 30, 40]}] }""", ".standard_table.rows[0].standards", "downwards for a higher-is-better indicator")]
    [TestCase("""{ "rows": [{"industry": "C", "size": "large", "standards": [40, 30, 20, 10, 5]}] }""", ".standard_table.rows[0].size", "defines no size_classes")]
    [TestCase("""{ "size_classes": [{"id": "large", "at_least": 10}, {"id": "small", "at_least": 20}], "rows": [{"standards": [40, 30, 20, 10, 5]}] }""", ".standard_table.size_classes[1].at_least", "must be below the class before")]
    [TestCase("""{ "size_classes": [{"id": "large", "at_least": 10}], "rows": [{"standards": [40, 30, 20, 10, 5]}] }""", ".standard_table.size_measure", "size classes need the measure")]
    [TestCase("""{ "size_measure": "no_such_measure", "rows": [{"standards": [40, 30, 20, 10, 5]}] }""", ".standard_table.size_measure", "")]
    [TestCase("""{ "rows": [{"industry": "C", "sizes": "large", "standards": [40, 30, 20, 10, 5]}] }""", ".standard_table.rows[0].sizes", "unknown key 'sizes'")]
    [TestCase("""{ "rows": [] }""", ".standard_table.rows", "at least one row")]
    [TestCase("""[1, 2]""", ".standard_table", "must be an object")]
    public void Problem_PointsIntoTheJson(string table, string key, string message)
    {
        var e = ProfileTestSupport.Problems(() => ProfileLoader.Parse(Profile(table)));

        Assert.That(e.Problems.Where(p => p.Path == Path + key).Select(p => p.Message), Has.Some.Contains(message), e.Message);
    }

    [Test]
    public void Problem_SatisfactoryWithTable()
    {
        var e = ProfileTestSupport.Problems(() => ProfileLoader.Parse(Profile("""{ "rows": [{"standards": [40, 30, 20, 10, 5]}] }""", "\"satisfactory\": 30, \"unacceptable\": 10,")));

        Assert.That(e.Problems.Where(p => p.Path == Path + ".satisfactory").Select(p => p.Message), Has.Some.Contains("cannot be given with standard_table"), e.Message);
    }

    [Test]
    public void Problem_IndustryBenchmarkWithTable_IsRefusedNotIgnored()
    {
        var json = Profile("""{ "rows": [{"standards": [40, 30, 20, 10, 5]}] }""",
            direction: "\"benchmark\": {\"type\": \"industry_mean\", \"mean\": \"ratio_of_sums\", \"level\": \"division\", \"min_firms\": 1},");

        var e = Assert.Throws<ProfileException>(() => new Evaluator(ProfileLoader.Parse(json)))!;

        Assert.That(e.Problems.Where(p => p.Path.EndsWith("indicators[0].benchmark", StringComparison.Ordinal)).Select(p => p.Message), Has.Some.Contains("cannot be given with efficacy_coefficient's standard_table"), e.Message);
    }

    [Test]
    public void LowerIsBetter_TakesIncreasingStandards()
    {
        var json = Profile("""{ "rows": [{"industry": "C", "standards": [1, 2, 3, 4, 5]}] }""", direction: "\"direction\": \"lower_is_better\", \"numerator\": [{ \"measure\": \"energy\" }], \"denominator\": [{ \"measure\": \"value_added\" }],")
            .Replace("\"tax_per_mu\"", "\"energy_per_va\"", StringComparison.Ordinal);

        Assert.That(((EfficacyCoefficientScoring)ProfileLoader.Parse(json).Pools[0].Indicators[0].Scoring!).HasTable, Is.True);
    }

    [Test]
    public void RoundTrip_WriteAndReload_Identical()
    {
        var profile = ProfileLoader.Load(TestPaths.Seeds("data", "standard-table.profile.json"));
        var json = ProfileWriter.ToJson(profile);
        var again = ProfileLoader.Parse(json);
        var table = ((EfficacyCoefficientScoring)again.Pools[0].Indicators[0].Scoring!).Options.Table!;

        Assert.Multiple(() =>
        {
            Assert.That(ProfileWriter.ToJson(again), Is.EqualTo(json));
            Assert.That(table.Rows.Select(r => r.Key), Is.EqualTo(new[] { "C26 × large", "C26 × 全行业", "C × 全行业" }));
            Assert.That(table.Rows[0].Label, Is.EqualTo("化学原料和化学制品制造业"));
            Assert.That(table.SizeClasses.Select(c => c.Display), Is.EqualTo(new[] { "large 大型", "medium 中型", "small 小型" }));
            Assert.That(table.SizeMeasure, Is.SameAs(KnownMeasures.Revenue));
        });
    }

    [Test]
    public void RequiredMeasures_IncludeTheSizeMeasure()
    {
        var evaluator = new Evaluator(ProfileLoader.Load(TestPaths.Seeds("data", "standard-table.profile.json")));

        Assert.That(evaluator.RequiredMeasures.Single(r => r.Measure.Id == "revenue").ToString(), Does.Contain("standard-value table size classes"));
    }
}
