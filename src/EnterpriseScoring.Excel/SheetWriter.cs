using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace EnterpriseScoring.Excel;

/// <summary>
/// Writes one <see cref="XlsxSheet"/> into a worksheet part, row by row (OpenXmlWriter: the sheet is never held in
/// memory as a document): frozen header row, column widths, A4 page setup fitted to the page width, page numbers in the
/// footer. Text cells are inline strings — a cell type of string, so a name like <c>=HYPERLINK(…)</c>, <c>+1</c>,
/// <c>-2</c> or <c>@x</c> stays text and never becomes a formula (no cell has a formula element) —, with characters XML
/// cannot hold replaced by U+FFFD and cut at Excel's 32,767 characters. Numbers are numeric cells.
/// </summary>
internal static class SheetWriter
{
    /// <summary>The most rows a sheet holds (Excel's limit), header included.</summary>
    public const int MaxRows = 1_048_576;

    /// <summary>The most characters a cell holds (Excel's limit).</summary>
    public const int MaxCellText = 32_767;

    /// <summary>A4 in SpreadsheetML's paper sizes.</summary>
    private const uint PaperA4 = 9;

    /// <summary>Writes <paramref name="sheet"/> into <paramref name="part"/>.</summary>
    /// <exception cref="NotSupportedException">The sheet has more rows than Excel can hold.</exception>
    public static void Write(WorksheetPart part, XlsxSheet sheet, WorkbookStyles styles, bool selected)
    {
        using var writer = OpenXmlWriter.Create(part, new UTF8Encoding(false));
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        {
            TabSelected = selected,
            WorkbookViewId = 0,
        }));
        writer.WriteElement(new Columns(sheet.Widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true })));
        writer.WriteStartElement(new SheetData());
        WriteRow(writer, 1, sheet.Header.Select(XlsxCell.Of).ToArray(), styles, WorkbookStyles.Header);
        var index = 1;
        foreach (var row in sheet.Rows)
        {
            if (++index > MaxRows)
            {
                throw new NotSupportedException(string.Create(CultureInfo.InvariantCulture, $"Sheet '{sheet.Name}' would have more than {MaxRows - 1:N0} rows, more than Excel holds; write results.csv instead."));
            }

            WriteRow(writer, index, row, styles, null);
        }

        writer.WriteEndElement(); // sheetData
        writer.WriteElement(new PageMargins { Left = 0.4, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
        writer.WriteElement(new PageSetup
        {
            PaperSize = PaperA4,
            Orientation = sheet.Landscape ? OrientationValues.Landscape : OrientationValues.Portrait,
            FitToWidth = 1,
            FitToHeight = 0,
        });
        writer.WriteElement(new HeaderFooter(new OddFooter("&C第 &P 页，共 &N 页")));
        writer.WriteEndElement(); // worksheet
        writer.Close();
    }

    /// <summary>The column letters of 0-based column <paramref name="column"/>: A, B, … Z, AA, ….</summary>
    public static string ColumnName(int column)
    {
        var name = string.Empty;
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            name = (char)('A' + ((c - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary><paramref name="text"/> as a cell can hold it: characters XML 1.0 cannot hold (control characters, lone surrogates) become U+FFFD; cut at <see cref="MaxCellText"/> characters.</summary>
    public static string CellText(string text)
    {
        var builder = (StringBuilder?)null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ok = c is '\t' or '\n' or '\r' || (c >= ' ' && c < '\uD800') || (c > '\uDFFF' && c < '\uFFFE')
                || (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]));
            if (char.IsHighSurrogate(c) && ok)
            {
                builder?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (!ok && builder is null)
            {
                builder = new StringBuilder(text.Length).Append(text, 0, i);
            }

            builder?.Append(ok ? c : '\uFFFD');
        }

        var clean = builder?.ToString() ?? text;
        if (clean.Length <= MaxCellText)
        {
            return clean;
        }

        var end = MaxCellText - 1;
        return clean[..(char.IsHighSurrogate(clean[end - 1]) ? end - 1 : end)] + "…";
    }

    private static void WriteRow(OpenXmlWriter writer, int index, XlsxCell[] cells, WorkbookStyles styles, uint? style)
    {
        var r = index.ToString(CultureInfo.InvariantCulture);
        writer.WriteStartElement(new Row { RowIndex = (uint)index });
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = cells[i];
            var reference = ColumnName(i) + r;
            if (cell.Text is { } text)
            {
                writer.WriteElement(new Cell(new InlineString(new Text(CellText(text)) { Space = SpaceProcessingModeValues.Preserve }))
                {
                    CellReference = reference,
                    DataType = CellValues.InlineString,
                    StyleIndex = style,
                });
            }
            else if (cell.Number is { } number)
            {
                writer.WriteElement(new Cell(new CellValue(number.ToString("R", CultureInfo.InvariantCulture)))
                {
                    CellReference = reference,
                    DataType = CellValues.Number,
                    StyleIndex = style ?? styles.Number(cell.Format ?? "General"),
                });
            }
        }

        writer.WriteEndElement();
    }
}
