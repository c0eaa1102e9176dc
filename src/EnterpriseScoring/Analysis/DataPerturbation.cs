namespace EnterpriseScoring.Analysis;

/// <summary>Measurement error on one measure in a <see cref="SensitivityAnalysis"/>: each reported value × (1 + p/100 × u), u uniform in [−1, 1) per firm and draw.</summary>
/// <param name="Measure">The measure (a column of the input).</param>
/// <param name="Percent">p, 0 ≤ p &lt; 100.</param>
public sealed record DataPerturbation(Measure Measure, double Percent);
