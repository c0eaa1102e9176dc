namespace EnterpriseScoring.Scorecards;

/// <summary>
/// What the events of one class did to one platform's row in the scorecard's year: the events counted, the points deducted
/// (per event, capped for the class) and whether the class disqualified the platform, with the arithmetic.
/// </summary>
public sealed record ScorecardDeduction
{
    /// <summary>The event class.</summary>
    public required ScorecardEventClass Class { get; init; }

    /// <summary>The events of the class counted for the platform, in file order (a 分区分园's or a merged platform's included).</summary>
    public IReadOnlyList<ScorecardEvent> Events { get; init => field = ReadOnlyCopy.List(value); } = ValueList<ScorecardEvent>.Empty;

    /// <summary>Σ <see cref="ScorecardEvent.Count"/> of <see cref="Events"/>.</summary>
    public int EventCount { get; init; }

    /// <summary>The points deducted: min(events × points per event, cap).</summary>
    public double Points { get; init; }

    /// <summary>Whether the cap limited the deduction.</summary>
    public bool Capped { get; init; }

    /// <summary>How the points were made, e.g. <c>3 × 1 = 3, cap 2 → 2</c>.</summary>
    public string Arithmetic { get; init; } = string.Empty;
}
