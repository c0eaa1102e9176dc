using EnterpriseScoring.Indicators;
using EnterpriseScoring.Profiles;

namespace EnterpriseScoring.Tests.Profiles;

/// <summary>A profile that defines a ratio under a built-in indicator's id keeps the built-in's names, unit and direction, or is refused.</summary>
public class BuiltInIndicatorRedefinitionTests
{
    private static string Profile(string extra) => $$$"""
        {"name": "r", "evaluation_year": 2025, "custom_measures": ["rd_expense"], "pools": [{"id": "p", "indicators": [
          {"id": "rd_intensity", "numerator": [{"measure": "rd_expense"}], "denominator": [{"measure": "revenue"}], "weight": 100,
           "benchmark": {"type": "fixed", "value": 0.03}{{{extra}}}}]}]}
        """;

    [Test]
    public void Redefinition_KeepsTheBuiltInsNamesUnitAndDirection()
    {
        var indicator = ProfileLoader.Parse(Profile(string.Empty)).Pools[0].Indicators[0].Indicator;
        var builtIn = KnownIndicators.RdIntensity;

        Assert.Multiple(() =>
        {
            Assert.That(indicator, Is.Not.SameAs(builtIn));
            Assert.That(indicator.Measures.Select(m => m.Id), Is.EqualTo(new[] { "rd_expense", "revenue" }));
            Assert.That((indicator.ChineseName, indicator.EnglishName, indicator.Unit, indicator.Direction), Is.EqualTo((builtIn.ChineseName, builtIn.EnglishName, builtIn.Unit, builtIn.Direction)));
        });
    }

    [Test]
    public void Redefinition_MayRenameIt_AndRoundTrips()
    {
        var profile = ProfileLoader.Parse(Profile(", \"chinese_name\": \"研发费用占比\""));
        var written = ProfileWriter.ToJson(profile);

        Assert.Multiple(() =>
        {
            Assert.That(profile.Pools[0].Indicators[0].Indicator.ChineseName, Is.EqualTo("研发费用占比"));
            Assert.That(ProfileWriter.ToJson(ProfileLoader.Parse(written)), Is.EqualTo(written));
        });
    }

    [TestCase(", \"unit\": \"%\"", "$.pools[0].indicators[0].unit", "比值")]
    [TestCase(", \"direction\": \"lower_is_better\"", "$.pools[0].indicators[0].direction", "higher_is_better")]
    public void Redefinition_WithAnotherUnitOrDirection_IsRefusedAtItsPath(string extra, string path, string says)
    {
        var e = ProfileTestSupport.Problems(() => ProfileLoader.Parse(Profile(extra)));

        Assert.That(e.Problems, Has.Count.EqualTo(1), e.Message);
        Assert.That(e.Problems[0].Path, Is.EqualTo(path));
        Assert.That(e.Problems[0].Message, Does.Contain(says));
        Assert.That(e.Problems[0].Hint, Does.Contain("another id"));
    }

    [Test]
    public void SameUnitGivenExplicitly_IsFine() =>
        Assert.That(ProfileLoader.Parse(Profile(", \"unit\": \"比值\"")).Pools[0].Indicators[0].Indicator.Unit, Is.EqualTo("比值"));
}
