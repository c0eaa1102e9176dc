using EnterpriseScoring.Cli.Text;

namespace EnterpriseScoring.Cli;

/// <summary>Writes files through a temporary file in the same directory and a rename, so a crash never leaves a half-written file.</summary>
internal static class AtomicFile
{
    /// <summary>Calls <paramref name="write"/> with a temporary path, then moves it over <paramref name="path"/>.</summary>
    /// <param name="path">The final file.</param>
    /// <param name="write">Writes the complete content to the path it is given.</param>
    /// <exception cref="CommandException">The path is not a file path or cannot be written (exit code 3).</exception>
    public static void Write(string path, Action<string> write)
    {
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new CommandException(ExitCodes.InputOrUsageError, Messages.InvalidFile(path), ex);
        }

        var directory = Path.GetDirectoryName(full);
        if (string.IsNullOrEmpty(directory) || Directory.Exists(full))
        {
            throw new CommandException(ExitCodes.InputOrUsageError, Messages.FileIsDirectory(path));
        }

        var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(directory);
            write(temp);
            File.Move(temp, full, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CommandException(ExitCodes.InputOrUsageError, Messages.CannotWrite(path, ex.Message), ex);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
