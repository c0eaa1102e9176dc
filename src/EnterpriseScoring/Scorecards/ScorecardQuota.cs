namespace EnterpriseScoring.Scorecards;

/// <summary>
/// A quota rule ("each county exits at least 30 % of its platforms"): in each group (<see cref="Per"/>), when fewer than
/// <see cref="AtLeastPercent"/> % of the group's platforms (rounded by <see cref="Rounding"/>) took <see cref="Type"/> by
/// the rules, the lowest-ranked platforms that may move are moved into it (docs/scorecard.md, "Quotas").
/// </summary>
/// <remarks>
/// Lowest first: vetoed platforms, then by total ascending (9 decimals). Platforms tied with the last one needed all move,
/// so a quota may be exceeded, never met by an arbitrary pick. Never moved: platforms that meet <see cref="Protected"/>,
/// and platforms whose type is the target of any quota of the profile (moving them could break that quota). A quota that
/// cannot be met is a warning of the scorecard.
/// </remarks>
public sealed record ScorecardQuota
{
    /// <summary>The id of the type platforms are moved into.</summary>
    public required string Type { get; init; }

    /// <summary>The least share of a group's platforms in <see cref="Type"/>, in % (0 &lt; p ≤ 100).</summary>
    public required double AtLeastPercent { get; init; }

    /// <summary>The groups the quota counts in.</summary>
    public QuotaGroup Per { get; init; }

    /// <summary>How p % × the group's platforms becomes a number of platforms.</summary>
    public QuotaRounding Rounding { get; init; }

    /// <summary>The platforms never moved by this quota (e.g. 国家级); null for none.</summary>
    public ScorecardCondition? Protected { get; init; }

    /// <summary>The document the quota comes from, when given.</summary>
    public string Source { get; init; } = string.Empty;
}
