using EnterpriseScoring.Platforms;

namespace EnterpriseScoring.Scorecards;

/// <summary>
/// A target (目标值) for one indicator: what it asks (<see cref="Kind"/>, <see cref="Value"/>, <see cref="Upper"/>), the base
/// a method may need, which platforms it applies to and the document it comes from.
/// </summary>
/// <remarks>
/// A platform takes the most specific target of the scorecard's year: one naming the platform, else one naming its level,
/// else one naming neither (the default). A target without <see cref="Year"/> applies in every year.
/// </remarks>
public sealed record ScorecardTarget
{
    /// <summary>Floor, ceiling, band or cumulative.</summary>
    public TargetKind Kind { get; init; }

    /// <summary>T: the floor, the ceiling, the band's lower bound, or the cumulative target per year.</summary>
    public double Value { get; init; }

    /// <summary>A band's upper bound.</summary>
    public double? Upper { get; init; }

    /// <summary>The base value (基数 / 不允许值) of goal-posts, 功效系数 and base-year step.</summary>
    public double? Base { get; init; }

    /// <summary>A cumulative target's first year.</summary>
    public int? FromYear { get; init; }

    /// <summary>The year the target is for; null = every year.</summary>
    public int? Year { get; init; }

    /// <summary>The platforms (ids) it applies to; empty = not restricted by id.</summary>
    public IReadOnlyList<string> Platforms { get; init => field = ReadOnlyCopy.List(value); } = ValueList<string>.Empty;

    /// <summary>The levels it applies to; empty = not restricted by level.</summary>
    public IReadOnlyList<PlatformLevel> Levels { get; init => field = ReadOnlyCopy.List(value); } = ValueList<PlatformLevel>.Empty;

    /// <summary>The document the target is taken from (文号 or title); empty when the profile's sources cover it.</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>T in <paramref name="year"/>: <see cref="Value"/>, or for a cumulative target <see cref="Value"/> × (year − <see cref="FromYear"/> + 1).</summary>
    /// <param name="year">The scorecard's year.</param>
    public double ValueIn(int year) => Kind == TargetKind.Cumulative ? Value * Math.Max(0, year - (FromYear ?? year) + 1) : Value;

    /// <summary>Whether a value is better the lower it is.</summary>
    public bool LowerIsBetter => Kind == TargetKind.Ceiling;
}
