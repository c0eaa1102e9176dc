using EnterpriseScoring.Classification;

namespace EnterpriseScoring.Analysis;

/// <summary>
/// Spearman's ρ and Kendall's τ-b of many samples y against one fixed sample x (a pool's baseline totals), each in
/// O(n log n) without a comparison sort of y: y is ranked by the radix <see cref="Ranking"/>, its ties averaged from the
/// competition ranks, and τ-b's discordant pairs counted as inversions of y's integer rank keys in x's precomputed order.
/// The results are bit for bit those of <see cref="RankCorrelation.Spearman"/> and <see cref="RankCorrelation.KendallTauB"/>
/// on (x, y) (tested).
/// </summary>
internal sealed class BaselineRanking
{
    private readonly int n;
    private readonly double[] xRanks;
    private readonly int[] order;
    private readonly int[] xGroupEnds;
    private readonly long xTies;

    /// <summary>Prepares comparisons against <paramref name="x"/> (finite values).</summary>
    public BaselineRanking(ReadOnlySpan<double> x)
    {
        n = x.Length;
        xRanks = RankCorrelation.AverageRanks(x);
        var values = x.ToArray();
        order = Enumerable.Range(0, n).ToArray();
        Array.Sort(order, (a, b) => values[a] != values[b] ? values[a].CompareTo(values[b]) : a.CompareTo(b));
        var ends = new List<int>();
        for (var i = 1; i <= n; i++)
        {
            if (i == n || values[order[i]] != values[order[i - 1]])
            {
                ends.Add(i);
            }
        }

        xGroupEnds = [.. ends];
        var start = 0;
        foreach (var end in xGroupEnds)
        {
            xTies += RankCorrelation.Pairs(end - start);
            start = end;
        }
    }

    /// <summary>The number of values compared.</summary>
    public int Count => n;

    /// <summary>ρ and τ-b of (x, <paramref name="y"/>); NaN for fewer than two values or a constant sample.</summary>
    /// <param name="y">Finite values, paired with x.</param>
    /// <param name="scratch">Working buffers (reused between calls of one thread).</param>
    public (double Spearman, double Kendall) Compare(ReadOnlySpan<double> y, Scratch scratch) => Compare(y, ReadOnlySpan<int>.Empty, scratch);

    /// <summary>As <see cref="Compare(ReadOnlySpan{double}, Scratch)"/>, given y's competition ranks (1 = highest) when they are known already (the engine's ranks of a pool ranked as one scope with <see cref="TiePolicy.Competition"/>); empty to rank y here.</summary>
    /// <param name="y">Finite values, paired with x.</param>
    /// <param name="competitionRanks">y's competition ranks, or empty.</param>
    /// <param name="scratch">Working buffers (reused between calls of one thread).</param>
    public (double Spearman, double Kendall) Compare(ReadOnlySpan<double> y, ReadOnlySpan<int> competitionRanks, Scratch scratch)
    {
        if (n < 2)
        {
            return (double.NaN, double.NaN);
        }

        scratch.Ensure(n);
        ReadOnlySpan<int> ranks = competitionRanks;
        if (ranks.IsEmpty)
        {
            Ranking.Rank(y, TiePolicy.Competition, scratch.Ranks.AsSpan(0, n)); // 1 = highest; ties share the best position
            ranks = scratch.Ranks.AsSpan(0, n);
        }
        var counts = scratch.Counts.AsSpan(0, n + 1);
        counts.Clear();
        foreach (var r in ranks)
        {
            counts[r]++;
        }

        // Ascending average rank of a group of size s whose competition rank (descending) is r: it fills the ascending
        // positions n − r − s + 1 … n − r (0-based), so it is ((start + end) / 2.0) + 1, as RankCorrelation.AverageRanks.
        var yRanks = scratch.YRanks.AsSpan(0, n);
        long yTies = 0;
        for (var i = 0; i < n; i++)
        {
            var r = ranks[i];
            var s = counts[r];
            yRanks[i] = ((double)((2 * n) - (2 * r) - s + 1) / 2.0) + 1;
        }

        for (var r = 1; r <= n; r++)
        {
            yTies += RankCorrelation.Pairs(counts[r]);
        }

        var rho = RankCorrelation.PearsonOfRanks(xRanks, yRanks);

        // y's keys in x's order (ascending total ↔ ascending key n − r), each tie group of x sorted by key.
        var keys = scratch.Keys.AsSpan(0, n);
        for (var i = 0; i < n; i++)
        {
            keys[i] = n - ranks[order[i]];
        }

        long jointTies = 0;
        var start = 0;
        foreach (var end in xGroupEnds)
        {
            if (end - start > 1)
            {
                var group = keys[start..end];
                group.Sort();
                var run = 1;
                for (var i = 1; i <= group.Length; i++)
                {
                    if (i < group.Length && group[i] == group[i - 1])
                    {
                        run++;
                    }
                    else
                    {
                        jointTies += RankCorrelation.Pairs(run);
                        run = 1;
                    }
                }
            }

            start = end;
        }

        var discordant = RankCorrelation.Inversions<int>(keys, scratch.Buffer.AsSpan(0, n));
        var tau = RankCorrelation.TauB(RankCorrelation.Pairs(n), xTies, yTies, jointTies, discordant);
        return (rho, tau);
    }

    /// <summary>Per-thread working buffers of the comparisons.</summary>
    internal sealed class Scratch
    {
        public int[] Ranks { get; private set; } = [];

        public int[] Counts { get; private set; } = [];

        public double[] YRanks { get; private set; } = [];

        public int[] Keys { get; private set; } = [];

        public int[] Buffer { get; private set; } = [];

        /// <summary>Grows the buffers to hold <paramref name="size"/> values.</summary>
        public void Ensure(int size)
        {
            if (Ranks.Length >= size)
            {
                return;
            }

            Ranks = new int[size];
            Counts = new int[size + 1];
            YRanks = new double[size];
            Keys = new int[size];
            Buffer = new int[size];
        }
    }
}
