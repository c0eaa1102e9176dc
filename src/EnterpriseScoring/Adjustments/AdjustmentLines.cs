namespace EnterpriseScoring.Adjustments;

/// <summary>
/// The bonus and deduction lines of a pool's firms. The evaluate path records only which firms have lines (one bit each)
/// and their counted points; the lines themselves — records with formatted details — are built by
/// <see cref="AdjustmentRules.Apply"/> when a result is read, which gives the same lines as at evaluation time.
/// </summary>
internal sealed class AdjustmentLines(AdjustmentRules rules, FirmTable table, int[] rows)
{
    private readonly ulong[] has = new ulong[Bitset.WordCount(rows.Length)];

    /// <summary>The lines of position <paramref name="position"/>, or <see langword="null"/> when no rule applied.</summary>
    public IReadOnlyList<AdjustmentLine>? this[int position] =>
        Bitset.IsSet(has, position) ? rules.Apply(table, rows[position], out _, out _) : null;

    /// <summary>Records that position <paramref name="position"/> has lines.</summary>
    public void Mark(int position) => has[position >> 6] |= 1UL << (position & 63);

    /// <summary>Forgets the lines of position <paramref name="position"/> (a firm rejected after its adjustments were applied).</summary>
    public void Unmark(int position) => has[position >> 6] &= ~(1UL << (position & 63));
}
