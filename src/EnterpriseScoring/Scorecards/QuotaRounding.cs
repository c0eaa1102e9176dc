namespace EnterpriseScoring.Scorecards;

/// <summary>How a <see cref="ScorecardQuota"/>'s p % of a group becomes a number of platforms (computed in decimal, so 30 % of 10 is exactly 3).</summary>
public enum QuotaRounding
{
    /// <summary>Up (default): "at least 30 %" of 4 platforms is 2 (1.2 → 2).</summary>
    Ceiling = 0,

    /// <summary>Down: 30 % of 4 platforms is 1.</summary>
    Floor = 1,

    /// <summary>To the nearest, halves up: 30 % of 5 platforms (1.5) is 2.</summary>
    Nearest = 2,
}
