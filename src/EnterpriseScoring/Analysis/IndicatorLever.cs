namespace EnterpriseScoring.Analysis;

/// <summary>
/// What one indicator alone would take to lift a firm into the next tier: the change of one underlying measure, every
/// other figure of the firm and of the pool held (<see cref="PromotionPath.Levers"/>).
/// </summary>
public sealed record IndicatorLever
{
    /// <summary>The indicator.</summary>
    public required string IndicatorId { get; init; }

    /// <summary>The indicator's Chinese name.</summary>
    public required string ChineseName { get; init; }

    /// <summary>The measure changed (one read by no other indicator of the pool when there is one; else the indicator's numerator), or null when the indicator has no measure to change.</summary>
    public Measure? Measure { get; init; }

    /// <summary>The firm's value of <see cref="Measure"/> today (null when not reported).</summary>
    public double? CurrentValue { get; init; }

    /// <summary>The value that lifts the firm (null when this indicator cannot do it alone).</summary>
    public double? RequiredValue { get; init; }

    /// <summary><see cref="RequiredValue"/> − <see cref="CurrentValue"/> (not reported counts as 0), in the measure's unit.</summary>
    public double? Change { get; init; }

    /// <summary>Whether this indicator alone can lift the firm.</summary>
    public required bool CanDoAlone { get; init; }

    /// <summary>Why it cannot (its score is capped, the measure cannot fall further …), or null.</summary>
    public string? Reason { get; init; }

    /// <summary>The other indicators of the pool that read <see cref="Measure"/> and move with it.</summary>
    public required IReadOnlyList<string> AlsoMoves { get; init => field = ReadOnlyCopy.List(value); }
}
