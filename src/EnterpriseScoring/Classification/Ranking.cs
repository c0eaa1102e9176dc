using System.Buffers;
using System.Globalization;

namespace EnterpriseScoring.Classification;

/// <summary>Ranks the totals of one pool, descending (rank 1 = highest total), under a <see cref="TiePolicy"/>.</summary>
/// <remarks>
/// <para>Ties are exactly equal doubles (0.0 and −0.0 are equal). <see cref="TiePolicy.Competition"/> gives 1-2-2-4,
/// <see cref="TiePolicy.Dense"/> 1-2-2-3, <see cref="TiePolicy.OrdinalById"/> 1-2-3-4 with tied firms ordered by ordinal
/// comparison of their ids. The ranks depend only on the (total, id) pairs, never on input order or thread count.</para>
/// <para>O(n) for large pools: the totals are mapped to order-preserving 64-bit keys and split with an index array by an MSD
/// radix sort; competition ranks are counted within the small ranges it leaves (no full sort, and the ids are not read),
/// dense and ordinal ranks walk the sorted order. Pools of 262,144 firms or more may use several threads, with the same
/// ranks for any thread count. Scratch arrays come from <see cref="ArrayPool{T}.Shared"/>, so there is no per-element
/// allocation. Thread-safe.</para>
/// </remarks>
public static class Ranking
{
    private const ulong SignBit = 0x8000_0000_0000_0000UL;

    /// <summary>Ranks <paramref name="totals"/> into <paramref name="ranks"/>.</summary>
    /// <param name="totals">One finite total per firm.</param>
    /// <param name="ids">One id per firm, same order; used to break ties under <see cref="TiePolicy.OrdinalById"/> (tied firms
    /// must then have distinct, non-null ids) and in error messages.</param>
    /// <param name="policy">The tie policy.</param>
    /// <param name="ranks">Receives one rank (1-based) per firm.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ids"/> is null.</exception>
    /// <exception cref="ArgumentException">Lengths differ; a total is NaN or ∞; under <see cref="TiePolicy.OrdinalById"/>, two
    /// tied firms have the same id (or a null id).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="policy"/> is not defined.</exception>
    public static void Rank(ReadOnlySpan<double> totals, IReadOnlyList<string> ids, TiePolicy policy, Span<int> ranks) =>
        Rank(totals, ids, policy, ranks, parallel: true);

    /// <summary>As the public overload; <paramref name="parallel"/> false keeps the work on the calling thread (an
    /// evaluation with <see cref="EvaluatorOptions.MaxDegreeOfParallelism"/> 1). The ranks are the same either way.</summary>
    internal static void Rank(ReadOnlySpan<double> totals, IReadOnlyList<string> ids, TiePolicy policy, Span<int> ranks, bool parallel)
    {
        ArgumentNullException.ThrowIfNull(ids);
        RankCore(totals, ids, policy, ranks, parallel);
    }

    /// <summary>Ranks <paramref name="totals"/> into <paramref name="ranks"/> without ids, e.g. the totals of a
    /// <see cref="DecisionMatrix"/>: competition (1-2-2-4) and dense (1-2-2-3) ranks need none.</summary>
    /// <param name="totals">One finite total per alternative.</param>
    /// <param name="policy"><see cref="TiePolicy.Competition"/> or <see cref="TiePolicy.Dense"/>.</param>
    /// <param name="ranks">Receives one rank (1-based) per alternative.</param>
    /// <exception cref="ArgumentException">Lengths differ; a total is NaN or ∞; <paramref name="policy"/> is
    /// <see cref="TiePolicy.OrdinalById"/>, which breaks ties by id (use the overload with ids).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="policy"/> is not defined.</exception>
    public static void Rank(ReadOnlySpan<double> totals, TiePolicy policy, Span<int> ranks)
    {
        if (policy == TiePolicy.OrdinalById)
        {
            throw new ArgumentException("OrdinalById breaks ties by id: pass the ids (Rank(totals, ids, policy, ranks)).", nameof(policy));
        }

        RankCore(totals, null, policy, ranks, parallel: true);
    }

    /// <summary>Ranks <paramref name="totals"/> without ids and returns a new array of ranks; see
    /// <see cref="Rank(ReadOnlySpan{double}, TiePolicy, Span{int})"/>.</summary>
    /// <param name="totals">One finite total per alternative.</param>
    /// <param name="policy"><see cref="TiePolicy.Competition"/> (the default) or <see cref="TiePolicy.Dense"/>.</param>
    /// <returns>One rank per alternative.</returns>
    /// <exception cref="ArgumentException">A total is NaN or ∞, or <paramref name="policy"/> is <see cref="TiePolicy.OrdinalById"/>.</exception>
    public static int[] Rank(ReadOnlySpan<double> totals, TiePolicy policy = TiePolicy.Competition)
    {
        var ranks = new int[totals.Length];
        Rank(totals, policy, ranks);
        return ranks;
    }

