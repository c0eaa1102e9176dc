namespace EnterpriseScoring.Tests.Embedding;

/// <summary>
/// A stream like an ASP.NET Core request body with synchronous I/O disallowed: every synchronous read or write throws;
/// asynchronous reads return the source's bytes in small pieces, optionally forever (the bytes repeat), and a hook runs
/// after each asynchronous write.
/// </summary>
internal sealed class AsyncOnlyStream(byte[] source, int repeatFrom = -1, Action<long>? afterWrite = null) : Stream
{
    private long position;

    /// <summary>The bytes written so far.</summary>
    public MemoryStream Written { get; } = new();

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => position;
        set => throw new NotSupportedException();
    }

    public override void Flush() => throw new InvalidOperationException("Synchronous operations are disallowed.");

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");

    public override int Read(Span<byte> buffer) => throw new InvalidOperationException("Synchronous operations are disallowed.");

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        var offset = position;
        if (repeatFrom >= 0 && offset >= source.Length)
        {
            offset = repeatFrom + ((offset - source.Length) % (source.Length - repeatFrom));
        }

        var n = (int)Math.Min(Math.Min(buffer.Length, 4096), source.Length - offset);
        if (n <= 0)
        {
            return 0;
        }

        source.AsSpan((int)offset, n).CopyTo(buffer.Span);
        position += n;
        return n;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        Written.Write(buffer.Span);
        afterWrite?.Invoke(Written.Length);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");

    public override void Write(ReadOnlySpan<byte> buffer) => throw new InvalidOperationException("Synchronous operations are disallowed.");
}
