using EnterpriseScoring.Internal;

namespace EnterpriseScoring.Extensions.DependencyInjection;

/// <summary>
/// The length and last-write time (UTC) of a set of files, and where their symbolic links point, to tell whether any of
/// them changed since: how <see cref="ConfiguredProfileCatalog"/> avoids re-reading and re-hashing a profile file on every
/// request.
/// </summary>
/// <remarks>
/// The link targets count because a deployment may switch a profile by pointing a link elsewhere (a Kubernetes ConfigMap
/// mounts <c>x.json → ..data/x.json</c> and swaps <c>..data</c>; an operator runs <c>ln -sfn</c>): the new target can
/// have the same length and last-write time as the old one, and only the link tells. So each stamp also holds the path
/// with every link on the way resolved (the file's own, those of the folders above it, and those inside a link's target):
/// a swapped folder link changes it.
/// </remarks>
internal sealed class FileStamps
{
    /// <summary>
    /// A file written this recently is not trusted to be unchanged when its stamp is: on a file system with a coarse clock
    /// (one or two seconds) a second write in the same tick with the same length would keep the stamp (git's "racy" rule).
    /// </summary>
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);

    private readonly (string Path, long Length, DateTime LastWriteUtc, string RealPath)[] stamps;

    private FileStamps((string, long, DateTime, string)[] stamps) => this.stamps = stamps;

    /// <summary>The stamps of <paramref name="paths"/> now (a missing file has length -1).</summary>
    /// <param name="paths">Full paths.</param>
    public static FileStamps Of(IEnumerable<string> paths) => new([.. paths.Select(Stamp)]);

    /// <summary>Whether every file still has its stamp.</summary>
    public bool IsCurrent() => stamps.All(s => Stamp(s.Path) == s);

    /// <summary>Whether every file exists and was last written long enough ago for its stamp to tell a later change.</summary>
    public bool IsTrustworthy() => stamps.All(s => s.Length >= 0 && DateTime.UtcNow - s.LastWriteUtc > Settle);

    private static (string Path, long Length, DateTime LastWriteUtc, string RealPath) Stamp(string path)
    {
        // The length and time of where the links lead (a link's own time is when it was made, not when the text was).
        var real = Real(Path.GetFullPath(path));
        var info = new FileInfo(real);
        return info.Exists ? (path, info.Length, info.LastWriteTimeUtc, real) : (path, -1, default, string.Empty);
    }

    /// <summary>Where <paramref name="path"/> leads with every symbolic link resolved (the path itself when none);
    /// the path itself when the links cannot be resolved (a loop): the stamp then tells only length and time.</summary>
    private static string Real(string path)
    {
        try
        {
            return RealPath.Of(path);
        }
        catch (IOException)
        {
            return path;
        }
    }
}
