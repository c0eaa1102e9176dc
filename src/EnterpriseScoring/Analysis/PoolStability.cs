namespace EnterpriseScoring.Analysis;

/// <summary>One pool's stability over the draws of a <see cref="SensitivityAnalysis"/>.</summary>
public sealed record PoolStability
{
    /// <summary>The pool's id.</summary>
    public required string PoolId { get; init; }

    /// <summary>The firms (rows of the input) rated in the pool in the baseline.</summary>
    public int RatedFirms { get; init; }

    /// <summary>The share of those firms that are stable (<see cref="FirmStability.IsStable"/>); NaN when none is rated.</summary>
    public double StableShare { get; init; }

    /// <summary>The mean over the draws of Spearman's ρ between the baseline totals and the draw's totals of the pool's rated firms (ties as averages, as <see cref="RankCorrelation.Spearman"/>); NaN draws (fewer than two firms, constant totals) are left out; NaN when all are.</summary>
    public double MeanSpearman { get; init; }

    /// <summary>The mean over the draws of Kendall's τ-b, as <see cref="MeanSpearman"/>.</summary>
    public double MeanKendall { get; init; }

    /// <summary>The ids of the firms nearest a cut-off (smallest <see cref="FirmStability.CutMargin"/>, then id), at most <see cref="SensitivityOptions.NearestCutCount"/>.</summary>
    public required IReadOnlyList<string> NearestCut { get; init => field = ReadOnlyCopy.List(value); }
}
