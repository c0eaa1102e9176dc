namespace EnterpriseScoring.Results;

/// <summary>
/// One firm's result as a flat record of plain values — text, numbers, nulls; no enums, no views of the evaluation — for
/// LINQ, a DataFrame, JSON (<see cref="ResultsJsonContext"/>), Python or DuckDB. The same figures as the firm's row of
/// results.csv (the properties are its columns, <see cref="FlatResults.Columns"/>), with text as it is (no formula
/// escaping) and <see langword="null"/> where results.csv has an empty cell.
/// </summary>
/// <remarks>Made by <see cref="Evaluation.ToFlatResults"/> (every firm, in table order) or <see cref="FirmResult.ToFlat"/>.</remarks>
public sealed record FlatResult
{
    /// <summary>统一社会信用代码 (results.csv <c>id</c>).</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>企业名称 (<c>name</c>).</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Region (区县/乡镇; <c>region</c>).</summary>
    public string Region { get; init; } = string.Empty;

    /// <summary>Platform (园区/平台; <c>platform</c>).</summary>
    public string Platform { get; init; } = string.Empty;

    /// <summary>Industry code, GB/T 4754 (<c>industry</c>).</summary>
    public string Industry { get; init; } = string.Empty;

    /// <summary><c>above</c> (规上), <c>below</c> (规下) or empty (<c>size_class</c>).</summary>
    public string SizeClass { get; init; } = string.Empty;

    /// <summary>The pool id; null when no pool matched (<c>pool</c>).</summary>
    public string? Pool { get; init; }

    /// <summary>The status code: <c>rated</c>, <c>rejected</c>, <c>excluded</c>, <c>not_pooled</c>, <c>exempt</c>, <c>transition</c>, <c>collect_only</c>, <c>t_class</c>, <c>ungraded_as_b</c> (<c>status</c>; <see cref="IO.ResultsCsvFormat.StatusCode"/>).</summary>
    public string Status { get; init; } = string.Empty;

    /// <summary>The total score = indicator total + bonus − deduction; null when not rated (<c>score</c>, <see cref="FirmResult.Total"/>).</summary>
    public double? Score { get; init; }

    /// <summary>The rank in the ranking scope, 1 = best; null when not rated (<c>rank</c>).</summary>
    public int? Rank { get; init; }

    /// <summary>The number of rated firms in the ranking scope; null when not rated (<c>pool_size</c>).</summary>
    public int? PoolSize { get; init; }

    /// <summary>(n − rank) / (n − 1) × 100, 100 for a scope of one; null when not rated (<c>percentile</c>).</summary>
    public double? Percentile { get; init; }

    /// <summary>The tier code: <c>A</c>–<c>D</c>, <c>T</c>, <c>ungraded_as_b</c>; null for none (<c>tier</c>; <see cref="IO.ResultsCsvFormat.TierCode"/>).</summary>
    public string? Tier { get; init; }

    /// <summary>The tier's label in the profile's label set, e.g. 优先发展类; null for no tier (<c>tier_label</c>).</summary>
    public string? TierLabel { get; init; }

    /// <summary>Why the firm got its tier: band or threshold, limits, re-flow, override rules; null for no tier (<c>tier_reason</c>).</summary>
    public string? TierReason { get; init; }

    /// <summary>One entry per indicator column of the evaluation (<see cref="FlatResults.IndicatorIds"/>, results.csv order); the figures are null for indicators the firm's pool does not use.</summary>
    public IReadOnlyList<FlatIndicatorResult> Indicators { get; init => field = ReadOnlyCopy.List(value); } = [];

    /// <summary>Counted bonus points; null when not rated (<c>bonus</c>).</summary>
    public double? Bonus { get; init; }

    /// <summary>Counted deduction points, ≥ 0; null when not rated (<c>deduction</c>).</summary>
    public double? Deduction { get; init; }

    /// <summary>The profile's evaluation year; null when the profile has none (<c>year</c>).</summary>
    public int? Year { get; init; }

    /// <summary>Why the firm was not rated; null when rated (<c>status_reason</c>).</summary>
    public string? StatusReason { get; init; }

    /// <summary>The parcel (地块编号) the firm was evaluated on together with other firms; null otherwise (<c>shared_parcel</c>).</summary>
    public string? SharedParcel { get; init; }

    /// <summary>
    /// The tier the rules and quotas gave before any manual decision (初评; <c>initial_tier</c>, a tier code like
    /// <see cref="Tier"/>): set only when the evaluation has manual tier decisions (<see cref="Evaluation.TierAdjustments"/>,
    /// 调档) — then the column is in <see cref="FlatResults.Columns"/> and every firm with a tier has it —, null otherwise.
    /// Left out of JSON when null, so results without decisions serialize as before.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? InitialTier { get; init; }

    /// <summary>The entry of indicator <paramref name="indicatorId"/> (ordinal), or null when the evaluation has no such indicator column.</summary>
    /// <param name="indicatorId">The indicator id.</param>
    public FlatIndicatorResult? Indicator(string indicatorId)
    {
        ArgumentNullException.ThrowIfNull(indicatorId);
        foreach (var indicator in Indicators)
        {
            if (string.Equals(indicator.IndicatorId, indicatorId, StringComparison.Ordinal))
            {
                return indicator;
            }
        }

        return null;
    }
}
