namespace EnterpriseScoring.Platforms;

/// <summary>
/// The rows of a domain that are in a platform, bucketed by group, each group's in row order: group g's are
/// <c>Rows[Start[g] .. Start[g + 1])</c>, ascending. Made once per domain in a run and shared by every measure summed over
/// that domain (<see cref="PlatformIndicatorInput"/>; the one over every row is the membership's): a measure then only gathers its values into this order,
/// instead of bucketing every row again.
/// </summary>
/// <remarks>
/// A counting sort, stable by row: two sequential passes over the rows (count per group, then place), independent of the
/// thread count. Immutable.
/// </remarks>
internal sealed class RowsByGroup
{
    private readonly ulong[]? domain;

    private RowsByGroup(int[] rows, int[] start, ulong[]? domain) => (Rows, Start, this.domain) = (rows, start, domain);

    /// <summary>The rows, group by group, ascending within a group.</summary>
    public int[] Rows { get; }

    /// <summary>Where each group's rows start in <see cref="Rows"/>; <c>Start[GroupCount]</c> is their number.</summary>
    public int[] Start { get; }

    /// <summary>The number of groups.</summary>
    public int GroupCount => Start.Length - 1;

    /// <summary>The rows with a group that are in <paramref name="domain"/> (every row when null), bucketed by group.</summary>
    /// <param name="groupOfRow">The group of each row; −1 outside any platform.</param>
    /// <param name="groupCount">The number of groups.</param>
    /// <param name="domain">One bit per row; null for every row.</param>
    public static RowsByGroup Of(ReadOnlySpan<int> groupOfRow, int groupCount, ulong[]? domain)
    {
        var start = new int[groupCount + 1];
        for (var row = 0; row < groupOfRow.Length; row++)
        {
            if (groupOfRow[row] >= 0 && InDomain(domain, row))
            {
                start[groupOfRow[row] + 1]++;
            }
        }

        for (var g = 0; g < groupCount; g++)
        {
            start[g + 1] += start[g];
        }

        var rows = new int[start[groupCount]];
        var next = start[..groupCount];
        for (var row = 0; row < groupOfRow.Length; row++)
        {
            if (groupOfRow[row] is var g and >= 0 && InDomain(domain, row))
            {
                rows[next[g]++] = row;
            }
        }

        return new RowsByGroup(rows, start, domain);
    }

    /// <summary>Whether this is over <paramref name="other"/>: the same rows (bit for bit), or both over every row.</summary>
    /// <param name="other">One bit per row; null for every row.</param>
    public bool IsOver(ulong[]? other) => domain is null ? other is null : other is not null && domain.AsSpan().SequenceEqual(other);

    /// <summary>Whether every row of <paramref name="rows"/> is in the domain (always, over every row).</summary>
    /// <param name="rows">The rows.</param>
    public bool Covers(RowMask rows)
    {
        if (domain is null)
        {
            return true;
        }

        var words = rows.Words;
        for (var w = 0; w < words.Length; w++)
        {
            if ((words[w] & ~domain[w]) != 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool InDomain(ulong[]? domain, int row) => domain is null || (domain[row >> 6] & (1UL << (row & 63))) != 0;
}
