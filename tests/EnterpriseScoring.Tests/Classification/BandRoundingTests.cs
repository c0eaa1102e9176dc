using EnterpriseScoring.Classification;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Tests.Profiles;

namespace EnterpriseScoring.Tests.Classification;

/// <summary>Per-band rounding of quota bands (Anhui: D = ⌊5 % × N⌋, the remainder up) and the maximum of the bottom tier.</summary>
public class BandRoundingTests
{
    private static QuotaBands Bands(HeadcountRounding rounding, QuotaBandRounding? own = null) =>
        new(20, 40, 35, 5, rounding) { BandRounding = own ?? QuotaBandRounding.None };

    // 20/40/35/5: D's share is 5 % × N; the cumulative A+B+C count is 95 % × N.
    [TestCase(10, HeadcountRounding.Round, null, 0)] // A+B+C 9.5 → 10
    [TestCase(10, HeadcountRounding.Floor, null, 1)] // A+B+C 9.5 → 9: the remainder falls into D
    [TestCase(10, HeadcountRounding.Floor, HeadcountRounding.Floor, 0)] // D ⌊0.5⌋ = 0, the remainder moves up
    [TestCase(10, HeadcountRounding.Round, HeadcountRounding.Ceiling, 1)] // D ⌈0.5⌉ = 1
    [TestCase(30, HeadcountRounding.Round, null, 1)] // 28.5 → 29
    [TestCase(30, HeadcountRounding.Floor, null, 2)] // 28.5 → 28
    [TestCase(30, HeadcountRounding.Floor, HeadcountRounding.Floor, 1)] // ⌊1.5⌋
    [TestCase(30, HeadcountRounding.Floor, HeadcountRounding.Round, 2)] // 1.5 → 2
    [TestCase(50, HeadcountRounding.Round, null, 2)] // 47.5 → 48
    [TestCase(50, HeadcountRounding.Round, HeadcountRounding.Round, 3)] // 2.5 → 3
    [TestCase(50, HeadcountRounding.Ceiling, HeadcountRounding.Floor, 2)] // ⌊2.5⌋
    [TestCase(3, HeadcountRounding.Floor, HeadcountRounding.Floor, 0)] // ⌊0.15⌋
    public void DHeadcount(int n, HeadcountRounding rounding, HeadcountRounding? d, int expectedD)
    {
        var (a, b, c) = Bands(rounding, new QuotaBandRounding { D = d }).Cutoffs(n);

        Assert.Multiple(() =>
        {
            Assert.That(n - c, Is.EqualTo(expectedD));
            Assert.That(a, Is.LessThanOrEqualTo(b));
            Assert.That(b, Is.LessThanOrEqualTo(c));
        });
    }

    [Test]
    public void OwnRoundingOfAAndBAndC()
    {
        // N = 13: A 2.6, B 5.2, C 4.55, D 0.65.
        var bands = Bands(HeadcountRounding.Round, new QuotaBandRounding { A = HeadcountRounding.Floor, B = HeadcountRounding.Ceiling, C = HeadcountRounding.Floor });

        Assert.That(bands.Cutoffs(13), Is.EqualTo((2, 8, 12))); // A ⌊2.6⌋ = 2, B ⌈5.2⌉ = 6, C ⌊4.55⌋ = 4, D the rest: 1
    }

    [Test]
    public void NoOwnRounding_SameCutoffsAsBefore()
    {
        var plain = new QuotaBands(20, 40, 35, 5, HeadcountRounding.Round);
        for (var n = 0; n <= 200; n++)
        {
            var (a, b, c) = plain.Cutoffs(n);
            Assert.That((a, b, c), Is.EqualTo((
                TierPositions.Headcount(20, n, HeadcountRounding.Round),
                TierPositions.Headcount(60, n, HeadcountRounding.Round),
                TierPositions.Headcount(95, n, HeadcountRounding.Round))), $"n = {n}");
        }
    }

