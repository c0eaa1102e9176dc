using EnterpriseScoring.Classification;
using EnterpriseScoring.Platforms;
using EnterpriseScoring.Profiles;

namespace EnterpriseScoring.Scorecards;

/// <summary>
/// A scorecard profile (平台考核方案): which platforms are scored in which year, with which indicators, targets, weights and
/// attainment methods, the firm profile the firms are evaluated with, how platforms are ranked, and where every number
/// comes from. Loaded from JSON by <see cref="ScorecardLoader"/> (docs/scorecard.md, "Scorecard profiles").
/// </summary>
public sealed record ScorecardProfile
{
    /// <summary>The scorecard's id (its built-in name or the file's <c>id</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The name (嘉兴市重大平台考核 …).</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The jurisdiction (嘉兴市 …).</summary>
    public string Jurisdiction { get; init; } = string.Empty;

    /// <summary>The year the scorecard is for (the membership in force at the end of it).</summary>
    public required int Year { get; init; }

    /// <summary>The firm profile the firms are evaluated with: a built-in name, or a file (resolved, when loaded from a file, relative to the folder of the scorecard file that gives it: a base scorecard's own folder for a base's).</summary>
    public required string FirmProfile { get; init; }

    /// <summary>The firm profile as the scorecard names it (<see cref="FirmProfile"/> is the resolved file); for records such as run.json.</summary>
    public string FirmProfileReference { get; init; } = string.Empty;

    /// <summary>Which platforms are scored.</summary>
    public ScorecardScope Scope { get; init; }

    /// <summary>The group platforms are ranked within.</summary>
    public PeerGroup PeerGroup { get; init; }

    /// <summary>The size of the top list (前N名) per peer group: the platforms fewer than this many platforms of their group
    /// outrank (rank ≤ N, ties included); 0 for none. Vetoed platforms are never on it.</summary>
    public int TopList { get; init; }

    /// <summary>The size of the bottom list (末位N名) per peer group: the platforms fewer than this many platforms of their group
    /// rank strictly below (vetoed platforms rank below every ranked one; ties included); 0 for none.</summary>
    public int BottomList { get; init; }

    /// <summary>Rules over this and earlier years' standings ("bottom 5 in 2 consecutive years"), flagged per platform.</summary>
    public IReadOnlyList<ScorecardHistoryRule> HistoryRules { get; init => field = ReadOnlyCopy.List(value); } = ValueList<ScorecardHistoryRule>.Empty;

    /// <summary>The platform types (127号: 整合托管型 / 转为创新型 / 保留提升型 / 逐步退出型), in the order their rules are tried:
    /// a platform takes the first whose rule holds, else <see cref="DefaultType"/>; empty = platforms are not typed.</summary>
    public IReadOnlyList<ScorecardType> Types { get; init => field = ReadOnlyCopy.List(value); } = ValueList<ScorecardType>.Empty;

    /// <summary>The id of the type a platform takes when no rule holds (one of <see cref="Types"/>); empty when there are no types.</summary>
    public string DefaultType { get; init; } = string.Empty;

    /// <summary>The quota rules ("each county exits at least 30 % of its platforms"), applied in order after the rules.</summary>
    public IReadOnlyList<ScorecardQuota> Quotas { get; init => field = ReadOnlyCopy.List(value); } = ValueList<ScorecardQuota>.Empty;

    /// <summary>The event classes (<c>event_classes</c>): what an event of each class in the year deducts or whether it
    /// disqualifies the platform; an events file may name these classes only (<see cref="ScorecardEventsReader"/>).</summary>
    public IReadOnlyList<ScorecardEventClass> EventClasses { get; init => field = ReadOnlyCopy.List(value); } = ValueList<ScorecardEventClass>.Empty;

    /// <summary>The scored indicators, in order.</summary>
    public IReadOnlyList<ScorecardIndicator> Indicators { get; init => field = ReadOnlyCopy.List(value); } = ValueList<ScorecardIndicator>.Empty;

    /// <summary>The documents the scorecard follows.</summary>
    public IReadOnlyList<ProfileSource> Sources { get; init => field = ReadOnlyCopy.List(value); } = ValueList<ProfileSource>.Empty;

    /// <summary>Every number or choice that is an assumption rather than published policy (JSON path and why).</summary>
    public IReadOnlyList<ProfileAssumption> Assumptions { get; init => field = ReadOnlyCopy.List(value); } = ValueList<ProfileAssumption>.Empty;

    /// <summary>Free-text notes.</summary>
    public IReadOnlyList<string> Notes { get; init => field = ReadOnlyCopy.List(value); } = ValueList<string>.Empty;

    /// <summary>The most points a platform can get without bonus: Σ W of the non-veto indicators.</summary>
    public double MaxPoints => Indicators.Where(i => i.Method.Kind != AttainmentMethodKind.Veto).Sum(i => i.Weight);

    /// <summary>
    /// Checks the tiers the indicators name against the firm profile's tier set (<see cref="EvaluationProfile.Tiers"/>): a
    /// tier-land share's code must be one of the set's (or <see cref="TierLandSharePlatformIndicator.BottomCode"/>).
    /// </summary>
    /// <param name="firmProfile">The firm profile the firms are evaluated with.</param>
    /// <exception cref="ProfileException">Every indicator naming a tier the set does not have, with the JSON path of its code.</exception>
    internal void CheckTiers(EvaluationProfile firmProfile)
    {
        var set = firmProfile.Tiers;
        var problems = new List<ProfileProblem>();
        for (var k = 0; k < Indicators.Count; k++)
        {
            if (Indicators[k].Indicator is TierLandSharePlatformIndicator share && share.TierIn(set) is null)
            {
                problems.Add(new ProfileProblem(
                    share.TierCode is null ? $"$.indicators[{k}]" : $"$.indicators[{k}].definition.tier",
                    $"'{share.TierCode ?? share.Tier.ToString()}' is not a tier of the firm profile's tier set {set}",
                    $"one of {string.Join(", ", set.Codes)}, {TierSet.TCode}, {TierSet.UngradedCode} or {TierLandSharePlatformIndicator.BottomCode} (the set's last level, {set.CodeOf(set.Bottom)})"));
            }
        }

        if (problems.Count > 0)
        {
            throw new ProfileException(problems);
        }
    }
}
