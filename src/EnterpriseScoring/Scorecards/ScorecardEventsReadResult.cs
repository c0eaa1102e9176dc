using EnterpriseScoring.Validation;

namespace EnterpriseScoring.Scorecards;

/// <summary>
/// What <see cref="ScorecardEventsReader"/> read: the events, every rejected row with its line, column, value and reason,
/// and warnings. <see cref="RowsRead"/> = events + <see cref="RejectedRowCount"/>, always.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ScorecardEventsReadResult
{
    internal ScorecardEventsReadResult(IReadOnlyList<ScorecardEvent> events, IReadOnlyList<RowIssue> rejections, IReadOnlyList<RowIssue> warnings, int rowsRead, int blankRowsSkipped, string sha256)
    {
        Events = ReadOnlyCopy.List(events);
        Rejections = ReadOnlyCopy.List(rejections);
        RejectedRowCount = rejections.Select(r => r.Line).Distinct().Count();
        Warnings = ReadOnlyCopy.List(warnings);
        RowsRead = rowsRead;
        BlankRowsSkipped = blankRowsSkipped;
        Sha256 = sha256;
    }

    /// <summary>The accepted events, in file order (of every year: the scorecard counts those of its own year).</summary>
    public IReadOnlyList<ScorecardEvent> Events { get; }

    /// <summary>The errors of rejected rows, in line order; a rejected row may have several.</summary>
    public IReadOnlyList<RowIssue> Rejections { get; }

    /// <summary>The number of rejected rows (distinct lines in <see cref="Rejections"/>).</summary>
    public int RejectedRowCount { get; }

    /// <summary>Warnings: ignored columns, undecodable text, a row that repeats an earlier one (both are counted).</summary>
    public IReadOnlyList<RowIssue> Warnings { get; }

    /// <summary>The number of data rows read (blank rows are not rows).</summary>
    public int RowsRead { get; }

    /// <summary>The number of blank rows skipped.</summary>
    public int BlankRowsSkipped { get; }

    /// <summary>The SHA-256 of the bytes read, lower-case hex; empty when read from a stream that was not hashed.</summary>
    public string Sha256 { get; }
}
