namespace EnterpriseScoring.Results;

/// <summary>One firm's figures on one indicator in a <see cref="FlatResult"/>: results.csv's <c>&lt;indicator&gt;.*</c> columns.</summary>
/// <param name="IndicatorId">The indicator id.</param>
/// <param name="Value">The raw value (before a negative is clamped); null when it could not be computed or the pool does not use the indicator (<c>.value</c>).</param>
/// <param name="Benchmark">The pool's benchmark B; null when the scoring method uses none (<c>.benchmark</c>).</param>
/// <param name="Score">The points on the indicator; null when the firm is not rated (<c>.score</c>).</param>
/// <param name="Numerator">The numerator, e.g. tax for <c>tax_per_mu</c>; null when unknown (<c>.numerator</c>).</param>
/// <param name="Denominator">The denominator, e.g. land for <c>tax_per_mu</c>; null when unknown (<c>.denominator</c>).</param>
public sealed record FlatIndicatorResult(string IndicatorId, double? Value, double? Benchmark, double? Score, double? Numerator, double? Denominator);
