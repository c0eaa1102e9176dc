using System.Text;

namespace EnterpriseScoring.IO;

// Part of CsvLineSplitter: the framing and splitting of a record that holds a quote (RFC 4180).
internal sealed partial class CsvLineSplitter
{
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

    private enum FieldState
    {
        Start,
        Unquoted,
        Quoted,
        AfterQuote,
    }
}
