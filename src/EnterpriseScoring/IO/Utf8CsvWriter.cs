using System.Buffers;
using System.Globalization;
using System.Text;

namespace EnterpriseScoring.IO;

/// <summary>
/// A comma-separated UTF-8 writer that gives the bytes our CsvHelper writers (<c>CsvOutput</c>, UTF-8) give: a field is
/// quoted — <c>"</c> around it, inner quotes doubled — exactly when it contains a comma, a quote, CR or LF (leading or
/// trailing spaces are written as they are); records end with CRLF; lone surrogates become U+FFFD. A text field that
/// would start a spreadsheet formula gets a leading <c>'</c> (<see cref="FormulaGuard"/>) unless the writer was made with
/// <see cref="FormulaEscaping.None"/>; numbers (<see cref="WriteNumber"/>, <see cref="WriteInt"/>) never do. Fields go
/// into a pooled byte buffer, numbers are formatted straight into it (<see cref="RoundTripFormat"/>).
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
    private const byte Apostrophe = (byte)FormulaGuard.EscapeCharacter;
    private static readonly SearchValues<char> Special = SearchValues.Create(",\"\r\n");
    private static readonly UTF8Encoding Utf8 = new(false, false);

    private readonly Stream? stream;
    private readonly bool escapeFormulas;
    private byte[] buffer;
    private int length;
    private int fields;
    private int recordFields = -1;

    /// <summary>A writer to <paramref name="stream"/> (left open), starting with a byte order mark when asked.</summary>
    /// <param name="stream">The destination, or null to keep the bytes (<see cref="Written"/>).</param>
    /// <param name="byteOrderMark">Whether to start with a UTF-8 byte order mark.</param>
    /// <param name="escaping">How <see cref="WriteField(ReadOnlySpan{char})"/> protects text that would start a formula.</param>
    /// <param name="bufferSize">The buffer's size in bytes.</param>
    public Utf8CsvWriter(Stream? stream, bool byteOrderMark, FormulaEscaping escaping = FormulaEscaping.QuotePrefix, int bufferSize = 1 << 20)
    {
        this.stream = stream;
        escapeFormulas = escaping != FormulaEscaping.None;
        buffer = ArrayPool<byte>.Shared.Rent(Math.Max(bufferSize, 1024));
        if (byteOrderMark)
        {
            "\uFEFF"u8.ToArray().CopyTo(buffer, 0);
            length = 3;
        }
    }

    /// <summary>The bytes written and not yet flushed.</summary>
    public ReadOnlySpan<byte> Written => buffer.AsSpan(0, length);

    /// <summary>
    /// The bytes a field of <paramref name="text"/> is written as (quoted when needed; a text field protected as
    /// <paramref name="escaping"/> says — <see cref="FormulaEscaping.None"/> for a number's text): for texts written many times.
    /// </summary>
    public static byte[] Encode(string text, FormulaEscaping escaping)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var writer = new Utf8CsvWriter(null, false, escaping, Utf8.GetMaxByteCount(text.Length) * 2 + 8);
        writer.Text(text);
        return writer.Written.ToArray();
    }

    /// <summary>
    /// The encoded parts of fields <paramref name="prefix"/> + digits + <paramref name="suffix"/> (digits never need
    /// quoting): the prefix opens the quotes and the suffix closes them when the prefix or suffix needs them; a prefix that
    /// would start a formula is protected as <paramref name="escaping"/> says (an empty prefix: the field starts with a digit).
    /// </summary>
    public static (byte[] Prefix, byte[] Suffix) EncodeAround(string prefix, string suffix, FormulaEscaping escaping)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(suffix);
        if (escaping != FormulaEscaping.None)
        {
            prefix = FormulaGuard.Escape(prefix);
        }

        var quoted = prefix.AsSpan().IndexOfAny(Special) >= 0 || suffix.AsSpan().IndexOfAny(Special) >= 0;
        byte[] Part(string text, string open, string close) =>
            Utf8.GetBytes(quoted ? open + text.Replace("\"", "\"\"", StringComparison.Ordinal) + close : text);
        return (Part(prefix, "\"", string.Empty), Part(suffix, string.Empty, "\""));
    }

    /// <summary>Writes a text field (protected from formula injection unless the writer was made with <see cref="FormulaEscaping.None"/>).</summary>
    public void WriteField(string? text) => WriteField(text.AsSpan());

    /// <summary>Writes a text field (protected from formula injection unless the writer was made with <see cref="FormulaEscaping.None"/>).</summary>
    public void WriteField(ReadOnlySpan<char> text)
    {
        Separator(Utf8.GetMaxByteCount(text.Length) * 2 + 3);
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

    /// <summary>Writes the field's text, with the leading <c>'</c> of <see cref="FormulaGuard"/> when it needs one (room made by the caller).</summary>
    private void Text(ReadOnlySpan<char> text)
    {
        // The first-character test: one comparison for almost every cell.
        var escape = escapeFormulas && !text.IsEmpty && FormulaGuard.NeedsEscape(text[0]);
        if (text.IndexOfAny(Special) < 0)
        {
            if (escape)
            {
                buffer[length++] = Apostrophe;
            }

            length += Utf8.GetBytes(text, buffer.AsSpan(length));
            return;
        }

        buffer[length++] = Quote;
        if (escape)
        {
            buffer[length++] = Apostrophe;
        }

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
