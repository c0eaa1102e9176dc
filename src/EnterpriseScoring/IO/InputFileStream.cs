using System.Globalization;

namespace EnterpriseScoring.IO;

/// <summary>
/// An input file read once, from its start to its end, through a stream that computes the SHA-256 of the bytes read and,
/// when the read is complete (<see cref="Complete"/>), checks that the file did not change while it was read.
/// </summary>
/// <remarks>
/// <para>The hash is of the bytes the reader actually got — not of the file as it is later — so it identifies the data a
/// result came from even when the file is replaced or deleted afterwards, and it works on a pipe or FIFO (read once).</para>
/// <para>A regular file has changed while it was read when its length or last-write time (of the open file) differ
/// between opening and <see cref="Complete"/>, or when fewer or more bytes were read than its length: truncated,
/// appended to (still being written) or overwritten in place. Then <see cref="Complete"/> throws
/// <see cref="IOException"/> and the result must not be used. A file replaced by a rename (the usual way to publish a
/// file) is not a change: the open file is still the one that was read. A pipe or FIFO has no length: its bytes are
/// hashed, nothing is checked. The last-write time is as fine as the file system keeps it (nanoseconds on ext4, xfs,
/// btrfs and NTFS; 1–2 s on some others), so a same-length overwrite within that time on such a file system is not
/// seen.</para>
/// <para><see cref="FirmCsvReader.Read(string, FirmCsvReaderOptions?, IProgress{long}?)"/> and
/// <c>Excel.FirmXlsxReader.Read</c> read files this way (see
/// <see cref="FirmReadResult.Sha256"/>); open other inputs with it to read them the same way, e.g.
/// <see cref="ResultsCsvReader.Read(Stream)"/>. Not thread-safe.</para>
/// </remarks>
public sealed class InputFileStream : Stream
{
    private readonly FileStream file;
    private readonly HashingStream hashing;
    private readonly long? length;
    private readonly DateTime lastWrite;
    private string? sha256;

    private InputFileStream(string path, FileStream file)
    {
        if (file.CanSeek)
        {
            // First, as close to the open as possible: a change before this is not seen (the read is then of one version).
            length = file.Length;
            lastWrite = System.IO.File.GetLastWriteTimeUtc(file.SafeFileHandle);
        }

        Path = path;
        this.file = file;
        hashing = new HashingStream(file);
    }

    /// <summary>The path the file was opened by.</summary>
    public string Path { get; }

    /// <summary>The number of bytes read so far.</summary>
    public long BytesRead => hashing.BytesRead;

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
        get => hashing.BytesRead;
        set => throw new NotSupportedException();
    }

    /// <summary>The open file, for a counting pass before the read (<see cref="FileStream.Position"/> must be 0 again after it).</summary>
    internal FileStream File => file;

    /// <summary>Opens <paramref name="path"/> for reading (others may read it too, not write through a share-aware API).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The stream, positioned at the start of the file.</returns>
    /// <exception cref="IOException">The file cannot be opened (<see cref="FileNotFoundException"/> when it does not exist).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static InputFileStream Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        try
        {
            return new InputFileStream(path, file);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Reads what is left of the file (so the hash covers it to its end), checks that the file did not change while it
    /// was read, and returns the SHA-256 of every byte read as lower-case hex. Later calls return the same value; nothing
    /// may be read after the first.
    /// </summary>
    /// <returns>The SHA-256 (64 lower-case hex digits).</returns>
    /// <exception cref="IOException">The file changed while it was read; the message says how.</exception>
    public string Complete()
    {
        if (sha256 is not null)
        {
            return sha256;
        }

        var hash = hashing.Finish();
        if (length is { } before)
        {
            var after = file.Length;
            var written = System.IO.File.GetLastWriteTimeUtc(file.SafeFileHandle);
            var changes = new List<string>();
            if (after != before)
            {
                changes.Add(string.Create(CultureInfo.InvariantCulture, $"its length went from {before:N0} to {after:N0} bytes"));
            }

            if (written != lastWrite)
            {
                changes.Add(string.Create(CultureInfo.InvariantCulture, $"it was written to at {written:yyyy-MM-dd HH:mm:ss.fffffff}Z"));
            }

            if (hashing.BytesRead != before && after == before)
            {
                changes.Add(string.Create(CultureInfo.InvariantCulture, $"{hashing.BytesRead:N0} of its {before:N0} bytes were read"));
            }

            if (changes.Count > 0)
            {
                throw new IOException($"'{Path}' changed while it was read ({string.Join("; ", changes)}): the data read are not one version of the file, so they are not used. Read it again once whatever writes it has finished (publish input files by writing a temporary file and renaming it).");
            }
        }

        sha256 = hash;
        return hash;
    }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => hashing.Read(buffer, offset, count);

    /// <inheritdoc/>
    public override int Read(Span<byte> buffer) => hashing.Read(buffer);

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
            hashing.Dispose();
            file.Dispose();
        }

        base.Dispose(disposing);
    }
}
