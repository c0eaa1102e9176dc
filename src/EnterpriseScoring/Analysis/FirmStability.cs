namespace EnterpriseScoring.Analysis;

/// <summary>One firm's tier and rank over the draws of a <see cref="SensitivityAnalysis"/>.</summary>
public sealed record FirmStability
{
    /// <summary>The firm's id.</summary>
    public required string Id { get; init; }

    /// <summary>The firm's name.</summary>
    public required string Name { get; init; }

    /// <summary>The firm's pool in the baseline, or null.</summary>
    public string? PoolId { get; init; }

    /// <summary>The baseline tier, or null.</summary>
    public Tier? BaselineTier { get; init; }

    /// <summary>The baseline rank in the firm's ranking scope, or null when not rated.</summary>
    public int? BaselineRank { get; init; }

    /// <summary>The baseline total, or null when not rated.</summary>
    public double? BaselineTotal { get; init; }

    /// <summary>The number of draws.</summary>
    public required int Draws { get; init; }

    /// <summary>Draws per outcome: index 0 = no tier (not rated in the draw, or a pool without tiers), index t = <see cref="Tier"/> t (1 = A … 6 = UngradedAsB, 7 = E, 8 = F: levels 5 and 6 of a tier set).</summary>
    public required IReadOnlyList<int> TierDraws { get; init => field = ReadOnlyCopy.List(value); }

    /// <summary>The number of draws in which the firm was rated (and so ranked).</summary>
    public int RankedDraws { get; init; }

    /// <summary>The 5 % quantile of its rank over the ranked draws (nearest rank: the ⌈0.05·n⌉-th smallest of n), or null when never ranked.</summary>
    public int? RankP5 { get; init; }

    /// <summary>The median rank (the ⌈0.5·n⌉-th smallest), or null.</summary>
    public int? RankP50 { get; init; }

    /// <summary>The 95 % quantile of its rank (the ⌈0.95·n⌉-th smallest), or null.</summary>
    public int? RankP95 { get; init; }

    /// <summary>
    /// The baseline distance, in points of total, to the nearest firm of its ranking scope with another tier (neither held
    /// by an override rule); null when the firm has no tier, is held by an override, or its scope has one tier only.
    /// </summary>
    public double? CutMargin { get; init; }

    /// <summary>Whether an override rule (a veto, cap, floor or placement) matched the firm in the baseline.</summary>
    public bool HeldByOverride { get; init; }

    /// <summary>Whether the firm kept its baseline outcome (its tier, or no tier) in at least <see cref="SensitivityOptions.StableShare"/> of the draws.</summary>
    public bool IsStable { get; init; }

    /// <summary>The share of draws with tier <paramref name="tier"/> (null = no tier).</summary>
    /// <param name="tier">The tier, or null for no tier.</param>
    public double Probability(Tier? tier) => Draws == 0 ? 0 : (double)TierDraws[tier is { } t ? (int)t : 0] / Draws;
}
