using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Indicators;

namespace EnterpriseScoring;

/// <summary>One firm's figures on one indicator: value, benchmark, normalised value, weight and score.</summary>
/// <param name="IndicatorId">The indicator id.</param>
/// <param name="ChineseName">The indicator's Chinese name.</param>
/// <param name="EnglishName">The indicator's English name.</param>
/// <param name="Unit">The indicator's unit.</param>
/// <param name="Outcome">Whether the value could be computed.</param>
/// <param name="Numerator">The numerator (null when not computable).</param>
/// <param name="Denominator">The denominator (null when not computable).</param>
/// <param name="Value">The raw value (null when missing).</param>
/// <param name="ValueUsed">The value used for scoring (differs from <paramref name="Value"/> when a negative was clamped to 0).</param>
/// <param name="Benchmark">The firm's benchmark B: the pool's, or with an industry-mean benchmark its industry group's figure (null when the method uses none).</param>
/// <param name="Normalised">The normalised value (points per unit of weight); null when not rated.</param>
/// <param name="Weight">The weight in points.</param>
/// <param name="Score">The score in points; null when not rated.</param>
/// <param name="Source">Where the score came from (computed or imputed by a missing-value policy).</param>
public sealed record IndicatorResult(
    string IndicatorId,
    string ChineseName,
    string EnglishName,
    string Unit,
    IndicatorOutcome Outcome,
    double? Numerator,
    double? Denominator,
    double? Value,
    double? ValueUsed,
    double? Benchmark,
    double? Normalised,
    double Weight,
    double? Score,
    ScoreSource Source)
{
    /// <summary>The firm's industry group under an industry-mean benchmark (its id, size and figure), or null (no such benchmark, or the firm's code is in no group).</summary>
    public IndustryBenchmarkGroup? BenchmarkGroup { get; init; }

    /// <summary>Whether the score was imputed by a missing-value policy rather than computed from a value.</summary>
    public bool IsImputed => Source is ScoreSource.MissingScoredZero or ScoreSource.MissingPoolAverage or ScoreSource.MissingFixedScore;
}
