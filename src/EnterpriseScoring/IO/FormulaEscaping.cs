namespace EnterpriseScoring.IO;

/// <summary>
/// How the CSV writers (<see cref="ResultsCsvWriter"/>, <see cref="RowIssueCsvWriter"/>, <see cref="FirmCsvWriter"/>) protect
/// text cells that a spreadsheet would run as a formula (CSV or formula injection: a firm named <c>=HYPERLINK(…)</c>).
/// See <see cref="FormulaGuard"/> for the rule.
/// </summary>
public enum FormulaEscaping
{
    /// <summary>
    /// A text cell that begins with a formula character (or with <c>'</c>) is written with a leading <c>'</c>, which Excel,
    /// WPS and LibreOffice show as text; numbers the writer formats (scores, ranks, figures) are never changed. The readers
    /// (<see cref="ResultsCsvReader"/>, <see cref="FirmCsvReader"/>) remove exactly that <c>'</c>. The default.
    /// </summary>
    QuotePrefix = 0,

    /// <summary>Text is written as it is: for tools that never open the file in a spreadsheet and want the raw text.</summary>
    None = 1,
}
