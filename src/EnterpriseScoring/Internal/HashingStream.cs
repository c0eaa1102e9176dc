using System.Security.Cryptography;

namespace EnterpriseScoring.Internal;

/// <summary>
/// A read-only pass-through stream that computes the SHA-256 of the bytes read through it and counts them, so that a
/// reader can say exactly which bytes its result came from (also on pipes and FIFOs, which cannot be read twice).
/// </summary>
internal sealed class HashingStream(Stream inner) : Stream
{
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private string? sha256;

    /// <summary>The number of bytes read so far.</summary>
    public long BytesRead { get; private set; }

    /// <inheritdoc/>
    public override bool CanRead => true;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override bool CanWrite => false;

    /// <inheritdoc/>
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    /// <summary>
    /// Reads what is left of the inner stream (so that the hash covers it to its end) and returns the SHA-256 of every
    /// byte read, as lower-case hex. Later calls return the same value; nothing may be read after the first.
    /// </summary>
    public string Finish()
    {
        if (sha256 is null)
        {
            CopyTo(Null, 1 << 16);
            sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
        }

        return sha256;
    }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc/>
    public override int Read(Span<byte> buffer)
    {
        if (sha256 is not null)
        {
            throw new InvalidOperationException("The hash is finished: nothing more may be read.");
        }

        var n = inner.Read(buffer);
        hash.AppendData(buffer[..n]);
        BytesRead += n;
        return n;
    }

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void Flush()
    {
    }

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            hash.Dispose();
        }

        base.Dispose(disposing);
    }
}
