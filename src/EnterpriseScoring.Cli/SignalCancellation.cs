using System.Globalization;
using System.Runtime.InteropServices;

namespace EnterpriseScoring.Cli;

/// <summary>
/// SIGINT (Ctrl-C), SIGTERM, SIGQUIT and SIGHUP as a cancellation: while a command that stops cleanly runs (it called
/// <see cref="Cooperate"/>), the first of these signals cancels <see cref="Token"/>; the command then stops at its next
/// check, removes what it wrote so far and publishes nothing, and the tool exits with <see cref="ExitCode"/>
/// (128 + the signal's number: 129, 130, 131, 143).
/// </summary>
/// <remarks>
/// <para>A second signal, or a signal while no cooperating command runs, gets the system's default: the process ends at
/// once (an output directory is still never half-replaced, see <see cref="AtomicDirectory"/>).</para>
/// <para>SIGINT is handled even when escore was started with it ignored (a shell starts <c>cmd &amp;</c> of a script so), so
/// Ctrl-C and <c>kill -INT</c> always cancel. SIGQUIT keeps an inherited "ignore". SIGHUP is handled only on Linux and only
/// when it was not ignored at start: a run started under <c>nohup</c> keeps running when the terminal closes.</para>
/// </remarks>
internal sealed class SignalCancellation : IDisposable
{
    private readonly CancellationTokenSource source = new();
    private readonly List<PosixSignalRegistration> registrations = [];
    private readonly Lock gate = new();
    private bool cooperating;

    private SignalCancellation()
    {
    }

    /// <summary>Cancelled by the first signal while a cooperating command runs.</summary>
    public CancellationToken Token => source.Token;

    /// <summary>The signal that cancelled the run, or null.</summary>
    public PosixSignal? Received { get; private set; }

    /// <summary>The exit code for <see cref="Received"/> (128 + its number), or null.</summary>
    public int? ExitCode => Received is { } signal ? 128 + Number(signal) : null;

    /// <summary>Handles the signals of this process until disposed.</summary>
    public static SignalCancellation Register()
    {
        var signals = new SignalCancellation();
        if (!OperatingSystem.IsWindows())
        {
            // .NET leaves alone a signal that was ignored at start, and a shell starts 'cmd &' of a script with SIGINT ignored:
            // Ctrl-C / kill -INT would be lost on such a run. Before .NET installs its handlers, make SIGINT default again.
            NativeMethods.UnignoreSigint();
        }

        List<PosixSignal> handled = [PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGQUIT];
        if (OperatingSystem.IsLinux() && !IgnoredAtStart(1))
        {
            handled.Add(PosixSignal.SIGHUP);
        }

        foreach (var signal in handled)
        {
            try
            {
                signals.registrations.Add(PosixSignalRegistration.Create(signal, context => context.Cancel = signals.Request(context.Signal)));
            }
            catch (Exception ex) when (ex is PlatformNotSupportedException or IOException)
            {
                // Not on this platform (e.g. SIGQUIT on some): that signal keeps the system's default.
            }
        }

        return signals;
    }

    /// <summary>A cancellation no signal reaches (in-process runs); <see cref="Request"/> stands in for a signal in tests.</summary>
    public static SignalCancellation Manual() => new();

    /// <summary>
    /// Called by a command that stops cleanly when <see cref="Token"/> is cancelled: from now on the first signal cancels it
    /// instead of ending the process.
    /// </summary>
    /// <returns><see cref="Token"/>.</returns>
    public CancellationToken Cooperate()
    {
        lock (gate)
        {
            cooperating = true;
            return source.Token;
        }
    }

    /// <summary>A signal arrived: cancels the token and returns true (the process goes on to stop cleanly), or returns false for the system's default.</summary>
    /// <param name="signal">The signal.</param>
    internal bool Request(PosixSignal signal)
    {
        lock (gate)
        {
            if (!cooperating || Received is not null)
            {
                return false;
            }

            Received = signal;
        }

        try
        {
            source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The tool is exiting.
        }

        return true;
    }

    /// <summary>The signal's conventional name, e.g. <c>SIGINT (Ctrl-C)</c>.</summary>
    /// <param name="signal">The signal.</param>
    public static string Describe(PosixSignal signal) => signal switch
    {
        PosixSignal.SIGINT => "SIGINT (Ctrl-C)",
        PosixSignal.SIGTERM => "SIGTERM",
        PosixSignal.SIGQUIT => "SIGQUIT",
        PosixSignal.SIGHUP => "SIGHUP (hang-up)",
        _ => signal.ToString(),
    };

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var registration in registrations)
        {
            registration.Dispose();
        }

        source.Dispose();
    }

    /// <summary>The POSIX number of the signal (the <see cref="PosixSignal"/> values are not the numbers).</summary>
    private static int Number(PosixSignal signal) => signal switch
    {
        PosixSignal.SIGHUP => 1,
        PosixSignal.SIGINT => 2,
        PosixSignal.SIGQUIT => 3,
        PosixSignal.SIGTERM => 15,
        _ => 0,
    };

    private static class NativeMethods
    {
        private const int Sigint = 2;
        private static readonly IntPtr Default = IntPtr.Zero;
        private static readonly IntPtr Ignore = new(1);

        /// <summary>Sets SIGINT back to its default action when it is ignored (any other handler is put back as it was).</summary>
        public static void UnignoreSigint()
        {
            try
            {
                var previous = signal(Sigint, Default);
                if (previous != Ignore)
                {
                    _ = signal(Sigint, previous);
                }
            }
            catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
            {
                // Left as it is.
            }
        }

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        private static extern IntPtr signal(int number, IntPtr handler);
    }

    /// <summary>Whether signal <paramref name="number"/> is ignored by this process (Linux: the <c>SigIgn</c> mask of /proc/self/status).</summary>
    private static bool IgnoredAtStart(int number)
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("SigIgn:", StringComparison.Ordinal)
                    && ulong.TryParse(line.AsSpan(7).Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var mask))
                {
                    return (mask & (1UL << (number - 1))) != 0;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Unknown: handle it.
        }

        return false;
    }
}
