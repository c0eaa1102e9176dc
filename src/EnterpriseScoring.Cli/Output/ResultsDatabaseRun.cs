using EnterpriseScoring.Cli.Input;

namespace EnterpriseScoring.Cli.Output;

/// <summary>What the runs table records of one <c>escore score</c> run (the same facts as its run.json).</summary>
/// <param name="RunId">run.json's <c>runId</c>.</param>
/// <param name="Year">The evaluation year (0 when the profile has none).</param>
/// <param name="StartedAt">When the run started (UTC).</param>
/// <param name="ToolVersion">escore's version.</param>
/// <param name="LibraryVersion">The EnterpriseScoring library's version.</param>
/// <param name="ProfileName">The profile's name.</param>
/// <param name="ProfileJurisdiction">The profile's jurisdiction.</param>
/// <param name="ProfileArgument">The <c>--profile</c> argument (a built-in name or a file).</param>
/// <param name="ProfileSha256">The SHA-256 of the compiled profile (as in run.json).</param>
/// <param name="InputKind"><c>csv</c>, <c>xlsx</c>, <c>sqlite</c> or <c>postgres</c>.</param>
/// <param name="InputSource">The input: the file's full path (and sheet), or the provider and connection without password.</param>
/// <param name="InputQuery">The query, for a database input.</param>
/// <param name="InputSha256">The SHA-256 of the input (as in run.json).</param>
/// <param name="RowsRead">Rows read.</param>
/// <param name="FirmsLoaded">Firms loaded (evaluated).</param>
/// <param name="Rated">Firms rated.</param>
/// <param name="NotRated">Firms loaded but not rated and not rejected.</param>
/// <param name="Rejected">Rows rejected (on input and by the evaluation).</param>
/// <param name="RejectedOnInput">Rows rejected on input.</param>
/// <param name="RejectedByEvaluation">Firms rejected by the evaluation.</param>
/// <param name="MaxRejects">The <c>--max-rejects</c> limit, e.g. <c>1%</c>.</param>
/// <param name="ExitCode">The run's exit code.</param>
internal sealed record ResultsDatabaseRun(
    string RunId,
    int Year,
    DateTimeOffset StartedAt,
    string ToolVersion,
    string? LibraryVersion,
    string ProfileName,
    string? ProfileJurisdiction,
    string? ProfileArgument,
    string ProfileSha256,
    string InputKind,
    string InputSource,
    string? InputQuery,
    string InputSha256,
    int RowsRead,
    int FirmsLoaded,
    int Rated,
    int NotRated,
    int Rejected,
    int RejectedOnInput,
    int RejectedByEvaluation,
    string MaxRejects,
    int ExitCode)
{
    /// <summary>
    /// How the runs table names an input, so that runs of one input can be told from runs of another: a file's full path
    /// (and sheet), or the provider and the connection string without password (the query is recorded apart).
    /// </summary>
    public static string SourceOf(FirmSource source) =>
        source.Path is { } path
            ? (source.Sheet is null ? Path.GetFullPath(path) : $"{Path.GetFullPath(path)} (sheet '{source.Sheet}')")
            : source.Describe();
}
