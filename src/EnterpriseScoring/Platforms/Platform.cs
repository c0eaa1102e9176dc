namespace EnterpriseScoring.Platforms;

/// <summary>
/// One industrial platform (开发区/园区) of a platform register: a 主平台 or one of its 分区分园 (<see cref="Parent"/>),
/// its county, its land figures, and — when it was merged into another — from when.
/// </summary>
/// <remarks>
/// Land figures are in 亩 and <see langword="null"/> when the register does not give them (never 0 for "unknown").
/// <see cref="MergedInto"/> and <see cref="MergedFrom"/> come together: the scorecard for year Y counts this platform's
/// firms and register figures in <see cref="MergedInto"/> when <see cref="MergedFrom"/> falls in Y or earlier (the
/// membership in force at the end of Y; <c>docs/scorecard.md</c>).
/// </remarks>
public sealed record Platform
{
    /// <summary>The platform's id (平台编号): what firms' platform column and the register's references name.</summary>
    public required string Id { get; init; }

    /// <summary>平台名称; firms may name the platform by this name instead of its id.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>级别.</summary>
    public PlatformLevel Level { get; init; }

    /// <summary>The id of the 主平台 this platform is a 分区/分园 of; empty for a main platform.</summary>
    public string Parent { get; init; } = string.Empty;

    /// <summary>The county (县/市/区) the platform belongs to.</summary>
    public string County { get; init; } = string.Empty;

    /// <summary>规划可开发面积 (可开发空间), 亩.</summary>
    public double? PlannedArea { get; init; }

    /// <summary>批而未供: land approved for construction but not yet supplied, 亩.</summary>
    public double? ApprovedUnsupplied { get; init; }

    /// <summary>供而未用: land supplied but not yet used, 亩.</summary>
    public double? SuppliedUnused { get; init; }

    /// <summary>低效用地: land in inefficient use, 亩.</summary>
    public double? InefficientLand { get; init; }

    /// <summary>当年腾退: land cleared (taken back from inefficient use) in the register's year, 亩.</summary>
    public double? ClearedLand { get; init; }

    /// <summary>The id of the platform this one was merged into (撤并/整合); empty when none.</summary>
    public string MergedInto { get; init; } = string.Empty;

    /// <summary>The date the merge took effect; set exactly when <see cref="MergedInto"/> is.</summary>
    public DateOnly? MergedFrom { get; init; }

    /// <summary>The line of the register the platform was read from; 0 when built in code.</summary>
    public int Line { get; init; }

    /// <summary>The name to show: <see cref="Name"/>, or <see cref="Id"/> when the register gives no name.</summary>
    public string DisplayName => Name.Length > 0 ? Name : Id;

    /// <summary>Whether the merge is in force for the scorecard of <paramref name="year"/> (it took effect in that year or earlier).</summary>
    /// <param name="year">The scorecard's year.</param>
    public bool IsMergedIn(int year) => MergedInto.Length > 0 && MergedFrom is { } from && from.Year <= year;
}
