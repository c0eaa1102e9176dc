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
}
