using EnterpriseScoring.Policies;
using EnterpriseScoring.Validation;

namespace EnterpriseScoring.IO;

/// <summary>Options of <see cref="ResultsCsvWriter"/>.</summary>
/// <remarks>Immutable: a sealed record (derive with <see langword="with"/>); collections are copied on initialisation. Validated where used: the writer throws <see cref="ArgumentException"/> when <see cref="Consequences"/> does not match the evaluation.</remarks>
public sealed record ResultsCsvWriterOptions
{
    /// <summary>The default options: no consequences, no input rejections, the profile's year.</summary>
    public static ResultsCsvWriterOptions Default { get; } = new();

    /// <summary>
    /// The consequence lines of each table row (e.g. <see cref="Policies.Consequences.ForEvaluation(Evaluation, IEnumerable{Policies.PriorResult})"/>), written joined with
    /// <c>"; "</c>. <value>The default value is <see langword="null"/>: the column is empty.</value>
    /// </summary>
    public IReadOnlyList<IReadOnlyList<ConsequenceLine>>? Consequences { get; init => field = ReadOnlyCopy.List(value); }

    /// <summary>
    /// Issues from the input reader; rows with an <see cref="IssueSeverity.Error"/> issue were rejected before evaluation and
    /// are written after the evaluated rows with status <c>rejected</c>, one row per rejected input line.
    /// <value>The default value is <see langword="null"/>.</value>
    /// </summary>
    public IReadOnlyList<RowIssue>? InputRejections { get; init => field = ReadOnlyCopy.List(value); }

    /// <summary>The year written in the <c>year</c> column. <value>The default value is <see langword="null"/>: the profile's
    /// <see cref="EvaluationProfile.EvaluationYear"/> (written empty when that is 0).</value></summary>
    public int? Year { get; init; }

    /// <summary>
    /// How text cells that a spreadsheet would run as a formula (a firm named <c>=HYPERLINK(…)</c>) are written: with a
    /// leading <c>'</c> (<see cref="FormulaEscaping.QuotePrefix"/>, which <see cref="ResultsCsvReader"/> removes again) or as
    /// they are (<see cref="FormulaEscaping.None"/>). Number columns are never changed.
    /// <value>The default value is <see cref="FormulaEscaping.QuotePrefix"/>.</value>
    /// </summary>
    public FormulaEscaping FormulaEscaping { get; init; }

    /// <summary>
    /// Whether to add the display columns after the standard ones (before <see cref="AdditionalColumns"/>): <c>score_display</c>
    /// (the total) and <c>&lt;indicator&gt;.score_display</c> per indicator, each rounded and written with the fixed number of
    /// places of the profile's <see cref="EvaluationProfile.Display"/> (<see cref="Reporting.DisplayFormat.Totals"/>,
    /// <see cref="Reporting.DisplayFormat.Scores"/>), e.g. <c>73.71</c> for 73.7156 truncated — the numbers as published.
    /// The standard columns keep full precision either way.
    /// <value>The default value is <see langword="false"/>: the standard file byte for byte.</value>
    /// </summary>
    public bool DisplayColumns { get; init; }

    /// <summary>
    /// Columns added after the standard ones, each with one cell per table row (e.g. <c>Analysis.WhatItTakesColumns</c>);
    /// none by default, so the file is the standard one byte for byte.
    /// <value>The default value is null (no additional column).</value>
    /// </summary>
    public IReadOnlyList<ResultsColumn>? AdditionalColumns { get; init => field = ReadOnlyCopy.List(value); }
}
