using System.Globalization;

namespace EnterpriseScoring.Classification;

/// <summary>
/// Limit forms applied after a tier scheme within each scope, in this order: at most <see cref="MaxAPercent"/>% of rated
/// firms in A (the lowest-scoring A firms move to B), at least <see cref="MinDPercent"/>% in D (the lowest-scoring non-D
/// firms move to D) and at most <see cref="MaxDPercent"/>% in D (the highest-scoring D firms move to C). Tied firms move
/// together, so a limit may be exceeded by a tie group rather than split it (or a maximum undershot by one). With a
/// profile's own <see cref="TierSet"/>, "A" is its best tier and "D" its bottom tier (e.g. C of 乐清's A+/A/B/C), and a
/// firm moved up from the bottom goes to the tier above it.
/// </summary>
/// <remarks>A value: immutable, derived with <see langword="with"/>, equal by value. Thread-safe.</remarks>
public sealed record TierLimits
{
    /// <summary>No limits.</summary>
    public static TierLimits None { get; } = new();

    /// <summary>At most this percentage in A (e.g. 20), or null. The head count is rounded down.</summary>
    public double? MaxAPercent { get; init; }

    /// <summary>At least this percentage in D (e.g. 5), or null. The head count is rounded up.</summary>
    public double? MinDPercent { get; init; }

    /// <summary>
    /// At most this percentage in D, the bottom tier (e.g. 5), or null. The head count is rounded down (⌊5 % × N⌋, as
    /// Anhui cities publish); the highest-scoring D firms move up to C.
    /// </summary>
    public double? MaxDPercent { get; init; }

    /// <summary>Whether any limit is set.</summary>
    public bool IsEmpty => MaxAPercent is null && MinDPercent is null && MaxDPercent is null;

    /// <summary>Applies the limits to one scope.</summary>
    /// <param name="totals">The firms' totals.</param>
    /// <param name="tiers">The tiers from the scheme; changed in place.</param>
    /// <param name="changed">Set to true for each firm a limit moved.</param>
    public void Apply(ReadOnlySpan<double> totals, Span<Tier> tiers, Span<bool> changed) => Apply(totals, tiers, changed, TierSet.Standard);

    /// <summary>Applies the limits to one scope of a profile with tier set <paramref name="set"/>: the maximum of A acts on its
    /// best tier, the minimum and maximum of D on its bottom tier.</summary>
    /// <param name="totals">The firms' totals.</param>
    /// <param name="tiers">The tiers from the scheme (levels of <paramref name="set"/>); changed in place.</param>
    /// <param name="changed">Set to true for each firm a limit moved.</param>
    /// <param name="set">The profile's tier set.</param>
    public void Apply(ReadOnlySpan<double> totals, Span<Tier> tiers, Span<bool> changed, TierSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var best = set.Levels[0];
        var second = set.Levels[1];
        var bottom = set.Bottom;
        var aboveBottom = set.Levels[^2];
        var n = totals.Length;
        if (IsEmpty || n == 0)
        {
            return;
        }

        // Firms ordered from the lowest total up; equal totals form one group.
        var order = new int[n];
        var keys = new double[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
            keys[i] = totals[i];
        }

        Array.Sort(keys, order);
        if (MaxAPercent is { } maxA)
        {
            var allowed = TierPositions.Headcount(maxA, n, HeadcountRounding.Floor);
            var count = Count(tiers, best);
            for (var start = 0; start < n && count > allowed;)
            {
                var end = GroupEnd(keys, start);
                for (var k = start; k <= end; k++)
                {
                    if (tiers[order[k]] == best)
                    {
                        tiers[order[k]] = second;
                        changed[order[k]] = true;
                        count--;
                    }
                }

                start = end + 1;
            }
        }

        if (MinDPercent is { } minD)
        {
            var needed = TierPositions.Headcount(minD, n, HeadcountRounding.Ceiling);
            var count = Count(tiers, bottom);
            for (var start = 0; start < n && count < needed;)
            {
                var end = GroupEnd(keys, start);
                for (var k = start; k <= end; k++)
                {
                    if (tiers[order[k]] != bottom)
                    {
                        tiers[order[k]] = bottom;
                        changed[order[k]] = true;
                        count++;
                    }
                }

                start = end + 1;
            }
        }

        if (MaxDPercent is { } maxD)
        {
            var allowed = TierPositions.Headcount(maxD, n, HeadcountRounding.Floor);
            var count = Count(tiers, bottom);
            for (var end = n - 1; end >= 0 && count > allowed;)
            {
                var start = GroupStart(keys, end);
                for (var k = start; k <= end; k++)
                {
                    if (tiers[order[k]] == bottom)
                    {
                        tiers[order[k]] = aboveBottom;
                        changed[order[k]] = true;
                        count--;
                    }
                }

                end = start - 1;
            }
        }
    }

    /// <summary>A readable description, e.g. <c>A ≤ 20%, D ≥ 5%</c>.</summary>
    public override string ToString() => Describe(TierSet.Standard);

    /// <summary>A readable description with the codes of <paramref name="set"/>, e.g. <c>A+ ≤ 10%, C ≥ 5%</c>.</summary>
    /// <param name="set">The profile's tier set.</param>
    public string Describe(TierSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var bestCode = set.Codes[0];
        var bottomCode = set.Codes[^1];
        var f = CultureInfo.InvariantCulture;
        var parts = new List<string>();
        if (MaxAPercent is { } a)
        {
            parts.Add($"{bestCode} ≤ {a.ToString("0.##", f)}%");
        }

        if (MinDPercent is { } d)
        {
            parts.Add($"{bottomCode} ≥ {d.ToString("0.##", f)}%");
        }

        if (MaxDPercent is { } maxD)
        {
            parts.Add($"{bottomCode} ≤ {maxD.ToString("0.##", f)}%");
        }

        return parts.Count == 0 ? "no limits" : string.Join(", ", parts);
    }

    private static int Count(Span<Tier> tiers, Tier tier)
    {
        var count = 0;
        foreach (var t in tiers)
        {
            count += t == tier ? 1 : 0;
        }

        return count;
    }

    private static int GroupStart(double[] keys, int end)
    {
        var start = end;
        while (start > 0 && keys[start - 1] == keys[end])
        {
            start--;
        }

        return start;
    }

    private static int GroupEnd(double[] keys, int start)
    {
        var end = start;
        while (end + 1 < keys.Length && keys[end + 1] == keys[start])
        {
            end++;
        }

        return end;
    }
}
