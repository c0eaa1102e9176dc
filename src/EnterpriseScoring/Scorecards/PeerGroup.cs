namespace EnterpriseScoring.Scorecards;

/// <summary>The group platforms are ranked within.</summary>
public enum PeerGroup
{
    /// <summary>All scored platforms together.</summary>
    All = 0,

    /// <summary>Platforms of the same level (国家级, 省级 …).</summary>
    Level = 1,

    /// <summary>Platforms of the same county.</summary>
    County = 2,
}