    [Test]
    public void BothCAndD_Refused() =>
        Assert.That(() => Bands(HeadcountRounding.Round, new QuotaBandRounding { C = HeadcountRounding.Floor, D = HeadcountRounding.Floor }), Throws.ArgumentException);

    [Test]
    public void MaxD_HighestDMovesToC_TiesTogether()
    {
        double[] totals = [1, 2, 3, 3, 10];
        Tier[] tiers = [Tier.D, Tier.D, Tier.D, Tier.D, Tier.A];
        var changed = new bool[5];

        new TierLimits { MaxDPercent = 20 }.Apply(totals, tiers, changed); // ⌊20 % × 5⌋ = 1

        Assert.Multiple(() =>
        {
            Assert.That(tiers, Is.EqualTo(new[] { Tier.D, Tier.C, Tier.C, Tier.C, Tier.A }));
            Assert.That(changed, Is.EqualTo(new[] { false, true, true, true, false }));
            Assert.That(new TierLimits { MaxAPercent = 20, MaxDPercent = 5 }.ToString(), Is.EqualTo("A ≤ 20%, D ≤ 5%"));
        });
    }

    private static string Profile(string tiering, string limits = "") => $$"""
        { "name": "t", "evaluation_year": 2025,
          "pools": [ { "id": "all", "indicators": [ { "id": "tax_per_mu", "weight": 100, "benchmark": { "type": "fixed", "value": 1 } } ],
            "tiering": {{tiering}} {{limits}} } ] }
        """;

    [TestCase("""{"scheme": "quota_bands", "a": 20, "b": 40, "c": 35, "d": 5, "c_rounding": "floor", "d_rounding": "floor"}""", "", "$.pools[0].tiering.d_rounding")]
    [TestCase("""{"scheme": "quota_bands", "a": 20, "b": 40, "c": 35, "d": 5, "d_rounding": "down"}""", "", "$.pools[0].tiering.d_rounding")]
    [TestCase("""{"scheme": "score_thresholds", "a": 90, "b": 70, "c": 50, "d_rounding": "floor"}""", "", "$.pools[0].tiering.d_rounding")]
    [TestCase("""{"scheme": "quota_bands", "a": 20, "b": 40, "c": 35, "d": 5}""", """, "limits": {"max_d_percent": 120}""", "$.pools[0].limits.max_d_percent")]
    [TestCase("""{"scheme": "quota_bands", "a": 20, "b": 40, "c": 35, "d": 5}""", """, "limits": {"min_d_percent": 5, "max_d_percent": 3}""", "$.pools[0].limits.max_d_percent")]
    public void Problem_PointsIntoTheJson(string tiering, string limits, string path)
    {
        var e = ProfileTestSupport.Problems(() => ProfileLoader.Parse(Profile(tiering, limits)));

        Assert.That(e.Problems.Select(p => p.Path), Does.Contain(path), e.Message);
    }

    [Test]
    public void RoundTrip_KeepsBandRoundingAndMaxD()
    {
        var profile = ProfileLoader.Parse(Profile("""{"scheme": "quota_bands", "a": 20, "b": 40, "c": 35, "d": 5, "rounding": "floor", "a_rounding": "ceiling", "d_rounding": "floor"}""", """, "limits": {"max_a_percent": 20, "max_d_percent": 5}"""));
        var json = ProfileWriter.ToJson(profile);
        var again = ProfileLoader.Parse(json);

        Assert.Multiple(() =>
        {
            Assert.That(((QuotaBands)again.Pools[0].Tiering!).BandRounding, Is.EqualTo(new QuotaBandRounding { A = HeadcountRounding.Ceiling, D = HeadcountRounding.Floor }));
            Assert.That(again.Pools[0].Limits, Is.EqualTo(new TierLimits { MaxAPercent = 20, MaxDPercent = 5 }));
            Assert.That(ProfileWriter.ToJson(again), Is.EqualTo(json));
        });
    }
}
