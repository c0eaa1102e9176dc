using System.Numerics;
using System.Runtime.Intrinsics;

namespace EnterpriseScoring.Classification;

/// <summary>
/// The position range of each firm's tie group in a scope sorted by total, descending: the best position of a
/// group is 1 + the number of firms with a strictly higher total, the worst is the number with a total ≥ its own.
/// Independent of row order and of the ranking tie policy.
/// </summary>
internal static class TierPositions
{
    public static void Compute(ReadOnlySpan<double> totals, int[] best, int[] worst)
    {
        var n = totals.Length;
        var order = System.Buffers.ArrayPool<int>.Shared.Rent(n);
        var keys = System.Buffers.ArrayPool<ulong>.Shared.Rent(n);
        try
        {
            // Descending totals as ascending order-preserving keys (0.0 and −0.0 share a key, as they compare equal):
            // a radix sort, O(n); only the boundaries of equal totals matter below, not the order within them.
            for (var i = 0; i < n; i++)
            {
                if (double.IsNaN(totals[i]))
                {
                    ComputeByComparison(totals, best, worst);
                    return;
                }

                order[i] = i;
                keys[i] = Ranking.DescendingKey(totals[i]);
            }

            Positions(keys, order, n, best, worst);
        }
        finally
        {
            System.Buffers.ArrayPool<int>.Shared.Return(order);
            System.Buffers.ArrayPool<ulong>.Shared.Return(keys);
        }
    }

    /// <summary>
    /// The positions from the competition ranks of the same totals, in O(n) and without sorting: best = rank, worst =
    /// rank + (firms with that rank) − 1. Checks that <paramref name="ranks"/> are exactly the competition ranks of
    /// <paramref name="totals"/> (equal totals share a rank, the groups follow each other at rank + group size with strictly
    /// decreasing totals) and returns false, leaving the outputs unspecified, when they are not (dense or ordinal ranks with
    /// ties, NaN totals, anything else): the caller then uses <see cref="Compute"/>.
    /// </summary>
    public static bool TryFromCompetitionRanks(ReadOnlySpan<double> totals, ReadOnlySpan<int> ranks, int[] best, int[] worst)
    {
        var n = totals.Length;
        if (ranks.Length != n)
        {
            return false;
        }

        var counts = System.Buffers.ArrayPool<int>.Shared.Rent(n + 1);
        var groupTotals = System.Buffers.ArrayPool<double>.Shared.Rent(n + 1);
        try
        {
            Array.Clear(counts, 0, n + 1);
            for (var i = 0; i < n; i++)
            {
                var r = ranks[i];
                if (r < 1 || r > n)
                {
                    return false;
                }

                if (counts[r] == 0)
                {
                    groupTotals[r] = totals[i];
                }
                else if (!(totals[i] == groupTotals[r]))
                {
                    return false; // a rank shared by different totals (or NaN)
                }

                counts[r]++;
            }

            // Walk the groups: each starts where the previous one ends and has a smaller total. The walk covers n firms
            // exactly when no rank lies inside another group, so every firm is accounted for.
            var previous = double.PositiveInfinity;
            for (var r = 1; r <= n; r += counts[r])
            {
                if (counts[r] == 0 || !(groupTotals[r] < previous || r == 1))
                {
                    return false;
                }

                previous = groupTotals[r];
            }

            for (var i = 0; i < n; i++)
            {
                best[i] = ranks[i];
                worst[i] = ranks[i] + counts[ranks[i]] - 1;
            }

            return true;
        }
        finally
        {
            System.Buffers.ArrayPool<int>.Shared.Return(counts);
            System.Buffers.ArrayPool<double>.Shared.Return(groupTotals);
        }
    }

    /// <summary>The comparison-sort version, kept for totals that include NaN (each NaN is a group of its own).</summary>
    private static void ComputeByComparison(ReadOnlySpan<double> totals, int[] best, int[] worst)
    {
        var n = totals.Length;
        var order = new int[n];
        var keys = new double[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
            keys[i] = -totals[i];
        }

        Array.Sort(keys, order);
        var start = 0;
        while (start < n)
        {
            var end = start;
            while (end + 1 < n && keys[end + 1] == keys[start])
            {
                end++;
            }

            for (var k = start; k <= end; k++)
            {
                best[order[k]] = start + 1;
                worst[order[k]] = end + 1;
            }

            start = end + 1;
        }
    }

