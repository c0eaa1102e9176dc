namespace EnterpriseScoring.Results;

/// <summary>One indicator of a pool of an <see cref="EvaluationDocument"/> (<see cref="PoolIndicatorSummary"/>).</summary>
/// <param name="Id">The indicator id.</param>
/// <param name="ChineseName">The indicator's Chinese name.</param>
/// <param name="Weight">The weight in points.</param>
/// <param name="Benchmark">The pool's benchmark B; null when the scoring method uses none.</param>
/// <param name="Note">How the weight or benchmark was obtained, or null.</param>
public sealed record EvaluationDocumentIndicator(string Id, string ChineseName, double Weight, double? Benchmark, string? Note);
