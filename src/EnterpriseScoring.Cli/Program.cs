namespace EnterpriseScoring.Cli;

/// <summary>Entry point of the <c>escore</c> tool.</summary>
public static class Program
{
    /// <summary>Runs the tool on the console.</summary>
    /// <param name="args">Command-line arguments.</param>
    /// <returns>The process exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Main(string[] args)
    {
        // SIGINT (Ctrl-C), SIGTERM, SIGQUIT, SIGHUP: a run stops cleanly, publishes nothing and exits 128 + the signal's number.
        using var signals = SignalCancellation.Register();
        return EscoreApplication.Run(args, Console.Out, Console.Error, signals);
    }

    /// <summary>Runs the tool in-process with the given writers; never throws.</summary>
    /// <param name="args">Command-line arguments.</param>
    /// <param name="stdout">Where normal output goes.</param>
    /// <param name="stderr">Where errors go: one line each, with a stack trace only under <c>--verbose</c>.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        EscoreApplication.Run(args, stdout, stderr);
}
