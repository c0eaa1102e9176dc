namespace EnterpriseScoring.Profiles;

/// <summary>
/// <see cref="ProfileResolver.Directory"/>: built-in names, and relative paths to profile files that stay inside the
/// folder of the profile naming them (lexically and after every symbolic link is resolved).
/// </summary>
internal sealed class DirectoryProfileResolver : IProfileResolver, IProfileDataFileReader
{
    private static readonly StringComparison PathComparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    private const string BaseProfile = "a base profile";

    private readonly string root;
    private readonly Lazy<string> realRoot;
    private readonly IProfileResolver builtIns;

    /// <summary>A resolver of the files in <paramref name="root"/> and of the names <paramref name="builtIns"/> knows.</summary>
    /// <param name="root">The folder.</param>
    /// <param name="builtIns">Resolves names (not paths): <see cref="ProfileResolver.BuiltIn"/> (firm profiles) when null.</param>
    public DirectoryProfileResolver(string root, IProfileResolver? builtIns = null)
    {
        this.builtIns = builtIns ?? ProfileResolver.BuiltIn;
        this.root = Path.GetFullPath(root);
        realRoot = new Lazy<string>(() => RealPath.Of(this.root));
    }

    public ResolvedProfile Resolve(string reference, ResolvedProfile? from)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (!ProfileResolver.IsPath(reference))
        {
            return builtIns.Resolve(reference, from);
        }

        if (from is { Location: null })
        {
            throw BuiltInProfileResolver.Refused($"'{reference}' is a file path, and {from.Identity} may extend built-in profiles only", "name a built-in profile");
        }

        var (real, identity) = Confine(reference, from, BaseProfile, "the base profile");
        if (!File.Exists(real))
        {
            var where = from?.Location is { Length: > 0 } location ? $"in {location}/" : "next to " + Name(from);
            throw BuiltInProfileResolver.Refused(
                System.IO.Directory.Exists(real) ? $"'{reference}' is a folder, not a profile file" : $"file '{reference}' not found (looked {where})",
                "paths are relative to the extending file");
        }

        var json = ProfileFile.Read(real, identity);
        var parent = Path.GetDirectoryName(identity)?.Replace('\\', '/') ?? string.Empty;
        return new ResolvedProfile(identity, json, parent);
    }

    /// <summary>
    /// Reads a data file a profile names (<c>standard_table.file</c>): a relative path inside the folder of the profile that
    /// names it, confined as <c>extends</c> is, a regular file of 1 to <see cref="ProfileResolver.MaxDataFileBytes"/> bytes.
    /// </summary>
    public ProfileDataFile ReadDataFile(string reference, ResolvedProfile? from)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (from is { Location: null })
        {
            throw BuiltInProfileResolver.Refused($"'{reference}' is a file, and {from.Identity} may read no files", "give the rows inline");
        }

        var (real, identity) = Confine(reference, from, "a data file", "the file");
        if (!string.Equals(Path.GetExtension(reference), ".csv", StringComparison.OrdinalIgnoreCase))
        {
            // Problems in a data file quote its cells: only files named as CSV may be read, so that a profile cannot be
            // pointed at the other files of its folder to show their contents.
            throw BuiltInProfileResolver.Refused($"'{reference}' is not named .csv", "a profile reads data files as CSV only (UTF-8 or GB18030), named *.csv: save the table as CSV");
        }

        if (!File.Exists(real))
        {
            var where = from?.Location is { Length: > 0 } location ? $"in {location}/" : "next to " + Name(from);
            throw BuiltInProfileResolver.Refused(
                System.IO.Directory.Exists(real) ? $"'{reference}' is a folder, not a file" : $"file '{reference}' not found (looked {where})",
                "paths are relative to the profile file that names them");
        }

        return new ProfileDataFile(identity, ProfileFile.ReadBytes(real, reference, ProfileResolver.MaxDataFileBytes, "a data file (CSV)"));
    }

    /// <summary>
    /// The real path and the identity (relative to the root folder) of <paramref name="reference"/>, named by
    /// <paramref name="from"/>: refused when it is absolute, leads out of <paramref name="from"/>'s folder by <c>..</c>, or is
    /// (or passes through) a symbolic link that leads out of it.
    /// </summary>
    private (string Real, string Identity) Confine(string reference, ResolvedProfile? from, string what, string it)
    {
        var relative = reference.Replace('\\', '/');
        if (Path.IsPathRooted(reference) || relative.StartsWith('/') || relative.Contains(':', StringComparison.Ordinal))
        {
            throw BuiltInProfileResolver.Refused(
                $"'{reference}' is an absolute path; {(what == BaseProfile ? "extends names a built-in profile or a path relative to the extending file" : $"{what} is named by a path relative to the file naming it")}, inside its folder",
                $"put {it} next to the file naming it (or in a folder below it) and name it relatively");
        }

        string real;
        string folder;
        try
        {
            folder = Path.GetFullPath(Path.Join(realRoot.Value, from?.Location ?? string.Empty));
            var candidate = Path.GetFullPath(Path.Join(folder, relative));
            if (!Inside(candidate, folder))
            {
                throw BuiltInProfileResolver.Refused(
                    $"'{reference}' leads out of the folder of {Name(from)} (by '..'); {what} must be in the folder of the file naming it or below it",
                    $"copy {it} next to the file naming it");
            }

            real = RealPath.Of(candidate);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw BuiltInProfileResolver.Refused($"'{reference}' cannot be resolved: {e.GetType().Name}", $"name {it} by a plain relative path");
        }

        if (!Inside(real, folder))
        {
            throw BuiltInProfileResolver.Refused(
                $"'{reference}' is (or passes through) a symbolic link that leads out of the folder of {Name(from)}",
                $"copy {it} next to the file naming it instead of linking to it");
        }

        return (real, Path.GetRelativePath(realRoot.Value, real).Replace('\\', '/'));
    }

    private static string Name(ResolvedProfile? from) => from?.Identity ?? "the profile";

    /// <summary>Whether <paramref name="path"/> is strictly inside <paramref name="folder"/> (both full, normalised).</summary>
    internal static bool Inside(string path, string folder)
    {
        var prefix = Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar;
        return path.Length > prefix.Length && path.StartsWith(prefix, PathComparison);
    }
}
