using System.Buffers;
using System.Globalization;
using System.Text;
using CsvHelper;
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
/// <para>Streaming: the input is read once, record by record; only a prefix is buffered for encoding detection. Lines
/// without quotes are split by <see cref="CsvLineSplitter"/>, and CsvHelper reads on from the first line with a quote
/// (same records either way). <see cref="Read(string, FirmCsvReaderOptions?)"/> first counts the file's lines in one
/// fast pass to size the table. Rows are checked with the same rules as <see cref="FirmValidator"/>.</para>
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
    /// <exception cref="FirmDataException">The file has no header, or two columns mean the same thing.</exception>
    public static FirmCsvReadResult Read(string path, FirmCsvReaderOptions? options = null) => Read(path, options, null);

    /// <summary>Reads the file at <paramref name="path"/>, reporting progress.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="FirmCsvReaderOptions.Default"/>.</param>
    /// <param name="progress">Receives the number of bytes of the file read so far, after every buffer (the file's length is
    /// the total); called on the reading thread. None when null.</param>
    /// <returns>The table, the rejected rows and the warnings.</returns>
    /// <exception cref="MissingColumnException">A required column is missing.</exception>
    /// <exception cref="FirmDataException">The file has no header, or two columns mean the same thing.</exception>
    /// <exception cref="IOException">The file changed while it was read (see <see cref="InputFileStream"/>), or cannot be read.</exception>
    public static FirmCsvReadResult Read(string path, FirmCsvReaderOptions? options, IProgress<long>? progress)
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
        var result = Read(stream ?? (Stream)file, options, 1 << 20, rows);
        result.Sha256 = file.Complete();
        return result;
    }

    /// <summary>Reads CSV from <paramref name="stream"/> (left open).</summary>
    /// <param name="stream">The input, read sequentially to its end.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="FirmCsvReaderOptions.Default"/>.</param>
    /// <returns>The table, the rejected rows and the warnings.</returns>
    /// <exception cref="MissingColumnException">A required column is missing.</exception>
    /// <exception cref="FirmDataException">The file has no header, or two columns mean the same thing.</exception>
    public static FirmCsvReadResult Read(Stream stream, FirmCsvReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var hashing = new HashingStream(stream);
        var result = Read(hashing, options, 1 << 20);
        result.Sha256 = hashing.Finish();
        return result;
    }

    /// <summary>
    /// Reads CSV from <paramref name="stream"/>; <paramref name="splitterBuffer"/> is the initial buffer of the plain-line
    /// splitter, 0 to let CsvHelper read every line (tests compare the two); <paramref name="expectedRows"/> sizes the table
    /// (exact in the common case saves copying every column).
    /// </summary>
    internal static FirmCsvReadResult Read(Stream stream, FirmCsvReaderOptions? options, int splitterBuffer, int expectedRows = 0)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= FirmCsvReaderOptions.Default;
        if (options.Delimiter is > (char)127 or '"' or '\r' or '\n')
        {
            throw new ArgumentException($"The delimiter must be an ASCII character other than a quote or a line break, got '{options.Delimiter}'.", nameof(options));
        }

        var (input, csvEncoding, encodingUsed) = EncodingDetection.Prepare(stream, options.Encoding);
        var source = new CsvRowSource(options.Delimiter);
        var csvOptions = CsvReaderOptions.Default with
        {
            Separator = options.Delimiter,
            Encoding = csvEncoding,
            HasHeader = true,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            PoolStrings = true,
            OnMalformedRecord = source.OnMalformedRecord,
        };

        try
        {
            var headers = splitterBuffer > 0 && SplitterCanStart(input, csvEncoding, options.Delimiter) is { } utf8
                ? source.StartSplitting(new CsvLineSplitter(utf8, options.Delimiter, splitterBuffer), csvOptions)
                : source.Start(CsvReader.Create(input, csvOptions, true), csvOptions);
            var plan = ColumnPlan.Create(headers, options);
            source.SetHeaders(plan.Headers, plan.IndexOf(ColumnKind.Id));
            return new FirmRowReader<CsvRows>(new CsvRows(source), plan, options, encodingUsed, expectedRows).Run();
        }
        finally
        {
            source.Dispose();
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

    /// <summary>
    /// The UTF-8 input for <see cref="CsvLineSplitter"/> when it can read the file (UTF-8 or GB18030, the header a plain
    /// line that holds no quote, found in the detection prefix), past any byte order mark; otherwise null, and CsvHelper
    /// reads the whole file.
    /// </summary>
    private static Stream? SplitterCanStart(Stream input, Encoding? csvEncoding, char delimiter)
    {
        if (input is not PrefixedStream prefixed || (csvEncoding is not null && csvEncoding.CodePage is not (54936 or 936)))
        {
            return null;
        }

        var prefix = prefixed.Prefix;
        var bom = csvEncoding is null && prefix.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var firstBreak = prefix[bom..].IndexOfAny((byte)'\r', (byte)'\n');
        if (firstBreak < 0 || prefix.StartsWith((ReadOnlySpan<byte>)[0x84, 0x31, 0x95, 0x33]))
        {
            return null;
        }

        var header = prefix.Slice(bom, firstBreak);
        if (header.Contains((byte)'"') || header.IndexOfAnyExcept((byte)' ', (byte)'\t') < 0 || delimiter is ' ' or '\t')
        {
            return null;
        }

        input.ReadExactly(new byte[bom]);
        return csvEncoding is null ? input : Encoding.CreateTranscodingStream(input, csvEncoding, new UTF8Encoding(false), leaveOpen: true);
    }

    /// <summary>The CSV rows as a struct, so that <see cref="FirmRowReader{TSource}"/> is compiled for them (direct calls, no interface dispatch).</summary>
    private readonly struct CsvRows(CsvRowSource source) : IFirmRowSource
    {
        public int FieldCount => source.FieldCount;

        public int Line => source.Line;

        public BrokenLine? Broken => source.Broken;

        public bool Read() => source.Read();

        public ReadOnlySpan<byte> GetSpan(int column) => source.GetSpan(column);

        public string GetString(int column) => source.GetString(column);
    }

    /// <summary>
    /// CsvHelper's records as an <see cref="IFirmRowSource"/>, recovering from unbalanced quotes: a record whose quoted
    /// field runs to the end of the input, or across lines into a record with the wrong number of fields, is reported as
    /// a broken line (its first line), and the lines after that first line are read again as records by a fresh reader.
    /// </summary>
    /// <remarks>
    /// Checking costs nothing for well-formed records beyond CsvHelper's malformed-quote detection and a field-count
    /// comparison; only a broken record's bytes (which CsvHelper already buffered whole) are copied, once.
    /// </remarks>
    private sealed class CsvRowSource(char delimiter) : IFirmRowSource, IDisposable
    {
        private const int MaxValueLength = 60;

        /// <summary>More physical lines than this in one record is implausible for firm data: a quote must be unbalanced.</summary>
        private const int MaxPlausibleLines = 20;

        private readonly Stack<(CsvReader Reader, int LineOffset)> outer = new();
        private CsvLineSplitter? splitter;
        private CsvReader current = null!;
        private int lineOffset;
        private CsvReaderOptions segmentOptions = CsvReaderOptions.Default;
        private string[] headers = [];
        private int idColumn = -1;
        private long unterminatedLine = -1;
        private bool malformed;
        private int brokenLine;

        public BrokenLine? Broken { get; private set; }

        public int FieldCount => splitter is { } s ? s.FieldCount : current.FieldCount;

        public int Line => splitter is { } s ? s.Line : Broken is null ? lineOffset + checked((int)current.LineNumber) : brokenLine;

        /// <summary>Starts with CsvHelper reading the whole input; returns the header.</summary>
        public IReadOnlyList<string> Start(CsvReader reader, CsvReaderOptions options)
        {
            current = reader;
            segmentOptions = options with { HasHeader = false, Encoding = null, DetectSeparatorHint = false };
            try
            {
                return reader.Headers;
            }
            catch (CsvFormatException ex)
            {
                throw new FirmDataException($"The header cannot be read as CSV: {ex.Message}", ex);
            }
        }

        /// <summary>Starts with <paramref name="lines"/> (UTF-8), whose first line is a plain header; CsvHelper takes over at the first quote. Returns the header.</summary>
        public IReadOnlyList<string> StartSplitting(CsvLineSplitter lines, CsvReaderOptions options)
        {
            splitter = lines;
            segmentOptions = options with { HasHeader = false, Encoding = null, DetectSeparatorHint = false };
            if (lines.Read() != SplitResult.Record)
            {
                throw new InvalidOperationException("The splitter must start on a plain header line.");
            }

            var headerRow = new string[lines.FieldCount];
            for (var c = 0; c < headerRow.Length; c++)
            {
                headerRow[c] = Encoding.UTF8.GetString(lines.GetSpan(c));
            }

            return headerRow;
        }

        /// <summary>The header as planned, and the id column (for broken lines).</summary>
        public void SetHeaders(string[] headerRow, int idIndex)
        {
            headers = headerRow;
            idColumn = idIndex;
        }

        /// <summary>CsvHelper's report of a malformed record, called while it reads the record.</summary>
        public void OnMalformedRecord(CsvMalformedRecord record)
        {
            if (record.Reason == CsvMalformedReason.UnterminatedQuote)
            {
                unterminatedLine = record.LineNumber;
            }

            malformed |= record.Reason != CsvMalformedReason.FieldCountMismatch;
        }

        public bool Read()
        {
            Broken = null;
            if (splitter is { } lines)
            {
                switch (lines.Read())
                {
                    case SplitResult.Record:
                        return true;
                    case SplitResult.End:
                        return false;
                    default:
                        // A quote: CsvHelper reads on from the start of that line.
                        current = CsvReader.Create(lines.Rest(), segmentOptions, true);
                        lineOffset = lines.Line - 1;
                        lines.Dispose();
                        splitter = null;
                        break;
                }
            }

            while (true)
            {
                unterminatedLine = -1;
                malformed = false;
                bool read;
                try
                {
                    read = current.Read();
                }
                catch (CsvFormatException ex)
                {
                    throw new FirmDataException(
                        string.Create(CultureInfo.InvariantCulture, $"The file cannot be read as CSV near line {lineOffset + ex.LineNumber}: {ex.Message} (a quote that is never closed makes the rest of the file one field; check that line)"),
                        ex);
                }

                if (!read)
                {
                    if (outer.Count == 0)
                    {
                        return false;
                    }

                    current.Dispose();
                    (current, lineOffset) = outer.Pop();
                    continue;
                }

                if (malformed || current.FieldCount != headers.Length || current.RawRecord.IndexOfAny((byte)'\n', (byte)'\r') >= 0)
                {
                    TryRecover();
                }

                return true;
            }
        }

        /// <summary>
        /// When the current record is broken by an unbalanced quote — it spans lines and has the wrong number of fields, or
        /// CsvHelper found it malformed (unterminated, text after a closing quote), or it spans more than
        /// <see cref="MaxPlausibleLines"/> lines — reports its first line as broken and goes on with a reader over the
        /// record's later lines. Any other record (one line, or a well-formed multi-line field) is left as it is.
        /// </summary>
        private void TryRecover()
        {
            var raw = current.RawRecord;
            var firstBreak = raw.IndexOfAny((byte)'\n', (byte)'\r');
            if (firstBreak < 0 && unterminatedLine < 0)
            {
                return; // one line: a ragged row, if anything
            }

            var lines = firstBreak < 0 ? 1 : CountLineBreaks(raw) + 1;
            if (!malformed && current.FieldCount == headers.Length && lines <= MaxPlausibleLines)
            {
                return; // a well-formed quoted field with line breaks
            }

            var firstLine = firstBreak < 0 ? raw : raw[..firstBreak];
            var openField = OpenQuoteField(firstLine, out var openAt);
            if (openField < 0)
            {
                return;
            }

            var line = lineOffset + checked((int)current.LineNumber);
            var rest = firstBreak < 0 ? [] : raw[(firstBreak + (raw[firstBreak] == (byte)'\r' && firstBreak + 1 < raw.Length && raw[firstBreak + 1] == (byte)'\n' ? 2 : 1))..];
            string reason;
            if (unterminatedLine >= 0)
            {
                reason = string.Create(CultureInfo.InvariantCulture, $"unterminated quote opened on line {line}: the quoted field would run to the end of the file; the line is rejected and reading goes on with line {line + 1}");
            }
            else
            {
                var why = current.FieldCount != headers.Length
                    ? string.Create(CultureInfo.InvariantCulture, $"making a record of {current.FieldCount} fields (the header has {headers.Length})")
                    : malformed ? "where text follows the closing quote" : string.Create(CultureInfo.InvariantCulture, $"more than {MaxPlausibleLines} lines");
                reason = string.Create(CultureInfo.InvariantCulture, $"unbalanced quote opened on line {line}: the quoted field runs to line {line + lines - 1}, {why}; the line is rejected and reading goes on with line {line + 1}");
            }

            var value = Encoding.UTF8.GetString(firstLine[openAt..]);
            Broken = new BrokenLine(
                IdOf(firstLine),
                openField < headers.Length ? headers[openField] : string.Empty,
                value.Length > MaxValueLength ? value[..MaxValueLength] + "…" : value,
                reason);
            brokenLine = line;

            // The lines after the first are read again, as records, by a reader over the record's bytes (UTF-8).
            if (rest.IsEmpty)
            {
                return;
            }

            outer.Push((current, lineOffset));
            current = CsvReader.Create(rest.ToArray(), segmentOptions);
            lineOffset = line;
        }

        /// <summary>The index of the field whose quote is still open at the end of <paramref name="line"/>, or -1; <paramref name="openAt"/> is the quote's offset.</summary>
        private int OpenQuoteField(ReadOnlySpan<byte> line, out int openAt)
        {
            var field = 0;
            var atStart = true;
            var quoted = false;
            openAt = -1;
            for (var i = 0; i < line.Length; i++)
            {
                var b = line[i];
                if (quoted)
                {
                    if (b == (byte)'"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == (byte)'"')
                        {
                            i++;
                        }
                        else
                        {
                            quoted = false;
                        }
                    }
                }
                else if (b == (byte)delimiter)
                {
                    field++;
                    atStart = true;
                }
                else if (atStart && b is (byte)' ' or (byte)'\t')
                {
                    // Leading white space is trimmed: a quote after it still opens the field.
                }
                else
                {
                    if (atStart && b == (byte)'"')
                    {
                        quoted = true;
                        openAt = i;
                    }

                    atStart = false;
                }
            }

            return quoted ? field : -1;
        }

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
                        return cell.IndexOf((byte)'"') >= 0 ? string.Empty : Encoding.UTF8.GetString(cell);
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

        private static int CountLineBreaks(ReadOnlySpan<byte> raw)
        {
            var count = 0;
            for (var i = 0; i < raw.Length; i++)
            {
                if (raw[i] == (byte)'\n' || (raw[i] == (byte)'\r' && (i + 1 == raw.Length || raw[i + 1] != (byte)'\n')))
                {
                    count++;
                }
            }

            return count;
        }

        public ReadOnlySpan<byte> GetSpan(int column) => splitter is { } s ? s.GetSpan(column) : current.GetSpan(column);

        public string GetString(int column) => splitter is { } s ? Encoding.UTF8.GetString(s.GetSpan(column)) : current.GetString(column);

        public void Dispose()
        {
            splitter?.Dispose();
            while (outer.Count > 0)
            {
                current.Dispose();
                (current, lineOffset) = outer.Pop();
            }

            current?.Dispose();
        }
    }
}
