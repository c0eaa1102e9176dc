namespace EnterpriseScoring.Scorecards;

/// <summary>A platform's place in one year's scorecard: what a history rule needs (<see cref="ScorecardHistory"/>).</summary>
/// <param name="Year">The scorecard's year.</param>
/// <param name="PlatformId">The platform.</param>
/// <param name="PeerGroup">The group it was ranked within.</param>
/// <param name="Total">Its total.</param>
/// <param name="Vetoed">Whether it was vetoed (unranked, below every ranked platform).</param>
public sealed record ScorecardStanding(int Year, string PlatformId, string PeerGroup, double Total, bool Vetoed);
