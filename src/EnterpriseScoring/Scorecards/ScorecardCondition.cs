using System.Globalization;
using EnterpriseScoring.Platforms;

namespace EnterpriseScoring.Scorecards;

/// <summary>
/// A condition over a scorecard row (the <c>when</c> of a platform type, the <c>protected</c> of a quota,
/// docs/scorecard.md "Platform types"): every test that is set must hold (and); <see cref="Any"/> holds when one of its
/// conditions does (or); <see cref="Not"/> holds when its condition does not. Each test says what it compared, with the
/// numbers, so a type's reason shows why it matched.
/// </summary>
/// <remarks>A test on a number the row lacks (a rank of a vetoed platform, an indicator without a value) does not hold.
/// The rank percentage is rank / ranked platforms of the peer group × 100 (1st of 10 = 10 %, last = 100 %).
/// Numbers are compared at 9 decimals (as ranks are) and shown in reasons rounded to 6.</remarks>
public sealed record ScorecardCondition
{
    /// <summary>Holds when the total is at least this.</summary>
    public double? TotalAtLeast { get; init; }

    /// <summary>Holds when the total is below this.</summary>
    public double? TotalBelow { get; init; }

    /// <summary>Holds when the platform is ranked and its rank in the peer group is at most this (1 = best).</summary>
    public int? RankAtMost { get; init; }

    /// <summary>Holds when the platform is ranked and at least this many ranked platforms of its group rank above it
    /// (counted from the bottom: 1 = last).</summary>
    public int? RankFromBottomAtMost { get; init; }

    /// <summary>Holds when the platform is ranked and rank / ranked platforms × 100 is at most this (the top X %).</summary>
    public double? RankPercentAtMost { get; init; }

    /// <summary>Holds when rank / ranked platforms × 100 is above this (the bottom 100 − X %); a vetoed platform (below every ranked one) holds too.</summary>
    public double? RankPercentAbove { get; init; }

    /// <summary>Holds when the platform is on this list of its peer group (<see cref="ScorecardProfile.TopList"/> / <see cref="ScorecardProfile.BottomList"/>).</summary>
    public ScorecardList? OnList { get; init; }

    /// <summary>Holds when the platform meets the profile's history rule of this id.</summary>
    public string? HistoryRule { get; init; }

    /// <summary>Holds when the platform's veto state is this.</summary>
    public bool? Vetoed { get; init; }

    /// <summary>Holds when whether the platform is in the register is this.</summary>
    public bool? Registered { get; init; }

    /// <summary>Holds when whether the platform is a 分区分园 (has a parent) is this.</summary>
    public bool? SubPlatform { get; init; }

    /// <summary>Holds when the platform's level is one of these (<see cref="PlatformLevel.Unspecified"/> for an unknown level).</summary>
    public IReadOnlyList<PlatformLevel> Levels { get; init => field = ReadOnlyCopy.List(value); } = ValueList<PlatformLevel>.Empty;

    /// <summary>Holds when the platform's county is one of these.</summary>
    public IReadOnlyList<string> Counties { get; init => field = ReadOnlyCopy.List(value); } = ValueList<string>.Empty;

    /// <summary>Holds when at least one event of one of these classes (<see cref="ScorecardProfile.EventClasses"/> ids)
    /// counted for the platform in the year; empty = no such test.</summary>
    public IReadOnlyList<string> Events { get; init => field = ReadOnlyCopy.List(value); } = ValueList<string>.Empty;

    /// <summary>A test on one of the scorecard's indicators (attainment, met, value).</summary>
    public ScorecardIndicatorTest? Indicator { get; init; }

    /// <summary>Holds when at least one of these holds; empty = no such test.</summary>
    public IReadOnlyList<ScorecardCondition> Any { get; init => field = ReadOnlyCopy.List(value); } = ValueList<ScorecardCondition>.Empty;

    /// <summary>Holds when this does not.</summary>
    public ScorecardCondition? Not { get; init; }

