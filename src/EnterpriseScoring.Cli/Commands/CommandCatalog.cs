using System.CommandLine;

namespace EnterpriseScoring.Cli.Commands;

/// <summary>The subcommands besides <c>version</c>, in the order help lists them.</summary>
internal static class CommandCatalog
{
    /// <summary>Creates the subcommands.</summary>
    /// <param name="globals">The global options.</param>
    public static IEnumerable<Command> Create(GlobalOptions globals)
    {
        yield return ScoreCommand.Create(globals);
        yield return ScorecardCommand.Create(globals);
        yield return ValidateCommand.Create(globals);
        yield return ExplainCommand.Create(globals);
        yield return CompareCommand.Create(globals);
        yield return SensitivityCommand.Create(globals);
        yield return ProfilesCommand.Create(globals);
        yield return SampleCommand.Create(globals);
    }
}
