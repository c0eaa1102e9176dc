namespace EnterpriseScoring.Scorecards;

/// <summary>
/// One row of an events file (<see cref="ScorecardEventsReader"/>): something that happened on a platform on a date — a
/// safety or environmental incident, 违法用地, an inspection finding — of one of the scorecard profile's event classes.
/// </summary>
public sealed record ScorecardEvent
{
    /// <summary>The line (CSV) or spreadsheet row the event was read from; 0 for an event made in code.</summary>
    public int Line { get; init; }

    /// <summary>The platform as the file names it: a register id or name, or an unregistered platform's name.</summary>
    public required string Platform { get; init; }

    /// <summary>The date of the event; it counts on the scorecard of its year.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The id of the event class (<see cref="ScorecardEventClass.Id"/>), whichever way the file named it.</summary>
    public required string Class { get; init; }

    /// <summary>How many events the row stands for (≥ 1; e.g. four findings of one inspection).</summary>
    public int Count { get; init; } = 1;

    /// <summary>What happened (the file's note), shown in the explanation.</summary>
    public string Note { get; init; } = string.Empty;
}
