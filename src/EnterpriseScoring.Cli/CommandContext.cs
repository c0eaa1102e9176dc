using System.CommandLine;

namespace EnterpriseScoring.Cli;

/// <summary>What a running command needs besides its own options: stdout, the log, the global flags.</summary>
internal sealed class CommandContext
{
    private CommandContext(TextWriter output, CliLog log)
    {
        Output = output;
        Log = log;
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
        return new CommandContext(configuration.Output, EscoreApplication.CreateLog(parseResult, globals, configuration.Error));
    }

    /// <summary>Writes a line of the report to stdout (unless quiet).</summary>
    public void WriteLine(string line = "")
    {
        if (!Quiet)
        {
            Output.WriteLine(line);
        }
    }
}
