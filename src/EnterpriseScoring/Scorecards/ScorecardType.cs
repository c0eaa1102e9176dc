namespace EnterpriseScoring.Scorecards;

/// <summary>
/// A platform type of a scorecard profile (杭政办函〔2017〕127号: 整合托管型 / 转为创新型 / 保留提升型 / 逐步退出型): a platform
/// takes the first type, in profile order, whose <see cref="When"/> holds; the profile's default type when none does.
/// </summary>
public sealed record ScorecardType
{
    /// <summary>The type's id (lower-case ASCII; the <c>type</c> column of scorecard.csv).</summary>
    public required string Id { get; init; }

    /// <summary>The type's name (逐步退出型 …); the id when not given.</summary>
    public required string Label { get; init; }

    /// <summary>The rule; null for a type reached only as the default or by a quota.</summary>
    public ScorecardCondition? When { get; init; }

    /// <summary>The document the type or its rule comes from, when given.</summary>
    public string Source { get; init; } = string.Empty;
}
