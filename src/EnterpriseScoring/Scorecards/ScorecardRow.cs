using EnterpriseScoring.Platforms;

namespace EnterpriseScoring.Scorecards;

/// <summary>One platform's line on a scorecard: its cells, total, rank in its peer group and flags with reasons.</summary>
public sealed record ScorecardRow
{
    /// <summary>The platform unit (id, name, level, county, firms).</summary>
    public required PlatformUnit Platform { get; init; }

    /// <summary>One cell per scorecard indicator, in the profile's order.</summary>
    public IReadOnlyList<ScorecardCell> Cells { get; init => field = ReadOnlyCopy.List(value); } = ValueList<ScorecardCell>.Empty;

    /// <summary>Σ points of the cells − <see cref="DeductedPoints"/> (0 when vetoed).</summary>
    public double Total { get; init; }

    /// <summary>The points deducted for events (Σ <see cref="ScorecardDeduction.Points"/>), already taken off <see cref="Total"/>.</summary>
    public double DeductedPoints { get; init; }

    /// <summary>What each event class did to the platform in the year (only classes with events counted), in the profile's class order.</summary>
    public IReadOnlyList<ScorecardDeduction> Deductions { get; init => field = ReadOnlyCopy.List(value); } = ValueList<ScorecardDeduction>.Empty;

    /// <summary>Whether a veto indicator failed or an event of a disqualifying class counted (一票否决): the total is 0 and the platform is not ranked.</summary>
    public bool Vetoed { get; init; }

    /// <summary>The peer group's key: 全部 all, the level's Chinese name, or the county.</summary>
    public string PeerGroup { get; init; } = string.Empty;

    /// <summary>The competition rank (1, 2, 2, 4 …) by total within the peer group; null when vetoed.</summary>
    public int? Rank { get; init; }

    /// <summary>The number of ranked platforms in the peer group.</summary>
    public int PeerCount { get; init; }

    /// <summary>Whether the platform is on the top list (前N名, <see cref="ScorecardProfile.TopList"/>) of its peer group.</summary>
    public bool OnTopList { get; init; }

    /// <summary>Whether the platform is on the bottom list (末位N名, <see cref="ScorecardProfile.BottomList"/>) of its peer group.</summary>
    public bool OnBottomList { get; init; }

    /// <summary>The ids of the profile's history rules the platform meets (<see cref="ScorecardProfile.HistoryRules"/>).</summary>
    public IReadOnlyList<string> HistoryRules { get; init => field = ReadOnlyCopy.List(value); } = ValueList<string>.Empty;

    /// <summary>The platform's type id (<see cref="ScorecardProfile.Types"/>); empty when the profile has no types.</summary>
    public string Type { get; init; } = string.Empty;

    /// <summary>Why the platform has its type: the rule that matched with the numbers, the default, or the quota that moved it (and from which type).</summary>
    public string TypeReason { get; init; } = string.Empty;

    /// <summary>Whether a quota moved the platform into its type (<see cref="ScorecardProfile.Quotas"/>).</summary>
    public bool MovedByQuota { get; init; }

    /// <summary>What the reader must know: missing values, missing targets, vetoes, not in the register — each with its reason.</summary>
    public IReadOnlyList<string> Flags { get; init => field = ReadOnlyCopy.List(value); } = ValueList<string>.Empty;

    /// <summary>The member firms by tier of the firm evaluation and the bottom tier's land (亩); null on a row not made by <see cref="Scorecard.Evaluate"/>.</summary>
    public ScorecardTierMix? TierMix { get; init; }
}
