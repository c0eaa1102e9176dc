using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace EnterpriseScoring.IO;

/// <summary>
/// Splits UTF-8 CSV into records over one pooled buffer, within <see cref="CsvLimits"/>. A line without a quote — nearly
/// every line of a firm export — is split at the delimiters and its fields trimmed of spaces and tabs, exactly as
/// CsvHelper reads it with white-space trimming; a line that is empty or only white space is no record (but counts as a
/// line). A line with a quote is framed by RFC 4180 (a quote that opens a field, after white space, runs to the next
/// single quote; <c>""</c> is a quote inside it; line breaks inside it belong to the field); a well-formed one is split
/// here too, one with a quote out of place is handed over whole (<see cref="SplitResult.Irregular"/>). Lines end at LF,
/// CR LF or a lone CR and are numbered physically from 1, inside quoted fields too.
/// </summary>
/// <remarks>
/// <para><b>Bounded.</b> The buffer holds one record at most, and a record never grows it past about three bytes per
/// character of <see cref="CsvLimits.MaxRecordLength"/>: a record over a limit is skipped without being held
/// (<see cref="SplitResult.Rejected"/>), and reading goes on with the line after it. Outside a quote that is the next
/// line. Inside a quote (a field over a length limit, or still open after <see cref="CsvLimits.MaxRecordLines"/> lines)
/// it depends on the lines already read past the quote: when one of them reads as a record of
/// <see cref="ExpectedFields"/> fields the quote is stray, and only the record's first line is skipped; otherwise the
/// field is one over-long field, and the record is skipped to the line where the quote closes (or to the end of the input).</para>
/// <para>Bytes that may not be valid UTF-8, or hold U+FFFD (the mark a transcoder leaves for undecodable input), are
/// tracked per buffer fill, so that <see cref="Undecodable"/> costs nothing on clean input. Not thread-safe.</para>
/// </remarks>
internal sealed partial class CsvLineSplitter : IDisposable
{
    private const int PreviewLength = 60;
    private const int HeadLength = 4096;

    private static readonly SearchValues<byte> LineBreaks = SearchValues.Create("\n\r"u8);
    private static readonly SearchValues<byte> LineBreaksAndQuote = SearchValues.Create("\n\r\""u8);

    private readonly Stream input;
    private readonly byte delimiter;
    private readonly CsvLimits limits;
    private readonly SearchValues<byte> unquotedStops;
    private readonly int maxRecordBytes;
    private readonly int maxFieldBytes;
    private byte[] buffer;
    private int start;
    private int end;
    private bool eof;
    private int nextLine = 1;
    private int[] fieldStarts = new int[64];
    private int[] fieldEnds = new int[64];
    private int[] escapedFields = new int[4];
    private int escapedCount;
    private byte[] unescaped = [];
    private int recordStart;
    private int recordEnd;
    private int secondLine = -1;
    private int validatedTo;
    private int dirtyFrom = int.MaxValue;
    private int dirtyTo = -1;

    /// <summary>Creates a splitter over UTF-8 input (a byte order mark is to be skipped by the caller).</summary>
    /// <param name="input">The input, read forward only.</param>
    /// <param name="delimiter">The field separator (ASCII, not a quote or line break).</param>
    /// <param name="limits">The limits a record must keep.</param>
    /// <param name="bufferSize">The initial buffer size; a longer record grows it, up to what the limits allow.</param>
    public CsvLineSplitter(Stream input, char delimiter, CsvLimits limits, int bufferSize = 1 << 20)
    {
        this.input = input;
        this.delimiter = (byte)delimiter;
        this.limits = limits;
        unquotedStops = SearchValues.Create([(byte)delimiter, (byte)'"', (byte)'\n', (byte)'\r']);

        // A UTF-16 code unit is at most three UTF-8 bytes: more bytes than this are certainly over the limit. Scans never look
        // further than one byte past these, so where a limit is found does not depend on how the input is buffered.
        maxRecordBytes = (int)Math.Min(3L * limits.MaxRecordLength + 3, int.MaxValue / 2);
        maxFieldBytes = (int)Math.Min(3L * limits.MaxFieldLength + 3, int.MaxValue / 2);
        buffer = ArrayPool<byte>.Shared.Rent(Math.Max(bufferSize, 4));
    }