    /// <summary>
    /// Best (and, unless <paramref name="worst"/> is empty, worst) positions from descending keys
    /// (<see cref="Ranking.DescendingKey"/>) <paramref name="keys"/>[0..n) of the firms <paramref name="order"/>[0..n); both
    /// arrays are left permuted. The best positions are the competition ranks.
    /// </summary>
    internal static void Positions(ulong[] keys, int[] order, int n, int[] best, int[]? worst, bool parallel = true)
    {
        var leaf = new PositionsLeaf(best, worst);
        RadixSort.Partition(keys, order, n, ref leaf, parallel);
    }

    /// <summary>
    /// Counts, within each range the radix partition leaves (at most <see cref="RadixSort.LeafSize"/> keys, or equal keys),
    /// the keys smaller than and equal to each key: best = start + smaller + 1, worst = start + smaller + equal. No sort.
    /// </summary>
    private readonly struct PositionsLeaf(int[] best, int[]? worst) : IRadixLeaf
    {
        public void Leaf(ulong[] keys, int[]? firms, int lo, int hi, bool equal)
        {
            var items = firms!; // Positions always partitions with the firms' indices
            if (equal)
            {
                for (var k = lo; k < hi; k++)
                {
                    best[items[k]] = lo + 1;
                    if (worst is not null)
                    {
                        worst[items[k]] = hi;
                    }
                }
            }
            else if (Vector512.IsHardwareAccelerated && lo + RadixSort.LeafSize <= keys.Length)
            {
                Vectorised(keys, items, lo, hi);
            }
            else
            {
                for (var i = lo; i < hi; i++)
                {
                    int below = 0, same = 0;
                    for (var j = lo; j < hi; j++)
                    {
                        below += keys[j] < keys[i] ? 1 : 0;
                        same += keys[j] == keys[i] ? 1 : 0;
                    }

                    best[items[i]] = lo + below + 1;
                    if (worst is not null)
                    {
                        worst[items[i]] = lo + below + same;
                    }
                }
            }
        }

        /// <summary>The range in up to four vectors, read in place (the caller checked that the array holds
        /// <see cref="RadixSort.LeafSize"/> keys from <paramref name="lo"/>; the lanes past the range are masked off), each
        /// key compared with all of them at once.</summary>
        private void Vectorised(ulong[] keys, int[] items, int lo, int hi)
        {
            var n = hi - lo;
            var vectors = (n + 7) >> 3;
            var valid = n == RadixSort.LeafSize ? uint.MaxValue : (1u << n) - 1;
            ReadOnlySpan<ulong> range = keys.AsSpan(lo, RadixSort.LeafSize);
            var v0 = Vector512.Create(range);
            var v1 = vectors > 1 ? Vector512.Create(range[8..]) : default;
            var v2 = vectors > 2 ? Vector512.Create(range[16..]) : default;
            var v3 = vectors > 2 ? Vector512.Create(range[24..]) : default;
            for (var i = 0; i < n; i++)
            {
                var key = Vector512.Create(range[i]);
                var below = Mask(Vector512.LessThan(v0, key), 0);
                if (vectors > 1)
                {
                    below |= Mask(Vector512.LessThan(v1, key), 8);
                    if (vectors > 2)
                    {
                        below |= Mask(Vector512.LessThan(v2, key), 16) | Mask(Vector512.LessThan(v3, key), 24);
                    }
                }

                var less = BitOperations.PopCount(below & valid);
                best[items[lo + i]] = lo + less + 1;
                if (worst is not null)
                {
                    var same = Mask(Vector512.Equals(v0, key), 0) | Mask(Vector512.Equals(v1, key), 8)
                        | Mask(Vector512.Equals(v2, key), 16) | Mask(Vector512.Equals(v3, key), 24);
                    worst[items[lo + i]] = lo + less + BitOperations.PopCount(same & valid);
                }
            }
        }

        private static uint Mask(Vector512<ulong> comparison, int shift) => (uint)comparison.ExtractMostSignificantBits() << shift;
    }

    public static int Headcount(double percent, int count, HeadcountRounding rounding)
    {
        var exact = Math.Round(percent * count / 100.0, 9);
        var rounded = rounding switch
        {
            HeadcountRounding.Floor => Math.Floor(exact),
            HeadcountRounding.Ceiling => Math.Ceiling(exact),
            _ => Math.Round(exact, MidpointRounding.AwayFromZero),
        };
        return (int)Math.Clamp(rounded, 0, count);
    }
}
