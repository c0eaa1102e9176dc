using EnterpriseScoring.Adjustments;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Pools;
using EnterpriseScoring.Weighting;

namespace EnterpriseScoring;

/// <summary>The columnar results of one pool; positions index <see cref="Rows"/>.</summary>
internal sealed class PoolEvaluation
{
    public PoolEvaluation(PoolProfile profile, int[] rows, IndicatorColumnResult[] indicators)
    {
        Profile = profile;
        Rows = rows;
        Indicators = indicators;
        var n = rows.Length;
        Status = new FirmStatus[n];
        Reasons = new string?[n];
        Aggregates = new double[n];
        Bonus = new double[n];
        Deduction = new double[n];
        Totals = new double[n];
        Ranks = new int[n];
        Percentiles = new double[n];
        Adjustments = new IReadOnlyList<AdjustmentLine>?[n];
        ScopeSizes = new int[n];
        SchemeTiers = new Tier[n];
        Tiers = new Tier[n];
        TierNotes = new string?[n];
        Overrides = new IReadOnlyList<OverrideApplication>?[n];
    }

    public PoolProfile Profile { get; }

    public int[] Rows { get; }

    public IndicatorColumnResult[] Indicators { get; }

    public FirmStatus[] Status { get; }

    public string?[] Reasons { get; }

    public double[] Aggregates { get; }

    public double[] Bonus { get; }

    public double[] Deduction { get; }

    public double[] Totals { get; }

    public int[] Ranks { get; }

    public double[] Percentiles { get; }

    public IReadOnlyList<AdjustmentLine>?[] Adjustments { get; }

    /// <summary>The number of rated firms in each firm's ranking scope.</summary>
    public int[] ScopeSizes { get; }

    /// <summary>The tier the scheme gave (after limits and re-flow), before overrides.</summary>
    public Tier[] SchemeTiers { get; }

    /// <summary>The final tier (0 when the pool has no tier scheme or the firm is not rated).</summary>
    public Tier[] Tiers { get; }

    /// <summary>Remarks on the scheme tier: moved by limits, re-flowed.</summary>
    public string?[] TierNotes { get; }

    /// <summary>The override rules that matched each firm.</summary>
    public IReadOnlyList<OverrideApplication>?[] Overrides { get; }

    public int RatedCount { get; set; }

    public WeightingResult? Weighting { get; set; }

    public string WeightNote { get; set; } = string.Empty;
}
