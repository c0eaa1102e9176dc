using EnterpriseScoring.IO;
using EnterpriseScoring.Profiles;

namespace EnterpriseScoring.Tests.Golden;

/// <summary>seeds/data/efficacy.csv under seeds/data/efficacy.profile.json: every number is derived by hand in seeds/README.md ("功效系数").</summary>
public class EfficacyExampleTests
{
    private static EvaluationProfile Profile() => ProfileLoader.Load(TestPaths.Seeds("data", "efficacy.profile.json"));

    private static Evaluation Evaluate(EvaluationProfile profile)
    {
        var read = FirmCsvReader.Read(TestPaths.Seeds("data", "efficacy.csv"), FirmCsvReaderOptions.Default.ForProfile(profile));
        Assert.That(read.Rejections, Is.Empty);
        return new Evaluator(profile).Evaluate(read.Table);
    }

    [TestCase("913304007200000173", 60, 40, 1, Tier.A)] // 亩均税收 40 ≥ 满意值 30: 100; 亩均增加值 250 ≥ 优秀 200: 1 × 40
    [TestCase("9133040072000005XB", 38.4, 38.4, 2, Tier.B)] // 12: 60 + 40 × 0.1 = 64; 190 in 良好: 32 + 40/50 × 8
    [TestCase("91330400720000025X", 48, 27.2, 3, Tier.B)] // 20: 80; 120 in 平均: 24 + 20/50 × 8
    [TestCase("91330400720000041K", 54, 0, 4, Tier.C)] // 25: 90; 20 worse than 较差 30: 0
    [TestCase("91330400720000033Q", 0, 12, 5, Tier.C)] // 5 worse than 不允许值 10: 0; 45 in 较差: 8 + 15/30 × 8
    public void Firm_HasTheHandComputedResult(string id, double tax, double valueAdded, int rank, Tier tier)
    {
        var result = Evaluate(Profile()).Find(id)!;

        Assert.Multiple(() =>
        {
            Assert.That(result.Indicators[0].Score, Is.EqualTo(tax).Within(1e-9));
            Assert.That(result.Indicators[1].Score, Is.EqualTo(valueAdded).Within(1e-9));
            Assert.That(result.Total, Is.EqualTo(tax + valueAdded).Within(1e-9));
            Assert.That(result.Rank, Is.EqualTo(rank));
            Assert.That(result.Tier, Is.EqualTo(tier));
        });
    }

    [Test]
    public void BelowUnacceptableFormula_KeepsTheFormulasValue()
    {
        var json = File.ReadAllText(TestPaths.Seeds("data", "efficacy.profile.json")).Replace("\"unacceptable\": 10 }", "\"unacceptable\": 10, \"below_unacceptable\": \"formula\" }", StringComparison.Ordinal);
        var result = Evaluate(ProfileLoader.Parse(json)).Find("91330400720000033Q")!;

        Assert.That(result.Indicators[0].Score, Is.EqualTo(30).Within(1e-9)); // 60 + 40 × (5 − 10) / 20 = 50 → 30 of 60
    }

    [Test]
    public void Explain_ShowsBothForms()
    {
        var explanation = Evaluate(Profile()).Explain("91330400720000025X");

        Assert.That(explanation, Does.Contain("60 + 40 × min((20 − 10) / (30 − 10) = 0.5, 1) = 80; 80 / 100 × 60 = 48")
            .And.Contain("120 in 平均 [100, 良好 150): 本档基础分 0.6 × 40 = 24"));
    }
}
