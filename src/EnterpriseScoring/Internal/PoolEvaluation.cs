using EnterpriseScoring.Adjustments;
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

    public int RatedCount { get; set; }

    public WeightingResult? Weighting { get; set; }

    public string WeightNote { get; set; } = string.Empty;
}
