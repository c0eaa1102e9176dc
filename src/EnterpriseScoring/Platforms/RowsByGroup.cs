namespace EnterpriseScoring.Platforms;

/// <summary>
/// The rows that are in a platform, bucketed by group, each group's in row order: group g's are
/// <c>Rows[Start[g] .. Start[g + 1])</c>, ascending. Made once per membership (<see cref="PlatformMembership"/>), for
/// whatever walks a group's firms.
/// </summary>
/// <remarks>
/// A counting sort, stable by row: two sequential passes over the rows (count per group, then place), independent of the
/// thread count. Immutable.
/// </remarks>
internal sealed class RowsByGroup
{
    private RowsByGroup(int[] rows, int[] start) => (Rows, Start) = (rows, start);

    /// <summary>The rows, group by group, ascending within a group.</summary>
    public int[] Rows { get; }

    /// <summary>Where each group's rows start in <see cref="Rows"/>; <c>Start[GroupCount]</c> is their number.</summary>
    public int[] Start { get; }

    /// <summary>The number of groups.</summary>
    public int GroupCount => Start.Length - 1;

    /// <summary>The rows with a group, bucketed by group.</summary>
    /// <param name="groupOfRow">The group of each row; −1 outside any platform.</param>
    /// <param name="groupCount">The number of groups.</param>
    public static RowsByGroup Of(ReadOnlySpan<int> groupOfRow, int groupCount)
    {
        var start = new int[groupCount + 1];
        foreach (var g in groupOfRow)
        {
            if (g >= 0)
            {
                start[g + 1]++;
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
            if (groupOfRow[row] is var g and >= 0)
            {
                rows[next[g]++] = row;
            }
        }

        return new RowsByGroup(rows, start);
    }
}
