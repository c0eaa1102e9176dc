using System.Buffers;
using System.Globalization;
using System.Text;

namespace EnterpriseScoring.Internal;

/// <summary>
/// A comma-separated UTF-8 writer that gives the bytes our CsvHelper writers (<c>CsvOutput</c>, UTF-8) give: a field is
/// quoted — <c>"</c> around it, inner quotes doubled — exactly when it contains a comma, a quote, CR or LF (leading or
/// trailing spaces, tabs, <c>=</c> and the like are written as they are); records end with CRLF; lone surrogates become
/// U+FFFD. Fields go into a pooled byte buffer, numbers are formatted straight into it (<see cref="RoundTripFormat"/>).
/// </summary>
/// <remarks>
/// With a stream, the buffer is written out whenever it fills and by <see cref="Flush"/>. Without one, the buffer grows
/// and <see cref="Written"/> is the output (rows formatted on another thread, copied out in order). Every record must
/// have as many fields as the first, as CsvHelper requires. Not thread-safe; dispose to return the buffer.
/// </remarks>
internal sealed class Utf8CsvWriter : IDisposable
{
    private const byte Comma = (byte)',';
    private const byte Quote = (byte)'"';
    private static readonly SearchValues<char> Special = SearchValues.Create(",\"\r\n");
    private static readonly UTF8Encoding Utf8 = new(false, false);

    private readonly Stream? stream;
    private byte[] buffer;
    private int length;
    private int fields;
    private int recordFields = -1;

    /// <summary>A writer to <paramref name="stream"/> (left open), starting with a byte order mark when asked.</summary>
    public Utf8CsvWriter(Stream? stream, bool byteOrderMark, int bufferSize = 1 << 20)
    {
        this.stream = stream;
        buffer = ArrayPool<byte>.Shared.Rent(Math.Max(bufferSize, 1024));
        if (byteOrderMark)
        {
            "\uFEFF"u8.ToArray().CopyTo(buffer, 0);
            length = 3;
        }
    }

    /// <summary>The bytes written and not yet flushed.</summary>
    public ReadOnlySpan<byte> Written => buffer.AsSpan(0, length);

