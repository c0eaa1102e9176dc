namespace EnterpriseScoring.Scorecards;

/// <summary>
/// A test on one scorecard indicator of a row (<see cref="ScorecardCondition.Indicator"/>): its % attained, whether it met
/// its target, or its value. Every test that is set must hold; an indicator without a value (or without a target, for the
/// attainment tests) does not hold.
/// </summary>
public sealed record ScorecardIndicatorTest
{
    /// <summary>The id of one of the scorecard's indicators.</summary>
    public required string Id { get; init; }

    /// <summary>Holds when the % attained is at least this.</summary>
    public double? AttainedAtLeast { get; init; }

    /// <summary>Holds when the % attained is below this.</summary>
    public double? AttainedBelow { get; init; }

    /// <summary>Holds when whether the target was met is this.</summary>
    public bool? Met { get; init; }

    /// <summary>Holds when the value is at least this.</summary>
    public double? ValueAtLeast { get; init; }

    /// <summary>Holds when the value is below this.</summary>
    public double? ValueBelow { get; init; }

    /// <summary>Whether the test holds for <paramref name="row"/>, and what was compared.</summary>
    internal (bool Holds, string Reason) Test(ScorecardRow row)
    {
        var cell = row.Cells.FirstOrDefault(c => string.Equals(c.IndicatorId, Id, StringComparison.Ordinal));
        if (cell?.Value is not { } value)
        {
            return (false, $"{Id}: 无数值 no value");
        }

        List<string> parts = [];
        bool Compare(double? x, double? atLeast, double? below, string what, string unit)
        {
            if (atLeast is null && below is null)
            {
                return true;
            }

            if (x is not { } v)
            {
                parts.Add($"{what} unknown (no target)");
                return false;
            }

            var ok = true;
            if (atLeast is { } a)
            {
                var holds = Scorecard.RankKey(v) >= Scorecard.RankKey(a);
                parts.Add($"{what} {ScorecardCondition.Num(v)}{unit} {(holds ? "≥" : "<")} {ScorecardCondition.Num(a)}{unit}");
                ok &= holds;
            }

            if (below is { } b)
            {
                var holds = Scorecard.RankKey(v) < Scorecard.RankKey(b);
                parts.Add($"{what} {ScorecardCondition.Num(v)}{unit} {(holds ? "<" : "≥")} {ScorecardCondition.Num(b)}{unit}");
                ok &= holds;
            }

            return ok;
        }

        var result = Compare(value, ValueAtLeast, ValueBelow, "value", string.Empty);
        result &= Compare(cell.AttainmentPercent, AttainedAtLeast, AttainedBelow, "attained", " %");
        if (Met is { } met)
        {
            var holds = cell.Met == met;
            parts.Add(cell.Met switch { true => "met its target", false => "did not meet its target", null => "no target" });
            result &= holds;
        }

        return (result, Id + ": " + string.Join(", ", parts));
    }
}
