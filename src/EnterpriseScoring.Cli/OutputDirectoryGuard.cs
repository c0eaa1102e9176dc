using System.Runtime.InteropServices;
using System.Text.Json;
using EnterpriseScoring.Cli.Text;

namespace EnterpriseScoring.Cli;

/// <summary>
/// Decides whether <c>score --out DIR</c> may replace <c>DIR</c> as a whole. A run replaces the directory, so it must
/// never be one that holds anything but escore's own outputs.
/// </summary>
/// <remarks>
/// <para>Allowed: a directory that does not exist, an empty directory, or an earlier escore output — a directory whose
/// <c>run.json</c> says <c>"tool": "escore"</c> and that holds nothing but escore's output files
/// (<see cref="EscoreFiles"/>; no subdirectory, no other file).</para>
/// <para>Always refused: the file-system root, the current directory, the home directory or a directory containing
/// one of them; a directory that holds one of the run's inputs (the firms file, a SQLite database, the query file, a
/// <c>--prior</c> file, the profile file). Paths are compared both as given (made absolute) and with symbolic links
/// resolved.</para>
/// </remarks>
internal static class OutputDirectoryGuard
{
    /// <summary>The files an escore output directory may hold (the outputs of any version).</summary>
    public static IReadOnlySet<string> EscoreFiles { get; } = new HashSet<string>(["results.csv", "rejects.csv", "summary.csv", "report.html", "results.xlsx", "results.parquet", "run.json", "scorecard.csv", "scorecard-explain.txt", "scorecard.html", "register-rejects.csv", "sensitivity.csv", "pools.csv", "sensitivity.html", "comparison-firms.csv", "comparison.csv", "comparison.html"], StringComparer.Ordinal);

    private static StringComparison PathComparison => OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <summary>Throws when <paramref name="target"/> must not be replaced.</summary>
    /// <param name="target">The <c>--out</c> argument.</param>
    /// <param name="inputs">The run's input files: what they are (for the message, e.g. <c>--input</c>) and their paths.</param>
    /// <exception cref="CommandException">Replacing the directory could destroy something (exit code 3).</exception>
    public static void Check(string target, IEnumerable<(string What, string Path)> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var full = Full(target);
        if (full is null)
        {
            return; // AtomicDirectory.Begin reports the invalid path.
        }

        var real = Real(full);
        if (string.Equals(Path.GetPathRoot(full), full, PathComparison) || string.Equals(Path.GetPathRoot(real), real, PathComparison))
        {
            throw Refuse(Messages.OutIsRoot(target));
        }

        foreach (var (name, place) in Protected())
        {
            if (IsSameOrInside(place, full) || IsSameOrInside(Real(place), real))
            {
                throw Refuse(Messages.OutContains(target, name));
            }
        }

        if (!Directory.Exists(full))
        {
            return;
        }

        foreach (var (what, path) in inputs)
        {
            if (Full(path) is { } input && (IsSameOrInside(input, full) || IsSameOrInside(Real(input), real)))
            {
                throw Refuse(Messages.InputInsideOut(what, path, target));
            }
        }

        CheckContents(target, full);
    }

    /// <summary>Throws unless the existing directory <paramref name="full"/> is empty or an earlier escore output.</summary>
    private static void CheckContents(string target, string full)
    {
        List<string> entries;
        try
        {
            entries = [.. Directory.EnumerateFileSystemEntries(full)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CommandException(ExitCodes.InputOrUsageError, Messages.CannotListOut(target, ex.Message), ex);
        }

        if (entries.Count == 0)
        {
            return;
        }

        var foreign = entries
            .Where(e => Directory.Exists(e) || !EscoreFiles.Contains(Path.GetFileName(e)))
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (foreign.Count > 0)
        {
            var shown = string.Join(", ", foreign.Take(5)) + (foreign.Count > 5 ? Messages.AndMore(foreign.Count - 5) : string.Empty);
            throw Refuse(Messages.OutHasForeignFiles(target, shown));
        }

        if (!WrittenByEscore(Path.Combine(full, "run.json")))
        {
            throw Refuse(Messages.OutNotEscore(target));
        }
    }

    private static bool WrittenByEscore(string runJson)
    {
        try
        {
            using var stream = File.OpenRead(runJson);
            using var document = JsonDocument.Parse(stream);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("tool", out var tool)
                && tool.ValueKind == JsonValueKind.String
                && tool.GetString() == EscoreApplication.ToolName;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return false;
        }
    }

    private static IEnumerable<(string Name, string Path)> Protected()
    {
        yield return (Messages.CurrentDirectory, Path.TrimEndingDirectorySeparator(Directory.GetCurrentDirectory()));
        foreach (var home in new[] { Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), Environment.GetEnvironmentVariable("HOME") })
        {
            if (!string.IsNullOrEmpty(home) && Full(home) is { } h)
            {
                yield return (Messages.HomeDirectory, h);
            }
        }
    }

    private static CommandException Refuse(string message) => new(ExitCodes.InputOrUsageError, message);

    private static string? Full(string path)
    {
        try
        {
            var full = Path.GetFullPath(path);
            return Path.GetPathRoot(full) == full ? full : Path.TrimEndingDirectorySeparator(full);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="directory"/> or lies below it.</summary>
    internal static bool IsSameOrInside(string path, string directory)
    {
        if (string.Equals(path, directory, PathComparison))
        {
            return true;
        }

        var prefix = Path.EndsInDirectorySeparator(directory) ? directory : directory + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, PathComparison);
    }

    /// <summary>The absolute path with symbolic links resolved (<c>realpath</c>); the path itself when it does not exist or on Windows.</summary>
    internal static string Real(string full)
    {
        if (OperatingSystem.IsWindows())
        {
            return full;
        }

        try
        {
            var resolved = NativeMethods.realpath(full, IntPtr.Zero);
            if (resolved == IntPtr.Zero)
            {
                return full;
            }

            try
            {
                return Marshal.PtrToStringUTF8(resolved) ?? full;
            }
            finally
            {
                NativeMethods.free(resolved);
            }
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return full;
        }
    }

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern IntPtr realpath(string path, IntPtr resolved);

        [DllImport("libc")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern void free(IntPtr pointer);
    }
}
