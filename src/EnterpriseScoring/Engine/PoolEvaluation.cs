using EnterpriseScoring.Adjustments;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Internal;
using EnterpriseScoring.Pools;
using EnterpriseScoring.Weighting;

namespace EnterpriseScoring.Engine;

/// <summary>The columnar results of one pool; positions index <see cref="Rows"/>.</summary>
internal sealed class PoolEvaluation
{
    public PoolEvaluation(PoolProfile profile, FirmTable table, int[] rows, IndicatorColumnResult[] indicators)
    {
        Profile = profile;
        Rows = rows;
        Indicators = indicators;
        var n = rows.Length;
        Status = new FirmStatus[n];
        Reasons = new SparseColumn<string>();
        Aggregates = new double[n];
        Bonus = new double[n];
        Deduction = new double[n];
        Totals = new double[n];
        Ranks = new int[n];
        Percentiles = new double[n];
        Adjustments = new AdjustmentLines(profile.Adjustments, table, rows);
        ScopeSizes = new int[n];
        SchemeTiers = new Tier[n];
        Tiers = new Tier[n];
        TierNotes = new SparseColumn<string>();
        Overrides = new SparseColumn<IReadOnlyList<OverrideApplication>>();
    }

    public PoolProfile Profile { get; }

    public int[] Rows { get; }

    public IndicatorColumnResult[] Indicators { get; }

    public FirmStatus[] Status { get; }

    /// <summary>Why each firm is not rated (set only for those).</summary>
    public SparseColumn<string> Reasons { get; }

    public double[] Aggregates { get; }

    public double[] Bonus { get; }

    public double[] Deduction { get; }

    public double[] Totals { get; }

    public int[] Ranks { get; }

    public double[] Percentiles { get; }

    /// <summary>Each firm's bonus and deduction lines, built on demand.</summary>
    public AdjustmentLines Adjustments { get; }

    /// <summary>The number of rated firms in each firm's ranking scope.</summary>
    public int[] ScopeSizes { get; }

    /// <summary>The tier the scheme gave (after limits and re-flow), before overrides.</summary>
    public Tier[] SchemeTiers { get; }

    /// <summary>The final tier (0 when the pool has no tier scheme or the firm is not rated).</summary>
    public Tier[] Tiers { get; }

    /// <summary>Remarks on the scheme tier: moved by limits, re-flowed.</summary>
    public SparseColumn<string> TierNotes { get; }

    /// <summary>The override rules that matched each firm.</summary>
    public SparseColumn<IReadOnlyList<OverrideApplication>> Overrides { get; }

    public int RatedCount { get; set; }

    public WeightingResult? Weighting { get; set; }

    public string WeightNote { get; set; } = string.Empty;
}

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
