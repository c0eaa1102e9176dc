namespace EnterpriseScoring.Analysis;

/// <summary>Rank correlations of two paired samples, ties handled as scipy's <c>spearmanr</c> and <c>kendalltau</c> (τ-b) handle them.</summary>
public static class RankCorrelation
{
    /// <summary>Spearman's ρ: Pearson's correlation of the average ranks (ties share the mean of their positions).</summary>
    /// <param name="x">The first sample.</param>
    /// <param name="y">The second sample, paired with <paramref name="x"/>.</param>
    /// <returns>ρ in [−1, 1]; NaN when a sample has fewer than two values or is constant.</returns>
    /// <exception cref="ArgumentException">The samples differ in length, or hold NaN.</exception>
    public static double Spearman(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        Check(x, y);
        var n = x.Length;
        if (n < 2)
        {
            return double.NaN;
        }

        return PearsonOfRanks(AverageRanks(x), AverageRanks(y));
    }

    /// <summary>Pearson's correlation of two average-rank vectors of the same length n ≥ 2 (each a permutation of 1..n with ties averaged): Spearman's ρ.</summary>
    internal static double PearsonOfRanks(ReadOnlySpan<double> rx, ReadOnlySpan<double> ry)
    {
        var n = rx.Length;
        var mean = (n + 1) / 2.0;
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < n; i++)
        {
            var dx = rx[i] - mean;
            var dy = ry[i] - mean;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }

