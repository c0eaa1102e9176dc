namespace EnterpriseScoring.Scorecards;

/// <summary>One indicator of one platform on a scorecard: value, target, attainment, points and how they were made.</summary>
/// <remarks>Equality compares every property (<see cref="ValueArithmetic"/> and <see cref="PointsArithmetic"/> by their texts,
/// whether given or written when read).</remarks>
public sealed record ScorecardCell
{
    private readonly string? valueArithmetic;
    private readonly string? pointsArithmetic;

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

    /// <summary>How the value was made (the platform indicator's arithmetic: unless given, <see cref="Figure"/>'s, written when read).</summary>
    public string ValueArithmetic
    {
        get => valueArithmetic ?? Figure?.Arithmetic ?? string.Empty;
        init => valueArithmetic = value;
    }

    /// <summary>How the points were made (unless given, written from <see cref="Attained"/> when read).</summary>
    public string PointsArithmetic
    {
        get => pointsArithmetic ?? Attained?.Arithmetic() ?? string.Empty;
        init => pointsArithmetic = value;
    }

    /// <summary>Why the points are what they are when something is missing or failed (no value, no target, vetoed); empty otherwise.</summary>
    public string Flag { get; init; } = string.Empty;

    /// <summary>The figure whose arithmetic <see cref="ValueArithmetic"/> is, unless that is given (written when read: the scorecard does not write it for every cell at once).</summary>
    internal Platforms.PlatformIndicatorValue? Figure { get; init; }

    /// <summary>What the points were made from, whose arithmetic <see cref="PointsArithmetic"/> is unless that is given
    /// (written when read: the scorecard does not write it for every cell at once).</summary>
    internal AttainmentInput? Attained { get; init; }

    /// <inheritdoc />
    public bool Equals(ScorecardCell? other) =>
        other is not null
        && IndicatorId == other.IndicatorId
        && Nullable.Equals(Value, other.Value)
        && Equals(Target, other.Target)
        && Nullable.Equals(TargetValue, other.TargetValue)
        && Nullable.Equals(AttainmentPercent, other.AttainmentPercent)
        && Met == other.Met
        && Points.Equals(other.Points)
        && Weight.Equals(other.Weight)
        && ValueArithmetic == other.ValueArithmetic
        && PointsArithmetic == other.PointsArithmetic
        && Flag == other.Flag;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(IndicatorId, Value, Target, TargetValue, AttainmentPercent, Met, Points, HashCode.Combine(Weight, ValueArithmetic, PointsArithmetic, Flag));
}
