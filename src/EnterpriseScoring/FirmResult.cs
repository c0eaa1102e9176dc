using EnterpriseScoring.Adjustments;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Corrections;

namespace EnterpriseScoring;

/// <summary>One firm's result: status, pool, indicator figures, adjustments, total, rank.</summary>
/// <remarks>A view created on demand by <see cref="Evaluation"/>; immutable. <c>JsonSerializer.Serialize(result)</c> writes
/// its flat record (<see cref="ToFlat"/>; the shape of <see cref="Results.ResultsJsonContext"/>, statuses and tiers as text).</remarks>
[Reporting.TypeFormatterSource(typeof(Reporting.NotebookFormatterSource))]
[System.Text.Json.Serialization.JsonConverter(typeof(Results.FirmResultJsonConverter))]
public sealed class FirmResult
{
    private readonly Evaluation evaluation;

    internal FirmResult(Evaluation evaluation, int row)
    {
        this.evaluation = evaluation;
        Row = row;
    }

    /// <summary>The row in the evaluated <see cref="FirmTable"/>.</summary>
    public int Row { get; }

    /// <summary>统一社会信用代码.</summary>
    public string Id => evaluation.Table.Ids[Row];

    /// <summary>企业名称.</summary>
    public string Name => evaluation.Table.Names[Row];

    /// <summary>Region (区县/乡镇).</summary>
    public string Region => evaluation.Table.Regions[Row];

    /// <summary>Platform (园区/平台).</summary>
    public string Platform => evaluation.Table.Platforms[Row];

    /// <summary>Industry code (GB/T 4754).</summary>
    public string IndustryCode => evaluation.Table.Industries[Row];

    /// <summary>规上 / 规下.</summary>
    public SizeClass SizeClass => evaluation.Table.SizeClasses[Row];

    /// <summary>
    /// The parcel (地块编号) the firm shares with the firms in <see cref="SharedWith"/>: they were evaluated together as
    /// one firm (<see cref="Land.SharedParcelMerge"/>), and this result is theirs too. Null when not merged.
    /// </summary>
    public string? Parcel => evaluation.SharedParcelOf(Row);

    /// <summary>The ids of the other firms evaluated together with this one on its shared parcel, in ordinal order; empty when none.</summary>
    public IReadOnlyList<string> SharedWith => evaluation.SharedWith(Row);

    /// <summary>The firm's pool id, or <see langword="null"/> when no pool matched.</summary>
    public string? PoolId => evaluation.PoolOf(Row)?.Profile.Id;

    /// <summary>The outcome.</summary>
    public FirmStatus Status => evaluation.StatusOf(Row);

    /// <summary>Why the firm was not rated (null when rated).</summary>
    public string? Reason => evaluation.ReasonOf(Row);

    /// <summary>The evaluated land area (亩), or null when unknown.</summary>
    public double? LandArea => double.IsNaN(evaluation.LandArea[Row]) ? null : evaluation.LandArea[Row];

    /// <summary>The indicator figures, in the pool's indicator order (empty when no pool matched).</summary>
    public IReadOnlyList<IndicatorResult> Indicators => evaluation.IndicatorsOf(Row);

    /// <summary>Bonus and deduction lines (empty when none applied or the firm is not rated).</summary>
    public IReadOnlyList<AdjustmentLine> Adjustments => evaluation.AdjustmentsOf(Row);

    /// <summary>The aggregated indicator score before adjustments (null when not rated).</summary>
    public double? IndicatorTotal => evaluation.Figure(Row, static (p, k) => p.Aggregates[k]);

    /// <summary>Counted bonus points (null when not rated).</summary>
    public double? Bonus => evaluation.Figure(Row, static (p, k) => p.Bonus[k]);

    /// <summary>Counted deduction points, ≥ 0 (null when not rated).</summary>
    public double? Deduction => evaluation.Figure(Row, static (p, k) => p.Deduction[k]);

    /// <summary>The total score = indicator total + bonus − deduction (null when not rated).</summary>
    public double? Total => evaluation.Figure(Row, static (p, k) => p.Totals[k]);

    /// <summary>The rank within the pool, 1 = best (null when not rated).</summary>
    public int? Rank => Status == FirmStatus.Rated ? evaluation.PoolOf(Row)!.Ranks[evaluation.PositionOf(Row)] : null;

