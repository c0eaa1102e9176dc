using EnterpriseScoring.IO;

namespace EnterpriseScoring.Cli;

/// <summary>What <c>escore score</c> records in run.json (camelCase keys in this order; null values are left out).</summary>
/// <param name="Tool">The tool's name.</param>
/// <param name="Version">The tool's version.</param>
/// <param name="Library">The library's version (three parts).</param>
/// <param name="RunId">The run's id: start time and a random suffix.</param>
/// <param name="StartedAt">The start time, round-trip format.</param>
/// <param name="Year">The evaluation year of the run (<c>--year</c> or the profile's).</param>
/// <param name="Profile">The profile used.</param>
/// <param name="Input">The firms' data read.</param>
/// <param name="Prior">The <c>--prior</c> files read.</param>
/// <param name="Counts">Row and firm counts.</param>
/// <param name="StatusCounts">Firms per status code (non-zero only).</param>
/// <param name="TierCounts">Firms per tier (non-zero only), keyed by the profile's codes (<see cref="Commands.ScoreCommand.RunTierCounts"/>).</param>
/// <param name="TimingsMs">Milliseconds per stage.</param>
/// <param name="WriteTimingsMs">Milliseconds per output file.</param>
/// <param name="Outputs">The files written to <c>--out</c>.</param>
/// <param name="Notes">Notes on the pools, also logged as warnings.</param>
/// <param name="AcceptedMissingMeasures">The measures the run accepted as missing.</param>
/// <param name="MaxRejects">The <c>--max-rejects</c> limit.</param>
/// <param name="ResultsDatabase">Where the results were also written, or null.</param>
/// <param name="ExitCode">The run's exit code.</param>
/// <param name="Corrections">The <c>--corrections</c> applied before evaluation, or null.</param>
/// <param name="Adjustments">The <c>--adjustments</c> (manual tier decisions) applied after the rules and quotas, or null.</param>
/// <param name="PriorInput">The <c>--prior-input</c> file (prior-year figures for growth indicators), or null.</param>
internal sealed record RunRecord(
    string Tool,
    string Version,
    string? Library,
    string RunId,
    string StartedAt,
    int Year,
    RunProfile Profile,
    RunInput Input,
    IReadOnlyList<RunPriorFile> Prior,
    RunCounts Counts,
    Dictionary<string, int> StatusCounts,
    Dictionary<string, int> TierCounts,
    Dictionary<string, long> TimingsMs,
    Dictionary<string, long> WriteTimingsMs,
    IReadOnlyList<string> Outputs,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> AcceptedMissingMeasures,
    string MaxRejects,
    RunResultsDatabase? ResultsDatabase,
    int ExitCode,
    RunCorrections? Corrections = null,
    RunAdjustments? Adjustments = null,
    RunPriorInput? PriorInput = null);

/// <summary>The <c>--prior-input</c> file of a run.</summary>
/// <param name="Path">The file.</param>
/// <param name="Sha256">The digest of the bytes read, or null when the reader gives none.</param>
/// <param name="Year">The prior year (the evaluation year − 1; 0 when unknown).</param>
/// <param name="Rows">The data rows read.</param>
/// <param name="Firms">The firms loaded.</param>
/// <param name="Rejected">The rows rejected on reading (those firms have no prior-year figure).</param>
internal sealed record RunPriorInput(string Path, string? Sha256, int Year, int Rows, int Firms, int Rejected);

/// <summary>The profile of a run.</summary>
/// <param name="Name">The profile's name.</param>
/// <param name="Argument">The <c>--profile</c> argument as given.</param>
/// <param name="Jurisdiction">The jurisdiction.</param>
/// <param name="EvaluationYear">The profile's evaluation year (after <c>--year</c>).</param>
/// <param name="Sha256">The digest of the profile as written back.</param>
/// <param name="Tiers">The codes of the profile's tier set, best first, when it is not A / B / C / D (null, left out, for the
/// standard set): how <c>escore compare</c> reads the results next to this run.json.</param>
/// <param name="Files">The data files the profile read (standard-value tables, <c>standard_table.file</c>), each with its digest;
/// null (left out) when it read none. Their contents are also in <paramref name="Sha256"/>: the profile is written back with
/// the rows inline.</param>
internal sealed record RunProfile(string Name, string Argument, string? Jurisdiction, int EvaluationYear, string Sha256, IReadOnlyList<string>? Tiers = null, IReadOnlyList<RunProfileFile>? Files = null)
{
    /// <summary>The <see cref="Tiers"/> of a profile's tier set: its codes, or null for the standard set.</summary>
    public static IReadOnlyList<string>? TiersOf(Classification.TierSet tiers) => tiers.IsStandard ? null : tiers.Codes;

