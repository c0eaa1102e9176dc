namespace EnterpriseScoring.Cli.Commands;

/// <summary>run.json of <c>escore scorecard</c>.</summary>
internal sealed record ScorecardRunRecord(
    string Tool,
    string Version,
    string Command,
    string StartedAt,
    int Year,
    RunScorecard Scorecard,
    RunProfile Profile,
    RunInput Input,
    RunRegister? Platforms,
    string? PriorFirms,
    IReadOnlyList<RunPriorScorecard> PriorScorecards,
    RunEvents? Events,
    RunCounts Counts,
    int ScoredPlatforms,
    int VetoedPlatforms,
    IReadOnlyList<RunPlatformType> Types,
    IReadOnlyList<RunQuota> Quotas,
    int FirmsOutsidePlatforms,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<string> Outputs,
    string MaxRejects,
    int ExitCode);

/// <summary>An earlier year's scorecard.csv read for the history rules (<c>--prior</c>).</summary>
internal sealed record RunPriorScorecard(string Path, string Sha256, int Platforms, IReadOnlyList<int> Years);

/// <summary>The scorecard profile of a run.</summary>
internal sealed record RunScorecard(string Id, string Argument, string Jurisdiction, string Sha256);

/// <summary>The platform register of a run.</summary>
internal sealed record RunRegister(string Path, string Sha256, int Read, int Platforms, int Rejected);

/// <summary>How many scored platforms took a type (scorecard profile <c>types</c>), and how many of them a quota moved there.</summary>
internal sealed record RunPlatformType(string Id, string Label, int Platforms, int ByQuota);

/// <summary>What one quota did in one group; <c>Short</c> &gt; 0 is a quota that could not be met (also a warning).</summary>
internal sealed record RunQuota(int Quota, string Type, string Group, int Platforms, int Required, int ByRules, int Moved, int Short);

/// <summary>The <c>--events</c> file of a run: rows read, events of the year counted, events of other years (not counted),
/// platforms with deductions and platforms disqualified.</summary>
internal sealed record RunEvents(string Path, string Sha256, int Read, int Counted, int OtherYears, int PlatformsDeducted, int PlatformsDisqualified);
