namespace EnterpriseScoring.Excel;

/// <summary>One sheet to write: its name, header row, column widths (in characters) and rows; printed with the header on every page.</summary>
/// <param name="Name">The sheet name (valid and unique: <see cref="SheetNaming"/>).</param>
/// <param name="Header">The header cells (text).</param>
/// <param name="Widths">The width of each column, in characters.</param>
/// <param name="Rows">The rows, each as wide as the header or narrower.</param>
/// <param name="Landscape">Whether the sheet prints in landscape (wide lists).</param>
internal sealed record XlsxSheet(string Name, IReadOnlyList<string> Header, IReadOnlyList<double> Widths, IEnumerable<XlsxCell[]> Rows, bool Landscape);
