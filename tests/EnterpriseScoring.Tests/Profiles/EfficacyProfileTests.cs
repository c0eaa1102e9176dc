using EnterpriseScoring.Profiles;
using EnterpriseScoring.Scoring;

namespace EnterpriseScoring.Tests.Profiles;

/// <summary>The <c>efficacy_coefficient</c> scoring method in profiles: options, problems at their paths, round trip.</summary>
public class EfficacyProfileTests
{
    private static string Profile(string scoring, string indicator = "tax_per_mu") => $$"""
        { "name": "t", "evaluation_year": 2025,
          "pools": [ { "id": "all", "indicators": [ { "id": "{{indicator}}", "weight": 100, "scoring": {{scoring}} } ],
            "tiering": { "scheme": "quota_bands", "a": 25, "b": 25, "c": 25, "d": 25 } } ] }
        """;

    private const string Path = "$.pools[0].indicators[0].scoring";

    [TestCase("""{"method": "efficacy_coefficient", "satisfactory": 30}""", ".unacceptable", "is missing")]
    [TestCase("""{"method": "efficacy_coefficient", "satisfactory": 30, "unacceptable": 30}""", ".satisfactory", "must be finite and different")]
    [TestCase("""{"method": "efficacy_coefficient", "satisfactory": 10, "unacceptable": 30}""", ".satisfactory", "must be above 不允许值 30")]
    [TestCase("""{"method": "efficacy_coefficient", "standards": [200, 150, 100, 60, 30], "satisfactory": 30, "unacceptable": 10}""", ".satisfactory", "cannot be given with standards")]
    [TestCase("""{"method": "efficacy_coefficient", "standards": [200, 150, 100]}""", ".standards", "five finite values")]
    [TestCase("""{"method": "efficacy_coefficient", "standards": [30, 60, 100, 150, 200]}""", ".standards", "downwards for a higher-is-better indicator")]
    [TestCase("""{"method": "efficacy_coefficient", "band_coefficients": [1, 0.8, 0.6, 0.4, 0.2]}""", ".band_coefficients", "banded form only")]
    [TestCase("""{"method": "efficacy_coefficient", "standards": [200, 150, 100, 60, 30], "band_coefficients": [1, 0.9, 0.95, 0.4, 0.2]}""", ".band_coefficients", "strictly decreasing")]
    [TestCase("""{"method": "efficacy_coefficient", "standards": [200, 150, 100, 60, 30], "below_unacceptable": "formula"}""", ".standards", "formula form only")]
    [TestCase("""{"method": "efficacy_coefficient", "below_unacceptable": "half"}""", ".below_unacceptable", "")]
    [TestCase("""{"method": "min_max", "satisfactory": 30}""", ".satisfactory", "")]
    public void Problem_PointsIntoTheJson(string scoring, string key, string message)
    {
        var e = ProfileTestSupport.Problems(() => ProfileLoader.Parse(Profile(scoring)));

        Assert.That(e.Problems.Where(p => p.Path == Path + key).Select(p => p.Message), Has.Some.Contains(message), e.Message);
    }

    [TestCase("""{"method": "efficacy_coefficient", "standards": [0.5, 1, 1.5, 2, 3]}""")]
    [TestCase("""{"method": "efficacy_coefficient", "satisfactory": 1, "unacceptable": 3}""")]
    public void LowerIsBetter_TakesIncreasingStandardsAndSatisfactoryBelowUnacceptable(string scoring)
    {
        var json = $$"""
            { "name": "t", "evaluation_year": 2025,
              "pools": [ { "id": "all", "indicators": [ { "id": "energy_per_va", "direction": "lower_is_better",
                "numerator": [{ "measure": "energy" }], "denominator": [{ "measure": "value_added" }], "weight": 100, "scoring": {{scoring}} } ],
                "tiering": { "scheme": "quota_bands", "a": 25, "b": 25, "c": 25, "d": 25 } } ] }
            """;

        Assert.That(ProfileLoader.Parse(json).Pools[0].Indicators[0].Scoring, Is.InstanceOf<EfficacyCoefficientScoring>());
    }

    [TestCase("""{"method": "efficacy_coefficient"}""")]
    [TestCase("""{"method": "efficacy_coefficient", "satisfactory": 30, "unacceptable": 10, "below_unacceptable": "formula"}""")]
    [TestCase("""{"method": "efficacy_coefficient", "standards": [200, 150, 100, 60, 30]}""")]
    [TestCase("""{"method": "efficacy_coefficient", "standards": [200, 150, 100, 60, 30], "band_coefficients": [1, 0.85, 0.7, 0.5, 0.3]}""")]
    public void RoundTrip_WriteAndReload_Identical(string scoring)
    {
        var profile = ProfileLoader.Parse(Profile(scoring));
        var json = ProfileWriter.ToJson(profile);
        var again = ProfileLoader.Parse(json);

        Assert.Multiple(() =>
        {
            Assert.That(profile.Pools[0].Indicators[0].Scoring, Is.InstanceOf<EfficacyCoefficientScoring>());
            Assert.That(((EfficacyCoefficientScoring)again.Pools[0].Indicators[0].Scoring!).Options, Is.EqualTo(((EfficacyCoefficientScoring)profile.Pools[0].Indicators[0].Scoring!).Options));
            Assert.That(ProfileWriter.ToJson(again), Is.EqualTo(json));
        });
    }
}
