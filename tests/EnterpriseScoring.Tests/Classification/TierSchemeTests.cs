using EnterpriseScoring.Classification;

namespace EnterpriseScoring.Tests.Classification;

public class TierSchemeTests
{
    private static Tier[] Assign(ITierScheme scheme, params double[] totals)
    {
        var ranks = Ranking.Rank(totals, totals.Select((_, i) => "f" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        var tiers = new Tier[totals.Length];
        scheme.Assign(totals, ranks, tiers);
        return tiers;
    }

    private static double[] Descending(int n) => Enumerable.Range(0, n).Select(i => (double)(n - i)).ToArray();

    [TestCase(40, HeadcountRounding.Round, 8, 24, 38)]
    [TestCase(37, HeadcountRounding.Round, 7, 22, 35)]
    [TestCase(37, HeadcountRounding.Floor, 7, 22, 35)]
    [TestCase(37, HeadcountRounding.Ceiling, 8, 23, 36)]
    [TestCase(10, HeadcountRounding.Round, 2, 6, 10)]
    [TestCase(1, HeadcountRounding.Round, 0, 1, 1)]
    public void QuotaBands_Cutoffs_UseCumulativePercentages(int n, HeadcountRounding rounding, int a, int b, int c)
    {
        var bands = new QuotaBands(20, 40, 35, 5, rounding);

        Assert.That(bands.Cutoffs(n), Is.EqualTo((a, b, c)));
    }

    [Test]
    public void QuotaBands_Assign_CountsMatchCutoffs()
    {
        var tiers = Assign(new QuotaBands(20, 40, 35, 5), Descending(40));

        Assert.That(tiers.GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count()),
            Is.EquivalentTo(new Dictionary<Tier, int> { [Tier.A] = 8, [Tier.B] = 16, [Tier.C] = 14, [Tier.D] = 2 }));
    }

    [Test]
    public void QuotaBands_TieStraddlingBoundaryExactHalf_GoesToBetterTierByDefault()
    {
        // 10 firms, A = 2: the 2nd and 3rd firms tie.
        var totals = new double[] { 10, 9, 9, 8, 7, 6, 5, 4, 3, 2 };

        var better = Assign(new QuotaBands(20, 40, 35, 5), totals);
        var worse = Assign(new QuotaBands(20, 40, 35, 5, ties: BoundaryTies.WorseTier), totals);

        Assert.That(better.Take(3), Is.EqualTo(new[] { Tier.A, Tier.A, Tier.A }));
        Assert.That(worse.Take(3), Is.EqualTo(new[] { Tier.A, Tier.B, Tier.B }));
    }

    // 20 firms, 20/40/30/10: A ≤ 4, B ≤ 12, C ≤ 18, D 19–20. The last `tied` firms share one total.
    [TestCase(5, Tier.C, Tier.C, Tier.D)] // positions 16–20: 3 in C, 2 in D
    [TestCase(4, Tier.C, Tier.C, Tier.D)] // positions 17–20: 2 and 2, an exact half
    [TestCase(3, Tier.D, Tier.C, Tier.D)] // positions 18–20: 1 in C, 2 in D
    public void QuotaBands_TiedGroupAtTheBottom_ByRule(int tied, Tier majority, Tier better, Tier worse)
    {
        var totals = Descending(20);
        for (var i = 20 - tied; i < 20; i++)
        {
            totals[i] = 0;
        }

        Assert.Multiple(() =>
        {
            Assert.That(Assign(new QuotaBands(20, 40, 30, 10), totals)[^1], Is.EqualTo(majority));
            Assert.That(Assign(new QuotaBands(20, 40, 30, 10, ties: BoundaryTies.BetterTier), totals)[^1], Is.EqualTo(better));
            Assert.That(Assign(new QuotaBands(20, 40, 30, 10, ties: BoundaryTies.WorseTier), totals)[^1], Is.EqualTo(worse));
        });
    }

    [Test]
    public void QuotaBands_TieOutcome_DoesNotDependOnInputOrder()
    {
        var totals = new double[] { 5, 9, 9, 1, 9, 3, 7, 7, 2, 8 };
        var reversed = totals.Reverse().ToArray();

        var forward = Assign(new QuotaBands(20, 40, 35, 5), totals);
        var backward = Assign(new QuotaBands(20, 40, 35, 5), reversed);

        Assert.That(backward.Reverse(), Is.EqualTo(forward));
    }

    [Test]
    public void QuotaBands_SmallScope_CanHaveEmptyD()
    {
        var tiers = Assign(new QuotaBands(20, 40, 35, 5, HeadcountRounding.Ceiling, minimumScopeSizeForD: 50), Descending(39));

        Assert.That(tiers, Has.None.EqualTo(Tier.D));
    }

    [Test]
    public void QuotaBands_PercentagesNotSummingTo100_Throws()
    {
        Assert.That(() => new QuotaBands(20, 40, 35, 10), Throws.ArgumentException.With.Message.Contains("105"));
    }

    [Test]
    public void ScoreThresholds_InclusiveLowerBounds()
    {
        var tiers = Assign(new ScoreThresholds(90, 70, 50), 90, 89.99, 70, 50, 49.99);

        Assert.That(tiers, Is.EqualTo(new[] { Tier.A, Tier.B, Tier.B, Tier.C, Tier.D }));
        Assert.That(() => new ScoreThresholds(70, 90, 50), Throws.ArgumentException);
    }

    [Test]
    public void TierLimits_DemoteExcessAAndFillD()
    {
        var totals = new double[] { 95, 94, 93, 92, 60, 50, 40, 30, 20, 10 };
        var tiers = Assign(new ScoreThresholds(90, 50, 0), totals);
        var changed = new bool[totals.Length];

        new TierLimits { MaxAPercent = 20, MinDPercent = 5 }.Apply(totals, tiers, changed);

        Assert.Multiple(() =>
        {
            Assert.That(tiers[..4], Is.EqualTo(new[] { Tier.A, Tier.A, Tier.B, Tier.B }));
            Assert.That(tiers[^1], Is.EqualTo(Tier.D));
            Assert.That(changed.Count(c => c), Is.EqualTo(3));
        });
    }
}
