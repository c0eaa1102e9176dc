namespace EnterpriseScoring.Aggregation;

/// <summary>
/// The weighted product: <c>total_i = W × Π_j x_ij^(w_j / W)</c> with W = Σ w, so a firm with every x = 1 scores W, as with
/// the weighted sum.
/// </summary>
/// <remarks>Computed as <c>W × exp(Σ_j (w_j/W) ln x_ij)</c>, accumulated column by column (row-order independent).
/// A value ≤ 0 in a column with a positive weight makes the firm's product 0 (0^w = 0; a negative normalised value,
/// e.g. from a tax refund, counts as 0 because a real power of a negative number is undefined) — ordinary data such as
/// a firm paying no tax must not stop an evaluation. Columns with weight 0 are ignored. Weights must be finite, ≥ 0 and
/// not all 0. Immutable and thread-safe; no allocation.</remarks>
public sealed class WeightedProductAggregation : IAggregationMethod
{
    /// <inheritdoc />
    public string Name => "weighted_product";

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="normalised"/> is null.</exception>
    /// <exception cref="ArgumentException">Lengths do not match or a weight is invalid.</exception>
    public void Aggregate(DecisionMatrix normalised, ReadOnlySpan<double> weights, Span<double> totals)
    {
        var sum = AggregationSupport.Check(normalised, weights, totals, requirePositiveSum: true);
        var n = totals.Length;
        totals.Clear();
        for (var j = 0; j < weights.Length; j++)
        {
            var exponent = weights[j] / sum;
            if (exponent == 0)
            {
                continue;
            }

            var column = normalised.Column(j);
            for (var i = 0; i < n; i++)
            {
                // ln of a value ≤ 0 is −∞ here, so the product becomes exp(−∞) = 0; −∞ stays −∞ whatever is added later.
                totals[i] += column[i] > 0 ? exponent * Math.Log(column[i]) : double.NegativeInfinity;
            }
        }

        for (var i = 0; i < n; i++)
        {
            totals[i] = sum * Math.Exp(totals[i]);
        }
    }
}
