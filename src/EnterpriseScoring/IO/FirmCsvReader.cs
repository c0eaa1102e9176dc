using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using CsvHelper;
using EnterpriseScoring.Diagnostics;
using EnterpriseScoring.Validation;

namespace EnterpriseScoring.IO;

/// <summary>
/// Reads firms from CSV into a <see cref="FirmTable"/>, losing nothing: every row is either loaded or rejected with its
/// line, column, raw value and reason; unknown numeric columns become custom measures; unknown non-numeric columns are
/// listed as ignored.
/// </summary>
/// <remarks>
/// <para>Headers may be canonical English ids (<c>id</c>, <c>name</c>, <c>land_area</c> …), the Chinese names used in
/// government exports (统一社会信用代码, 用地面积 …), the aliases of <see cref="KnownMeasures"/>, or the caller's
/// <see cref="FirmCsvReaderOptions.HeaderAliases"/>. A unit in brackets after a header (<c>用地面积(平方米)</c>) is ignored
/// for matching and converts the column to the measure's canonical unit; headers without a unit are in
/// <see cref="FirmCsvReaderOptions.InputUnits"/>. See <c>docs/input-format.md</c>.</para>
/// <para>A quote that is never closed does not swallow the rest of the file: the line where it opened is rejected
/// (<see cref="RowIssueCode.UnbalancedQuote"/>) and reading goes on with the next line.</para>
/// <para>Bounded: a record over a limit of <see cref="FirmCsvReaderOptions"/> (<see cref="FirmCsvReaderOptions.MaxFieldLength"/>,
/// <see cref="FirmCsvReaderOptions.MaxRecordLength"/>, <see cref="FirmCsvReaderOptions.MaxRecordLines"/>,
/// <see cref="FirmCsvReaderOptions.MaxColumns"/>) is rejected with the reason and skipped without being held in memory,
/// and reading goes on with the next record. Input that is not text (an xlsx workbook, UTF-16 without a byte order mark,
/// binary data) or that looks like Big5 is refused with the likely cause.</para>
/// <para>Streaming: the input is read once, record by record; only a prefix is buffered for encoding detection. Records
/// are framed and split by <see cref="CsvLineSplitter"/> (fast for lines without quotes); a record with a quote out of
/// place is parsed by CsvHelper. <see cref="Read(string, FirmCsvReaderOptions?)"/> first counts the file's lines in one
/// fast pass to size the table. Rows are checked with the same rules as <see cref="FirmValidator"/>.</para>
/// <para>Text that cannot be decoded in the file's encoding becomes U+FFFD and is reported line by line
/// (<see cref="RowIssueCode.UndecodableText"/> warnings).</para>
/// <para>Bad rows never throw. A file that cannot be read at all (no header, a missing required column, two columns
/// with the same meaning) throws <see cref="FirmDataException"/>. Thread-safe (no shared state).</para>
/// </remarks>
public static class FirmCsvReader
{
    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="FirmCsvReaderOptions.Default"/>.</param>
    /// <returns>The table, the rejected rows and the warnings.</returns>
    /// <exception cref="MissingColumnException">A required column is missing.</exception>
    /// <exception cref="FirmDataException">The file has no header, two columns mean the same thing, the header is over a limit, or the file is not text in a supported encoding (the message names the likely cause).</exception>
    public static FirmReadResult Read(string path, FirmCsvReaderOptions? options = null) => Read(path, options, null);

    /// <summary>Reads the file at <paramref name="path"/>, reporting progress.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="FirmCsvReaderOptions.Default"/>.</param>
    /// <param name="progress">Receives the number of bytes of the file read so far, after every buffer (the file's length is
    /// the total); called on the reading thread. None when null.</param>
    /// <returns>The table, the rejected rows and the warnings.</returns>
    /// <exception cref="MissingColumnException">A required column is missing.</exception>
    /// <exception cref="FirmDataException">The file has no header, two columns mean the same thing, the header is over a limit, or the file is not text in a supported encoding (the message names the likely cause).</exception>
    /// <exception cref="IOException">The file changed while it was read (see <see cref="InputFileStream"/>), or cannot be read.</exception>
    public static FirmReadResult Read(string path, FirmCsvReaderOptions? options, IProgress<long>? progress) => Read(path, options, progress, CancellationToken.None);

