namespace EnterpriseScoring.Aggregation;

/// <summary>
/// Combines each firm's normalised indicator values and the indicator weights (points) into one total.
/// </summary>
/// <remarks>With the default weighted sum, <c>total = Σ weight_j × normalised_ij</c>, so a firm exactly at every
/// ratio-to-benchmark benchmark scores Σ weights. Implementations are immutable, thread-safe and row-order independent
/// (each firm's total may depend on the whole pool, as in TOPSIS, but not on the order of the rows).
/// Built-ins are in <c>KnownAggregationMethods</c>.</remarks>
public interface IAggregationMethod
{
    /// <summary>The snake_case name profiles use, e.g. <c>weighted_sum</c>.</summary>
    string Name { get; }

    /// <summary>
    /// Whether each firm's total is the plain sum of its indicator scores (<c>Σ weight_j × normalised_ij</c>, the weighted
    /// sum). When <see langword="true"/> the engine adds the scores itself, in the pool's indicator order, and does not call
    /// <see cref="Aggregate"/>: the total then equals the sum the explanation prints to the last digit.
    /// <value>The default value is <see langword="false"/>: the engine calls <see cref="Aggregate"/>.</value>
    /// </summary>
    bool SumsIndicatorScores => false;

    /// <summary>Computes the totals of one pool.</summary>
    /// <param name="normalised">Firms × indicators, normalised values (finite).</param>
    /// <param name="weights">One weight per indicator, in points (e.g. summing to 100).</param>
    /// <param name="totals">Receives one total per firm.</param>
    void Aggregate(DecisionMatrix normalised, ReadOnlySpan<double> weights, Span<double> totals);
}
