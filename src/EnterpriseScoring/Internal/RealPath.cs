namespace EnterpriseScoring.Internal;

/// <summary>The real path of a file: every symbolic link on the way resolved (like POSIX <c>realpath</c>).</summary>
internal static class RealPath
{
    /// <summary>The most links followed in one path, as Linux's ELOOP limit.</summary>
    private const int MaxLinks = 40;

    /// <summary>
    /// Resolves every symbolic link in <paramref name="path"/>, component by component (<c>..</c> after a link applies
    /// to where the link leads). Components that do not exist are kept as written.
    /// </summary>
    /// <param name="path">A full path.</param>
    /// <returns>The real path.</returns>
    /// <exception cref="IOException">More than 40 links (a loop).</exception>
    public static string Of(string path)
    {
        var links = 0;
        return Resolve(path, ref links);
    }

    private static string Resolve(string path, ref int links)
    {
        var root = Path.GetPathRoot(path);
        if (string.IsNullOrEmpty(root))
        {
            throw new ArgumentException("A full path is needed.", nameof(path));
        }

        var current = root;
        var parts = path[root.Length..].Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Join(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new IOException($"Too many levels of symbolic links in '{path}'.");
            }

            var resolved = Path.IsPathRooted(target) ? target : Path.Join(current, target);
            var rest = string.Join(Path.DirectorySeparatorChar, parts[(i + 1)..]);
            return Resolve(rest.Length == 0 ? resolved : Path.Join(resolved, rest), ref links);
        }

        return current;
    }
}
