namespace EnterpriseScoring.IO;

/// <summary>Options of <see cref="RowIssueCsvWriter"/>.</summary>
/// <remarks>Immutable: a sealed record (derive with <see langword="with"/>); collections are copied on initialisation. Nothing to copy. Validated where used: <see cref="RowIssueCsvWriter"/> throws <see cref="ArgumentOutOfRangeException"/> for a negative text length.</remarks>
public sealed record RowIssueCsvWriterOptions
{
    /// <summary>The default options: formulas escaped, text cells of at most 1,000 characters.</summary>
    public static RowIssueCsvWriterOptions Default { get; } = new();

    /// <summary>
    /// How text cells that a spreadsheet would run as a formula (an id or a rejected value such as <c>=cmd|…</c> or <c>-5</c>)
    /// are written: with a leading <c>'</c> (<see cref="FormulaEscaping.QuotePrefix"/>) or as they are (<see cref="FormulaEscaping.None"/>).
    /// The <c>line</c> column is a number and never changed.
    /// <value>The default value is <see cref="FormulaEscaping.QuotePrefix"/>.</value>
    /// </summary>
    public FormulaEscaping FormulaEscaping { get; init; }

    /// <summary>
    /// The most characters of one text cell (<c>id</c>, <c>column</c>, <c>value</c>, <c>reason</c>): a longer one keeps its
    /// first characters followed by <c>…(n chars)</c> (<see cref="TextExcerpt.Of"/>), so one huge cell repeated in many
    /// issues cannot make the file grow without bound. <see cref="int.MaxValue"/> keeps every text whole.
    /// <value>The default value is 1,000.</value>
    /// </summary>
    public int MaxTextLength { get; init; } = TextExcerpt.DefaultMaxCellLength;
}
