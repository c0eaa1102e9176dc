using EnterpriseScoring.Classification;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Tests.Profiles;

namespace EnterpriseScoring.Tests.Classification;

/// <summary>Per-band rounding for bands of 3 and 5 tiers: the bottom band's own count, the remainder moved up; counts computed by hand.</summary>
public class BandRoundingKTierTests
{
    private static int[] Counts(QuotaBands bands, int n)
    {
        var quotas = bands.QuotasFor(n)!.Value;
        return [.. Enumerable.Range(1, bands.TierCount).Select(quotas.Of)];
    }

    // 3 tiers 30/60/10: bottom = ⌊10 % × N⌋, the middle band takes the remainder; top = round(30 % × N) cumulative.
    [TestCase(9, new[] { 3, 6, 0 })]    // top 2.7 → 3; bottom ⌊0.9⌋ = 0; middle 9 − 3 − 0 = 6
    [TestCase(19, new[] { 6, 12, 1 })]  // top 5.7 → 6; bottom ⌊1.9⌋ = 1; middle 19 − 6 − 1 = 12
    [TestCase(25, new[] { 8, 15, 2 })]  // top 7.5 → 8 (away from zero); bottom ⌊2.5⌋ = 2; middle 15
    [TestCase(1, new[] { 0, 1, 0 })]    // top 0.3 → 0; bottom ⌊0.1⌋ = 0; middle 1
    public void ThreeTiers_BottomFloor(int n, int[] expected)
    {
        var bands = new QuotaBands([30, 60, 10]) { BandRounding = new QuotaBandRounding { C = HeadcountRounding.Floor } };

        Assert.That(Counts(bands, n), Is.EqualTo(expected));
    }

    // 5 tiers 10/20/40/25/5 (round): bottom E = ⌊5 % × N⌋, D takes the remainder.
    [TestCase(10, new[] { 1, 2, 4, 3, 0 })]   // A 1; A+B 3; A+B+C 7; E ⌊0.5⌋ = 0 → D = 10 − 7 − 0 = 3
    [TestCase(30, new[] { 3, 6, 12, 8, 1 })]  // A 3; A+B 9; A+B+C 21; E ⌊1.5⌋ = 1 → D = 30 − 21 − 1 = 8
    [TestCase(59, new[] { 6, 12, 23, 16, 2 })] // A 5.9 → 6; A+B 17.7 → 18; A+B+C 41.3 → 41; E ⌊2.95⌋ = 2 → D = 16
    public void FiveTiers_BottomFloor(int n, int[] expected)
    {
        var bands = new QuotaBands([10, 20, 40, 25, 5]) { BandRounding = new QuotaBandRounding { E = HeadcountRounding.Floor } };

        Assert.That(Counts(bands, n), Is.EqualTo(expected));
    }

    [Test]
    public void FiveTiers_WithoutOwnRounding_CumulativeCounts()
    {
        // N = 30: cumulative 3, 9, 21, 28.5 → 29 (round): E = 1; with floor cumulative 28.5 → 28: E = 2.
        Assert.Multiple(() =>
        {
            Assert.That(Counts(new QuotaBands([10, 20, 40, 25, 5]), 30), Is.EqualTo(new[] { 3, 6, 12, 8, 1 }));
            Assert.That(Counts(new QuotaBands([10, 20, 40, 25, 5], HeadcountRounding.Floor), 30), Is.EqualTo(new[] { 3, 6, 12, 7, 2 }));
            Assert.That(Counts(new QuotaBands([10, 20, 40, 25, 5], HeadcountRounding.Floor) { BandRounding = new QuotaBandRounding { E = HeadcountRounding.Floor } }, 30),
                Is.EqualTo(new[] { 3, 6, 12, 8, 1 })); // E ⌊1.5⌋ = 1, the remainder moves up to D
        });
    }

