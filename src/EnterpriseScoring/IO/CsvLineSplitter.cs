using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace EnterpriseScoring.IO;

/// <summary>What <see cref="CsvLineSplitter.Read"/> found.</summary>
internal enum SplitResult
{
    /// <summary>A well-formed record: its fields are available until the next read.</summary>
    Record,

    /// <summary>The end of the input.</summary>
    End,

    /// <summary>
    /// A record with a quote out of place — a quote inside an unquoted field, text after a closing quote, or a quote still
    /// open at the end of the input: framed, but its fields are left to CsvHelper (<see cref="CsvLineSplitter.RawRecord"/>).
    /// </summary>
    Irregular,

    /// <summary>A record over a limit, skipped: <see cref="CsvLineSplitter.Rejection"/> says why and where reading goes on.</summary>
    Rejected,
}

/// <summary>The limit a skipped record is over.</summary>
internal enum SplitLimit
{
    /// <summary><see cref="CsvLimits.MaxFieldLength"/>.</summary>
    FieldLength,

    /// <summary><see cref="CsvLimits.MaxRecordLength"/>.</summary>
    RecordLength,

    /// <summary><see cref="CsvLimits.MaxColumns"/>.</summary>
    Columns,

    /// <summary><see cref="CsvLimits.MaxRecordLines"/> (only inside a quoted field).</summary>
    Lines,
}

