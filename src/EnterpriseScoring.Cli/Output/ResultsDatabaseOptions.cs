using System.CommandLine;
using EnterpriseScoring.Cli.Input;
using EnterpriseScoring.Cli.Text;

namespace EnterpriseScoring.Cli.Output;

/// <summary>
/// The options of <c>escore score</c> that also write the results to a database: <c>--results-db</c>,
/// <c>--results-connection</c>, <c>--results-table</c>, <c>--results-scope</c>.
/// </summary>
internal sealed class ResultsDatabaseOptions
{
    /// <summary><c>--results-db sqlite|postgres</c>.</summary>
    public Option<DbProvider?> Provider { get; } = new("--results-db")
    {
        Description = Descriptions.ResultsDb,
        HelpName = "sqlite|postgres",
    };

    /// <summary><c>--results-connection CS</c>.</summary>
    public Option<string> Connection { get; } = new("--results-connection")
    {
        Description = Descriptions.ResultsConnection,
        HelpName = "CS",
    };

    /// <summary><c>--results-table NAME</c>.</summary>
    public Option<string> Table { get; } = new("--results-table")
    {
        Description = Descriptions.ResultsTable,
        HelpName = "NAME",
        DefaultValueFactory = _ => "escore_results",
    };

    /// <summary><c>--results-scope TEXT</c>.</summary>
    public Option<string> Scope { get; } = new("--results-scope")
    {
        Description = Descriptions.ResultsScope,
        HelpName = "TEXT",
    };

    /// <summary>Adds the options, and a check that <c>--results-db</c> has a connection, to <paramref name="command"/>.</summary>
    /// <param name="command">The command.</param>
    /// <param name="inputConnection">The input's <c>--connection</c>, the default of <c>--results-connection</c>.</param>
    public void AddTo(Command command, Option<string> inputConnection)
    {
        command.Options.Add(Provider);
        command.Options.Add(Connection);
        command.Options.Add(Table);
        command.Options.Add(Scope);
        command.Validators.Add(result =>
        {
            if (result.GetValue(Provider) is not null && result.GetValue(Connection) is null && result.GetValue(inputConnection) is null)
            {
                result.AddError(Messages.ResultsDbNeedsConnection);
            }

            if (result.GetValue(Scope) is { } scope && string.IsNullOrWhiteSpace(scope))
            {
                result.AddError(Messages.EmptyResultsScope);
            }
        });
    }

    /// <summary>Where the results go, or null without <c>--results-db</c>.</summary>
    /// <param name="parseResult">The command line.</param>
    /// <param name="inputConnection">The input's <c>--connection</c>.</param>
    /// <param name="profile">The profile being run (its name and jurisdiction are the default scope).</param>
    /// <exception cref="CommandException">The table name is not a plain SQL name (exit code 3).</exception>
    public ResultsDatabaseTarget? Resolve(ParseResult parseResult, Option<string> inputConnection, EvaluationProfile profile)
    {
        if (parseResult.GetValue(Provider) is not { } provider)
        {
            return null;
        }

        var table = parseResult.GetRequiredValue(Table);
        ResultsTableLayout.CheckTableName(table);
        var connection = InputOptions.ResolveConnection(parseResult.GetValue(Connection) ?? parseResult.GetRequiredValue(inputConnection));
        var scope = parseResult.GetValue(Scope);
        return new ResultsDatabaseTarget(provider, connection, table, scope ?? ResultsDatabaseTarget.DefaultScope(profile), ScopeIsExplicit: scope is not null);
    }
}
