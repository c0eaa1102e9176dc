namespace EnterpriseScoring.Validation;

/// <summary>
/// One problem found in one input row: where it is (line, column), what was there (value), why it is a problem,
/// and whether it rejects the row.
/// </summary>
/// <param name="Line">
/// The 1-based physical line of the row's start in the source file (the header is line 1). For firms validated in
/// memory (<see cref="FirmValidator.ValidateMany"/>) it is the 1-based position in the sequence; 0 when unknown.
/// </param>
/// <param name="Id">The row's id as read (may be empty or invalid).</param>
/// <param name="Column">The column (the header as written in the file, or the canonical field name); empty when the issue concerns the whole row.</param>
/// <param name="Value">The offending value as written (raw text), or a description for whole-row issues.</param>
/// <param name="Code">The machine-readable kind of issue.</param>
/// <param name="Reason">A human-readable explanation.</param>
/// <param name="Severity">Whether the row is rejected (<see cref="IssueSeverity.Error"/>) or only flagged.</param>
public sealed record RowIssue(int Line, string Id, string Column, string Value, RowIssueCode Code, string Reason, IssueSeverity Severity)
{
    /// <summary>Returns <c>line N, id 'I', column 'C', value 'V': reason (severity)</c>, quoting the id, column and value
    /// shortened to <see cref="IO.TextExcerpt.DefaultMaxLength"/> characters and the reason to
    /// <see cref="IO.TextExcerpt.DefaultMaxCellLength"/> (<see cref="IO.TextExcerpt.Of"/>): one line of bounded length.</summary>
    public override string ToString() =>
        string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"line {Line}, id '{IO.TextExcerpt.Of(Id)}', column '{IO.TextExcerpt.Of(Column)}', value '{IO.TextExcerpt.Of(Value)}': {IO.TextExcerpt.Of(Reason, IO.TextExcerpt.DefaultMaxCellLength)} ({Severity})");
}