    /// <summary>The <see cref="Files"/> of a profile: the CSV files of its standard-value tables, in pool and indicator order, each once; null when there are none.</summary>
    public static IReadOnlyList<RunProfileFile>? FilesOf(EvaluationProfile profile)
    {
        var files = profile.Pools
            .SelectMany(p => p.Indicators)
            .Select(i => (i.Scoring as Scoring.EfficacyCoefficientScoring)?.Options.Table?.Source)
            .OfType<Scoring.StandardTableFile>()
            .DistinctBy(f => (f.Path, f.Sha256))
            .Select(f => new RunProfileFile(f.Path, f.Sha256, f.Bytes))
            .ToArray();
        return files.Length == 0 ? null : files;
    }
}

/// <summary>A data file a run's profile read.</summary>
/// <param name="Path">The file relative to the folder of the --profile file (<see cref="Scoring.StandardTableFile.Path"/>): a base profile's table in <c>bases/</c> is <c>bases/c26.csv</c>.</param>
/// <param name="Sha256">The digest of its bytes.</param>
/// <param name="Bytes">Its length in bytes.</param>
internal sealed record RunProfileFile(string Path, string Sha256, long Bytes);

/// <summary>The input of a run.</summary>
/// <param name="Kind">csv, xlsx, sqlite or postgres.</param>
/// <param name="Source">The file, or the database with its password redacted.</param>
/// <param name="Sheet">The xlsx sheet, or null.</param>
/// <param name="Encoding">The CSV's encoding, or null.</param>
/// <param name="Sha256">The digest of the input as read.</param>
/// <param name="Query">The database query, or null.</param>
/// <param name="Columns">Which header fed which measure, in file order (measure columns only), or null.</param>
internal sealed record RunInput(string Kind, string Source, string? Sheet, string? Encoding, string Sha256, string? Query, IReadOnlyList<RunColumn>? Columns = null)
{
    /// <summary>The measure columns of <paramref name="mappings"/> as run.json records them.</summary>
    /// <param name="mappings">The reader's column mappings.</param>
    public static IReadOnlyList<RunColumn> ColumnsOf(IEnumerable<ColumnMapping> mappings) =>
        [.. mappings
            .Where(m => m.Role is ColumnRole.Measure or ColumnRole.CustomMeasure)
            .Select(m => new RunColumn(m.Index + 1, m.Header, m.Target, m.IsAliased ? true : null, m.SourceUnit.Length == 0 ? null : m.SourceUnit, m.Unit.Length == 0 ? null : m.Unit, m.IsConverted ? m.Factor : null))];
}

/// <summary>One measure column of the input as run.json records it.</summary>
/// <param name="Column">Its 1-based position.</param>
/// <param name="Header">The header as written.</param>
/// <param name="Measure">The measure it fed.</param>
/// <param name="Alias">True when a header alias (the profile's <c>columns</c>) mapped it; null otherwise.</param>
/// <param name="SourceUnit">The unit its values were read in, or null when unknown.</param>
/// <param name="Unit">The unit of the loaded values, or null when unknown.</param>
/// <param name="Factor">What each value was multiplied by, or null when not converted.</param>
internal sealed record RunColumn(int Column, string Header, string Measure, bool? Alias, string? SourceUnit, string? Unit, double? Factor);

/// <summary>A <c>--prior</c> file of a run.</summary>
/// <param name="Path">The file.</param>
/// <param name="Sha256">Its digest.</param>
/// <param name="Firms">The results it holds.</param>
/// <param name="Years">The years of its results, sorted.</param>
internal sealed record RunPriorFile(string Path, string Sha256, int Firms, int[] Years);

/// <summary>The counts of a run.</summary>
/// <param name="Read">Rows read.</param>
/// <param name="Loaded">Rows loaded as firms.</param>
/// <param name="Rated">Firms rated.</param>
/// <param name="NotRated">Firms loaded, not rated and not rejected.</param>
/// <param name="Rejected">Rows rejected in all.</param>
/// <param name="RejectedOnInput">Rows rejected by the reader.</param>
/// <param name="RejectedByEvaluation">Firms rejected by the evaluation.</param>
/// <param name="Warnings">Reader warnings.</param>
/// <param name="BlankRowsSkipped">Blank rows skipped.</param>
internal sealed record RunCounts(int Read, int Loaded, int Rated, int NotRated, int Rejected, int RejectedOnInput, int RejectedByEvaluation, int Warnings, int BlankRowsSkipped);

/// <summary>The results database of a run.</summary>
/// <param name="Provider">sqlite or postgres.</param>
/// <param name="Table">The results table.</param>
/// <param name="Scope">The scope replaced.</param>
internal sealed record RunResultsDatabase(string Provider, string Table, string Scope);
