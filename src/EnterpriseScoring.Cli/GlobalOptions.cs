using System.CommandLine;

namespace EnterpriseScoring.Cli;

/// <summary>Options every command accepts. One instance per command tree (options must not be shared between trees).</summary>
internal sealed class GlobalOptions
{
    /// <summary><c>--verbose</c>: show stack traces with errors and extra detail.</summary>
    public Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Show details, and stack traces with errors.",
        Recursive = true,
    };

    /// <summary><c>--quiet</c>: print nothing but errors (for cron and CI).</summary>
    public Option<bool> Quiet { get; } = new("--quiet", "-q")
    {
        Description = "Print nothing but errors.",
        Recursive = true,
    };

    /// <summary><c>--log-format text|json</c>: how log lines and errors on stderr look.</summary>
    public Option<LogFormat> LogFormat { get; } = new("--log-format")
    {
        Description = "How log lines and errors on stderr look: text (one line each) or json (one JSON object per line).",
        DefaultValueFactory = _ => Cli.LogFormat.Text,
        Recursive = true,
        HelpName = "text|json",
    };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Verbose);
        command.Options.Add(Quiet);
        command.Options.Add(LogFormat);
    }
}
