namespace EnterpriseScoring.Scorecards;

/// <summary>A platform's place in one year's scorecard: what a history rule needs (<see cref="ScorecardHistory"/>), and its indicator values for the change on last year.</summary>
/// <param name="Year">The scorecard's year.</param>
/// <param name="PlatformId">The platform.</param>
/// <param name="PeerGroup">The group it was ranked within.</param>
/// <param name="Total">Its total.</param>
/// <param name="Vetoed">Whether it was vetoed (unranked, below every ranked platform).</param>
public sealed record ScorecardStanding(int Year, string PlatformId, string PeerGroup, double Total, bool Vetoed)
{
    /// <summary>The indicators' values, by indicator id (an indicator without a value, or not on that year's scorecard, is absent); empty when not known.</summary>
    public IReadOnlyDictionary<string, double> Values { get; init => field = ReadOnlyCopy.Dictionary(value); } = ReadOnlyCopy.EmptyOrdinal<double>();
}
