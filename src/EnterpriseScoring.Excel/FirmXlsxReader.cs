using System.Diagnostics;
using System.Text;
using EnterpriseScoring.Diagnostics;
using EnterpriseScoring.IO;
using MiniExcelLibs;

namespace EnterpriseScoring.Excel;

/// <summary>
/// Reads firms from an Excel workbook (<c>.xlsx</c>) with the same header mapping, cell rules and rejections as
/// <see cref="FirmCsvReader"/>: the first non-blank row of the sheet is the header, each later row a firm.
/// </summary>
/// <remarks>
/// <para>Lines in <see cref="Validation.RowIssue.Line"/> and <see cref="FirmTable.SourceLines"/> are spreadsheet row
/// numbers (the header's row is usually 1). Numeric cells are read as the numbers Excel stores (no display
/// rounding); text cells go through the CSV rules (<c>1,234.5</c>, <c>—</c> for missing, <c>是/否</c> …); dates are
/// read as <c>yyyy-MM-dd</c> text. Columns without a header are not read; a row with a value under no header is
/// rejected as ragged, as a CSV row with too many fields is. <see cref="FirmCsvReaderOptions.Encoding"/> and
/// <see cref="FirmCsvReaderOptions.Delimiter"/> do not apply (<see cref="FirmReadResult.EncodingUsed"/> is UTF-8).</para>
/// <para>The limits of <see cref="FirmCsvReaderOptions"/> apply: a cell longer than
/// <see cref="FirmCsvReaderOptions.MaxFieldLength"/> or a row longer than <see cref="FirmCsvReaderOptions.MaxRecordLength"/>
/// in all rejects the row; a header row wider than <see cref="FirmCsvReaderOptions.MaxColumns"/> makes the sheet unreadable,
/// and so does a cell longer than a whole row may be (checked before MiniExcel would hold it whole).</para>
/// <para>Streaming: rows are read one at a time (MiniExcel). The legacy binary <c>.xls</c> format is not supported.
/// Thread-safe (no shared state).</para>
/// </remarks>
public static class FirmXlsxReader
{
    /// <summary>Reads a sheet of the workbook at <paramref name="path"/>.</summary>
    /// <param name="path">The <c>.xlsx</c> file.</param>
    /// <param name="sheet">The sheet's name; <see langword="null"/> for the first sheet.</param>
    /// <param name="options">Header aliases, lenient ids, required columns; <see langword="null"/> for the defaults.</param>
    /// <returns>The table, the rejected rows and the warnings.</returns>
    /// <exception cref="MissingColumnException">A required column is missing.</exception>
    /// <exception cref="FirmDataException">The file is not a workbook, the sheet does not exist or is empty, or two columns mean the same thing.</exception>
    /// <exception cref="IOException">The file cannot be opened, or changed while it was read (see <see cref="InputFileStream"/>).</exception>
    public static FirmReadResult Read(string path, string? sheet = null, FirmCsvReaderOptions? options = null) => Read(path, sheet, options, CancellationToken.None);

