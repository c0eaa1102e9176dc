using EnterpriseScoring.Cli.Input;

namespace EnterpriseScoring.Cli.Output;

/// <summary>Where <c>--results-db</c> writes: the database, the table (and its companions) and the scope of the run's rows.</summary>
/// <param name="Provider">The database kind.</param>
/// <param name="Connection">The connection string (may hold a password: never log it).</param>
/// <param name="Table">The results table's name (<c>--results-table</c>); the others are derived from it.</param>
/// <param name="Scope">The scope: the run replaces the rows of this scope and its year, and no others.</param>
/// <param name="ScopeIsExplicit">
/// Whether <c>--results-scope</c> was given. With the default scope a run replaces only rows that a run of the same
/// input (file, or database and query) wrote, so that two inputs scored under one profile never replace each other's rows.
/// </param>
internal sealed record ResultsDatabaseTarget(DbProvider Provider, string Connection, string Table, string Scope, bool ScopeIsExplicit)
{
    /// <summary>The default scope of a run under <paramref name="profile"/>: its name and jurisdiction, e.g. <c>zhejiang-six-indicators/浙江省</c>.</summary>
    public static string DefaultScope(EvaluationProfile profile) =>
        string.IsNullOrWhiteSpace(profile.Jurisdiction) ? profile.Name : profile.Name + "/" + profile.Jurisdiction;
}
