using DocumentFormat.OpenXml.Spreadsheet;

namespace EnterpriseScoring.Excel;

/// <summary>
/// The workbook's cell styles: 0 plain, 1 the header (bold, shaded, wrapped), then one per number format, made as the
/// sheets ask for them; written as the stylesheet once every sheet is written.
/// </summary>
internal sealed class WorkbookStyles
{
    /// <summary>The header style.</summary>
    public const uint Header = 1;

    private const uint FirstCustomFormat = 164;
    private readonly Dictionary<string, uint> styleOf = new(StringComparer.Ordinal);
    private readonly List<string> formats = [];

    /// <summary>The style index of numbers shown with <paramref name="format"/> (e.g. <c>0.00</c>); 0 for <c>General</c>.</summary>
    public uint Number(string format)
    {
        if (format == "General")
        {
            return 0;
        }

        if (!styleOf.TryGetValue(format, out var style))
        {
            formats.Add(format);
            style = Header + (uint)formats.Count;
            styleOf[format] = style;
        }

        return style;
    }

    /// <summary>The stylesheet.</summary>
    public Stylesheet Stylesheet()
    {
        var numberingFormats = new NumberingFormats(formats.Select((f, i) => new NumberingFormat { NumberFormatId = FirstCustomFormat + (uint)i, FormatCode = f }))
        {
            Count = (uint)formats.Count,
        };
        var fonts = new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "等线" }, new FontFamilyNumbering { Val = 2 }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "等线" }, new FontFamilyNumbering { Val = 2 }))
        { Count = 2 };
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9E1F2" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }))
        { Count = 3 };
        var borders = new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 };
        var cellFormats = new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center, Horizontal = HorizontalAlignmentValues.Center })
            {
                NumberFormatId = 0,
                FontId = 1,
                FillId = 2,
                BorderId = 0,
                ApplyFont = true,
                ApplyFill = true,
                ApplyAlignment = true,
            });
        for (var i = 0; i < formats.Count; i++)
        {
            cellFormats.Append(new CellFormat { NumberFormatId = FirstCustomFormat + (uint)i, FontId = 0, FillId = 0, BorderId = 0, ApplyNumberFormat = true });
        }

        cellFormats.Count = (uint)cellFormats.ChildElements.Count;
        var stylesheet = new Stylesheet();
        if (formats.Count > 0)
        {
            stylesheet.Append(numberingFormats);
        }

        stylesheet.Append(fonts, fills, borders, new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 }, cellFormats);
        return stylesheet;
    }
}
