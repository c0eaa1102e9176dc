namespace EnterpriseScoring.IO;

/// <summary>
/// Writes a file through a temporary file in the same directory, renamed over the target only once it is complete: a
/// cancelled or failed write leaves the target as it was (absent, or its previous content) and no temporary file behind.
/// </summary>
internal static class AtomicFileOutput
{
    /// <summary>Calls <paramref name="write"/> on a worker thread with a temporary file, then moves it over <paramref name="path"/>.</summary>
    /// <param name="path">The target file.</param>
    /// <param name="write">Writes the complete content; checks the token.</param>
    /// <param name="cancellationToken">Cancels the write; after the rename the write is complete and no longer cancelled.</param>
    public static Task WriteAsync(string path, Action<Stream, CancellationToken> write, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full) ?? throw new ArgumentException($"'{path}' is not a file path.", nameof(path));
        return Task.Run(
            () =>
            {
                var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
                try
                {
                    using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
                    {
                        write(stream, cancellationToken);
                        stream.Flush(flushToDisk: true);
                    }

                    cancellationToken.ThrowIfCancellationRequested();
                    File.Move(temp, full, overwrite: true);
                }
                finally
                {
                    File.Delete(temp); // nothing when it was moved
                }
            },
            cancellationToken);
    }
}
