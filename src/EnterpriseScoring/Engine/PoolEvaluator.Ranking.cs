using System.Buffers;
using EnterpriseScoring.Classification;

namespace EnterpriseScoring.Engine;

// Part of PoolEvaluator: ranking within each ranking scope (the pool, or the pool within a region or platform).
internal static partial class PoolEvaluator
{
    internal static IEnumerable<int[]> Scopes(PoolEvaluation result, FirmTable table, int[] rated)
    {
        var codes = result.Profile.Scope switch
        {
            RankingScope.Region => table.Regions.Codes,
            RankingScope.Platform => table.Platforms.Codes,
            _ => default,
        };
        if (codes.IsEmpty)
        {
            return [rated];
        }

        var groups = new SortedDictionary<int, List<int>>();
        foreach (var k in rated)
        {
            var code = codes[result.Rows[k]];
            if (!groups.TryGetValue(code, out var list))
            {
                groups[code] = list = [];
            }

            list.Add(k);
        }

        return groups.Values.Select(g => g.ToArray()).ToArray();
    }

    internal static void Rank(PoolEvaluation result, FirmTable table, int[] rated, bool parallel)
    {
        var n = rated.Length;
        var totals = ArrayPool<double>.Shared.Rent(n);
        var ranks = ArrayPool<int>.Shared.Rent(n);
        try
        {
            for (var i = 0; i < n; i++)
            {
                totals[i] = result.Totals[rated[i]];
            }

            RankGathered(result, table, rated, totals.AsSpan(0, n), ranks.AsSpan(0, n), parallel);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(totals);
            ArrayPool<int>.Shared.Return(ranks);
        }
    }

    /// <summary>
    /// <see cref="Rank"/> given the scope's totals already in scope order (<c>totals[i]</c> that of position
    /// <c>rated[i]</c>), as the sensitivity draws hold them: the ranks are also left in <paramref name="ranks"/>, in scope order.
    /// </summary>
    internal static void RankGathered(PoolEvaluation result, FirmTable table, int[] rated, ReadOnlySpan<double> totals, Span<int> ranks, bool parallel)
    {
        var n = rated.Length;
        Ranking.Rank(totals[..n], new ScopeIds(table, result.Rows, rated), result.Profile.Ties, ranks[..n], parallel);
        for (var i = 0; i < n; i++)
        {
            var k = rated[i];
            result.Ranks[k] = ranks[i];
            result.Percentiles[k] = n == 1 ? 100.0 : 100.0 * (n - ranks[i]) / (n - 1);
            result.ScopeSizes[k] = n;
        }
    }

    /// <summary>The ids of a scope's firms, looked up on demand (ranking needs them only to break ties by id and in messages).</summary>
    private sealed class ScopeIds(FirmTable table, int[] rows, int[] positions) : IReadOnlyList<string>
    {
        public int Count => positions.Length;

        public string this[int index] => table.Ids[rows[positions[index]]];

        public IEnumerator<string> GetEnumerator()
        {
            for (var i = 0; i < positions.Length; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
