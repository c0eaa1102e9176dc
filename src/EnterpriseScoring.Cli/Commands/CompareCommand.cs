using System.CommandLine;
using System.Globalization;
using EnterpriseScoring.Reporting;

namespace EnterpriseScoring.Cli.Commands;

/// <summary><c>escore compare</c>: tier migration between two results files (e.g. last year's and this year's).</summary>
internal static class CompareCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="globals">The global options.</param>
    public static Command Create(GlobalOptions globals)
    {
        var from = new Option<string>("--from") { Description = "The earlier results.csv.", HelpName = "RESULTS", Required = true };
        var to = new Option<string>("--to") { Description = "The later results.csv.", HelpName = "RESULTS", Required = true };
        var list = new Option<bool>("--list") { Description = "Also list the ids of the firms that moved." };
        var command = new Command("compare", "Tier migration between two results files: a from × to matrix, upgrades and downgrades.") { from, to, list };
        command.SetAction(parseResult =>
        {
            var context = CommandContext.From(parseResult, globals);
            var matrix = MigrationMatrix.Between(
                ExplainCommand.ReadPrior(parseResult.GetRequiredValue(from)),
                ExplainCommand.ReadPrior(parseResult.GetRequiredValue(to)));
            context.Output.WriteLine(matrix.ToString());
            context.Output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{matrix.Firms} firms: {matrix.Upgraded} upgraded, {matrix.Downgraded} downgraded, {matrix.Unchanged} unchanged."));
            if (parseResult.GetValue(list))
            {
                foreach (var f in Enum.GetValues<MigrationState>())
                {
                    foreach (var t in Enum.GetValues<MigrationState>())
                    {
                        if (f != t && matrix.Ids(f, t) is { Count: > 0 } ids)
                        {
                            context.Output.WriteLine($"{f} → {t}: {string.Join(" ", ids)}");
                        }
                    }
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
