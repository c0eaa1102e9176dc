namespace EnterpriseScoring.Scorecards;

/// <summary>One indicator of one platform on a scorecard: value, target, attainment, points and how they were made.</summary>
public sealed record ScorecardCell
{
    /// <summary>The indicator's id.</summary>
    public required string IndicatorId { get; init; }

    /// <summary>The platform's value; null when it has none (a ratio over no land, a register figure not given …).</summary>
    public double? Value { get; init; }

    /// <summary>The target that applied; null when none did (or the method needs none).</summary>
    public ScorecardTarget? Target { get; init; }

    /// <summary>T in the scorecard's year (<see cref="ScorecardTarget.ValueIn"/>); null without a target.</summary>
    public double? TargetValue { get; init; }

    /// <summary>% attained: x / T × 100 for a floor, T / x × 100 for a ceiling (100 when x ≤ 0), 100 inside a band; null without value or target.</summary>
    public double? AttainmentPercent { get; init; }

    /// <summary>Whether the value meets the target; null without value or target.</summary>
    public bool? Met { get; init; }

    /// <summary>The points (0 when the value or the target is missing: see <see cref="Flag"/>).</summary>
    public double Points { get; init; }

    /// <summary>W.</summary>
    public double Weight { get; init; }

    /// <summary>How the value was made (the platform indicator's arithmetic).</summary>
    public string ValueArithmetic { get; init; } = string.Empty;

    /// <summary>How the points were made.</summary>
    public string PointsArithmetic { get; init; } = string.Empty;

    /// <summary>Why the points are what they are when something is missing or failed (no value, no target, vetoed); empty otherwise.</summary>
    public string Flag { get; init; } = string.Empty;
}
