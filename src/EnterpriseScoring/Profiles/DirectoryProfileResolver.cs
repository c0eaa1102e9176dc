namespace EnterpriseScoring.Profiles;

/// <summary>
/// <see cref="ProfileResolver.Directory"/>: built-in names, and relative paths to profile files that stay inside the
/// folder of the profile naming them (lexically and after every symbolic link is resolved).
/// </summary>
internal sealed class DirectoryProfileResolver : IProfileResolver
{
    private static readonly StringComparison PathComparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

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

        var relative = reference.Replace('\\', '/');
        if (Path.IsPathRooted(reference) || relative.StartsWith('/') || relative.Contains(':', StringComparison.Ordinal))
        {
            throw BuiltInProfileResolver.Refused(
                $"'{reference}' is an absolute path; extends names a built-in profile or a path relative to the extending file, inside its folder",
                "put the base profile next to the extending file (or in a folder below it) and name it relatively, e.g. \"county-2025.json\"");
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
                    $"'{reference}' leads out of the folder of {Name(from)} (by '..'); a base profile must be in the extending file's folder or below it",
                    "copy the base profile next to the extending file");
            }

            real = RealPath.Of(candidate);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw BuiltInProfileResolver.Refused($"'{reference}' cannot be resolved: {e.GetType().Name}", "name the base profile by a plain relative path, e.g. \"county-2025.json\"");
        }

        if (!Inside(real, folder))
        {
            throw BuiltInProfileResolver.Refused(
                $"'{reference}' is (or passes through) a symbolic link that leads out of the folder of {Name(from)}",
                "copy the base profile next to the extending file instead of linking to it");
        }

        var identity = Path.GetRelativePath(realRoot.Value, real).Replace('\\', '/');
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

    private static string Name(ResolvedProfile? from) => from?.Identity ?? "the profile";

    /// <summary>Whether <paramref name="path"/> is strictly inside <paramref name="folder"/> (both full, normalised).</summary>
    internal static bool Inside(string path, string folder)
    {
        var prefix = Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar;
        return path.Length > prefix.Length && path.StartsWith(prefix, PathComparison);
    }
}
