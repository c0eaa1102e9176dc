namespace EnterpriseScoring.Analysis;

/// <summary>The outcome of a <see cref="SensitivityAnalysis"/>: per firm its tier probabilities and rank interval, per pool its stability.</summary>
public sealed record SensitivityResult
{
    /// <summary>The options the draws were made with.</summary>
    public required SensitivityOptions Options { get; init; }

    /// <summary>One entry per row of the evaluated table, in row order.</summary>
    public required IReadOnlyList<FirmStability> Firms { get; init => field = ReadOnlyCopy.List(value); }

    /// <summary>One entry per pool of the profile, in profile order.</summary>
    public required IReadOnlyList<PoolStability> Pools { get; init => field = ReadOnlyCopy.List(value); }

    /// <summary>What was drawn and what was held, in words.</summary>
    public required IReadOnlyList<string> Notes { get; init => field = ReadOnlyCopy.List(value); }
}