    /// <summary>Reads the file at <paramref name="path"/> on a worker thread.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="FirmCsvReaderOptions.Default"/>.</param>
    /// <param name="progress">Receives the number of bytes of the file read so far, after every buffer (the file's length is
    /// the total); called on the worker thread. None when null.</param>
    /// <param name="cancellationToken">Checked every 1,024 records.</param>
    /// <returns>The table, the rejected rows and the warnings: the same result as <see cref="Read(string, FirmCsvReaderOptions?)"/>.</returns>
    /// <exception cref="MissingColumnException">A required column is missing.</exception>
    /// <exception cref="FirmDataException">The file has no header, two columns mean the same thing, the header is over a limit, or the file is not text in a supported encoding (the message names the likely cause).</exception>
    /// <exception cref="IOException">The file changed while it was read (see <see cref="InputFileStream"/>), or cannot be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<FirmReadResult> ReadAsync(string path, FirmCsvReaderOptions? options = null, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Task.Run(() => Read(path, options, progress, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Reads CSV from <paramref name="stream"/> (left open) with asynchronous reads only — an ASP.NET Core request body, which
    /// refuses synchronous reads — while the records are parsed on a dedicated thread; at most about 1 MB is buffered between them.
    /// </summary>
    /// <param name="stream">The input, read sequentially to its end.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="FirmCsvReaderOptions.Default"/>.</param>
    /// <param name="progress">Receives the number of bytes read from <paramref name="stream"/> so far. None when null.</param>
    /// <param name="cancellationToken">Cancels the reads of the stream; checked every 1,024 records.</param>
    /// <returns>The table, the rejected rows and the warnings: the same result as <see cref="Read(Stream, FirmCsvReaderOptions?)"/>.</returns>
    /// <exception cref="MissingColumnException">A required column is missing.</exception>
    /// <exception cref="FirmDataException">The file has no header, two columns mean the same thing, the header is over a limit, or the file is not text in a supported encoding (the message names the likely cause).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<FirmReadResult> ReadAsync(Stream stream, FirmCsvReaderOptions? options = null, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return StreamBridge.ReadAsync(stream, (input, token) => Read(input, options, token), progress, cancellationToken);
    }

    private static FirmReadResult Read(string path, FirmCsvReaderOptions? options, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var file = InputFileStream.Open(path); // hashes the bytes read; Complete() fails when the file changed meanwhile
        var rows = 0;
        if (file.File.CanSeek)
        {
            rows = CountDataLines(file.File); // a pipe or FIFO is read once, without the counting pass
            file.File.Position = 0;
        }

        using var stream = progress is null ? null : new ProgressStream(file, progress);
        var result = Read(stream ?? (Stream)file, options, 1 << 20, rows, cancellationToken);
        return result.WithSha256(file.Complete());
    }

    /// <summary>Reads CSV from <paramref name="stream"/> (left open).</summary>
    /// <param name="stream">The input, read sequentially to its end.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="FirmCsvReaderOptions.Default"/>.</param>
    /// <returns>The table, the rejected rows and the warnings.</returns>
    /// <exception cref="MissingColumnException">A required column is missing.</exception>
    /// <exception cref="FirmDataException">The file has no header, two columns mean the same thing, the header is over a limit, or the file is not text in a supported encoding (the message names the likely cause).</exception>
    public static FirmReadResult Read(Stream stream, FirmCsvReaderOptions? options = null) => Read(stream, options, CancellationToken.None);

    private static FirmReadResult Read(Stream stream, FirmCsvReaderOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var hashing = new HashingStream(stream);
        var result = Read(hashing, options, 1 << 20, 0, cancellationToken);
        return result.WithSha256(hashing.Finish());
    }

    /// <summary>
    /// Reads CSV from <paramref name="stream"/>; <paramref name="splitterBuffer"/> is the initial buffer of the
    /// <see cref="CsvLineSplitter"/>, 0 to have CsvHelper parse every record the splitter frames (tests compare the two);
    /// <paramref name="expectedRows"/> sizes the table (exact in the common case saves copying every column).
    /// </summary>
    internal static FirmReadResult Read(Stream stream, FirmCsvReaderOptions? options, int splitterBuffer, int expectedRows = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= FirmCsvReaderOptions.Default;
        if (options.Delimiter is > (char)127 or '"' or '\r' or '\n')
        {
            throw new ArgumentException($"The delimiter must be an ASCII character other than a quote or a line break, got '{options.Delimiter}'.", nameof(options));
        }

        var limits = CsvLimits.Of(options);
        using var activity = ReadDiagnostics.Start("csv");
        var start = Stopwatch.GetTimestamp();
        var (utf8, encodingUsed) = EncodingDetection.Prepare(stream, options.Encoding);
        using (utf8)
        {
            using var source = new CsvRowSource(
                new CsvLineSplitter(utf8, options.Delimiter, limits, splitterBuffer > 0 ? splitterBuffer : 1 << 16),
                options.Delimiter,
                limits,
                parseEveryRecord: splitterBuffer <= 0);
            var plan = ColumnPlan.Create(source.ReadHeader(), options);
            source.SetHeaders(plan.Headers, plan.IndexOf(ColumnKind.Id));
            var result = new FirmRowReader<CsvRows>(new CsvRows(source), plan, options, encodingUsed, expectedRows, decodesBytes: true, cancellationToken).Run();
            ReadDiagnostics.Completed(activity, "csv", result, start, options.Logger);
            return result;
        }
    }

    /// <summary>
    /// Reads another kind of table from CSV with this reader's framing, encoding detection, limits and broken-line reports —
    /// the hook the platform register's reader (<see cref="Platforms.PlatformRegisterReader"/>) uses instead of a copy.
    /// <paramref name="read"/> gets the rows, the trimmed header and the encoding used; <paramref name="idColumnOf"/> names
    /// the header's id column (or -1), which broken lines report.
    /// </summary>
    /// <exception cref="FirmDataException">The input has no header, the header is over a limit, or it is not text in a supported encoding.</exception>
    internal static T ReadRows<T>(Stream stream, FirmCsvReaderOptions options, Func<string[], int> idColumnOf, Func<IFirmRowSource, string[], Encoding, T> read)
    {
        var limits = CsvLimits.Of(options);
        var (utf8, encodingUsed) = EncodingDetection.Prepare(stream, options.Encoding);
        using (utf8)
        {
            using var source = new CsvRowSource(new CsvLineSplitter(utf8, options.Delimiter, limits, 1 << 16), options.Delimiter, limits, parseEveryRecord: false);
            var header = source.ReadHeader().Select(h => h.Trim().TrimStart('\uFEFF').Trim()).ToArray();
            if (header.Length == 0 || header.All(h => h.Length == 0))
            {
                throw new FirmDataException("The file is empty: no header row.");
            }

            source.SetHeaders(header, idColumnOf(header));
            return read(source, header, encodingUsed);
        }
    }

    /// <summary>
    /// The number of lines after the header — the number of rows when no line is blank and no field spans lines —
    /// counted in one fast pass over the file (cheaper than copying every column of a table whose size is not known).
    /// </summary>
    private static int CountDataLines(FileStream stream)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            long lines = 0;
            var last = (byte)'\n';
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                lines += buffer.AsSpan(0, read).Count((byte)'\n');
                last = buffer[read - 1];
            }

            lines += last == (byte)'\n' ? 0 : 1;

            // Only a capacity: blank lines (",,,," rows of an Excel export) are counted too, so a file of mostly empty
            // lines must not reserve columns for millions of rows. A real row is well over 16 bytes (the id alone is 18).
            return (int)Math.Clamp(Math.Min(lines - 1, stream.Length / 16), 0, Array.MaxLength / 2);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The CSV rows as a struct, so that <see cref="FirmRowReader{TSource}"/> is compiled for them (direct calls, no interface dispatch).</summary>
    private readonly struct CsvRows(CsvRowSource source) : IFirmRowSource
    {
        public int FieldCount => source.FieldCount;

        public int Line => source.Line;

        public BrokenLine? Broken => source.Broken;

        public bool MayBeUndecodable => source.MayBeUndecodable;

        public bool Read() => source.Read();

        public ReadOnlySpan<byte> GetSpan(int column) => source.GetSpan(column);

        public string GetString(int column) => source.GetString(column);
    }

    /// <summary>
    /// The records of a <see cref="CsvLineSplitter"/> as an <see cref="IFirmRowSource"/>: well-formed records are read from
    /// the splitter, records with a quote out of place are parsed by CsvHelper, records over a limit become broken lines,
    /// and a record broken by an unbalanced quote is reported at its first line and read again from its second.
    /// </summary>
    /// <remarks>
    /// A record is broken by an unbalanced quote when it spans lines and has the wrong number of fields, or CsvHelper finds it
    /// malformed (a quote never closed, text after a closing quote). Checking costs nothing for well-formed one-line records.
    /// </remarks>
    private sealed class CsvRowSource(CsvLineSplitter splitter, char delimiter, CsvLimits limits, bool parseEveryRecord) : IFirmRowSource, IDisposable
    {
        private const int MaxValueLength = 60;

        private CsvReader? parsed;
        private CsvReaderOptions? parseOptions;
        private string[] headers = [];
        private int idColumn = -1;
        private bool malformed;
        private bool unterminated;

        public BrokenLine? Broken { get; private set; }

        public int FieldCount => parsed is { } p ? p.FieldCount : splitter.FieldCount;

        public int Line => splitter.Line;

        public bool MayBeUndecodable => splitter.Undecodable;

        /// <summary>Reads the header record.</summary>
        /// <exception cref="FirmDataException">The header is over a limit.</exception>
        public IReadOnlyList<string> ReadHeader()
        {
            while (true)
            {
                var result = splitter.Read();
                switch (result)
                {
                    case SplitResult.End:
                        return [];
                    case SplitResult.Rejected:
                        throw HeaderOverLimit(splitter.Rejection);
                    default:
                        if (!Parse(result))
                        {
                            continue;
                        }

                        var header = new string[FieldCount];
                        for (var c = 0; c < header.Length; c++)
                        {
                            header[c] = GetString(c);
                        }

                        return header;
                }
            }
        }

        /// <summary>The header as planned, and the id column (for broken lines).</summary>
        public void SetHeaders(string[] headerRow, int idIndex)
        {
            headers = headerRow;
            idColumn = idIndex;
            splitter.ExpectedFields = headerRow.Length;
        }

        public bool Read()
        {
            Broken = null;
            while (true)
            {
                var result = splitter.Read();
                switch (result)
                {
                    case SplitResult.End:
                        EndParse();
                        return false;
                    case SplitResult.Rejected:
                        EndParse();
                        Broken = Describe(splitter.Rejection);
                        return true;
                    default:
                        if (!Parse(result))
                        {
                            continue;
                        }

                        if (splitter.LineCount > 1 || unterminated)
                        {
                            TryRecover();
                        }

                        return true;
                }
            }
        }

        public ReadOnlySpan<byte> GetSpan(int column) => parsed is { } p ? p.GetSpan(column) : splitter.GetSpan(column);

        public string GetString(int column) => parsed is { } p ? p.GetString(column) : Encoding.UTF8.GetString(splitter.GetSpan(column));

        public void Dispose()
        {
            EndParse();
            splitter.Dispose();
        }

        /// <summary>
        /// Makes the record the splitter framed readable: its own fields, or CsvHelper's for an irregular record (or every
        /// record, in the comparison mode). False when CsvHelper finds no record in it (white space only).
        /// </summary>
        private bool Parse(SplitResult result)
        {
            EndParse();
            malformed = false;
            unterminated = false;
            if (result == SplitResult.Record && !parseEveryRecord)
            {
                return true;
            }

            parseOptions ??= CsvReaderOptions.Default with
            {
                Separator = delimiter,
                HasHeader = false,
                TrimWhitespace = true,
                DetectSeparatorHint = false,
                OnMalformedRecord = OnMalformedRecord,
            };
            var reader = CsvReader.Create(splitter.RawRecordMemory, parseOptions);
            if (!reader.Read())
            {
                reader.Dispose();
                return false;
            }

            // CsvHelper and the splitter frame records alike; should CsvHelper end this one early, the rest is not lost:
            // the record is broken, and its later lines are read again.
            if (reader.RawRecord.Length < splitter.RawRecord.TrimEnd("\r\n"u8).Length)
            {
                malformed = true;
            }

            parsed = reader;
            return true;
        }

        private void EndParse()
        {
            parsed?.Dispose();
            parsed = null;
        }

        /// <summary>CsvHelper's report of a malformed record, called while it reads the record.</summary>
        private void OnMalformedRecord(CsvMalformedRecord record)
        {
            unterminated |= record.Reason == CsvMalformedReason.UnterminatedQuote;
            malformed |= record.Reason != CsvMalformedReason.FieldCountMismatch;
        }

        /// <summary>
        /// When the current record — spanning lines, or with a quote never closed — is broken by an unbalanced quote (the
        /// wrong number of fields, or malformed), reports its first line as broken and goes on with its second line.
        /// Any other record (a well-formed multi-line field, or a one-line ragged row) is left as it is.
        /// </summary>
        private void TryRecover()
        {
            var lines = splitter.LineCount;
            if (!malformed && !unterminated && FieldCount == headers.Length)
            {
                return; // a well-formed quoted field with line breaks
            }

            var firstLine = splitter.FirstLine;
            var openField = CsvLineScan.OpenQuoteField(firstLine, (byte)delimiter, out _, out var openAt);
            if (openField < 0)
            {
                return;
            }

            var line = splitter.Line;
            string reason;
            if (unterminated)
            {
                reason = string.Create(CultureInfo.InvariantCulture, $"unterminated quote opened on line {line}: the quoted field would run to the end of the file; the line is rejected and reading goes on with line {line + 1}");
            }
            else
            {
                var why = FieldCount != headers.Length
                    ? string.Create(CultureInfo.InvariantCulture, $"making a record of {FieldCount} fields (the header has {headers.Length})")
                    : "where text follows the closing quote";
                reason = string.Create(CultureInfo.InvariantCulture, $"unbalanced quote opened on line {line}: the quoted field runs to line {line + lines - 1}, {why}; the line is rejected and reading goes on with line {line + 1}");
            }

            var value = Encoding.UTF8.GetString(firstLine[openAt..]);
            Broken = new BrokenLine(
                IdOf(firstLine),
                ColumnName(openField),
                value.Length > MaxValueLength ? value[..MaxValueLength] + "…" : value,
                reason,
                RowIssueCode.UnbalancedQuote);
            EndParse();
            if (lines > 1)
            {
                splitter.ResyncAfterFirstLine();
            }
        }

        /// <summary>The rejection of a record the splitter skipped for a limit.</summary>
        private BrokenLine Describe(SplitRejection rejection)
        {
            var line = splitter.Line;
            var (code, what) = rejection.Limit switch
            {
                SplitLimit.FieldLength => (RowIssueCode.FieldTooLong, string.Create(CultureInfo.InvariantCulture, $"longer than {limits.MaxFieldLength:N0} characters (the limit, MaxFieldLength / --max-field-length)")),
                SplitLimit.RecordLength => (RowIssueCode.RecordTooLong, string.Create(CultureInfo.InvariantCulture, $"longer than {limits.MaxRecordLength:N0} characters (the limit for a whole record, MaxRecordLength / --max-record-length)")),
                SplitLimit.Lines => (RowIssueCode.RecordTooManyLines, string.Create(CultureInfo.InvariantCulture, $"more than {limits.MaxRecordLines:N0} lines (the limit, MaxRecordLines / --max-record-lines)")),
                _ => (RowIssueCode.RaggedRow, string.Create(CultureInfo.InvariantCulture, $"more than {limits.MaxColumns:N0} fields (the limit, MaxColumns / --max-columns; the header has {headers.Length})")),
            };
            var resume = rejection.EndOfInput
                ? "which runs to the end of the file"
                : string.Create(CultureInfo.InvariantCulture, $"reading goes on with line {rejection.LastLine + 1}");
            var span = rejection.LastLine > line ? string.Create(CultureInfo.InvariantCulture, $"lines {line}–{rejection.LastLine}") : string.Create(CultureInfo.InvariantCulture, $"line {line}");
            string reason;
            if (rejection.StrayQuote)
            {
                code = RowIssueCode.UnbalancedQuote;
                reason = string.Create(CultureInfo.InvariantCulture, $"unterminated quote opened on line {line}: the quoted field runs on for {what}, and a line after it reads as a record, so the quote is taken as stray; the line is rejected and reading goes on with line {line + 1}");
            }
            else if (rejection.InQuote)
            {
                var closes = rejection.EndOfInput ? "is never closed" : string.Create(CultureInfo.InvariantCulture, $"closes on line {rejection.LastLine}");
                reason = string.Create(CultureInfo.InvariantCulture, $"quoted field opened on line {line} runs on for {what} and {closes}; no line inside it reads as a record, so it is one field: the record ({span}) is rejected as one row, {resume}");
            }
            else
            {
                reason = rejection.Limit == SplitLimit.Columns
                    ? string.Create(CultureInfo.InvariantCulture, $"row has {what}: the record ({span}) is rejected, {resume}")
                    : string.Create(CultureInfo.InvariantCulture, $"{(rejection.Limit == SplitLimit.FieldLength ? "field" : "record")} {what}: the record ({span}) is rejected, {resume}");
            }

            return new BrokenLine(IdOf(rejection.Head), ColumnName(rejection.Field), rejection.Value, reason, code);
        }

        private FirmDataException HeaderOverLimit(SplitRejection rejection) => rejection.Limit switch
        {
            SplitLimit.Columns => limits.TooManyColumns("header", null),
            SplitLimit.Lines => new FirmDataException($"The header cannot be read: a quote in it (column {rejection.Field + 1}, {rejection.Value}) is still open after the limit of lines per record (FirmCsvReaderOptions.MaxRecordLines, escore --max-record-lines)."),
            _ => new FirmDataException($"The header cannot be read: column {rejection.Field + 1} ({rejection.Value}) or the whole header line is longer than the limit (FirmCsvReaderOptions.MaxFieldLength / MaxRecordLength, escore --max-field-length / --max-record-length)."),
        };

        private string ColumnName(int field) => field >= 0 && field < headers.Length ? headers[field] : string.Empty;

        /// <summary>The id cell of a broken first line, when it comes before the quote.</summary>
        private string IdOf(ReadOnlySpan<byte> line)
        {
            if (idColumn < 0)
            {
                return string.Empty;
            }

            var field = 0;
            var start = 0;
            for (var i = 0; i <= line.Length; i++)
            {
                if (i == line.Length || line[i] == (byte)delimiter)
                {
                    if (field == idColumn)
                    {
                        var cell = CellParser.Trim(line[start..i]);
                        return cell.IndexOf((byte)'"') >= 0 || cell.Length > MaxValueLength ? string.Empty : Encoding.UTF8.GetString(cell);
                    }

                    field++;
                    start = i + 1;
                }
                else if (line[i] == (byte)'"')
                {
                    // Fields from a quote on cannot be split reliably.
                    return string.Empty;
                }
            }

            return string.Empty;
        }
    }
}
