namespace EnterpriseScoring.Scorecards;

/// <summary>The groups a <see cref="ScorecardQuota"/> counts in.</summary>
public enum QuotaGroup
{
    /// <summary>Each county (the platform's county; platforms without one form one group).</summary>
    County = 0,

    /// <summary>Each peer group of the ranking (<see cref="ScorecardProfile.PeerGroup"/>).</summary>
    PeerGroup = 1,
}
