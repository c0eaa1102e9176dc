using EnterpriseScoring.IO;
using EnterpriseScoring.Profiles;

namespace EnterpriseScoring.Tests.Golden;

/// <summary>seeds/data/comparisons.csv under seeds/data/comparisons.profile.json: every number is derived by hand in seeds/README.md ("Strict and inclusive comparisons").</summary>
public class ComparisonsExampleTests
{
    private static FirmTable Table()
    {
        var read = FirmCsvReader.Read(TestPaths.Seeds("data", "comparisons.csv"));
        Assert.That(read.Rejections, Is.Empty);
        return read.Table;
    }

    private static EvaluationProfile Profile() => ProfileLoader.Load(TestPaths.Seeds("data", "comparisons.profile.json"));

    [TestCase("91340500710000013X", 50, 4, Tier.A, "revenue_over_5bn")] // 甲: revenue 600000 > 500000, C by quota, forced to A
    [TestCase("91340500710000021Q", 80, 3, Tier.B, null)] // 乙: revenue exactly 500000 is not 超过50亿元
    [TestCase("9134050071000003XG", 150, 1, Tier.A, null)] // 丙
    [TestCase("91340500710000048G", 100, 2, Tier.B, null)] // 丁
    [TestCase("91340500710000056B", 0, 5, Tier.D, "no_tax")] // 戊: tax 0 is 0以下(含), C by quota, forced to D
    public void Firm_HasTheHandComputedResult(string id, double total, int rank, Tier tier, string? rule)
    {
        var result = new Evaluator(Profile()).Evaluate(Table()).Find(id)!;

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(FirmStatus.Rated));
            Assert.That(result.Total, Is.EqualTo(total).Within(1e-9));
            Assert.That(result.Rank, Is.EqualTo(rank));
            Assert.That(result.Tier, Is.EqualTo(tier));
            Assert.That(result.Overrides.Select(o => o.RuleId), Is.EqualTo(rule is null ? Array.Empty<string>() : new[] { rule }));
        });
    }

    [Test]
    public void InclusiveComparison_AlsoCatchesTheFirmExactlyAtTheThreshold()
    {
        var profile = Profile();
        var inclusive = profile with
        {
            Overrides = [profile.Overrides[0] with { When = new FirmCondition { MeasureAtLeast = new Dictionary<string, double> { ["revenue"] = 500000 } } }, profile.Overrides[1]],
        };

        var evaluation = new Evaluator(inclusive).Evaluate(Table());

        Assert.That(evaluation.Find("91340500710000021Q")!.Tier, Is.EqualTo(Tier.A), "500000 ≥ 500000");
    }
}