/// <summary>A record <see cref="CsvLineSplitter"/> skipped because it is over a limit.</summary>
/// <param name="Limit">The limit.</param>
/// <param name="LastLine">The last physical line skipped: reading goes on with the next.</param>
/// <param name="Field">The 0-based field where the limit was reached (inside a quote: the field the quote opened).</param>
/// <param name="Value">The start of that field as written (at most 60 characters, then "…").</param>
/// <param name="Head">The start of the record's first line (at most 4 KiB), to tell the id.</param>
/// <param name="InQuote">Whether the limit was reached inside a quoted field.</param>
/// <param name="StrayQuote">Whether that quote was taken as stray: only the record's first line is skipped.</param>
/// <param name="EndOfInput">Whether the skipped record runs to the end of the input.</param>
internal readonly record struct SplitRejection(SplitLimit Limit, int LastLine, int Field, string Value, byte[] Head, bool InQuote, bool StrayQuote, bool EndOfInput);

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
internal sealed class CsvLineSplitter : IDisposable
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

    /// <summary>A plain line, already consumed, rejected for <paramref name="limit"/> at <paramref name="field"/> (shown from <paramref name="at"/> to <paramref name="until"/>).</summary>
    private SplitResult SkippedLine(SplitLimit limit, int field, int at, int until, int lineStart)
    {
        Rejection = new SplitRejection(limit, Line, field, Preview(buffer.AsSpan(at, until - at)), Head(lineStart, recordEnd), false, false, false);
        return SplitResult.Rejected;
    }

    /// <summary>A line without quote or line break in more bytes than a record may have: reject it and skip to its end.</summary>
    private SplitResult PlainLineOverLimit()
    {
        // Which field is too long, if one is: the part of the line scanned has no quote.
        var line = buffer.AsSpan(start, maxRecordBytes + 1);
        var field = 0;
        var fieldStart = 0;
        var limit = SplitLimit.RecordLength;
        while (true)
        {
            var next = line[fieldStart..].IndexOf(delimiter);
            var fieldEnd = next < 0 ? line.Length : fieldStart + next;
            if (fieldEnd - fieldStart > limits.MaxFieldLength && FieldTooLong(start + fieldStart, start + fieldEnd))
            {
                limit = SplitLimit.FieldLength;
                break;
            }

            if (next < 0 || field >= limits.MaxColumns)
            {
                limit = field >= limits.MaxColumns ? SplitLimit.Columns : SplitLimit.RecordLength;
                break;
            }

            field++;
            fieldStart = fieldEnd + 1;
        }

        Line = nextLine;
        var value = Preview(line[fieldStart..]);
        var head = Head(start, end);
        var lines = Skip(0, inQuote: false, out var endOfInput);
        LineCount = lines;
        nextLine = Line + lines;
        Rejection = new SplitRejection(limit, Line + lines - 1, field, value, head, false, false, endOfInput);
        return SplitResult.Rejected;
    }

    private byte[] Head(int from, int to) => buffer.AsSpan(from, Math.Min(HeadLength, to - from)).ToArray();

    /// <summary>Frames the record at <see cref="start"/>, whose first line holds a quote, and splits it when it is well-formed.</summary>
    private SplitResult ReadQuoted()
    {
        Line = nextLine;
        secondLine = -1;

        // Positions are relative to start, which Fill may move.
        var p = 0;
        var lines = 1;
        var count = 0;
        var irregular = false;
        var state = FieldState.Start;
        var fieldBegin = 0;
        var contentStart = 0;
        var contentEnd = 0;
        var escaped = false;
        while (true)
        {
            if (p > maxRecordBytes)
            {
                return OverLimit(SplitLimit.RecordLength, state == FieldState.Quoted, count, fieldBegin, p, lines);
            }

            // Scans stop one byte past the record and field limits (see the constructor).

            if (start + p >= end)
            {
                if (eof)
                {
                    break;
                }

                if (!Fill())
                {
                    eof = true;
                }

                continue;
            }

            var rest = buffer.AsSpan(start + p, Math.Min(end - start - p, maxRecordBytes + 1 - p));
            switch (state)
            {
                case FieldState.Start:
                {
                    var b = rest[0];
                    if (IsSpace(b))
                    {
                        p++;
                        continue;
                    }

                    fieldBegin = p;
                    if (b == (byte)'"')
                    {
                        state = FieldState.Quoted;
                        contentStart = p + 1;
                        escaped = false;
                        p++;
                    }
                    else
                    {
                        state = FieldState.Unquoted;
                    }

                    continue;
                }

                case FieldState.Unquoted:
                {
                    rest = rest[..Math.Clamp(fieldBegin + maxFieldBytes + 1 - p, 0, rest.Length)];
                    var i = rest.IndexOfAny(unquotedStops);
                    if (i < 0)
                    {
                        p += rest.Length;
                        if (p - fieldBegin > maxFieldBytes)
                        {
                            return OverLimit(SplitLimit.FieldLength, false, count, fieldBegin, p, lines);
                        }

                        continue;
                    }

                    p += i;
                    var b = rest[i];
                    if (b == (byte)'"')
                    {
                        irregular = true; // a quote inside an unquoted field is text
                        p++;
                        continue;
                    }

                    var e = p;
                    while (e > fieldBegin && buffer[start + e - 1] is (byte)' ' or (byte)'\t')
                    {
                        e--;
                    }

                    if (AddField(ref count, fieldBegin, e, false) is { } over)
                    {
                        return OverLimit(over, false, count, fieldBegin, p, lines);
                    }

                    if (b == delimiter)
                    {
                        p++;
                        state = FieldState.Start;
                        continue;
                    }

                    return EndRecord(p, lines, count, irregular, fieldBegin);
                }

                case FieldState.Quoted:
                {
                    rest = rest[..Math.Clamp(contentStart + maxFieldBytes + 1 - p, 0, rest.Length)];
                    var i = rest.IndexOfAny(LineBreaksAndQuote);
                    if (i < 0)
                    {
                        p += rest.Length;
                        if (p - contentStart > maxFieldBytes)
                        {
                            return OverLimit(SplitLimit.FieldLength, true, count, fieldBegin, p, lines);
                        }

                        continue;
                    }

                    p += i;
                    if (start + p + 1 >= end && !eof)
                    {
                        // A quote or CR at the end of the buffer: the next byte decides.
                        if (!Fill())
                        {
                            eof = true;
                        }

                        continue;
                    }

                    var next = start + p + 1 < end ? buffer[start + p + 1] : (byte)0;
                    if (rest[i] == (byte)'"')
                    {
                        if (next == (byte)'"')
                        {
                            escaped = true;
                            p += 2;
                            continue;
                        }

                        contentEnd = p;
                        p++;
                        state = FieldState.AfterQuote;
                        continue;
                    }

                    p += rest[i] == (byte)'\r' && next == (byte)'\n' ? 2 : 1;
                    lines++;
                    if (secondLine < 0)
                    {
                        secondLine = p;
                    }

                    if (lines > limits.MaxRecordLines)
                    {
                        return OverLimit(SplitLimit.Lines, true, count, fieldBegin, p, lines);
                    }

                    continue;
                }

                default:
                {
                    // After the closing quote: white space, then the delimiter or the end of the line.
                    var b = rest[0];
                    if (IsSpace(b))
                    {
                        p++;
                        continue;
                    }

                    if (b != delimiter && b != (byte)'\n' && b != (byte)'\r')
                    {
                        irregular = true; // text after the closing quote: read on as unquoted text (as CsvHelper does)
                        state = FieldState.Unquoted;
                        continue;
                    }

                    if (AddField(ref count, contentStart, contentEnd, escaped) is { } over)
                    {
                        return OverLimit(over, false, count, fieldBegin, p, lines);
                    }

                    if (b == delimiter)
                    {
                        p++;
                        state = FieldState.Start;
                        continue;
                    }

                    return EndRecord(p, lines, count, irregular, fieldBegin);
                }
            }
        }

        // The end of the input ends the record.
        SplitLimit? last;
        switch (state)
        {
            case FieldState.Quoted:
                irregular = true; // a quote never closed
                last = AddField(ref count, contentStart, p, escaped);
                break;
            case FieldState.AfterQuote:
                last = AddField(ref count, contentStart, contentEnd, escaped);
                break;
            case FieldState.Unquoted:
                var e = p;
                while (e > fieldBegin && buffer[start + e - 1] is (byte)' ' or (byte)'\t')
                {
                    e--;
                }

                last = AddField(ref count, fieldBegin, e, false);
                break;
            default:
                last = AddField(ref count, p, p, false);
                break;
        }

        return last is { } limit ? OverLimit(limit, false, count, fieldBegin, p, lines) : EndRecord(p, lines, count, irregular, fieldBegin);
    }

    /// <summary>
    /// Adds a field: [<paramref name="from"/>, <paramref name="to"/>) relative to <see cref="start"/>, the trimmed text or the
    /// content of the quotes (as written: a doubled quote counts twice toward the length limit). Returns the limit it
    /// breaks, if any (the field is then not added).
    /// </summary>
    private SplitLimit? AddField(ref int count, int from, int to, bool escaped)
    {
        if (count >= limits.MaxColumns)
        {
            return SplitLimit.Columns;
        }

        if (count == fieldStarts.Length)
        {
            Grow();
        }

        if (to - from > limits.MaxFieldLength && FieldTooLong(start + from, start + to))
        {
            return SplitLimit.FieldLength;
        }

        fieldStarts[count] = from;
        fieldEnds[count] = to;
        if (escaped)
        {
            if (escapedCount == escapedFields.Length)
            {
                Array.Resize(ref escapedFields, escapedCount * 2);
            }

            escapedFields[escapedCount++] = count;
        }

        count++;
        return null;
    }

    private void Grow()
    {
        Array.Resize(ref fieldStarts, fieldStarts.Length * 2);
        Array.Resize(ref fieldEnds, fieldEnds.Length * 2);
    }

    /// <summary>Ends the framed record at <paramref name="p"/> (its line break, or the end of the input) and moves on past it.</summary>
    private SplitResult EndRecord(int p, int lines, int count, bool irregular, int lastFieldBegin)
    {
        if (p > limits.MaxRecordLength && Encoding.UTF8.GetCharCount(buffer.AsSpan(start, p)) > limits.MaxRecordLength)
        {
            return OverLimit(SplitLimit.RecordLength, false, count - 1, lastFieldBegin, p, lines);
        }

        var recordLength = p;
        if (start + p < end)
        {
            if (buffer[start + p] == (byte)'\r' && start + p + 1 >= end && !eof && !Fill())
            {
                eof = true;
            }

            p += buffer[start + p] == (byte)'\r' && start + p + 1 < end && buffer[start + p + 1] == (byte)'\n' ? 2 : 1;
        }

        recordStart = start;
        recordEnd = start + recordLength;
        if (secondLine >= 0)
        {
            secondLine += start;
        }

        for (var c = 0; c < count; c++)
        {
            fieldStarts[c] += start;
            fieldEnds[c] += start;
        }

        if (!irregular && escapedCount > 0)
        {
            Unescape();
        }

        start += p;
        LineCount = lines;
        nextLine = Line + lines;
        FieldCount = count;
        return irregular ? SplitResult.Irregular : SplitResult.Record;
    }

    /// <summary>Copies the fields with doubled quotes, undoubled, to <see cref="unescaped"/>; their starts become <c>~offset</c> there and their ends lengths.</summary>
    private void Unescape()
    {
        var needed = 0;
        for (var i = 0; i < escapedCount; i++)
        {
            var c = escapedFields[i];
            needed += fieldEnds[c] - fieldStarts[c];
        }

        if (unescaped.Length < needed)
        {
            unescaped = new byte[Math.Max(needed, unescaped.Length * 2)];
        }

        var at = 0;
        for (var i = 0; i < escapedCount; i++)
        {
            var c = escapedFields[i];
            var from = at;
            for (var j = fieldStarts[c]; j < fieldEnds[c]; j++)
            {
                unescaped[at++] = buffer[j];
                if (buffer[j] == (byte)'"')
                {
                    j++; // "" is one quote
                }
            }

            fieldStarts[c] = ~from;
            fieldEnds[c] = at - from;
        }
    }

    /// <summary>
    /// The record at <see cref="start"/> is over <paramref name="limit"/> at relative position <paramref name="p"/>, in
    /// field <paramref name="field"/> that began at <paramref name="fieldBegin"/>, after <paramref name="lines"/> lines.
    /// Skips it (see the class remarks) and reports it.
    /// </summary>
    private SplitResult OverLimit(SplitLimit limit, bool inQuote, int field, int fieldBegin, int p, int lines)
    {
        var shown = buffer.AsSpan(start + fieldBegin, Math.Min(end, start + p) - start - fieldBegin);
        var shownBreak = shown.IndexOfAny(LineBreaks);
        var value = Preview(shownBreak < 0 ? shown : shown[..shownBreak]);
        var head = buffer.AsSpan(start, Math.Min(HeadLength, end - start)).ToArray();
        var firstBreak = head.AsSpan().IndexOfAny(LineBreaks);
        if (firstBreak >= 0)
        {
            head = head[..firstBreak];
        }

        if (inQuote && ExpectedFields > 0 && secondLine >= 0 && InnerLineIsARecord(start + secondLine, start + p))
        {
            // A stray quote: only the first line is rejected, and its next line is read as a record.
            Rejection = new SplitRejection(limit, Line, field, value, head, true, true, false);
            start += secondLine;
            secondLine = -1;
            nextLine = Line + 1;
            LineCount = 1;
            return SplitResult.Rejected;
        }

        var skipped = Skip(p, inQuote, out var endOfInput);
        LineCount = lines + skipped - 1;
        nextLine = Line + LineCount;
        secondLine = -1;
        Rejection = new SplitRejection(limit, nextLine - 1, field, value, head, inQuote, false, endOfInput);
        return SplitResult.Rejected;
    }

    /// <summary>Whether one of the complete lines in [<paramref name="from"/>, <paramref name="to"/>) of the buffer reads, alone, as a record of <see cref="ExpectedFields"/> fields.</summary>
    private bool InnerLineIsARecord(int from, int to)
    {
        while (from < to)
        {
            var length = buffer.AsSpan(from, to - from).IndexOfAny(LineBreaks);
            if (length < 0)
            {
                return false;
            }

            if (FieldsOf(buffer.AsSpan(from, length)) == ExpectedFields)
            {
                return true;
            }

            from += length + 1;
        }

        return false;
    }

    /// <summary>The number of fields of <paramref name="line"/> read alone, or -1 when a quote in it is still open at its end.</summary>
    private int FieldsOf(ReadOnlySpan<byte> line)
    {
        var fields = 1;
        var quoted = false;
        var atStart = true;
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
            else if (b == delimiter)
            {
                fields++;
                atStart = true;
            }
            else if (!(atStart && IsSpace(b)))
            {
                quoted = atStart && b == (byte)'"';
                atStart = false;
            }
        }

        return quoted ? -1 : fields;
    }

    /// <summary>
    /// Skips the input from relative position <paramref name="p"/> without holding it: inside a quote to its closing quote,
    /// then to the end of the line. Returns the number of lines the skip ends (1 when it ends the current line).
    /// </summary>
    private int Skip(int p, bool inQuote, out bool endOfInput)
    {
        start += p;
        var lines = 1;
        while (true)
        {
            if (start >= end)
            {
                if (eof || !Fill())
                {
                    eof = true;
                    endOfInput = true;
                    return lines;
                }

                continue;
            }

            var rest = buffer.AsSpan(start, end - start);
            var i = inQuote ? rest.IndexOfAny(LineBreaksAndQuote) : rest.IndexOfAny(LineBreaks);
            if (i < 0)
            {
                start = end;
                continue;
            }

            start += i;
            if (start + 1 >= end && !eof)
            {
                // The byte after a quote or CR decides.
                if (!Fill())
                {
                    eof = true;
                }

                continue;
            }

            var next = start + 1 < end ? buffer[start + 1] : (byte)0;
            if (rest[i] == (byte)'"')
            {
                inQuote = next == (byte)'"';
                start += inQuote ? 2 : 1;
                continue;
            }

            start += rest[i] == (byte)'\r' && next == (byte)'\n' ? 2 : 1;
            if (!inQuote)
            {
                endOfInput = false;
                return lines;
            }

            lines++;
        }
    }

    /// <summary>Moves the unread bytes to the front (growing the buffer when they fill it) and reads more; false at the end of the input.</summary>
    private bool Fill()
    {
        var unread = end - start;
        if (start == 0 && end == buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
            buffer.AsSpan(0, end).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }
        else if (start > 0)
        {
            buffer.AsSpan(start, unread).CopyTo(buffer);
        }

        validatedTo = Math.Max(0, validatedTo - start);
        dirtyFrom = dirtyFrom == int.MaxValue ? dirtyFrom : dirtyFrom - start;
        dirtyTo -= start;
        if (dirtyTo <= 0)
        {
            dirtyFrom = int.MaxValue;
            dirtyTo = -1;
        }

        start = 0;
        end = unread;
        var read = input.Read(buffer, end, buffer.Length - end);
        end += read;
        Validate(read == 0);
        return read > 0;
    }

    /// <summary>Checks the bytes read since the last check (up to the last whole character) for invalid UTF-8 and U+FFFD.</summary>
    private void Validate(bool complete)
    {
        var fresh = buffer.AsSpan(validatedTo, end - validatedTo);
        var length = complete ? fresh.Length : WholeCharacters(fresh);
        if (!IsClean(fresh[..length]))
        {
            // Checks start at a character boundary, and U+FFFD is a whole character: nothing straddles them.
            dirtyFrom = Math.Min(dirtyFrom, validatedTo);
            dirtyTo = end;
        }

        validatedTo += length;
    }

    /// <summary>The length of <paramref name="bytes"/> without a multi-byte sequence cut off at its end.</summary>
    private static int WholeCharacters(ReadOnlySpan<byte> bytes)
    {
        var i = bytes.Length - 1;
        var back = 0;
        while (i >= 0 && back < 3 && (bytes[i] & 0xC0) == 0x80)
        {
            i--;
            back++;
        }

        if (i < 0)
        {
            return bytes.Length;
        }

        var lead = bytes[i];
        var need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        return need > back + 1 ? i : bytes.Length;
    }

    private enum FieldState
    {
        Start,
        Unquoted,
        Quoted,
        AfterQuote,
    }
}