    /// <summary>The bytes a field of <paramref name="text"/> is written as (quoted when needed): for texts written many times.</summary>
    public static byte[] Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var writer = new Utf8CsvWriter(null, false, Utf8.GetMaxByteCount(text.Length) * 2 + 8);
        writer.Text(text);
        return writer.Written.ToArray();
    }

    /// <summary>
    /// The encoded parts of fields <paramref name="prefix"/> + digits + <paramref name="suffix"/> (digits never need
    /// quoting): the prefix opens the quotes and the suffix closes them when the prefix or suffix needs them.
    /// </summary>
    public static (byte[] Prefix, byte[] Suffix) EncodeAround(string prefix, string suffix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(suffix);
        var quoted = prefix.AsSpan().IndexOfAny(Special) >= 0 || suffix.AsSpan().IndexOfAny(Special) >= 0;
        byte[] Part(string text, string open, string close) =>
            Utf8.GetBytes(quoted ? open + text.Replace("\"", "\"\"", StringComparison.Ordinal) + close : text);
        return (Part(prefix, "\"", string.Empty), Part(suffix, string.Empty, "\""));
    }

    /// <summary>Writes a text field.</summary>
    public void WriteField(string? text) => WriteField(text.AsSpan());

    /// <summary>Writes a text field.</summary>
    public void WriteField(ReadOnlySpan<char> text)
    {
        Separator(Utf8.GetMaxByteCount(text.Length) * 2 + 2);
        Text(text);
    }

    /// <summary>Writes a field already encoded by <see cref="Encode"/> (or plain ASCII without special characters).</summary>
    public void WriteEncoded(ReadOnlySpan<byte> field)
    {
        Separator(field.Length);
        field.CopyTo(buffer.AsSpan(length));
        length += field.Length;
    }

    /// <summary>Writes a field of <paramref name="prefix"/>, the digits of <paramref name="value"/> and <paramref name="suffix"/>
    /// (encoded parts: the prefix opens and the suffix closes the quotes when the field needs them).</summary>
    public void WriteEncoded(ReadOnlySpan<byte> prefix, int value, ReadOnlySpan<byte> suffix)
    {
        Separator(prefix.Length + 11 + suffix.Length);
        prefix.CopyTo(buffer.AsSpan(length));
        length += prefix.Length;
        value.TryFormat(buffer.AsSpan(length), out var written, default, CultureInfo.InvariantCulture);
        length += written;
        suffix.CopyTo(buffer.AsSpan(length));
        length += suffix.Length;
    }

    /// <summary>Writes an empty field.</summary>
    public void WriteEmpty() => Separator(0);

    /// <summary>Writes <paramref name="value"/> as its "R" text when it is finite, else an empty field.</summary>
    public void WriteNumber(double value)
    {
        Separator(RoundTripFormat.MaxLength);
        if (double.IsFinite(value))
        {
            RoundTripFormat.TryFormat(value, buffer.AsSpan(length), out var written);
            length += written;
        }
    }

    /// <summary>Writes an integer field.</summary>
    public void WriteInt(int value)
    {
        Separator(11);
        value.TryFormat(buffer.AsSpan(length), out var written, default, CultureInfo.InvariantCulture);
        length += written;
    }

    /// <summary>Ends the record (CRLF).</summary>
    /// <exception cref="InvalidOperationException">The record has a different number of fields than the first.</exception>
    public void EndRecord()
    {
        if (recordFields < 0)
        {
            recordFields = fields;
        }
        else if (fields != recordFields)
        {
            throw new InvalidOperationException(
                string.Create(CultureInfo.InvariantCulture, $"A record has {fields} fields but the first record has {recordFields}."));
        }

        Ensure(2);
        buffer[length++] = (byte)'\r';
        buffer[length++] = (byte)'\n';
        fields = 0;
    }

    /// <summary>Appends bytes already formatted as whole records (e.g. by another writer without a stream).</summary>
    public void WriteRecords(ReadOnlySpan<byte> records)
    {
        if (stream is not null && records.Length > buffer.Length - length)
        {
            FlushBuffer();
            if (records.Length > buffer.Length)
            {
                stream.Write(records);
                return;
            }
        }

        Ensure(records.Length);
        records.CopyTo(buffer.AsSpan(length));
        length += records.Length;
    }

    /// <summary>Forgets the bytes written (a writer without a stream, reused for the next rows).</summary>
    public void Clear()
    {
        length = 0;
        fields = 0;
    }

    /// <summary>Writes the buffer to the stream and flushes it.</summary>
    public void Flush()
    {
        FlushBuffer();
        stream?.Flush();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        var b = buffer;
        buffer = [];
        length = 0;
        if (b.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(b);
        }
    }

    /// <summary>Makes room for the separator and <paramref name="room"/> bytes, and writes the separator unless the field is the record's first.</summary>
    private void Separator(int room)
    {
        Ensure(room + 1);
        if (fields++ > 0)
        {
            buffer[length++] = Comma;
        }
    }

    /// <summary>Writes the field's text (room made by the caller).</summary>
    private void Text(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny(Special) < 0)
        {
            length += Utf8.GetBytes(text, buffer.AsSpan(length));
            return;
        }

        buffer[length++] = Quote;
        while (!text.IsEmpty)
        {
            var quote = text.IndexOf('"');
            var part = quote < 0 ? text : text[..(quote + 1)];
            length += Utf8.GetBytes(part, buffer.AsSpan(length));
            if (quote < 0)
            {
                break;
            }

            buffer[length++] = Quote;
            text = text[(quote + 1)..];
        }

        buffer[length++] = Quote;
    }

    private void Ensure(int room)
    {
        if (buffer.Length - length >= room)
        {
            return;
        }

        if (stream is not null)
        {
            FlushBuffer();
            if (buffer.Length >= room)
            {
                return;
            }
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(buffer.Length * 2, length + room));
        buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = larger;
    }

    private void FlushBuffer()
    {
        if (stream is not null && length > 0)
        {
            stream.Write(buffer, 0, length);
            length = 0;
        }
    }
}
