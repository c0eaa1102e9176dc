using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using EnterpriseScoring.Cli.Text;

namespace EnterpriseScoring.Cli;

/// <summary>
/// Keeps two runs from writing one output directory at once: an exclusive lock on the file <c>.NAME.lock</c> next to
/// the directory <c>NAME</c>, held from before the input is read until the run ends. A second run to the same directory
/// is refused at once (exit code 3) with the first one's process id, host and start time.
/// </summary>
/// <remarks>
/// The lock is the operating system's (<c>flock</c> on Linux and macOS, an unshared open on Windows), so it goes away
/// with the process however it ends — a killed run never leaves a lock that blocks the next one. The empty lock file
/// itself stays (removing it could let two runs lock two different files); it is harmless and may be deleted when no
/// run is going. Paths are compared with symbolic links of the parent directory resolved.
/// </remarks>
internal sealed class OutputLock : IDisposable
{
    private const int SharingViolation = unchecked((int)0x80070020);
    private const int LockViolation = unchecked((int)0x80070021);

    /// <summary>EWOULDBLOCK, the HResult of .NET's IOException when another process holds the lock (Linux 11, macOS and BSD 35).</summary>
    private static int WouldBlock => OperatingSystem.IsLinux() ? 11 : 35;

    private readonly FileStream file;

    private OutputLock(FileStream file, string path)
    {
        this.file = file;
        Path = path;
    }

    /// <summary>The lock file.</summary>
    public string Path { get; }

    /// <summary>The lock file of the output directory <paramref name="target"/>: <c>.NAME.lock</c> in its (resolved) parent.</summary>
    /// <param name="target">The <c>--out</c> argument.</param>
    public static string PathFor(string target)
    {
        var full = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(target));
        var parent = System.IO.Path.GetDirectoryName(full) ?? throw new CommandException(ExitCodes.InputOrUsageError, Messages.OutHasNoParent(target));
        return System.IO.Path.Combine(OutputDirectoryGuard.Real(parent), $".{System.IO.Path.GetFileName(full)}.lock");
    }

    /// <summary>Takes the lock of the output directory <paramref name="target"/> (creating its parent when missing).</summary>
    /// <param name="target">The <c>--out</c> argument.</param>
    /// <exception cref="CommandException">Another run holds it, or the lock file cannot be created (exit code 3).</exception>
    public static OutputLock Acquire(string target)
    {
        string path;
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(target))!);
            path = PathFor(target);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or IOException or UnauthorizedAccessException)
        {
            throw new CommandException(ExitCodes.InputOrUsageError, Messages.CannotCreateOutParent(target, ex.Message), ex);
        }

        FileStream file;
        try
        {
            // FileShare.None: .NET takes flock(LOCK_EX) on Unix (unless file locking is switched off, hence Lock below).
            file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex) when (ex.HResult is SharingViolation or LockViolation || ex.HResult == WouldBlock)
        {
            throw Busy(target, path, ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CommandException(ExitCodes.InputOrUsageError, Messages.CannotOpenLock(path, target, ex.Message), ex);
        }

        try
        {
            if (!OperatingSystem.IsWindows() && !NativeMethods.TryLock(file))
            {
                throw Busy(target, path, null);
            }

            file.SetLength(0);
            var holder = string.Create(CultureInfo.InvariantCulture, $"pid {Environment.ProcessId} on {Environment.MachineName}, started {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm:ss}Z\n");
            file.Write(Encoding.UTF8.GetBytes(holder));
            file.Flush();
            return new OutputLock(file, path);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>Releases the lock.</summary>
    public void Dispose() => file.Dispose();

    private static CommandException Busy(string target, string path, Exception? inner)
    {
        var holder = OperatingSystem.IsWindows() ? null : NativeMethods.ReadLine(path);
        return new CommandException(ExitCodes.InputOrUsageError, Messages.OutBusy(string.IsNullOrWhiteSpace(holder) ? null : holder.Trim(), target, path), inner);
    }

    private static class NativeMethods
    {
        private const int LockExclusive = 2;
        private const int LockNonBlocking = 4;
        private const int ReadOnly = 0;

        /// <summary>
        /// flock(LOCK_EX | LOCK_NB) on the open file: false only when another process holds the lock (EWOULDBLOCK); a file
        /// system without locks counts as locked, as .NET's own FileShare does.
        /// </summary>
        public static bool TryLock(FileStream file)
        {
            try
            {
                return flock(file.SafeFileHandle.DangerousGetHandle().ToInt32(), LockExclusive | LockNonBlocking) == 0
                    || Marshal.GetLastPInvokeError() != WouldBlock;
            }
            catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
            {
                return true; // .NET's own lock (FileShare.None) stands
            }
        }

        /// <summary>The first line of the lock file, read without taking a lock (.NET's readers would ask for one and fail); null when it cannot be read.</summary>
        public static string? ReadLine(string path)
        {
            try
            {
                var fd = open(path, ReadOnly);
                if (fd < 0)
                {
                    return null;
                }

                try
                {
                    var buffer = new byte[256];
                    var n = read(fd, buffer, buffer.Length);
                    return n <= 0 ? null : Encoding.UTF8.GetString(buffer, 0, (int)n).Split('\n')[0];
                }
                finally
                {
                    _ = close(fd);
                }
            }
            catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
            {
                return null;
            }
        }

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        private static extern int flock(int fd, int operation);

        [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        private static extern int open(string path, int flags);

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        private static extern nint read(int fd, byte[] buffer, nint count);

        [DllImport("libc")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        private static extern int close(int fd);
    }
}
