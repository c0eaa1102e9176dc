namespace EnterpriseScoring.Classification;

/// <summary>
/// Where firms with equal totals go when they straddle a band boundary. The whole tied group always gets one tier, and
/// the result never depends on input order. No published rule exists; <see cref="Majority"/> is the default.
/// </summary>
public enum BoundaryTies
{
    /// <summary>The whole tied group gets the better tier (the band may exceed its head count).</summary>
    BetterTier = 0,

    /// <summary>The whole tied group gets the worse tier (the band may fall short of its head count).</summary>
    WorseTier = 1,

    /// <summary>
    /// The whole tied group gets the tier in which most of its positions fall (an exact half: the better tier), so the
    /// counts stay as close to the head counts as one tier per group allows. The default: with "better tier", 59 firms
    /// tied at 0 points straddling the C/D cut at positions 1055–1113 (cut after 1057) would all escape D and leave the
    /// 5% D band empty; with the majority rule they are D.
    /// </summary>
    Majority = 2,
}
