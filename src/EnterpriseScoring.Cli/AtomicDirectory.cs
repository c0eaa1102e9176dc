using System.Globalization;
using System.Runtime.InteropServices;
using EnterpriseScoring.Cli.Text;

namespace EnterpriseScoring.Cli;

/// <summary>
/// Publishes a directory of outputs atomically: everything is written into a temporary directory next to the target,
/// which then replaces the target. A run killed before that leaves the target exactly as it was (and a
/// <c>.NAME.tmp-PID-…</c> directory that the next run removes).
/// </summary>
/// <remarks>
/// On Linux an existing target is swapped with <c>renameat2(RENAME_EXCHANGE)</c>, one atomic step; elsewhere (or when the
/// file system refuses) the old target is renamed aside, the new one renamed in, and the old one deleted.
/// </remarks>
internal sealed class AtomicDirectory
{
    private bool keepTemp;

    private AtomicDirectory(string target, string temp)
    {
        Target = target;
        Temp = temp;
    }

    /// <summary>The final directory.</summary>
    public string Target { get; }

    /// <summary>The temporary directory to write into.</summary>
    public string Temp { get; }

    /// <summary>
    /// Writes a run's files into a new temporary directory and puts it in place of <paramref name="target"/> as a whole;
    /// when <paramref name="write"/> throws, nothing is published and the temporary directory is removed. Call it holding
    /// the target's <see cref="OutputLock"/>.
    /// </summary>
    /// <param name="target">The output directory.</param>
    /// <param name="write">Writes the files (<see cref="File(string)"/>) and runs any last check before the commit.</param>
    /// <exception cref="CommandException">The path is invalid or not writable (exit code 3).</exception>
    public static void Publish(string target, Action<AtomicDirectory> write)
    {
        var directory = Begin(target);
        try
        {
            write(directory);
            directory.Commit();
        }
        catch
        {
            directory.Abandon();
            throw;
        }
    }

    /// <summary>
    /// Creates the temporary directory next to <paramref name="target"/> (and removes stale ones of dead runs). Call it
    /// holding the target's <see cref="OutputLock"/>.
    /// </summary>
    /// <param name="target">The output directory.</param>
    /// <exception cref="CommandException">The path is invalid or not writable (exit code 3).</exception>
    public static AtomicDirectory Begin(string target)
    {
        string full;
        try
        {
            full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new CommandException(ExitCodes.InputOrUsageError, Messages.InvalidDirectory(target), ex);
        }

        if (System.IO.File.Exists(full))
        {
            throw new CommandException(ExitCodes.InputOrUsageError, Messages.OutIsFile(target));
        }

        var parent = Path.GetDirectoryName(full) ?? throw new CommandException(ExitCodes.InputOrUsageError, Messages.OutHasNoParent(target));
        var name = Path.GetFileName(full);
        try
        {
            Directory.CreateDirectory(parent);
            RemoveStale(parent, name);
            var temp = Path.Combine(parent, string.Create(CultureInfo.InvariantCulture, $".{name}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}"));
            Directory.CreateDirectory(temp);
            return new AtomicDirectory(full, temp);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CommandException(ExitCodes.InputOrUsageError, Messages.CannotCreateTemp(target, ex.Message), ex);
        }
    }

    /// <summary>A path inside the temporary directory.</summary>
    public string File(string name) => Path.Combine(Temp, name);

