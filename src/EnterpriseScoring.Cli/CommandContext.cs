using System.CommandLine;

namespace EnterpriseScoring.Cli;

/// <summary>What a running command needs besides its own options: stdout, the log, the global flags.</summary>
internal sealed class CommandContext
{
    private readonly SignalCancellation? signals;

    private CommandContext(TextWriter output, CliLog log, SignalCancellation? signals)
    {
        Output = output;
        Log = log;
        this.signals = signals;
    }

    /// <summary>Standard output: the command's report (summaries, tables). Nothing under <c>--quiet</c>.</summary>
    public TextWriter Output { get; }

    /// <summary>The log on stderr.</summary>
    public CliLog Log { get; }

    /// <summary>Whether <c>--quiet</c> was given.</summary>
    public bool Quiet => Log.Quiet;

    /// <summary>The context of the command <paramref name="parseResult"/> runs.</summary>
    public static CommandContext From(ParseResult parseResult, GlobalOptions globals)
    {
        var configuration = parseResult.InvocationConfiguration;
        return new CommandContext(
            configuration.Output,
            EscoreApplication.CreateLog(parseResult, globals, configuration.Error),
            (configuration as EscoreInvocationConfiguration)?.Signals);
    }

    /// <summary>
    /// For a command that stops cleanly: from now on SIGINT, SIGTERM, SIGQUIT or SIGHUP cancels the returned token instead
    /// of ending the process. The command checks it where stopping leaves nothing behind (and not once it has begun to
    /// publish); the <see cref="OperationCanceledException"/> becomes the exit code 128 + the signal's number.
    /// </summary>
    /// <returns>The token; <see cref="CancellationToken.None"/> in-process.</returns>
    public CancellationToken CancelOnSignals() => signals?.Cooperate() ?? CancellationToken.None;

    /// <summary>Writes a line of the report to stdout (unless quiet).</summary>
    public void WriteLine(string line = "")
    {
        if (!Quiet)
        {
            Output.WriteLine(line);
        }
    }
}
