namespace EnterpriseScoring.Classification;

/// <summary>Where firms with equal totals go when they straddle a band boundary. Either way the result does not depend on input order.</summary>
public enum BoundaryTies
{
    /// <summary>The whole tied group gets the better tier (the band may exceed its head count). The default.</summary>
    BetterTier = 0,

    /// <summary>The whole tied group gets the worse tier (the band may fall short of its head count).</summary>
    WorseTier = 1,
}
