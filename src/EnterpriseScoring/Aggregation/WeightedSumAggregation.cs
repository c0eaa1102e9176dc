using EnterpriseScoring.Internal;

namespace EnterpriseScoring.Aggregation;

/// <summary>The weighted sum (default): <c>total_i = Σ_j w_j × x_ij</c>, with w in points, so a firm at every benchmark
/// (x = 1 under ratio-to-benchmark scoring) scores Σ w.</summary>
/// <remarks>Accumulates column by column in criterion order, so each firm's total is bit-identical whatever the row order.
/// Weights must be finite and ≥ 0 (all 0 gives totals 0). Immutable and thread-safe; no allocation.</remarks>
public sealed class WeightedSumAggregation : IAggregationMethod
{
    /// <inheritdoc />
    public string Name => "weighted_sum";

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="normalised"/> is null.</exception>
    /// <exception cref="ArgumentException">Lengths do not match, or a weight is negative or not finite.</exception>
    public void Aggregate(DecisionMatrix normalised, ReadOnlySpan<double> weights, Span<double> totals)
    {
        AggregationSupport.Check(normalised, weights, totals, requirePositiveSum: false);
        totals.Clear();
        for (var j = 0; j < weights.Length; j++)
        {
            var w = weights[j];
            var column = normalised.Column(j);
            for (var i = 0; i < totals.Length; i++)
            {
                totals[i] += w * column[i];
            }
        }
    }
}
