using EnterpriseScoring.Reporting;
using EnterpriseScoring.Validation;

namespace EnterpriseScoring.Excel;

/// <summary>Options of <see cref="ResultsXlsxWriter"/>: what the 剔除 and 说明 sheets say, and the display precision.</summary>
/// <remarks>Immutable: a sealed record (derive with <see langword="with"/>); collections are copied on initialisation. Nothing is validated beyond null checks.</remarks>
public sealed record ResultsXlsxWriterOptions
{
    /// <summary>The default options: no rejected rows, nothing about the run, the profile's display precision.</summary>
    public static ResultsXlsxWriterOptions Default { get; } = new();

    /// <summary>
    /// The rejected rows listed on the 剔除 sheet, one row each (line, id, column, value, reason) in the order given —
    /// e.g. the input reader's rejections and the evaluation's, as in rejects.csv.
    /// <value>The default value is <see langword="null"/>: the sheet has its header only.</value>
    /// </summary>
    public IReadOnlyList<RowIssue>? Rejects { get; init => field = value is null ? null : [.. value]; }

    /// <summary>The run's id, shown on the 说明 sheet. <value>The default value is <see langword="null"/> (not shown).</value></summary>
    public string? RunId { get; init; }

    /// <summary>What was read (a file name, a database and query), shown on the 说明 sheet. <value>The default value is <see langword="null"/> (not shown).</value></summary>
    public string? Input { get; init; }

    /// <summary>The SHA-256 of the input as read, shown on the 说明 sheet. <value>The default value is <see langword="null"/> (not shown).</value></summary>
    public string? InputSha256 { get; init; }

    /// <summary>The SHA-256 of the profile (its canonical JSON), shown on the 说明 sheet. <value>The default value is <see langword="null"/> (not shown).</value></summary>
    public string? ProfileSha256 { get; init; }

    /// <summary>The tool and version that wrote the workbook (e.g. <c>escore 0.1.0</c>), shown on the 说明 sheet. <value>The default value is <see langword="null"/> (not shown).</value></summary>
    public string? Tool { get; init; }

    /// <summary>
    /// The precision of the scores, totals and figures written. <value>The default value is <see langword="null"/>: the
    /// profile's <see cref="EvaluationProfile.Display"/>.</value>
    /// </summary>
    public DisplayFormat? Display { get; init; }
}