    /// <summary>Whether the condition holds for <paramref name="row"/>, and what was compared (the numbers), joined by "and".</summary>
    /// <param name="row">The scorecard row (ranked, listed and with its history rules).</param>
    internal (bool Holds, string Reason) Test(ScorecardRow row)
    {
        List<string> held = [];
        string? failed = null;
        void Check(bool holds, string ifHeld, string ifNot)
        {
            if (holds)
            {
                held.Add(ifHeld);
            }
            else
            {
                failed ??= ifNot;
            }
        }

        // The texts every test shares are written only when a test that shows them is set (a type's rules test every row).
        string? totalText = null, rankText = null, percentText = null;
        string Total() => totalText ??= Num(row.Total);
        string Rank() => rankText ??= row.Rank is { } r ? string.Create(CultureInfo.InvariantCulture, $"rank {r}/{row.PeerCount}") : "not ranked (vetoed)";
        if (TotalAtLeast is { } atLeast)
        {
            Check(Scorecard.RankKey(row.Total) >= Scorecard.RankKey(atLeast), $"total {Total()} ≥ {Num(atLeast)}", $"total {Total()} < {Num(atLeast)}");
        }

        if (TotalBelow is { } below)
        {
            Check(Scorecard.RankKey(row.Total) < Scorecard.RankKey(below), $"total {Total()} < {Num(below)}", $"total {Total()} ≥ {Num(below)}");
        }

        if (RankAtMost is { } most)
        {
            Check(row.Rank <= most, $"{Rank()} ≤ {most}", row.Rank is null ? Rank() : $"{Rank()} > {most}");
        }

        if (RankFromBottomAtMost is { } fromBottom)
        {
            var counted = row.Rank is { } rr ? row.PeerCount - rr + 1 : (int?)null;
            Check(counted <= fromBottom, $"{Rank()}: {counted} from the bottom ≤ {fromBottom}", counted is null ? Rank() : $"{Rank()}: {counted} from the bottom > {fromBottom}");
        }

        double? percent = row.Rank is { } pr && row.PeerCount > 0 ? 100.0 * pr / row.PeerCount : null;
        string Percent() => percentText ??= percent is { } p ? $"{Rank()} = {Num(p)} %" : Rank();
        if (RankPercentAtMost is { } top)
        {
            Check(percent is { } p1 && Scorecard.RankKey(p1) <= Scorecard.RankKey(top), $"{Percent()} ≤ {Num(top)} %", percent is null ? Rank() : $"{Percent()} > {Num(top)} %");
        }

        if (RankPercentAbove is { } bottom)
        {
            Check(row.Vetoed || (percent is { } p2 && Scorecard.RankKey(p2) > Scorecard.RankKey(bottom)), row.Vetoed ? $"{Rank()}: below every ranked platform" : $"{Percent()} > {Num(bottom)} %", $"{Percent()} ≤ {Num(bottom)} %");
        }

        if (OnList is { } list)
        {
            var on = list == ScorecardList.Top ? row.OnTopList : row.OnBottomList;
            var name = list == ScorecardList.Top ? "前N名 the top list" : "末位N名 the bottom list";
            Check(on, $"on {name} of {row.PeerGroup}", $"not on {name}");
        }

        if (HistoryRule is { } rule)
        {
            Check(row.HistoryRules.Contains(rule, StringComparer.Ordinal), $"history rule {rule} met", $"history rule {rule} not met");
        }

        if (Vetoed is { } vetoed)
        {
            Check(row.Vetoed == vetoed, row.Vetoed ? "一票否决 vetoed" : "not vetoed", row.Vetoed ? "一票否决 vetoed" : "not vetoed");
        }

        if (Registered is { } registered)
        {
            var text = row.Platform.IsRegistered ? "in the platform register" : "未在平台名录中 not in the platform register";
            Check(row.Platform.IsRegistered == registered, text, text);
        }

        if (SubPlatform is { } sub)
        {
            var isSub = row.Platform.Parent.Length > 0;
            var text = isSub ? $"分区分园 of {row.Platform.Parent}" : "主平台 main platform";
            Check(isSub == sub, text, text);
        }

        if (Levels.Count > 0)
        {
            var level = row.Platform.Level == PlatformLevel.Unspecified ? "级别未知 level unspecified" : PlatformLevels.ChineseName(row.Platform.Level);
            Check(Levels.Contains(row.Platform.Level), $"level {level}", $"level {level} not in the rule's levels");
        }

        if (Counties.Count > 0)
        {
            Check(Counties.Contains(row.Platform.County, StringComparer.Ordinal), $"county {row.Platform.County}", $"county {row.Platform.County} not in the rule's counties");
        }

        if (Events.Count > 0)
        {
            var hits = row.Deductions.Where(d => Events.Contains(d.Class.Id, StringComparer.Ordinal) && d.EventCount > 0).ToArray();
            var text = string.Join(", ", Events);
            Check(
                hits.Length > 0,
                "events " + string.Join(", ", hits.Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Class.Label} ({d.Class.Id}) × {d.EventCount}"))),
                $"no event of {text}");
        }

        if (Indicator is { } indicator)
        {
            var (holds, reason) = indicator.Test(row);
            Check(holds, reason, reason);
        }

        if (Any.Count > 0)
        {
            var results = Any.Select(c => c.Test(row)).ToArray();
            var first = Array.FindIndex(results, x => x.Holds);
            Check(first >= 0, first >= 0 ? results[first].Reason : string.Empty, "none of: " + string.Join(" | ", results.Select(x => x.Reason)));
        }

        if (Not is { } not)
        {
            var (holds, reason) = not.Test(row);
            Check(!holds, "not (" + reason + ")", "not (" + reason + ") fails");
        }

        return failed is null ? (true, string.Join(" and ", held)) : (false, failed);
    }

    /// <summary>A number as a reason shows it: rounded to 6 decimals (conditions compare at 9).</summary>
    internal static string Num(double value) => ExplainFormat.Num(Math.Round(value, 6));
}