    /// <summary>The number of rated firms in the firm's ranking scope — the pool, or its region or platform within the pool (null when not rated).</summary>
    public int? PoolSize => Status == FirmStatus.Rated ? evaluation.PoolOf(Row)!.ScopeSizes[evaluation.PositionOf(Row)] : null;

    /// <summary>The tier: A–D for rated firms in a pool with a tier scheme (after a manual decision, 调档, when there is one; <see cref="InitialTier"/>), T or ungraded-as-B by eligibility or by a manual decision (a rated firm keeps its score and rank); null otherwise.</summary>
    public Tier? Tier => evaluation.TierOf(Row);

    /// <summary>The tier the rules and quotas gave (初评): <see cref="Tier"/> unless a manual decision (调档) moved the firm.</summary>
    public Tier? InitialTier => evaluation.InitialTierOf(Row);

    /// <summary>The manual tier decision (调档) applied to the firm, or null (<see cref="EnterpriseScoring.Corrections.TierAdjustments"/>).</summary>
    public AppliedTierAdjustment? TierAdjustment => evaluation.TierAdjustmentOf(Row);

    /// <summary>The corrections (更正) applied to the firm's values before evaluation, in the order applied; empty when none.</summary>
    public IReadOnlyList<AppliedCorrection> Corrections => [.. evaluation.Table.Corrections.Where(c => string.Equals(c.Id, Id, StringComparison.Ordinal))];

    /// <summary>The tier's code in the profile's tier set (<c>A</c>–<c>D</c>, or e.g. <c>A+</c>; <c>T</c>, <c>ungraded_as_b</c>),
    /// as results.csv's <c>tier</c> column shows it; empty when the firm has no tier.</summary>
    public string TierCode => evaluation.Profile.Tiers.CodeOf(Tier);

    /// <summary>The tier's label in the profile's label set (e.g. 优先发展类), or null.</summary>
    public string? TierLabel => Tier is { } tier ? evaluation.Profile.Labels.Of(tier) : null;

    /// <summary>Why the firm got its tier: the band or threshold, limits, re-flow and every override rule that matched.</summary>
    public string? TierReason => evaluation.TierReasonOf(Row);

    /// <summary>Every override rule that matched the firm, with what it did.</summary>
    public IReadOnlyList<OverrideApplication> Overrides => evaluation.OverridesOf(Row);

    /// <summary>The eligibility rule that took the firm out of rating, or null.</summary>
    public string? EligibilityRuleId => evaluation.EligibilityOf(Row)?.Id;

    /// <summary>The percentile within the pool, 100 = best: (n − rank) / (n − 1) × 100; 100 for a pool of one (null when not rated).</summary>
    public double? Percentile => evaluation.Figure(Row, static (p, k) => p.Percentiles[k]);

    /// <summary>This result as a flat record of plain values: the firm's row of results.csv (<see cref="Evaluation.ToFlatResults"/> makes every firm's at once).</summary>
    public Results.FlatResult ToFlat() => new Results.FlatResultBuilder(evaluation, IO.ResultsCsvFormat.IndicatorColumns(evaluation)).Row(Row);

    /// <summary>The whole computation, in Chinese and English, for a reviewer to redo by hand.</summary>
    public string Explain() => evaluation.Explain(Row);

    /// <summary>The firm as an HTML fragment for a notebook: its figures, each indicator's value, benchmark, normalised
    /// value, weight and score, its adjustments, and the whole explanation (<see cref="Explain"/>) collapsed. All text is escaped.</summary>
    public string ToHtml() => Reporting.NotebookViews.Of(this).ToHtml();

    /// <summary>The same as <see cref="ToHtml"/> in Markdown.</summary>
    public string ToMarkdown() => Reporting.NotebookViews.Of(this).ToMarkdown();

    /// <inheritdoc />
    public override string ToString() => Status == FirmStatus.Rated
        ? $"{Id} {Name}: {PoolId} total {Total!.Value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)} rank {Rank}/{PoolSize}{(Tier is { } t ? " tier " + t : string.Empty)}"
        : $"{Id} {Name}: {Status} ({Reason})";
}