        return sxx == 0 || syy == 0 ? double.NaN : Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1, 1);
    }

    /// <summary>Kendall's τ-b (Knight's O(n log n) algorithm): (concordant − discordant) / √((n₀ − n₁)(n₀ − n₂)), ties in either sample counted out.</summary>
    /// <param name="x">The first sample.</param>
    /// <param name="y">The second sample, paired with <paramref name="x"/>.</param>
    /// <returns>τ-b in [−1, 1]; NaN when a sample has fewer than two values or is constant.</returns>
    /// <exception cref="ArgumentException">The samples differ in length, or hold NaN.</exception>
    public static double KendallTauB(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        Check(x, y);
        var n = x.Length;
        if (n < 2)
        {
            return double.NaN;
        }

        var xs = x.ToArray();
        var ys = y.ToArray();
        var order = Enumerable.Range(0, n).ToArray();
        Array.Sort(order, (a, b) => xs[a] != xs[b] ? xs[a].CompareTo(xs[b]) : ys[a].CompareTo(ys[b]));
        var sx = new double[n];
        var sy = new double[n];
        for (var i = 0; i < n; i++)
        {
            (sx[i], sy[i]) = (xs[order[i]], ys[order[i]]);
        }

        long xTies = 0, jointTies = 0;
        for (int i = 0, start = 0, jointStart = 0; i <= n; i++)
        {
            if (i == n || sx[i] != sx[start])
            {
                xTies += Pairs(i - start);
                start = i;
            }

            if (i == n || sx[i] != sx[jointStart] || sy[i] != sy[jointStart])
            {
                jointTies += Pairs(i - jointStart);
                jointStart = i;
            }
        }

        var discordant = Inversions<double>(sy, new double[n]);
        long yTies = 0;
        for (int i = 0, start = 0; i <= n; i++)
        {
            if (i == n || sy[i] != sy[start])
            {
                yTies += Pairs(i - start);
                start = i;
            }
        }

        return TauB(Pairs(n), xTies, yTies, jointTies, discordant);
    }

    /// <summary>τ-b from the pair counts: n₀ pairs, n₁ tied in x, n₂ tied in y, n₃ tied in both, and the discordant pairs.</summary>
    internal static double TauB(long total, long xTies, long yTies, long jointTies, long discordant)
    {
        if (total == xTies || total == yTies)
        {
            return double.NaN;
        }

        var difference = (double)(total - xTies - yTies + jointTies) - (2.0 * discordant);
        return Math.Clamp(difference / Math.Sqrt((double)(total - xTies)) / Math.Sqrt((double)(total - yTies)), -1, 1);
    }

    /// <summary>The average rank (1-based) of each value; ties share the mean of their positions.</summary>
    internal static double[] AverageRanks(ReadOnlySpan<double> values)
    {
        var n = values.Length;
        var v = values.ToArray();
        var order = Enumerable.Range(0, n).ToArray();
        Array.Sort(order, (a, b) => v[a].CompareTo(v[b]));
        var ranks = new double[n];
        for (var start = 0; start < n;)
        {
            var end = start;
            while (end + 1 < n && v[order[end + 1]] == v[order[start]])
            {
                end++;
            }

            var rank = ((start + end) / 2.0) + 1;
            for (var i = start; i <= end; i++)
            {
                ranks[order[i]] = rank;
            }

            start = end + 1;
        }

        return ranks;
    }

    internal static long Pairs(long count) => count * (count - 1) / 2;

    /// <summary>The length of the runs <see cref="Inversions"/> sorts by insertion before merging.</summary>
    internal const int InsertionRun = 32;

    /// <summary>
    /// Sorts <paramref name="values"/> ascending and returns the number of pairs i &lt; j with values[i] &gt; values[j]:
    /// insertion sort of each run of <see cref="InsertionRun"/> (its shifts are its inversions), then a bottom-up merge
    /// sort that counts the pairs crossing each merge and copies a pair of runs already in order without comparing (one
    /// comparison tells). Written by hand because the sensitivity draws call it once per pool and draw on nearly sorted
    /// keys (a draw's ranking against the baseline's), where both shortcuts save most of the work.
    /// </summary>
    /// <param name="values">The values.</param>
    /// <param name="buffer">Scratch of the same length.</param>
    internal static long Inversions<T>(Span<T> values, Span<T> buffer)
        where T : System.Numerics.IComparisonOperators<T, T, bool>
    {
        var length = values.Length;
        long count = 0;
        for (var lo = 0; lo < length; lo += InsertionRun)
        {
            var hi = Math.Min(lo + InsertionRun, length);
            for (var i = lo + 1; i < hi; i++)
            {
                var v = values[i];
                var j = i - 1;
                while (j >= lo && v < values[j])
                {
                    values[j + 1] = values[j];
                    j--;
                }

                values[j + 1] = v;
                count += i - 1 - j;
            }
        }

        var from = values;
        var to = buffer;
        for (var width = InsertionRun; width < length; width *= 2)
        {
            for (var lo = 0; lo < length; lo += 2 * width)
            {
                var mid = Math.Min(lo + width, length);
                var hi = Math.Min(lo + (2 * width), length);
                if (mid == hi || !(from[mid] < from[mid - 1]))
                {
                    from[lo..hi].CopyTo(to[lo..]); // no pair crosses: every right value is at least every left value
                    continue;
                }

                int i = lo, j = mid, k = lo;
                while (i < mid && j < hi)
                {
                    if (from[j] < from[i])
                    {
                        count += mid - i;
                        to[k++] = from[j++];
                    }
                    else
                    {
                        to[k++] = from[i++];
                    }
                }

                from[i..mid].CopyTo(to[k..]);
                k += mid - i;
                from[j..hi].CopyTo(to[k..]);
            }

            var swap = from;
            from = to;
            to = swap;
        }

        if (from != values)
        {
            from.CopyTo(values);
        }

        return count;
    }

    private static void Check(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException($"The samples differ in length ({x.Length} and {y.Length}).", nameof(y));
        }

        foreach (var v in x)
        {
            if (double.IsNaN(v))
            {
                throw new ArgumentException("The first sample holds NaN.", nameof(x));
            }
        }

        foreach (var v in y)
        {
            if (double.IsNaN(v))
            {
                throw new ArgumentException("The second sample holds NaN.", nameof(y));
            }
        }
    }
}
