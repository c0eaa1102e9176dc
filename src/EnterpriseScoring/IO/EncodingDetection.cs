using System.Text;
using System.Text.Unicode;

namespace EnterpriseScoring.IO;

/// <summary>Detects UTF-8 vs GB18030 on a prefix of a stream, then hands the whole stream on without reading it all.</summary>
internal static class EncodingDetection
{
    private const int InitialPrefix = 64 * 1024;

    /// <summary>How much pure-ASCII input detection reads ahead, at most, looking for the first non-ASCII byte.</summary>
    private const int MaxPrefix = 16 * 1024 * 1024;

    private static readonly Lazy<Encoding> Gb18030Encoding = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    });

    /// <summary>GB18030 (code page 54936), with the code-pages provider registered.</summary>
    public static Encoding Gb18030 => Gb18030Encoding.Value;

    /// <summary>Registers the code-pages provider so that callers' encodings such as GBK resolve.</summary>
    public static void EnsureProvider() => _ = Gb18030Encoding.Value;

    /// <summary>
    /// Reads a prefix of <paramref name="input"/> and decides its encoding (BOM → that; valid UTF-8 → UTF-8; else GB18030).
    /// Returns a stream that replays the prefix and continues with the rest, the encoding to give CsvHelper
    /// (<see langword="null"/> = UTF-8 / honour BOM) and the encoding to report.
    /// </summary>
    public static (Stream Stream, Encoding? CsvEncoding, Encoding Used) Prepare(Stream input, Encoding? explicitEncoding)
    {
        EnsureProvider();
        if (explicitEncoding is not null)
        {
            return (input, explicitEncoding.CodePage == Encoding.UTF8.CodePage ? null : explicitEncoding, explicitEncoding);
        }

        var buffer = new byte[InitialPrefix];
        var count = 0;
        var eof = false;
        while (true)
        {
            while (count < buffer.Length)
            {
                var n = input.Read(buffer, count, buffer.Length - count);
                if (n == 0)
                {
                    eof = true;
                    break;
                }

                count += n;
            }

            if (eof || !Ascii.IsValid(buffer.AsSpan(0, count)) || buffer.Length >= MaxPrefix)
            {
                break;
            }

            Array.Resize(ref buffer, Math.Min(buffer.Length * 4, MaxPrefix));
        }

        var prefix = buffer.AsSpan(0, count);
        var stream = new PrefixedStream(buffer, count, input);
        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (stream, null, Encoding.UTF8);
        }

        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (stream, Encoding.Unicode, Encoding.Unicode);
        }

        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (stream, Encoding.BigEndianUnicode, Encoding.BigEndianUnicode);
        }

        if (IsUtf8(prefix, eof))
        {
            return (stream, null, Encoding.UTF8);
        }

        return (stream, Gb18030, Gb18030);
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
}

/// <summary>A read-only, forward-only stream that yields a buffered prefix, then the rest of an inner stream.</summary>
internal sealed class PrefixedStream(byte[] prefix, int prefixLength, Stream inner) : Stream
{
    private int position;

    /// <summary>The buffered prefix (what has not been read from it yet, and what has).</summary>
    public ReadOnlySpan<byte> Prefix => prefix.AsSpan(0, prefixLength);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (position < prefixLength)
        {
            var n = Math.Min(buffer.Length, prefixLength - position);
            prefix.AsSpan(position, n).CopyTo(buffer);
            position += n;
            return n;
        }

        return inner.Read(buffer);
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (position < prefixLength)
        {
            return Read(buffer.Span);
        }

        return await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
