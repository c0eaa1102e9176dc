using EnterpriseScoring.Analysis;
using EnterpriseScoring.IO;
using EnterpriseScoring.Profiles;

namespace EnterpriseScoring.Tests.Golden;

/// <summary>seeds/data/standard-table.csv under seeds/data/standard-table.profile.json: every number is derived by hand in seeds/README.md ("功效系数 by industry × size").</summary>
public class StandardTableExampleTests
{
    private const string Builder = "9133040072000005XB"; // E4710: no row of the table

    private static Evaluation Evaluate(EvaluationProfile profile)
    {
        var read = FirmCsvReader.Read(TestPaths.Seeds("data", "standard-table.csv"), FirmCsvReaderOptions.Default.ForProfile(profile));
        Assert.That(read.Rejections, Is.Empty);
        return new Evaluator(profile).Evaluate(read.Table);
    }

    private static string Json() => File.ReadAllText(TestPaths.Seeds("data", "standard-table.profile.json"));

    [TestCase("91330400720000041K", 100)] // C × 全行业, 30 ≥ 优秀 25
    [TestCase("913304007200000173", 90)] // C26 × large, 35 in 良好: 80 + 5/10 × 20
    [TestCase("91330400720000025X", 70)] // C26 × 全行业, 18.5 in 平均: 60 + 3.5/7 × 20
    [TestCase("91330400720000033Q", 50)] // C × 全行业, 9 in 较低: 40 + 3/6 × 20
    [TestCase("91330402710000013H", 44)] // C26 × large, 12 in 较低: 40 + 2/10 × 20
    [TestCase(Builder, 0)] // no row: missing → 0 (the default policy)
    public void Firm_HasTheHandComputedScore(string id, double score) =>
        Assert.That(Evaluate(ProfileLoader.Parse(Json())).Find(id)!.Indicators[0].Score, Is.EqualTo(score).Within(1e-9));

    [Test]
    public void NoRow_UnderTheExcludePolicy_IsNotRated()
    {
        var json = Json().Replace("\"weight\": 100,", "\"weight\": 100, \"missing\": { \"policy\": \"exclude\" },", StringComparison.Ordinal);

        var result = Evaluate(ProfileLoader.Parse(json)).Find(Builder)!;

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(FirmStatus.Excluded));
            Assert.That(result.Reason, Does.Contain("无适用标准值"));
        });
    }

    [Test]
    public void DefaultStandards_ScoreTheFirmsNoRowFits()
    {
        var json = Json().Replace("\"method\": \"efficacy_coefficient\",", "\"method\": \"efficacy_coefficient\", \"standards\": [20, 15, 10, 5, 2],", StringComparison.Ordinal);

        var evaluation = Evaluate(ProfileLoader.Parse(json));

        Assert.Multiple(() =>
        {
            Assert.That(evaluation.Find(Builder)!.Indicators[0].Score, Is.EqualTo(60).Within(1e-9)); // 10 at 平均 10: 60
            Assert.That(evaluation.Explain(Builder), Does.Contain("no row fits 无适用行: the indicator's own standards 默认标准值 优秀 20, 良好 15, 平均 10, 较低 5, 较差 2"));
            Assert.That(evaluation.Find("913304007200000173")!.Indicators[0].Score, Is.EqualTo(90).Within(1e-9)); // rows still win
        });
    }

    [Test]
    public void HeldWhatIf_ARevenueChange_MovesTheFirmToItsNewSizeRow()
    {
        var analysis = new WhatIfAnalysis(Evaluate(ProfileLoader.Parse(Json())));

        // 乙化工 (C2619, 18.5): with 营业收入 50000 it is large → C26 × large [40, 30, 20, 10, 5]: 18.5 in 较低 [10, 20): 40 + 8.5/10 × 20 = 57.
        var large = analysis.Evaluate("91330400720000025X", [new MeasureChange(KnownMeasures.Revenue, 50000)]);
        var same = analysis.Evaluate("91330400720000025X", []);

        Assert.Multiple(() =>
        {
            Assert.That(large.Total, Is.EqualTo(57).Within(1e-9));
            Assert.That(same.Total, Is.EqualTo(70).Within(1e-9));
        });
    }
}
