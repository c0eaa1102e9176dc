using System.Buffers;

namespace EnterpriseScoring.IO;

/// <summary>What <see cref="CsvLineSplitter.Read"/> found.</summary>
internal enum SplitResult
{
    /// <summary>A record: its fields are available until the next read.</summary>
    Record,

    /// <summary>The end of the input.</summary>
    End,

    /// <summary>The next line holds a quote: the splitter stops in front of it (<see cref="CsvLineSplitter.Rest"/>).</summary>
    Quote,
}

/// <summary>
/// Splits UTF-8 CSV lines that hold no quote at all — nearly every line of a firm export — into fields, over one pooled
/// buffer, exactly as CsvHelper reads such lines with white-space trimming: a line ends at LF, CR LF or a lone CR; a line
/// that is empty or only spaces and tabs is no record (but counts as a line); every other line is one record whose fields
/// are separated by the delimiter and trimmed of spaces and tabs. Lines are numbered physically from 1.
/// </summary>
/// <remarks>
/// Quoting is left to CsvHelper: at the first line that holds a quote the splitter stops and hands over the rest of the
/// input (<see cref="Rest"/>) from the start of that line. Not thread-safe.
/// </remarks>
internal sealed class CsvLineSplitter : IDisposable
{
    private readonly Stream input;
    private readonly byte delimiter;
    private byte[] buffer;
    private int start;
    private int end;
    private bool eof;
    private int nextLine = 1;
    private int[] fieldStarts = new int[64];
    private int[] fieldEnds = new int[64];

    /// <summary>Creates a splitter over UTF-8 input (a byte order mark is to be skipped by the caller).</summary>
    /// <param name="input">The input, read forward only.</param>
    /// <param name="delimiter">The field separator (ASCII, not a quote or line break).</param>
    /// <param name="bufferSize">The initial buffer size; a line longer than the buffer grows it.</param>
    public CsvLineSplitter(Stream input, char delimiter, int bufferSize = 1 << 20)
    {
        this.input = input;
        this.delimiter = (byte)delimiter;
        buffer = ArrayPool<byte>.Shared.Rent(Math.Max(bufferSize, 4));
    }

    /// <summary>The number of fields of the current record.</summary>
    public int FieldCount { get; private set; }

    /// <summary>The physical line of the current record, or of the quoted line when <see cref="Read"/> gave <see cref="SplitResult.Quote"/>.</summary>
    public int Line { get; private set; }

    /// <summary>Moves to the next record.</summary>
    public SplitResult Read()
    {
        while (true)
        {
            var scanned = 0;
            int eol;
            while (true)
            {
                var found = buffer.AsSpan(start + scanned, end - start - scanned).IndexOfAny((byte)'\n', (byte)'\r', (byte)'"');
                if (found >= 0)
                {
                    eol = start + scanned + found;
                    if (buffer[eol] == (byte)'"')
                    {
                        Line = nextLine;
                        return SplitResult.Quote;
                    }

                    if (buffer[eol] == (byte)'\n' || eol + 1 < end || eof)
                    {
                        break;
                    }

                    // A CR at the end of the buffer: whether LF follows decides where the next line starts.
                    scanned = eol - start;
                }
                else if (eof)
                {
                    eol = end;
                    break;
                }
                else
                {
                    scanned = end - start;
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
            if (!IsBlank(buffer.AsSpan(lineStart, eol - lineStart)))
            {
                Split(lineStart, eol);
                return SplitResult.Record;
            }
        }
    }

    /// <summary>The field <paramref name="column"/> of the current record, trimmed of spaces and tabs.</summary>
    public ReadOnlySpan<byte> GetSpan(int column) => buffer.AsSpan(fieldStarts[column], fieldEnds[column] - fieldStarts[column]);

    /// <summary>After <see cref="SplitResult.Quote"/>: the input from the start of the quoted line on (the splitter must not be used any more).</summary>
    public Stream Rest()
    {
        var rest = buffer.AsSpan(start, end - start).ToArray();
        return new PrefixedStream(rest, rest.Length, eof ? Stream.Null : input);
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

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept((byte)' ', (byte)'\t') < 0;

    /// <summary>Splits [<paramref name="from"/>, <paramref name="to"/>) at the delimiters, trimming each field.</summary>
    private void Split(int from, int to)
    {
        var count = 0;
        while (true)
        {
            var length = buffer.AsSpan(from, to - from).IndexOf(delimiter);
            var fieldEnd = length < 0 ? to : from + length;
            if (count == fieldStarts.Length)
            {
                Array.Resize(ref fieldStarts, count * 2);
                Array.Resize(ref fieldEnds, count * 2);
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

            fieldStarts[count] = s;
            fieldEnds[count] = e;
            count++;
            if (length < 0)
            {
                break;
            }

            from = fieldEnd + 1;
        }

        FieldCount = count;
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

        start = 0;
        end = unread;
        var read = input.Read(buffer, end, buffer.Length - end);
        end += read;
        return read > 0;
    }
}
