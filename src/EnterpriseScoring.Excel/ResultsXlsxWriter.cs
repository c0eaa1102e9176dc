using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using EnterpriseScoring.IO;

namespace EnterpriseScoring.Excel;

/// <summary>
/// Writes an <see cref="Evaluation"/> as results.xlsx, the workbook officials publish from: a <b>公示名单</b> sheet per pool
/// (排名, 企业名称, 统一社会信用代码, 所属区域, each indicator's 得分, 综合得分, 等级, 等级名称, 状态, 说明 — rated firms by rank,
/// then the pool's other firms), <b>未入池企业</b> (firms in no pool, when any), <b>汇总</b> (the group figures by region,
/// platform, industry and pool), <b>剔除</b> (the rejected rows: 行号, 企业代码, 列, 值, 原因) and <b>说明</b> (profile, sources,
/// run id, hashes, display precision). Described in docs/results-format.md.
/// </summary>
/// <remarks>
/// <para>Scores, totals and figures are numeric cells holding the values rounded as the profile's
/// <see cref="EvaluationProfile.Display"/> says (or <see cref="ResultsXlsxWriterOptions.Display"/>), shown with that many
/// places; results.csv keeps full precision. Text cells are string cells: a firm named <c>=HYPERLINK(…)</c>, <c>+1</c>,
/// <c>-2</c> or <c>@x</c> is text, never a formula, and is shown as it is (no <c>'</c> added). Every sheet has its header
/// row frozen, column widths set, the header row repeated on every printed page (print titles) and A4 page setup fitted
/// to the page width.</para>
/// <para>Written with DocumentFormat.OpenXml, sheet by sheet and row by row. A pool with more rows than Excel holds
/// (1,048,575 firms) throws <see cref="NotSupportedException"/>. Thread-safe.</para>
/// </remarks>
public static class ResultsXlsxWriter
{
    /// <summary>
    /// Writes the workbook to the file at <paramref name="path"/> through a temporary file in the same directory renamed
    /// over it once complete: a failed write leaves the file as it was.
    /// </summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="path">The file.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="ResultsXlsxWriterOptions.Default"/>.</param>
    /// <exception cref="NotSupportedException">A sheet would have more rows than Excel holds.</exception>
    public static void Write(Evaluation evaluation, string path, ResultsXlsxWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentException.ThrowIfNullOrEmpty(path);
        AtomicFileOutput.WriteAsync(path, (stream, _) => Write(evaluation, stream, options), CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>
    /// Writes the workbook to <paramref name="stream"/> (left open, flushed). The workbook is made in memory and then
    /// written as a zip whose entries carry a fixed time (1980-01-01, the zip epoch): the same evaluation and options
    /// give the same bytes.
    /// </summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="stream">The destination, writable (need not seek).</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="ResultsXlsxWriterOptions.Default"/>.</param>
    /// <exception cref="NotSupportedException">A sheet would have more rows than Excel holds.</exception>
    public static void Write(Evaluation evaluation, Stream stream, ResultsXlsxWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(stream);
        using var package = new MemoryStream();
        WritePackage(evaluation, package, options ?? ResultsXlsxWriterOptions.Default);
        package.Position = 0;
        using var zip = new MemoryStream(); // seekable: the same bytes whatever stream is given (no data descriptors)
        Repack(package, zip);
        zip.Position = 0;
        zip.CopyTo(stream);
        stream.Flush();
    }

    /// <summary>A sheet name as a formula reference: in single quotes, a quote doubled.</summary>
    internal static string Quote(string sheet) => "'" + sheet.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static void WritePackage(Evaluation evaluation, Stream stream, ResultsXlsxWriterOptions options)
    {
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook, autoSave: true);
        var workbookPart = document.AddWorkbookPart();
        document.ChangeIdOfPart(workbookPart, "rId1"); // the generated id is random
        var styles = new WorkbookStyles();
        var sheets = new Sheets();
        var titles = new DefinedNames();
        uint id = 0;
        foreach (var sheet in WorkbookSheets.Of(evaluation, options))
        {
            var part = workbookPart.AddNewPart<WorksheetPart>("rId" + (id + 1).ToString(CultureInfo.InvariantCulture));
            SheetWriter.Write(part, sheet, styles, selected: id == 0);
            sheets.Append(new Sheet { Name = sheet.Name, SheetId = id + 1, Id = workbookPart.GetIdOfPart(part) });
            titles.Append(new DefinedName { Name = "_xlnm.Print_Titles", LocalSheetId = id, Text = Quote(sheet.Name) + "!$1:$1" });
            id++;
        }

        var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles");
        stylesPart.Stylesheet = styles.Stylesheet();
        workbookPart.Workbook = new Workbook(new BookViews(new WorkbookView { ActiveTab = 0 }), sheets, titles);
    }

    /// <summary>Copies the zip <paramref name="package"/> to <paramref name="stream"/> entry by entry, in order, each with the zip epoch as its time.</summary>
    private static void Repack(Stream package, Stream stream)
    {
        var epoch = new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = epoch;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }
}