    [Test]
    public void FiveTiers_OwnRoundingOfAMiddleBand()
    {
        // N = 13, 10/20/40/25/5: A 1.3 → 1; B own ⌈2.6⌉ = 3 → A+B = 4; A+B+C 9.1 → 9; A+B+C+D 12.35 → 12; E 1.
        var bands = new QuotaBands([10, 20, 40, 25, 5]) { BandRounding = new QuotaBandRounding { B = HeadcountRounding.Ceiling } };

        Assert.That(Counts(bands, 13), Is.EqualTo(new[] { 1, 3, 5, 3, 1 }));
    }

    [Test]
    public void MinimumScopeSize_StillWins()
    {
        // Fewer firms than the minimum: no bottom tier, whatever its own rounding.
        var bands = new QuotaBands([10, 20, 40, 25, 5], minimumScopeSizeForBottom: 50) { BandRounding = new QuotaBandRounding { E = HeadcountRounding.Ceiling } };

        Assert.That(Counts(bands, 30)[^1], Is.Zero);
    }

    [Test]
    public void Explain_ShowsTheSetsCodes()
    {
        var set = new TierSet(["A+", "A", "B", "C", "D"]);
        var bands = new QuotaBands([10, 20, 40, 25, 5]) { BandRounding = new QuotaBandRounding { E = HeadcountRounding.Floor } };

        Assert.That(bands.Explain(50, 30, 30, Tier.E, set), Does.Contain("own rounding: D floor").And.Contain("D > 29"));
    }

    private static string Profile(string tierSet, string tiering) => $$"""
        { "name": "t", "evaluation_year": 2025, "tier_set": {{tierSet}},
          "pools": [ { "id": "all", "indicators": [ { "id": "tax_per_mu", "weight": 100, "benchmark": { "type": "fixed", "value": 1 } } ],
            "tiering": {{tiering}} } ] }
        """;

    private const string Three = """[{"code": "A"}, {"code": "B"}, {"code": "C"}]""";
    private const string Five = """[{"code": "A"}, {"code": "B"}, {"code": "C"}, {"code": "D"}, {"code": "E"}]""";

    [Test]
    public void Json_BottomRoundingOfThreeAndFive_RoundTrips()
    {
        foreach (var (set, tiering, expected) in new[]
        {
            (Three, """{"scheme": "quota_bands", "percents": [30, 60, 10], "c_rounding": "floor"}""", new QuotaBandRounding { C = HeadcountRounding.Floor }),
            (Five, """{"scheme": "quota_bands", "percents": [10, 20, 40, 25, 5], "e_rounding": "floor"}""", new QuotaBandRounding { E = HeadcountRounding.Floor }),
        })
        {
            var profile = ProfileLoader.Parse(Profile(set, tiering));
            var again = ProfileLoader.Parse(ProfileWriter.ToJson(profile));

            Assert.That(((QuotaBands)again.Pools[0].Tiering!).BandRounding, Is.EqualTo(expected));
        }
    }

    [TestCase(Three, """{"scheme": "quota_bands", "percents": [30, 60, 10], "d_rounding": "floor"}""", "$.pools[0].tiering.d_rounding", "names band 4 but the bands have 3 tiers")]
    [TestCase(Five, """{"scheme": "quota_bands", "percents": [10, 20, 40, 25, 5], "d_rounding": "floor", "e_rounding": "floor"}""", "$.pools[0].tiering.e_rounding", "cannot be given with d_rounding")]
    [TestCase(Five, """{"scheme": "quota_bands", "percents": [10, 20, 40, 25, 5], "f_rounding": "floor"}""", "$.pools[0].tiering.f_rounding", "names band 6")]
    public void Json_Problem_PointsIntoTheJson_InEnglishAndChinese(string set, string tiering, string path, string message)
    {
        var e = ProfileTestSupport.Problems(() => ProfileLoader.Parse(Profile(set, tiering)));
        var problem = e.Problems.Single(p => p.Path == path);

        Assert.Multiple(() =>
        {
            Assert.That(problem.Message, Does.Contain(message));
            Assert.That(ProfileProblemText.IsTranslated(problem.Message), Is.True, problem.Message);
        });
    }
}
