namespace EnterpriseScoring.Scorecards;

/// <summary>
/// A rule over a platform's standing in this year's and earlier years' scorecards (<see cref="ScorecardHistory"/>), such as
/// "bottom 5 in 2 consecutive years → 撤并" (<see cref="Years"/> = <see cref="OfLast"/> = 2) or "bottom 3 in 2 of the last
/// 3 years": the platform is flagged when it is on the <see cref="List"/> of <see cref="Size"/> platforms of its peer group
/// in at least <see cref="Years"/> of the last <see cref="OfLast"/> years, this year included.
/// </summary>
/// <remarks>A year without a scorecard, or in which the platform has no row (not yet a platform, merged, not scored),
/// counts as a year off the list. Each year's list is recomputed from that year's totals and peer groups, whatever list
/// sizes that year's scorecard used.</remarks>
public sealed record ScorecardHistoryRule
{
    /// <summary>The rule's id (unique in the scorecard profile; the <c>history</c> column of scorecard.csv names it).</summary>
    public required string Id { get; init; }

    /// <summary>The top or the bottom list.</summary>
    public ScorecardList List { get; init; }

    /// <summary>N of the list (前N名 / 末位N名); at least 1.</summary>
    public required int Size { get; init; }

    /// <summary>In how many of the last <see cref="OfLast"/> years the platform must be on the list; at least 1.</summary>
    public required int Years { get; init; }

    /// <summary>The window of years, this year included; at least <see cref="Years"/>.</summary>
    public required int OfLast { get; init; }

    /// <summary>What the flag says (e.g. 连续两年末位，列入撤并整合名单); empty for a generic text.</summary>
    public string Flag { get; init; } = string.Empty;

    /// <summary>The document the rule comes from, when given.</summary>
    public string Source { get; init; } = string.Empty;
}
