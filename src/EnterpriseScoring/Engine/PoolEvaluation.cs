using EnterpriseScoring.Adjustments;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Pools;
using EnterpriseScoring.Weighting;

namespace EnterpriseScoring.Engine;

/// <summary>
/// The engine's working state for one pool while it is evaluated; positions index <see cref="Rows"/>. Readers get
/// <see cref="ToColumns"/> when the pool is done.
/// </summary>
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

    /// <summary>The read-only view of the finished pool that readers get (the same arrays, not copied).</summary>
    public PoolColumns ToColumns() => new(
        Profile,
        Rows,
        Array.ConvertAll(Indicators, c => c.ToColumns()),
        Status,
        Reasons,
        (Aggregates, Bonus, Deduction, Totals),
        (Ranks, Percentiles, ScopeSizes),
        (SchemeTiers, Tiers, TierNotes, Overrides),
        Adjustments,
        (RatedCount, Weighting, WeightNote));
}
