namespace EnterpriseScoring.IO;

// Part of CsvLineSplitter: records over a limit: finding where, and skipping them without holding them.
internal sealed partial class CsvLineSplitter
{
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
        SplitLimit limit;
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
    private int FieldsOf(ReadOnlySpan<byte> line) => CsvLineScan.OpenQuoteField(line, delimiter, out var fields, out _) < 0 ? fields : -1;

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
}
