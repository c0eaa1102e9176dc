using EnterpriseScoring.Classification;
using FsCheck;
using FsCheck.Fluent;

namespace EnterpriseScoring.Tests.Classification;

public class RankingTests
{
    private static string[] Ids(int n) => Enumerable.Range(0, n).Select(i => "f" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    /// <summary>Naive O(n²) reference: rank = 1 + number strictly better (competition), distinct better totals (dense),
    /// strictly better plus tied with a smaller id (ordinal).</summary>
    private static int[] Naive(double[] totals, string[] ids, TiePolicy policy) =>
        totals.Select((t, i) => policy switch
        {
            TiePolicy.Competition => 1 + totals.Count(x => x > t),
            TiePolicy.Dense => 1 + totals.Where(x => x > t).Distinct().Count(),
            _ => 1 + totals.Count(x => x > t) + totals.Where((x, k) => x == t && string.CompareOrdinal(ids[k], ids[i]) < 0).Count(),
        }).ToArray();

    [TestCase(TiePolicy.Competition, new[] { 1, 2, 2, 4 })]
    [TestCase(TiePolicy.Dense, new[] { 1, 2, 2, 3 })]
    [TestCase(TiePolicy.OrdinalById, new[] { 1, 2, 3, 4 })]
    public void Rank_TieInTheMiddle_PolicyPattern(TiePolicy policy, int[] expected)
    {
        var ranks = Ranking.Rank([90.0, 80, 80, 70], ["a", "b", "c", "d"], policy);
        Assert.That(ranks, Is.EqualTo(expected));
    }

    [Test]
    public void Rank_OrdinalById_TieBrokenByIdNotPosition()
    {
        var ranks = Ranking.Rank([80.0, 90, 80], ["zeta", "m", "alpha"], TiePolicy.OrdinalById);
        Assert.That(ranks, Is.EqualTo(new[] { 3, 1, 2 }));
    }

    [Test]
    public void Rank_OrdinalById_OrdinalNotCultureComparison()
    {
        // Ordinal: 'B' (0x42) < 'a' (0x61).
        var ranks = Ranking.Rank([5.0, 5.0], ["a", "B"], TiePolicy.OrdinalById);
        Assert.That(ranks, Is.EqualTo(new[] { 2, 1 }));
    }

    [Test]
    public void Rank_OrdinalById_DuplicateTiedIds_Throws()
    {
        Assert.Throws<ArgumentException>(() => Ranking.Rank([5.0, 5.0], ["x", "x"], TiePolicy.OrdinalById));
    }

    [Test]
    public void Rank_NegativeZeroAndZero_AreTied()
    {
        Assert.That(Ranking.Rank([0.0, -0.0, -1], ["a", "b", "c"]), Is.EqualTo(new[] { 1, 1, 3 }));
    }

    [Test]
    public void Rank_SingleElement_RankOne()
    {
        Assert.Multiple(() =>
        {
            foreach (var policy in Enum.GetValues<TiePolicy>())
            {
                Assert.That(Ranking.Rank([42.0], ["only"], policy), Is.EqualTo(new[] { 1 }));
            }
        });
    }

    [Test]
    public void Rank_Empty_NoRanks()
    {
        Assert.That(Ranking.Rank([], [], TiePolicy.Dense), Is.Empty);
    }

    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    [TestCase(double.NegativeInfinity)]
    public void Rank_NonFiniteTotal_Throws(double bad)
    {
        var ex = Assert.Throws<ArgumentException>(() => Ranking.Rank([1.0, bad], ["a", "b"]));
        Assert.That(ex!.Message, Does.Contain("'b'"));
    }

    [Test]
    public void Rank_LengthMismatch_Throws()
    {
        Assert.Multiple(() =>
        {
            Assert.Throws<ArgumentException>(() => Ranking.Rank([1.0, 2], ["a"]));
            Assert.Throws<ArgumentException>(() => Ranking.Rank([1.0, 2], ["a", "b"], TiePolicy.Competition, new int[3]));
        });
    }

    [Test]
    public void Rank_NegativeTotals_Descending()
    {
        Assert.That(Ranking.Rank([-3.0, -1, -2, 5], ["a", "b", "c", "d"]), Is.EqualTo(new[] { 4, 2, 3, 1 }));
    }

    [TestCase(10)]
    [TestCase(255)]
    [TestCase(256)]
    [TestCase(5000)]
    public void Rank_RandomWithTies_MatchesNaiveReferenceForEveryPolicy(int n)
    {
        // Includes both the small (Array.Sort) and the radix-sort paths; values on a coarse grid so ties are common,
        // and a spread of magnitudes and signs to exercise every radix digit.
        var random = new Random(n);
        var totals = Enumerable.Range(0, n).Select(_ => random.Next(3) switch
        {
            0 => Math.Round(random.NextDouble() * 50, 0),
            1 => -Math.Round(random.NextDouble() * 1e6, 2),
            _ => random.NextDouble() * 1e-300,
        }).ToArray();
        var ids = Ids(n).OrderBy(_ => random.Next()).ToArray();
        Assert.Multiple(() =>
        {
            foreach (var policy in Enum.GetValues<TiePolicy>())
            {
                Assert.That(Ranking.Rank(totals, ids, policy), Is.EqualTo(Naive(totals, ids, policy)), policy.ToString());
            }
        });
    }

    [Test]
    public void Rank_AnyPermutation_SameRankPerFirm()
    {
        var arb = Arb.From(
            from n in Gen.Choose(0, 40)
            from values in Gen.ArrayOf(Gen.Choose(0, 6), n)
            from seed in Gen.Choose(0, 1000)
            select (values.Select(v => v / 2.0).ToArray(), seed));
        Prop.ForAll(arb, input =>
        {
            var (totals, seed) = input;
            var ids = Ids(totals.Length);
            var random = new Random(seed);
            var perm = Enumerable.Range(0, totals.Length).OrderBy(_ => random.Next()).ToArray();
            var permutedTotals = perm.Select(i => totals[i]).ToArray();
            var permutedIds = perm.Select(i => ids[i]).ToArray();
            foreach (var policy in Enum.GetValues<TiePolicy>())
            {
                var ranks = Ranking.Rank(totals, ids, policy);
                var permuted = Ranking.Rank(permutedTotals, permutedIds, policy);
                if (!perm.Select(i => ranks[i]).SequenceEqual(permuted))
                {
                    return false;
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    [TestCase(1, 1, 1.0)]
    [TestCase(1, 5, 1.0)]
    [TestCase(5, 5, 0.0)]
    [TestCase(3, 5, 0.5)]
    public void Percentile_RankInPool_Formula(int rank, int count, double expected)
    {
        Assert.That(Ranking.Percentile(rank, count), Is.EqualTo(expected));
    }

    [TestCase(0, 5)]
    [TestCase(6, 5)]
    [TestCase(1, 0)]
    public void Percentile_OutOfRange_Throws(int rank, int count)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Ranking.Percentile(rank, count));
    }
}
