using EnterpriseScoring.IO;
using EnterpriseScoring.Profiles;

namespace EnterpriseScoring.Tests.Golden;

/// <summary>seeds/data/pollution.csv under seeds/data/pollution.profile.json: every number is derived by hand in seeds/README.md ("Pollution equivalents").</summary>
public class PollutionExampleTests
{
    private static FirmTable Table()
    {
        var read = FirmCsvReader.Read(TestPaths.Seeds("data", "pollution.csv"));
        Assert.That(read.Rejections, Is.Empty);
        return read.Table;
    }

    private static EvaluationProfile Profile() => ProfileLoader.Load(TestPaths.Seeds("data", "pollution.profile.json"));

    [TestCase("913304007200000173", 1.0, 100, 2, Tier.B)] // 甲: SO₂ and NOₓ blank = not emitted: 2000 / (1000 + 1000)
    [TestCase("91330400720000025X", 1.2, 120, 1, Tier.A)] // 乙: NH₃-N reported 0 is data: 3000 / (500 + 0 + 1000 + 1000)
    [TestCase("91330400720000033Q", null, 0, 4, Tier.C)] // 丙: every pollutant reported 0: zero total, missing → the missing policy (zero)
    [TestCase("91330400720000041K", null, 0, 4, Tier.C)] // 丁: every pollutant blank: reported nothing, missing
    [TestCase("9133040072000005XB", 0.5, 50, 3, Tier.B)] // 戊: 1500 / (2000 + 1000)
    public void Firm_HasTheHandComputedResult(string id, double? value, double total, int rank, Tier tier)
    {
        var result = new Evaluator(Profile()).Evaluate(Table()).Find(id)!;

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(FirmStatus.Rated));
            Assert.That(result.Indicators[0].Value, value is null ? Is.Null : Is.EqualTo(value.Value).Within(1e-9));
            Assert.That(result.Total, Is.EqualTo(total).Within(1e-9));
            Assert.That(result.Rank, Is.EqualTo(rank));
            Assert.That(result.Tier, Is.EqualTo(tier));
        });
    }

    [Test]
    public void BlankAsMissing_TheDefault_LeavesFirmsWithABlankPollutantWithoutAValue()
    {
        var json = File.ReadAllText(TestPaths.Seeds("data", "pollution.profile.json")).Replace("\"blank_pollutant\": \"not_emitted\"", "\"blank_pollutant\": \"missing\"", StringComparison.Ordinal);
        var evaluation = new Evaluator(ProfileLoader.Parse(json)).Evaluate(Table());

        Assert.Multiple(() =>
        {
            Assert.That(evaluation.Find("913304007200000173")!.Indicators[0].Value, Is.Null);
            Assert.That(evaluation.Find("9133040072000005XB")!.Indicators[0].Value, Is.Null);
            Assert.That(evaluation.Find("91330400720000025X")!.Indicators[0].Value, Is.EqualTo(1.2).Within(1e-9), "a reported 0 is data either way");
        });
    }

    [Test]
    public void Explain_ZeroTotalEmissions_SaysTheDenominatorIsZero()
    {
        var explanation = new Evaluator(Profile()).Evaluate(Table()).Explain("91330400720000033Q");

        Assert.That(explanation, Does.Contain("denominator is 0").And.Contain("(blank = 0)"));
    }
}