    /// <summary>
    /// Replaces the target with the temporary directory. When <paramref name="confirm"/> is given it runs once the new
    /// content is in place and before the previous content is deleted (<c>score</c> commits the results database there);
    /// when it throws, the previous content is put back (the target is removed again if there was none) and its
    /// exception propagates, so the target ends as it was.
    /// </summary>
    /// <param name="confirm">The last step of the run, or null.</param>
    /// <exception cref="CommandException">The rename failed (exit code 3; the target is then unchanged), or putting the previous content back failed.</exception>
    public void Commit(Action? confirm = null)
    {
        var previous = Swap();
        if (confirm is not null)
        {
            try
            {
                confirm();
            }
            catch (Exception failure)
            {
                Restore(previous, failure);
                throw;
            }
        }

        try
        {
            if (previous is not null)
            {
                Directory.Delete(previous, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The old outputs are left for the next run to remove (a .NAME.tmp-/.old- directory of this process).
        }
    }

    /// <summary>Puts the new content in place; returns where the previous content now is (null when there was none).</summary>
    private string? Swap()
    {
        try
        {
            if (!Directory.Exists(Target))
            {
                Directory.Move(Temp, Target);
                return null;
            }

            if (OperatingSystem.IsLinux() && Exchange(Temp, Target))
            {
                return Temp; // now the old outputs
            }

            var aside = Path.Combine(Path.GetDirectoryName(Target)!, $".{Path.GetFileName(Target)}.old-{Environment.ProcessId}-{Guid.NewGuid():N}");
            Directory.Move(Target, aside);
            try
            {
                Directory.Move(Temp, Target);
            }
            catch
            {
                Directory.Move(aside, Target);
                throw;
            }

            return aside;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CommandException(ExitCodes.InputOrUsageError, Messages.CannotReplace(Target, ex.Message), ex);
        }
    }

    /// <summary>Undoes <see cref="Swap"/> after <paramref name="failure"/>: the target gets its previous content back (or is removed), the new content goes back to <see cref="Temp"/>.</summary>
    private void Restore(string? previous, Exception failure)
    {
        try
        {
            if (previous is null)
            {
                Directory.Move(Target, Temp);
            }
            else if (previous == Temp)
            {
                if (!Exchange(Temp, Target))
                {
                    throw new IOException("renameat2(RENAME_EXCHANGE) failed");
                }
            }
            else
            {
                Directory.Move(Target, Temp);
                Directory.Move(previous, Target);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Nothing may be deleted now: the previous outputs are moved where neither Abandon nor a later run's clean-up
            // removes them, and the temporary directory (which may hold either set) is kept.
            keepTemp = true;
            var kept = Keep(previous);
            throw new CommandException(ExitCodes.InputOrUsageError, Messages.PutBackFailed(failure.Message, Target, ex.Message, kept, Temp), failure);
        }
    }

    /// <summary>Moves the previous outputs at <paramref name="previous"/> to a <c>.NAME.kept-…</c> directory no clean-up removes; returns where they are.</summary>
    private string? Keep(string? previous)
    {
        if (previous is null || !Directory.Exists(previous))
        {
            return previous;
        }

        var kept = Path.Combine(Path.GetDirectoryName(Target)!, $".{Path.GetFileName(Target)}.kept-{Guid.NewGuid():N}");
        try
        {
            Directory.Move(previous, kept);
            return kept;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return previous;
        }
    }

    /// <summary>Deletes the temporary directory (after a failure).</summary>
    public void Abandon()
    {
        if (keepTemp)
        {
            return; // a failed restore: the temporary directory may hold the only copy of some outputs
        }

        try
        {
            if (Directory.Exists(Temp))
            {
                Directory.Delete(Temp, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left for the next run to remove.
        }
    }

    private static void RemoveStale(string parent, string name)
    {
        foreach (var dir in Directory.EnumerateDirectories(parent, $".{name}.*-*"))
        {
            var rest = Path.GetFileName(dir)[(name.Length + 1)..];
            var parts = rest.Split('-');
            if (parts.Length == 3 && parts[0] is ".tmp" or ".old"
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && !IsAlive(pid))
            {
                try
                {
                    Directory.Delete(dir, recursive: true);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Not ours to worry about.
                }
            }
        }
    }

    private static bool IsAlive(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            // This run holds the target's OutputLock and has not made its temporary directory yet: one with its process id
            // is an earlier process's that had the same id (a container starts every run as a low pid, often 1).
            return false;
        }

        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool Exchange(string a, string b)
    {
        try
        {
            return NativeMethods.renameat2(NativeMethods.AtFdCwd, a, NativeMethods.AtFdCwd, b, NativeMethods.RenameExchange) == 0;
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    private static partial class NativeMethods
    {
        public const int AtFdCwd = -100;
        public const uint RenameExchange = 2;

        [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int renameat2(int olddirfd, string oldpath, int newdirfd, string newpath, uint flags);
    }
}
