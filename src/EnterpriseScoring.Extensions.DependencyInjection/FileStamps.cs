namespace EnterpriseScoring.Extensions.DependencyInjection;

/// <summary>
/// The length and last-write time (UTC) of a set of files, to tell whether any of them changed since: how
/// <see cref="ConfiguredProfileCatalog"/> avoids re-reading and re-hashing a profile file on every request.
/// </summary>
internal sealed class FileStamps
{
    /// <summary>
    /// A file written this recently is not trusted to be unchanged when its stamp is: on a file system with a coarse clock
    /// (one or two seconds) a second write in the same tick with the same length would keep the stamp (git's "racy" rule).
    /// </summary>
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);

    private readonly (string Path, long Length, DateTime LastWriteUtc)[] stamps;

    private FileStamps((string, long, DateTime)[] stamps) => this.stamps = stamps;

    /// <summary>The stamps of <paramref name="paths"/> now (a missing file has length -1).</summary>
    /// <param name="paths">Full paths.</param>
    public static FileStamps Of(IEnumerable<string> paths) => new([.. paths.Select(Stamp)]);

    /// <summary>Whether every file still has its stamp.</summary>
    public bool IsCurrent() => stamps.All(s => Stamp(s.Path) == s);

    /// <summary>Whether every file exists and was last written long enough ago for its stamp to tell a later change.</summary>
    public bool IsTrustworthy() => stamps.All(s => s.Length >= 0 && DateTime.UtcNow - s.LastWriteUtc > Settle);

    private static (string Path, long Length, DateTime LastWriteUtc) Stamp(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? (path, info.Length, info.LastWriteTimeUtc) : (path, -1, default);
    }
}
