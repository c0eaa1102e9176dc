using EnterpriseScoring.Classification;

namespace EnterpriseScoring.Tests.Classification;

/// <summary>The MSD radix sort, its partition, and the ranks and tier positions counted in its ranges, against comparison
/// sorts and naive counts on the same data.</summary>
public class RankingRadixSortTests
{
    /// <summary>Key distributions: random over 64 bits, a narrow range, few distinct values (long runs of equal keys), the
    /// extremes of the range, all equal, and doubles' keys between 1 and 200 (the ranking case).</summary>
    private static ulong[] Keys(string shape, int n, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, n).Select(i => shape switch
        {
            "random" => (ulong)random.NextInt64() ^ ((ulong)random.Next(4) << 62),
            "narrow" => 1_000_000_000UL + (ulong)random.Next(5000),
            "few" => (ulong)random.Next(7) << 40,
            "extremes" => random.Next(3) switch { 0 => 0UL, 1 => ulong.MaxValue, _ => (ulong)random.NextInt64() },
            "equal" => 42UL,
            _ => Ranking.DescendingKey(Math.Round(1 + (random.NextDouble() * 199), 2)),
        }).ToArray();
    }

    private static IEnumerable<TestCaseData> Cases()
    {
        foreach (var shape in new[] { "random", "narrow", "few", "extremes", "equal", "totals" })
        {
            foreach (var n in new[] { 0, 1, 255, 256, 257, 1_000, 5_003, 70_001, 300_001 })
            {
                if (n < 300_000 || shape is "few" or "totals")
                {
                    // 300k: the top level's buckets on several threads.
                    yield return new TestCaseData(shape, n).SetArgDisplayNames(shape, n.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void Sort_KeysWithAndWithoutItems_SameOrderAsArraySortAndItemsFollow(string shape, int n)
    {
        var keys = Keys(shape, n, n + shape.Length);
        var expected = keys.Order().ToArray();
        var items = Enumerable.Range(0, n).ToArray();
        var original = (ulong[])keys.Clone();
        var keysOnly = (ulong[])keys.Clone();
        RadixSort.Sort(keys, items, n);
        RadixSort.Sort(keysOnly, null, n);
        Assert.Multiple(() =>
        {
            Assert.That(keys, Is.EqualTo(expected));
            Assert.That(keysOnly, Is.EqualTo(expected), "keys only");
            Assert.That(items.Select(i => original[i]), Is.EqualTo(expected));
            Assert.That(items.Order(), Is.EqualTo(Enumerable.Range(0, n)), "a permutation");
        });
    }

    [TestCaseSource(nameof(Cases))]
    public void Partition_Ranges_CoverTheAscendingOrder(string shape, int n)
    {
        var keys = Keys(shape, n, 3 * n);
        var original = (ulong[])keys.Clone();
        var sorted = keys.Order().ToArray();
        var leaf = new RecordingLeaf(new List<(int Lo, int Hi, bool Equal, ulong[] Keys, int[] Items)>());
        RadixSort.Partition(keys, Enumerable.Range(0, n).ToArray(), n, ref leaf, parallel: true);
        var ranges = leaf.Ranges.OrderBy(r => r.Lo).ToList();
        var next = 0;
        foreach (var (lo, hi, equal, rangeKeys, rangeItems) in ranges)
        {
            Assert.That(lo, Is.EqualTo(next), "consecutive");
            Assert.That(hi - lo <= RadixSort.LeafSize || equal, Is.True, "small or equal");
            var got = rangeKeys;
            Assert.That(got.Order(), Is.EqualTo(sorted[lo..hi]), "the keys of these positions");
            Assert.That(rangeItems.Select(i => original[i]), Is.EqualTo(got), "items follow their keys");
            if (equal)
            {
                Assert.That(got.Distinct().Count(), Is.EqualTo(1));
            }

            next = hi;
        }

        Assert.That(next, Is.EqualTo(n));
    }

    [Test]
    public void DescendingKey_OrderedDoubles_AscendingKeys()
    {
        double[] descending = [double.MaxValue, 1e300, 5, 1, double.Epsilon, 0, -double.Epsilon, -1, -5, -1e300, double.MinValue];
        var keys = descending.Select(Ranking.DescendingKey).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(keys, Is.Ordered.Ascending);
            Assert.That(keys.Distinct().Count(), Is.EqualTo(keys.Length));
            Assert.That(Ranking.DescendingKey(-0.0), Is.EqualTo(Ranking.DescendingKey(0.0)));
        });
    }

    /// <summary>Totals with ties (2 decimals), ±0, negatives; sizes below, at and above the radix and parallel thresholds and
    /// not multiples of any vector width; powers of two, whose pooled arrays end with the last range (counted without
    /// vectors: the vectors read past the range).</summary>
    [TestCase(1)]
    [TestCase(255)]
    [TestCase(257)]
    [TestCase(3_001)]
    [TestCase(4_096)]
    [TestCase(65_536)]
    [TestCase(70_003)]
    [TestCase(300_007)]
    public void Rank_EveryPolicy_MatchesNaiveCounts(int n)
    {
        var random = new Random(n);
        var totals = Enumerable.Range(0, n).Select(i => (i % 11) switch
        {
            0 => 0.0,
            1 => -0.0,
            _ => Math.Round((random.NextDouble() * 220) - 20, n > 10_000 ? 3 : 1),
        }).ToArray();
        var ids = Enumerable.Range(0, n).Select(i => (i * 7919L % 1_000_003).ToString("D7", System.Globalization.CultureInfo.InvariantCulture)).ToArray(); // distinct: 1,000,003 is prime

        // O(n log n) naive references (a sort by total, then positions), to keep 70k rows fast.
        var descending = totals.Select(t => -t).Order().ToArray();
        int Greater(double t) => BinarySearchFirst(descending, -t);
        var distinctAbove = descending.Distinct().ToArray();
        var expectedCompetition = totals.Select(t => 1 + Greater(t)).ToArray();
        var expectedDense = totals.Select(t => 1 + BinarySearchFirst(distinctAbove, -t)).ToArray();
        var expectedOrdinal = new int[n];
        var order = Enumerable.Range(0, n).OrderByDescending(i => totals[i]).ThenBy(i => ids[i], StringComparer.Ordinal).ToArray();
        for (var k = 0; k < n; k++)
        {
            expectedOrdinal[order[k]] = k + 1;
        }

        Assert.Multiple(() =>
        {
            Assert.That(Ranking.Rank(totals, ids, TiePolicy.Competition), Is.EqualTo(expectedCompetition));
            Assert.That(Ranking.Rank(totals, ids, TiePolicy.Dense), Is.EqualTo(expectedDense));
            Assert.That(Ranking.Rank(totals, ids, TiePolicy.OrdinalById), Is.EqualTo(expectedOrdinal));
        });
    }

    [TestCase(300)]
    [TestCase(8_192)]
    [TestCase(70_001)]
    [TestCase(300_001)]
    public void TierPositions_LargeScopesWithTies_MatchNaiveCounts(int n)
    {
        var random = new Random(n);
        var totals = Enumerable.Range(0, n).Select(i => i % 17 == 0 ? (i % 2 == 0 ? 0.0 : -0.0) : Math.Round((random.NextDouble() * 200) - 20, 2)).ToArray();
        var best = new int[n];
        var worst = new int[n];
        TierPositions.Compute(totals, best, worst);
        var descending = totals.Select(t => -t).Order().ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(best, Is.EqualTo(totals.Select(t => 1 + BinarySearchFirst(descending, -t))));
            Assert.That(worst, Is.EqualTo(totals.Select(t => CountAtMost(descending, -t))));
        });
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3_001)]
    [TestCase(70_001)]
    public void TryFromCompetitionRanks_CompetitionRanks_SameAsComputeFromTotals(int n)
    {
        var random = new Random(n);
        var totals = Enumerable.Range(0, n).Select(i => i % 13 == 0 ? (i % 2 == 0 ? 0.0 : -0.0) : Math.Round((random.NextDouble() * 200) - 20, 1)).ToArray();
        var ranks = Ranking.Rank(totals, Enumerable.Range(0, n).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        int[] best = new int[n], worst = new int[n], expectedBest = new int[n], expectedWorst = new int[n];
        TierPositions.Compute(totals, expectedBest, expectedWorst);
        Assert.Multiple(() =>
        {
            Assert.That(TierPositions.TryFromCompetitionRanks(totals, ranks, best, worst), Is.True);
            Assert.That(best, Is.EqualTo(expectedBest));
            Assert.That(worst, Is.EqualTo(expectedWorst));
        });
    }

    private static IEnumerable<TestCaseData> NotCompetitionRanks()
    {
        yield return new TestCaseData(new[] { 90.0, 80, 80, 70 }, new[] { 1, 2, 2, 3 }).SetArgDisplayNames("dense");
        yield return new TestCaseData(new[] { 90.0, 80, 80, 70 }, new[] { 1, 2, 3, 4 }).SetArgDisplayNames("ordinal");
        yield return new TestCaseData(new[] { 90.0, 80, 70 }, new[] { 1, 3, 2 }).SetArgDisplayNames("order reversed");
        yield return new TestCaseData(new[] { 90.0, 80, 70 }, new[] { 1, 2, 2 }).SetArgDisplayNames("unequal totals share a rank");
        yield return new TestCaseData(new[] { 90.0, 90, 70 }, new[] { 1, 1, 2 }).SetArgDisplayNames("rank inside a group");
        yield return new TestCaseData(new[] { 90.0, 80, 70 }, new[] { 0, 2, 3 }).SetArgDisplayNames("rank 0");
        yield return new TestCaseData(new[] { 90.0, 80, 70 }, new[] { 1, 2, 4 }).SetArgDisplayNames("rank beyond n");
        yield return new TestCaseData(new[] { 90.0, double.NaN, double.NaN }, new[] { 1, 2, 2 }).SetArgDisplayNames("NaN");
    }

    [TestCaseSource(nameof(NotCompetitionRanks))]
    public void TryFromCompetitionRanks_OtherRanks_FalseSoTheTotalsDecide(double[] totals, int[] ranks)
    {
        Assert.That(TierPositions.TryFromCompetitionRanks(totals, ranks, new int[totals.Length], new int[totals.Length]), Is.False);
    }

    /// <summary>The number of elements of an ascending array smaller than <paramref name="value"/>.</summary>
    private static int BinarySearchFirst(double[] ascending, double value)
    {
        int lo = 0, hi = ascending.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (ascending[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The number of elements of an ascending array smaller than or equal to <paramref name="value"/>.</summary>
    private static int CountAtMost(double[] ascending, double value)
    {
        int lo = 0, hi = ascending.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (ascending[mid] <= value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Records the ranges (with copies of their keys and items) for the partition test.</summary>
    private readonly struct RecordingLeaf(List<(int Lo, int Hi, bool Equal, ulong[] Keys, int[] Items)> ranges) : IRadixLeaf
    {
        public List<(int Lo, int Hi, bool Equal, ulong[] Keys, int[] Items)> Ranges => ranges;

        public void Leaf(ulong[] keys, int[]? items, int lo, int hi, bool equal)
        {
            lock (ranges)
            {
                ranges.Add((lo, hi, equal, keys[lo..hi], items![lo..hi]));
            }
        }
    }
}
