namespace EnterpriseScoring.Scorecards;

/// <summary>Which platforms a scorecard scores.</summary>
public enum ScorecardScope
{
    /// <summary>The main platforms (主平台) only: their figures include their 分区分园; a platform without a parent is a main platform.</summary>
    MainPlatforms = 0,

    /// <summary>Every platform alive in the year, 分区分园 included (a 分园's firms then also count in its 主平台's row).</summary>
    AllPlatforms = 1,
}
