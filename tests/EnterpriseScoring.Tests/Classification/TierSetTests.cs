using EnterpriseScoring.Classification;

namespace EnterpriseScoring.Tests.Classification;

/// <summary>Tier sets of 3–6 tiers (issue 18): codes, validation, quota bands and score thresholds by level, limits on the
/// best and bottom tiers.</summary>
public class TierSetTests
{
    private static readonly TierSet Yueqing = new(["A+", "A", "B", "C"]);

    [TestCase(new[] { "A", "B" }, null, "has 2 tiers")]
    [TestCase(new[] { "A", "B", "C", "D", "E", "F", "G" }, null, "has 7 tiers")]
    [TestCase(new[] { "A", "B", "a" }, 2, "'a' repeats tier 1")]
    [TestCase(new[] { "A", "T", "B" }, 1, "'T' is the code of T")]
    [TestCase(new[] { "A", "B", "Ungraded_as_B" }, 2, "is the code of ungraded firms")]
    [TestCase(new[] { "A", "", "B" }, 1, "is empty")]
    [TestCase(new[] { "A", " B", "C" }, 1, "has spaces around it")]
    public void Problems_NameTheCode(string[] codes, int? index, string message)
    {
        var problems = TierSet.ProblemsOf(codes).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(problems, Has.Count.EqualTo(1));
            Assert.That(problems[0].Index, Is.EqualTo(index));
            Assert.That(problems[0].Message, Does.Contain(message));
            Assert.That(() => new TierSet(codes), Throws.ArgumentException);
        });
    }

    [Test]
    public void Codes_ShowAndParseBack()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Yueqing.Levels, Is.EqualTo(new[] { Tier.A, Tier.B, Tier.C, Tier.D }));
            Assert.That(Yueqing.Bottom, Is.EqualTo(Tier.D));
            Assert.That(Yueqing.AllTiers.Select(t => Yueqing.CodeOf(t)), Is.EqualTo(new[] { "A+", "A", "B", "C", "T", "ungraded_as_b" }));
            foreach (var tier in Yueqing.AllTiers)
            {
                Assert.That(Yueqing.TryParse(Yueqing.CodeOf(tier), out var back) && back == tier, Is.True, tier.ToString());
            }

            Assert.That(Yueqing.TryParse(" a+ ", out var lower) && lower == Tier.A, Is.True); // case and spaces ignored
            Assert.That(Yueqing.TryParse("D", out _), Is.False); // no D in A+/A/B/C
            Assert.That(Yueqing.TryParseLevel("T", out _), Is.False);
            Assert.That(TierSet.Standard.TryParse("E", out _), Is.False);
            Assert.That(Yueqing.IsStandard, Is.False);
            Assert.That(new TierSet(["A", "B", "C", "D"]).IsStandard, Is.True);
        });
    }

    [Test]
    public void ThreeTierBands()
    {
        double[] totals = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
        var tiers = Assign(new QuotaBands([20, 50, 30]), totals);

        Assert.That(tiers, Is.EqualTo(new[] { Tier.A, Tier.A, Tier.B, Tier.B, Tier.B, Tier.B, Tier.B, Tier.C, Tier.C, Tier.C }));
    }

    // Positions: 10 (1), 9 (2), 8 8 (3–4), 7 (5), 6 (6), 5 5 5 (7–9), 1 (10); 20 % each: cut after 2, 4, 6, 8.
    [TestCase(BoundaryTies.Majority, Tier.D)] // positions 7–9: two in level 4, one in level 5
    [TestCase(BoundaryTies.BetterTier, Tier.D)]
    [TestCase(BoundaryTies.WorseTier, Tier.E)]
    public void FiveTierBands_TiesStraddlingACut(BoundaryTies ties, Tier tiedGroup)
    {
        double[] totals = [5, 10, 8, 1, 7, 5, 9, 8, 6, 5];
        var tiers = Assign(new QuotaBands([20, 20, 20, 20, 20], ties: ties), totals);

        Assert.Multiple(() =>
        {
            Assert.That(tiers[1], Is.EqualTo(Tier.A));
            Assert.That(tiers[6], Is.EqualTo(Tier.A));
            Assert.That(new[] { tiers[2], tiers[7] }, Is.All.EqualTo(Tier.B));
            Assert.That(new[] { tiers[4], tiers[8] }, Is.All.EqualTo(Tier.C));
            Assert.That(new[] { tiers[0], tiers[5], tiers[9] }, Is.All.EqualTo(tiedGroup));
            Assert.That(tiers[3], Is.EqualTo(Tier.E));
        });
    }

    [Test]
    public void SixTierBands_QuotasAddUp()
    {
        var bands = new QuotaBands([10, 10, 20, 20, 20, 20]);
        var totals = Enumerable.Range(1, 20).Select(i => (double)i).ToArray();
        var tiers = Assign(bands, totals);
        var quotas = bands.QuotasFor(20)!.Value;

        Assert.Multiple(() =>
        {
            Assert.That(bands.TierCount, Is.EqualTo(6));
            Assert.That(bands.Bounds(20), Is.EqualTo(new[] { 2, 4, 8, 12, 16 }));
            Assert.That(new[] { quotas.A, quotas.B, quotas.C, quotas.D, quotas.E, quotas.F }, Is.EqualTo(new[] { 2, 2, 4, 4, 4, 4 }));
            Assert.That(quotas.Total, Is.EqualTo(20));
            Assert.That(tiers.Count(t => t == Tier.F), Is.EqualTo(4));
            Assert.That(tiers[19], Is.EqualTo(Tier.A)); // total 20, the best
            Assert.That(bands.Explain(1, 20, 20, Tier.F, new TierSet(["优秀", "良好", "中等", "一般", "较差", "差"])),
                Does.Contain("优秀 ≤ 2, 良好 ≤ 4, 中等 ≤ 8, 一般 ≤ 12, 较差 ≤ 16, 差 > 16; rank 20 → 差"));
        });
    }

    [Test]
    public void FourTierBandsFromAList_AreTheLetteredBands()
    {
        var lettered = new QuotaBands(20, 40, 35, 5);
        var listed = new QuotaBands([20, 40, 35, 5]);
        for (var n = 0; n <= 60; n++)
        {
            Assert.That(listed.Cutoffs(n), Is.EqualTo(lettered.Cutoffs(n)), $"n = {n}");
        }

        Assert.That(listed.Explain(80, 3, 40, Tier.A), Is.EqualTo(lettered.Explain(80, 3, 40, Tier.A)));
    }

    [Test]
    public void Bands_Refused()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => new QuotaBands([50, 50]), Throws.ArgumentException);
            Assert.That(() => new QuotaBands([10, 20, 30, 40, 0, 0, 0]), Throws.ArgumentException);
            Assert.That(() => new QuotaBands([10, 30, 50]), Throws.ArgumentException); // 90
            Assert.That(() => new QuotaBands([10, 30, 50, 10]) { BandRounding = QuotaBandRounding.None }, Throws.Nothing);
            Assert.That(() => new QuotaBands([10, 30, 60]) { BandRounding = new QuotaBandRounding { A = HeadcountRounding.Floor } }, Throws.Nothing);
            Assert.That(() => new QuotaBands([10, 30, 60]) { BandRounding = new QuotaBandRounding { D = HeadcountRounding.Floor } }, Throws.ArgumentException); // no level 4
            Assert.That(() => new QuotaBands([10, 30, 50, 5, 5]) { BandRounding = new QuotaBandRounding { D = HeadcountRounding.Floor, E = HeadcountRounding.Floor } }, Throws.ArgumentException);
        });
    }

    [Test]
    public void ThresholdsByLevel()
    {
        var thresholds = new ScoreThresholds([90, 80, 60]);
        double[] totals = [95, 90, 85, 60, 59.9];
        var tiers = Assign(thresholds, totals);

        Assert.Multiple(() =>
        {
            Assert.That(thresholds.TierCount, Is.EqualTo(4));
            Assert.That(tiers, Is.EqualTo(new[] { Tier.A, Tier.A, Tier.B, Tier.C, Tier.D }));
            Assert.That(thresholds.Explain(59.9, 5, 5, Tier.D, Yueqing), Does.StartWith("score thresholds A+ ≥ 90, A ≥ 80, B ≥ 60: total 59.9 → C"));
            Assert.That(() => new ScoreThresholds([90, 90, 60]), Throws.ArgumentException.With.Message.Contains("is not below"));
            Assert.That(() => new ScoreThresholds([90]), Throws.ArgumentException);
            Assert.That(new ScoreThresholds([80, 60]).TierCount, Is.EqualTo(3));
        });
    }

    [Test]
    public void Limits_ActOnTheBestAndBottomTiersOfTheSet()
    {
        double[] totals = [1, 2, 3, 10, 9];
        Tier[] tiers = [Tier.D, Tier.D, Tier.D, Tier.A, Tier.A]; // A+/A/B/C: level 4 is C, the bottom
        var changed = new bool[5];
        var limits = new TierLimits { MaxAPercent = 20, MaxDPercent = 20 };

        limits.Apply(totals, tiers, changed, Yueqing);

        Assert.Multiple(() =>
        {
            Assert.That(tiers, Is.EqualTo(new[] { Tier.D, Tier.C, Tier.C, Tier.A, Tier.B }));
            Assert.That(limits.Describe(Yueqing), Is.EqualTo("A+ ≤ 20%, C ≤ 20%"));
        });
    }

    [Test]
    public void ThreeTierSet_BottomIsC_LimitsMoveUpToB()
    {
        var set = new TierSet(["优", "良", "差"]);
        double[] totals = [1, 2, 3];
        Tier[] tiers = [Tier.C, Tier.C, Tier.A];
        var changed = new bool[3];

        new TierLimits { MaxDPercent = 34 }.Apply(totals, tiers, changed, set); // ⌊1.02⌋ = 1 in the bottom tier

        Assert.That(tiers, Is.EqualTo(new[] { Tier.C, Tier.B, Tier.A }));
    }

    private static Tier[] Assign(ITierScheme scheme, double[] totals)
    {
        var ranks = totals.Select(t => 1 + totals.Count(o => o > t)).ToArray();
        var tiers = new Tier[totals.Length];
        scheme.Assign(totals, ranks, tiers);
        return tiers;
    }
}