    /// <summary>
    /// The number of fields a real record has (the header's), 0 while unknown: a quote still open at a limit is taken as
    /// stray when a line past it has this many fields.
    /// </summary>
    public int ExpectedFields { get; set; }

    /// <summary>The number of fields of the current record.</summary>
    public int FieldCount { get; private set; }

    /// <summary>The physical line where the current record starts.</summary>
    public int Line { get; private set; }

    /// <summary>The number of physical lines the current record spans (skipped ones included for a rejected record).</summary>
    public int LineCount { get; private set; }

    /// <summary>After <see cref="SplitResult.Rejected"/>: what was skipped and why.</summary>
    public SplitRejection Rejection { get; private set; }

    /// <summary>The bytes of the current record, without its final line break.</summary>
    public ReadOnlySpan<byte> RawRecord => buffer.AsSpan(recordStart, recordEnd - recordStart);

    /// <summary>The bytes of the current record as memory (for CsvHelper), valid until the next read.</summary>
    public ReadOnlyMemory<byte> RawRecordMemory => buffer.AsMemory(recordStart, recordEnd - recordStart);

    /// <summary>The first physical line of the current record, without its line break.</summary>
    public ReadOnlySpan<byte> FirstLine
    {
        get
        {
            var raw = RawRecord;
            var firstBreak = raw.IndexOfAny(LineBreaks);
            return firstBreak < 0 ? raw : raw[..firstBreak];
        }
    }

    /// <summary>The size of the buffer now (for tests of the memory bound).</summary>
    internal int BufferCapacity => buffer.Length;

    /// <summary>Whether the current record holds bytes that are not valid UTF-8, or U+FFFD.</summary>
    public bool Undecodable =>
        recordEnd > dirtyFrom && recordStart < dirtyTo && !IsClean(RawRecord);

    /// <summary>Whether <paramref name="bytes"/> are valid UTF-8 without U+FFFD.</summary>
    public static bool IsClean(ReadOnlySpan<byte> bytes) => Utf8.IsValid(bytes) && bytes.IndexOf("\uFFFD"u8) < 0;

    /// <summary>Moves to the next record.</summary>
    public SplitResult Read()
    {
        escapedCount = 0;
        while (true)
        {
            var scanned = 0;
            int eol;
            while (true)
            {
                var window = Math.Min(end - start, maxRecordBytes + 1);
                var found = buffer.AsSpan(start + scanned, window - scanned).IndexOfAny(LineBreaksAndQuote);
                if (found >= 0)
                {
                    eol = start + scanned + found;
                    if (buffer[eol] == (byte)'"')
                    {
                        return ReadQuoted();
                    }

                    if (buffer[eol] == (byte)'\n' || eol + 1 < end || eof)
                    {
                        break;
                    }

                    // A CR at the end of the buffer: whether LF follows decides where the next line starts.
                    scanned = eol - start;
                }
                else if (window > maxRecordBytes)
                {
                    return PlainLineOverLimit();
                }
                else if (eof)
                {
                    eol = end;
                    break;
                }
                else
                {
                    scanned = window;
                }

                if (!Fill())
                {
                    eof = true;
                }
            }

            if (eol == start && eol == end)
            {
                return SplitResult.End;
            }

            var lineStart = start;
            start = eol == end ? end : buffer[eol] == (byte)'\r' && eol + 1 < end && buffer[eol + 1] == (byte)'\n' ? eol + 2 : eol + 1;
            Line = nextLine++;
            LineCount = 1;
            if (!IsBlank(buffer.AsSpan(lineStart, eol - lineStart)))
            {
                recordStart = lineStart;
                recordEnd = eol;
                secondLine = -1;
                return Split(lineStart, eol);
            }
        }
    }