    /// <summary>Reads a sheet of the workbook at <paramref name="path"/> on a worker thread.</summary>
    /// <param name="path">The <c>.xlsx</c> file.</param>
    /// <param name="sheet">The sheet's name; <see langword="null"/> for the first sheet.</param>
    /// <param name="options">Header aliases, lenient ids, required columns; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Checked every 1,024 rows.</param>
    /// <returns>The table, the rejected rows and the warnings: the same result as <see cref="Read(string, string?, FirmCsvReaderOptions?)"/>.</returns>
    /// <exception cref="MissingColumnException">A required column is missing.</exception>
    /// <exception cref="FirmDataException">The file is not a workbook, the sheet does not exist or is empty, or two columns mean the same thing.</exception>
    /// <exception cref="IOException">The file cannot be opened, or changed while it was read (see <see cref="InputFileStream"/>).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<FirmReadResult> ReadAsync(string path, string? sheet = null, FirmCsvReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Task.Run(() => Read(path, sheet, options, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Reads a sheet of the workbook in <paramref name="stream"/> (any stream, read to its end with asynchronous reads only
    /// and left open): a workbook is a zip archive read in no particular order, so its bytes are first copied into memory,
    /// then the sheet is parsed on a worker thread.
    /// </summary>
    /// <param name="stream">The workbook.</param>
    /// <param name="sheet">The sheet's name; <see langword="null"/> for the first sheet.</param>
    /// <param name="options">Header aliases, lenient ids, required columns; <see langword="null"/> for the defaults.</param>
    /// <param name="progress">Receives the number of bytes read from <paramref name="stream"/> so far. None when null.</param>
    /// <param name="cancellationToken">Cancels the reads of the stream; checked every 1,024 rows.</param>
    /// <returns>The table, the rejected rows and the warnings: the same result as <see cref="Read(Stream, string?, FirmCsvReaderOptions?)"/>.</returns>
    /// <exception cref="MissingColumnException">A required column is missing.</exception>
    /// <exception cref="FirmDataException">The stream is not a workbook, the sheet does not exist or is empty, or two columns mean the same thing.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<FirmReadResult> ReadAsync(Stream stream, string? sheet = null, FirmCsvReaderOptions? options = null, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var workbook = new MemoryStream();
        var buffer = new byte[1 << 16];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            workbook.Write(buffer, 0, read);
            progress?.Report(workbook.Length);
        }

        workbook.Position = 0;
        return await Task.Run(() => Read(workbook, sheet, options, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    private static FirmReadResult Read(string path, string? sheet, FirmCsvReaderOptions? options, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var workbook = WorkbookBytes.Read(path, out var sha256); // read once and hashed; fails when the file changed meanwhile
        var result = ReadWorkbook(workbook, sheet, options, cancellationToken);
        return result.WithSha256(sha256);
    }

    /// <summary>Reads a sheet of the workbook in <paramref name="stream"/> (seekable; left open).</summary>
    /// <param name="stream">The workbook.</param>
    /// <param name="sheet">The sheet's name; <see langword="null"/> for the first sheet.</param>
    /// <param name="options">Header aliases, lenient ids, required columns; <see langword="null"/> for the defaults.</param>
    /// <returns>The table, the rejected rows and the warnings.</returns>
    /// <exception cref="MissingColumnException">A required column is missing.</exception>
    /// <exception cref="FirmDataException">The stream is not a workbook, the sheet does not exist or is empty, or two columns mean the same thing.</exception>
    public static FirmReadResult Read(Stream stream, string? sheet = null, FirmCsvReaderOptions? options = null) => Read(stream, sheet, options, CancellationToken.None);

    private static FirmReadResult Read(Stream stream, string? sheet, FirmCsvReaderOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var sha256 = WorkbookBytes.Sha256(stream);
        var result = ReadWorkbook(stream, sheet, options, cancellationToken);
        return result.WithSha256(sha256);
    }

    private static FirmReadResult ReadWorkbook(Stream stream, string? sheet, FirmCsvReaderOptions? options, CancellationToken cancellationToken)
    {
        options ??= FirmCsvReaderOptions.Default;
        using var activity = ReadDiagnostics.Start("xlsx");
        var start = Stopwatch.GetTimestamp();
        var result = ReadRows(
            stream,
            sheet,
            options,
            header => ColumnPlan.Create(header, options),
            (plan, rows) => new FirmRowReader<XlsxRowSource>((XlsxRowSource)rows, plan, options, Encoding.UTF8, cancellationToken: cancellationToken).Run(),
            plan => (plan.Headers, plan.IndexOf(ColumnKind.Id)));
        ReadDiagnostics.Completed(activity, "xlsx", result, start, options.Logger);
        return result;
    }

    /// <summary>
    /// Reads a sheet as rows of cells with this reader's sheet checks, size guard and limits — the hook the platform
    /// register's reader (<see cref="Platforms.PlatformRegisterReader"/>) uses instead of a copy: <paramref name="plan"/>
    /// turns the header row into the caller's plan, <paramref name="columns"/> gives the plan's headers and id column
    /// (or -1) for rows over a limit, and <paramref name="read"/> reads the rows.
    /// </summary>
    /// <exception cref="FirmDataException">The stream is not a workbook, or the sheet does not exist or is empty.</exception>
    internal static T ReadRows<TPlan, T>(Stream stream, string? sheet, FirmCsvReaderOptions options, Func<string[], TPlan> plan, Func<TPlan, IFirmRowSource, T> read, Func<TPlan, (string[] Headers, int IdColumn)> columns)
    {
        var sheets = GetSheetNames(stream);
        if (sheets.Count == 0)
        {
            throw new FirmDataException("The workbook has no sheet.");
        }

        if (sheet is not null && !sheets.Contains(sheet, StringComparer.Ordinal))
        {
            throw new FirmDataException($"The workbook has no sheet '{sheet}'. Sheets: {string.Join(", ", sheets.Select(s => $"'{s}'"))}.");
        }

        var limits = CsvLimits.Of(options);
        stream.Position = 0;
        XlsxSizeGuard.Check(stream, limits);
        IEnumerator<object> rows;
        try
        {
            rows = MiniExcel.Query(stream, useHeaderRow: false, sheetName: sheet ?? sheets[0], excelType: ExcelType.XLSX).GetEnumerator();
        }
        catch (InvalidDataException ex)
        {
            throw new FirmDataException($"Not a readable .xlsx workbook: {ex.Message}", ex);
        }

        using (rows)
        {
            var source = new XlsxRowSource(rows, limits);
            var header = source.ReadHeader();
            limits.CheckHeaderWidth(header.Length, "sheet's header row");
            var made = plan(header);
            var (headers, idColumn) = columns(made);
            source.SetHeaders(headers, idColumn);
            try
            {
                return read(made, source);
            }
            catch (InvalidDataException ex)
            {
                throw new FirmDataException($"Not a readable .xlsx workbook: {ex.Message}", ex);
            }
        }
    }

    /// <summary>The names of the sheets of the workbook at <paramref name="path"/>, in order.</summary>
    /// <param name="path">The <c>.xlsx</c> file.</param>
    /// <returns>The sheet names.</returns>
    /// <exception cref="FirmDataException">The file is not a workbook.</exception>
    public static IReadOnlyList<string> GetSheetNames(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        return GetSheetNames(stream);
    }

    private static List<string> GetSheetNames(Stream stream)
    {
        try
        {
            return MiniExcel.GetSheetNames(stream);
        }
        catch (InvalidDataException ex)
        {
            throw new FirmDataException($"Not a readable .xlsx workbook: {ex.Message}", ex);
        }
    }

    /// <summary>MiniExcel's rows (one dictionary per spreadsheet row, gaps filled, keyed A, B, C …) as an <see cref="IFirmRowSource"/>.</summary>
    private sealed class XlsxRowSource(IEnumerator<object> rows, CsvLimits limits) : IFirmRowSource
    {
        private readonly CellText cells = new();
        private object?[] values = new object?[16];
        private string[] headers = [];
        private int idColumn = -1;
        private int row;

        /// <summary>The header's width: later cells are read only to detect values under no header.</summary>
        public int Width => headers.Length;

        public int FieldCount { get; private set; }

        public int Line => row;

        public BrokenLine? Broken { get; private set; }

        /// <summary>The header as planned, and the id column (for rows over a limit).</summary>
        public void SetHeaders(string[] headerRow, int idIndex)
        {
            headers = headerRow;
            idColumn = idIndex;
        }

        /// <summary>Moves to the first non-blank row and returns its cells without trailing empty headers.</summary>
        public string[] ReadHeader()
        {
            while (Next())
            {
                if (!cells.BlankFrom(0))
                {
                    var width = cells.Count;
                    while (width > 0 && string.IsNullOrWhiteSpace(cells.String(width - 1)))
                    {
                        width--;
                    }

                    return [.. Enumerable.Range(0, width).Select(cells.String)];
                }
            }

            throw new FirmDataException("The sheet is empty: no header row.");
        }

        public bool Read()
        {
            if (!Next())
            {
                return false;
            }

            var count = Width;
            for (var i = cells.Count - 1; i >= Width; i--)
            {
                if (!string.IsNullOrWhiteSpace(cells.String(i)))
                {
                    count = i + 1;
                    break;
                }
            }

            FieldCount = count;
            Broken = limits.Check(cells, headers, idColumn);
            return true;
        }

        public ReadOnlySpan<byte> GetSpan(int column) => column < cells.Count ? cells.Span(column) : [];

        public string GetString(int column) => column < cells.Count ? cells.String(column) : string.Empty;

        private bool Next()
        {
            if (!rows.MoveNext())
            {
                return false;
            }

            row++;
            var current = (IDictionary<string, object?>)rows.Current;
            if (values.Length < current.Count)
            {
                values = new object?[Math.Max(current.Count, values.Length * 2)];
            }

            current.Values.CopyTo(values, 0);
            cells.Set(current.Count, values, CellText.From);
            return true;
        }
    }
}
