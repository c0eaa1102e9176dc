using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace EnterpriseScoring.IO;

/// <summary>
/// Decides the encoding of CSV input on a prefix of the stream, refuses input that is not text with the likely cause, and
/// hands the whole stream on as UTF-8 without reading it all.
/// </summary>
/// <remarks>
/// Detection: a byte order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE, GB18030); otherwise the prefix must not be
/// binary (<see cref="NonTextInput"/>: an xlsx or other zip file, a legacy .xls, gzip, UTF-16 without a byte order mark,
/// NUL or control bytes); then UTF-8 when it is valid UTF-8; otherwise GB18030 — unless it looks like Big5 (it decodes
/// cleanly as Big5 while few of its characters read as GB18030 are common ones), which is refused with the override to
/// give. An explicit encoding skips detection (and the Big5 check); input that is not text is still refused.
/// </remarks>
internal static class EncodingDetection
{
    private const int InitialPrefix = 64 * 1024;

    /// <summary>How much pure-ASCII input detection reads ahead, at most, looking for the first non-ASCII byte.</summary>
    private const int MaxPrefix = 16 * 1024 * 1024;

    /// <summary>The fewest Chinese characters in the prefix for the Big5 check to judge.</summary>
    private const int MinCharactersForBig5 = 10;

    private static readonly Lazy<Encoding> Gb18030Encoding = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    });

    /// <summary>GB18030 (code page 54936), with the code-pages provider registered.</summary>
    public static Encoding Gb18030 => Gb18030Encoding.Value;

    /// <summary>Registers the code-pages provider so that callers' encodings such as GBK or Big5 resolve.</summary>
    public static void EnsureProvider() => _ = Gb18030Encoding.Value;

    /// <summary>
    /// Reads a prefix of <paramref name="input"/>, decides its encoding (or takes <paramref name="explicitEncoding"/>), and
    /// returns the whole input as UTF-8 past any byte order mark (undecodable bytes become U+FFFD) and the encoding to report.
    /// </summary>
    /// <exception cref="FirmDataException">The input is not text (with the likely cause), or looks like Big5.</exception>
    public static (Stream Utf8, Encoding Used) Prepare(Stream input, Encoding? explicitEncoding)
    {
        EnsureProvider();
        var (buffer, count, eof) = ReadPrefix(input);
        var prefix = buffer.AsSpan(0, count);
        var stream = new PrefixedStream(buffer, count, input);
        var encoding = explicitEncoding ?? ByteOrderMark(prefix);
        if (NonTextInput.Diagnose(prefix, encoding is not null && IsWide(encoding)) is { } notText)
        {
            throw new FirmDataException(notText);
        }

        if (encoding is null)
        {
            if (IsUtf8(prefix, eof))
            {
                encoding = Encoding.UTF8;
            }
            else if (LooksLikeBig5(prefix, eof) is { } big5)
            {
                throw new FirmDataException(big5);
            }
            else
            {
                encoding = Gb18030;
            }
        }

        return (ToUtf8(stream, encoding), encoding);
    }

    /// <summary>Whether <paramref name="bytes"/> is valid UTF-8, allowing a sequence cut off at the end when more input follows.</summary>
    internal static bool IsUtf8(ReadOnlySpan<byte> bytes, bool complete)
    {
        if (!complete)
        {
            // Drop an incomplete multi-byte sequence at the end of the prefix.
            var back = 0;
            var i = bytes.Length - 1;
            while (i >= 0 && back < 3 && (bytes[i] & 0xC0) == 0x80)
            {
                i--;
                back++;
            }

            if (i >= 0)
            {
                var lead = bytes[i];
                var need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
                if (need > back + 1)
                {
                    bytes = bytes[..i];
                }
            }
        }

        return Utf8.IsValid(bytes);
    }

    /// <summary>
    /// Why <paramref name="prefix"/> (not valid UTF-8) is taken for Big5 rather than GB18030, or null. Read as GB18030, real
    /// Chinese text is nearly all GB2312 hanzi (lead byte B0–F7, trail A1–FE) and punctuation (rows A1–A3); Big5 text read
    /// so gives under a fifth of those (its trail bytes 40–7E and its lead bytes A4–AF fall elsewhere). So: fewer than half
    /// common characters, and a clean Big5 decoding.
    /// </summary>
    internal static string? LooksLikeBig5(ReadOnlySpan<byte> prefix, bool complete)
    {
        var characters = 0;
        var common = 0;
        var i = 0;
        var whole = prefix.Length;
        while (i < prefix.Length)
        {
            var lead = prefix[i];
            if (lead < 0x80 || lead == 0xFF || lead == 0x80)
            {
                i++;
                continue;
            }

            if (i + 1 >= prefix.Length)
            {
                whole = i;
                break;
            }

            var trail = prefix[i + 1];
            characters++;
            if (trail is >= 0x30 and <= 0x39)
            {
                whole = i + 4 <= prefix.Length ? whole : i;
                i += 4; // a four-byte GB18030 sequence: never common, never Big5
                continue;
            }

            if ((lead is >= 0xB0 and <= 0xF7 || lead is >= 0xA1 and <= 0xA3) && trail is >= 0xA1 and <= 0xFE)
            {
                common++;
            }

            i += 2;
        }

        if (characters < MinCharactersForBig5 || common * 2 >= characters)
        {
            return null;
        }

        var big5 = (Encoding)Encoding.GetEncoding("big5").Clone();
        big5.DecoderFallback = new DecoderReplacementFallback("\uFFFD");
        if (big5.GetString(complete ? prefix : prefix[..whole]).Contains('\uFFFD', StringComparison.Ordinal))
        {
            return null;
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"The file looks like Big5 (traditional Chinese), not GB18030: read as GB18030 only {common:N0} of its first {characters:N0} Chinese characters are common ones (real GB18030 text is nearly all common), while it decodes cleanly as Big5. Read it as Big5 (escore --encoding big5; FirmCsvReaderOptions.Encoding = Encoding.GetEncoding(\"big5\")), or as GB18030 if that is what it is (--encoding gb18030).");
    }

    /// <summary><paramref name="encoding"/> with U+FFFD for undecodable bytes (code pages default to <c>?</c>, which would hide them).</summary>
    internal static Encoding WithReplacementCharacter(Encoding encoding)
    {
        if (encoding.DecoderFallback is DecoderReplacementFallback { DefaultString: "\uFFFD" })
        {
            return encoding;
        }

        var clone = (Encoding)encoding.Clone();
        clone.DecoderFallback = new DecoderReplacementFallback("\uFFFD");
        return clone;
    }

    /// <summary>Whether <paramref name="encoding"/> is UTF-16 or UTF-32, where NUL bytes are normal.</summary>
    private static bool IsWide(Encoding encoding) => encoding.CodePage is 1200 or 1201 or 12000 or 12001;

    private static Encoding? ByteOrderMark(ReadOnlySpan<byte> prefix) =>
        prefix.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? Encoding.UTF8
        : prefix.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) ? Encoding.UTF32
        : prefix.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]) ? new UTF32Encoding(bigEndian: true, byteOrderMark: true)
        : prefix.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? Encoding.Unicode
        : prefix.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? Encoding.BigEndianUnicode
        : prefix.StartsWith((ReadOnlySpan<byte>)[0x84, 0x31, 0x95, 0x33]) ? Gb18030
        : null;

    /// <summary>Reads the detection prefix: 64 KiB, extended up to 16 MiB while it is pure ASCII text.</summary>
    private static (byte[] Buffer, int Count, bool Eof) ReadPrefix(Stream input)
    {
        var buffer = new byte[InitialPrefix];
        var count = 0;
        while (true)
        {
            count += input.ReadAtLeast(buffer.AsSpan(count), buffer.Length - count, throwOnEndOfStream: false);
            var prefix = buffer.AsSpan(0, count);
            if (count < buffer.Length)
            {
                return (buffer, count, true);
            }

            if (!Ascii.IsValid(prefix) || prefix.Contains((byte)0) || buffer.Length >= MaxPrefix)
            {
                return (buffer, count, false);
            }

            Array.Resize(ref buffer, Math.Min(buffer.Length * 4, MaxPrefix));
        }
    }

    /// <summary>The input as UTF-8 without a byte order mark.</summary>
    private static Stream ToUtf8(Stream input, Encoding encoding)
    {
        var utf8 = encoding.CodePage == Encoding.UTF8.CodePage
            ? input
            : Encoding.CreateTranscodingStream(input, WithReplacementCharacter(encoding), new UTF8Encoding(false), leaveOpen: true);
        var head = new byte[3];
        var n = utf8.ReadAtLeast(head, 3, throwOnEndOfStream: false);
        return n == 3 && head.AsSpan().SequenceEqual((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])
            ? utf8
            : new PrefixedStream(head, n, utf8);
    }
}