    /// <summary>The field <paramref name="column"/> of the current record: trimmed of spaces and tabs, or the content of its quotes.</summary>
    public ReadOnlySpan<byte> GetSpan(int column)
    {
        var s = fieldStarts[column];
        return s >= 0 ? buffer.AsSpan(s, fieldEnds[column] - s) : unescaped.AsSpan(~s, fieldEnds[column]);
    }

    /// <summary>
    /// After a record that spans lines: reading goes on with its second line, as if the record were its first line only
    /// (a quote in that line is stray). The current record's fields must not be used any more.
    /// </summary>
    public void ResyncAfterFirstLine()
    {
        if (secondLine < 0)
        {
            throw new InvalidOperationException("The current record spans one line.");
        }

        start = secondLine;
        nextLine = Line + 1;
        secondLine = -1;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        var rented = buffer;
        buffer = [];
        if (rented.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>The start of <paramref name="bytes"/> as text, at most <see cref="PreviewLength"/> characters, then "…".</summary>
    internal static string Preview(ReadOnlySpan<byte> bytes)
    {
        var text = Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 4 * (PreviewLength + 1))]);
        return text.Length > PreviewLength ? text[..PreviewLength] + "…" : text;
    }

    private bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' && b != delimiter;

    private bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (var b in line)
        {
            if (!IsSpace(b))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the field [<paramref name="from"/>, <paramref name="to"/>) of the buffer is over <see cref="CsvLimits.MaxFieldLength"/>.</summary>
    private bool FieldTooLong(int from, int to) =>
        to - from > limits.MaxFieldLength && Encoding.UTF8.GetCharCount(buffer.AsSpan(from, to - from)) > limits.MaxFieldLength;

    /// <summary>Splits the plain line [<paramref name="from"/>, <paramref name="to"/>) at the delimiters, trimming each field, within the limits.</summary>
    private SplitResult Split(int from, int to)
    {
        if (to - from > limits.MaxRecordLength && Encoding.UTF8.GetCharCount(buffer.AsSpan(from, to - from)) > limits.MaxRecordLength)
        {
            // Too many fields is the likelier cause of a long line (and the one a header gets).
            return buffer.AsSpan(from, to - from).Count(delimiter) >= limits.MaxColumns
                ? SkippedLine(SplitLimit.Columns, limits.MaxColumns, from, to, from)
                : SkippedLine(SplitLimit.RecordLength, 0, from, to, from);
        }

        var lineStart = from;
        var count = 0;
        while (true)
        {
            var length = buffer.AsSpan(from, to - from).IndexOf(delimiter);
            var fieldEnd = length < 0 ? to : from + length;
            if (count == fieldStarts.Length)
            {
                if (count >= limits.MaxColumns)
                {
                    return SkippedLine(SplitLimit.Columns, count, from, to, lineStart);
                }

                Grow();
            }

            var s = from;
            var e = fieldEnd;
            while (s < e && buffer[s] is (byte)' ' or (byte)'\t')
            {
                s++;
            }

            while (e > s && buffer[e - 1] is (byte)' ' or (byte)'\t')
            {
                e--;
            }

            if (e - s > limits.MaxFieldLength && FieldTooLong(s, e))
            {
                return SkippedLine(SplitLimit.FieldLength, count, s, e, lineStart);
            }

            fieldStarts[count] = s;
            fieldEnds[count] = e;
            count++;
            if (length < 0)
            {
                break;
            }

            from = fieldEnd + 1;
        }

        if (count > limits.MaxColumns)
        {
            return SkippedLine(SplitLimit.Columns, limits.MaxColumns, fieldStarts[limits.MaxColumns], to, lineStart);
        }

        FieldCount = count;
        return SplitResult.Record;
    }

    private byte[] Head(int from, int to) => buffer.AsSpan(from, Math.Min(HeadLength, to - from)).ToArray();

    private void Grow()
    {
        Array.Resize(ref fieldStarts, fieldStarts.Length * 2);
        Array.Resize(ref fieldEnds, fieldEnds.Length * 2);
    }
}
