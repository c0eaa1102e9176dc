namespace EnterpriseScoring.Scorecards;

/// <summary>
/// An event class of a scorecard profile (<c>event_classes</c>, docs/scorecard.md "Events"): what one event of the class
/// costs a platform in its year — points deducted per event up to a cap for the class (扣分), or disqualification for the
/// year (一票否决: the platform is vetoed, not ranked, total 0) — and where the rule comes from.
/// </summary>
public sealed record ScorecardEventClass
{
    /// <summary>The class's id (lower-case ASCII); an events file names a class by this id or by its <see cref="Label"/>.</summary>
    public required string Id { get; init; }

    /// <summary>The class's name (重大安全生产事故 …); the id when not given.</summary>
    public required string Label { get; init; }

    /// <summary>Points deducted per event (≥ 0; 0 for a class that only disqualifies or is only recorded).</summary>
    public double PointsPerEvent { get; init; }

    /// <summary>The most points the class deducts from one platform in the year; null for no cap.</summary>
    public double? MaxPoints { get; init; }

    /// <summary>Whether one event of the class disqualifies the platform for the year (一票否决): vetoed, not ranked, total 0.</summary>
    public bool Disqualifies { get; init; }

    /// <summary>The document the rule comes from (文号 or title), when given.</summary>
    public string Source { get; init; } = string.Empty;
}