    private static void RankCore(ReadOnlySpan<double> totals, IReadOnlyList<string>? ids, TiePolicy policy, Span<int> ranks, bool parallel)
    {
        var n = totals.Length;
        if (ids is not null && ids.Count != n)
        {
            throw new ArgumentException($"Got {I(ids.Count)} ids for {I(n)} totals.", nameof(ids));
        }

        if (ranks.Length != n)
        {
            throw new ArgumentException($"The ranks span has length {I(ranks.Length)}; expected {I(n)}.", nameof(ranks));
        }

        if (!Enum.IsDefined(policy))
        {
            throw new ArgumentOutOfRangeException(nameof(policy), policy, "Unknown tie policy.");
        }

        if (n == 0)
        {
            return;
        }

        var keys = ArrayPool<ulong>.Shared.Rent(n);
        var order = ArrayPool<int>.Shared.Rent(n);
        try
        {
            for (var i = 0; i < n; i++)
            {
                var t = totals[i];
                if (!double.IsFinite(t))
                {
                    var who = ids is null ? string.Empty : $" (id '{ids[i]}')";
                    throw new ArgumentException($"Total {I(i)}{who} is {t.ToString(CultureInfo.InvariantCulture)}; totals must be finite.", nameof(totals));
                }

                keys[i] = DescendingKey(t);
                order[i] = i;
            }

            if (policy == TiePolicy.Competition)
            {
                // A firm's rank is 1 + the number of firms with a higher total: the tie groups' best positions, counted
                // without sorting (and with no id read).
                var best = ArrayPool<int>.Shared.Rent(n);
                try
                {
                    TierPositions.Positions(keys, order, n, best, null, parallel);
                    best.AsSpan(0, n).CopyTo(ranks);
                }
                finally
                {
                    ArrayPool<int>.Shared.Return(best);
                }

                return;
            }

            RadixSort.Sort(keys, order, n);

            Comparison<int>? byId = policy == TiePolicy.OrdinalById ? (a, b) => string.CompareOrdinal(ids![a], ids[b]) : null;
            var dense = 0;
            var start = 0;
            while (start < n)
            {
                var end = start + 1;
                var key = keys[start];
                while (end < n && keys[end] == key)
                {
                    end++;
                }

                dense++;
                switch (policy)
                {
                    case TiePolicy.Dense:
                        for (var k = start; k < end; k++)
                        {
                            ranks[order[k]] = dense;
                        }

                        break;
                    default:
                        if (end - start > 1)
                        {
                            var group = order.AsSpan(start, end - start);
                            group.Sort(byId!);
                            for (var k = 0; k < group.Length; k++)
                            {
                                if (ids![group[k]] is null || (k > 0 && string.Equals(ids[group[k]], ids[group[k - 1]], StringComparison.Ordinal)))
                                {
                                    throw new ArgumentException(
                                        $"Firms {I(group[k > 0 ? k - 1 : k])} and {I(group[k])} are tied and have the same or a null id '{ids[group[k]]}'; OrdinalById needs distinct ids.",
                                        nameof(ids));
                                }
                            }
                        }

                        for (var k = start; k < end; k++)
                        {
                            ranks[order[k]] = k + 1;
                        }

                        break;
                }

                start = end;
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(keys);
            ArrayPool<int>.Shared.Return(order);
        }
    }

    /// <summary>Ranks <paramref name="totals"/> and returns a new array of ranks.</summary>
    /// <param name="totals">One finite total per firm.</param>
    /// <param name="ids">One id per firm; see <see cref="Rank(ReadOnlySpan{double}, IReadOnlyList{string}, TiePolicy, Span{int})"/>.</param>
    /// <param name="policy">The tie policy.</param>
    /// <returns>One rank per firm.</returns>
    /// <exception cref="ArgumentException">See <see cref="Rank(ReadOnlySpan{double}, IReadOnlyList{string}, TiePolicy, Span{int})"/>.</exception>
    public static int[] Rank(ReadOnlySpan<double> totals, IReadOnlyList<string> ids, TiePolicy policy = TiePolicy.Competition)
    {
        var ranks = new int[totals.Length];
        Rank(totals, ids, policy, ranks);
        return ranks;
    }

    /// <summary>
    /// The percentile of a rank within a pool of <paramref name="count"/> firms: <c>(count − rank) / (count − 1)</c>, i.e. the
    /// share of the other firms ranked below this one; 1 for the top firm, 0 for the last; 1 when the pool has one firm.
    /// </summary>
    /// <remarks>Meant for competition or ordinal ranks (a dense rank is not a position in the pool).</remarks>
    /// <param name="rank">The rank, 1 ≤ rank ≤ count.</param>
    /// <param name="count">The pool size, ≥ 1.</param>
    /// <returns>A value in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> &lt; 1 or <paramref name="rank"/> outside [1, count].</exception>
    public static double Percentile(int rank, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rank, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rank, count);
        return count == 1 ? 1.0 : (double)(count - rank) / (count - 1);
    }

    /// <summary>An unsigned key whose ascending order is the descending order of the (finite) doubles; equal doubles,
    /// including 0.0 and −0.0, get equal keys.</summary>
    internal static ulong DescendingKey(double value)
    {
        var bits = BitConverter.DoubleToUInt64Bits(value == 0 ? 0.0 : value);
        var ascending = (bits & SignBit) != 0 ? ~bits : bits | SignBit;
        return ~ascending;
    }

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
}
