namespace EnterpriseScoring.Analysis;

/// <summary>Two profiles of a <see cref="MethodComparison"/> side by side: tier agreement, migration and the firms that move most.</summary>
public sealed record ComparisonPair
{
    /// <summary>The index of the first profile in <see cref="MethodComparison.Profiles"/>.</summary>
    public required int First { get; init; }

    /// <summary>The index of the second profile.</summary>
    public required int Second { get; init; }

    /// <summary>The number of firms with a tier (a level of the profile's tier set: A–D of the standard set) under both.</summary>
    public required int TieredUnderBoth { get; init; }

    /// <summary>The share of those with the same tier, i.e. the same level of the two profiles' tier sets (NaN when none).</summary>
    public required double SameTierShare { get; init; }

    /// <summary>Cohen's κ of the two tier assignments over those firms (<see cref="TierAgreement.CohenKappa"/>).</summary>
    public required double Kappa { get; init; }

    /// <summary>Firms counted by tier under the first profile (rows) and the second (columns): the levels of each profile's tier set
    /// best first, then none (no tier: not rated, ineligible, no tier scheme, T, ungraded) — A, B, C, D, none for the standard set.</summary>
    public required IReadOnlyList<IReadOnlyList<int>> Migration { get; init => field = ReadOnlyCopy.List(value.Select(r => (IReadOnlyList<int>)ReadOnlyCopy.List(r)).ToArray()); }

    /// <summary>The firms that move most: by tiers moved, then by percentile points moved, then by id (at most <see cref="MethodComparison.MovesPerPair"/>).</summary>
    public required IReadOnlyList<FirmMove> LargestMoves { get; init => field = ReadOnlyCopy.List(value); }
}
