using System.Globalization;
using EnterpriseScoring.Internal;

namespace EnterpriseScoring.Aggregation;

/// <summary>
/// The weighted product: <c>total_i = W × Π_j x_ij^(w_j / W)</c> with W = Σ w, so a firm with every x = 1 scores W, as with
/// the weighted sum.
/// </summary>
/// <remarks>Computed as <c>W × exp(Σ_j (w_j/W) ln x_ij)</c>, accumulated column by column (row-order independent).
/// Every value in a column with a positive weight must be &gt; 0; otherwise an <see cref="ArgumentException"/> names the row
/// and criterion (columns with weight 0 are ignored). Weights must be finite, ≥ 0 and not all 0. Immutable and thread-safe;
/// no allocation.</remarks>
public sealed class WeightedProductAggregation : IAggregationMethod
{
    /// <inheritdoc />
    public string Name => "weighted_product";

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="normalised"/> is null.</exception>
    /// <exception cref="ArgumentException">Lengths do not match, a weight is invalid, or a value in a weighted column is ≤ 0.</exception>
    public void Aggregate(DecisionMatrix normalised, ReadOnlySpan<double> weights, Span<double> totals)
    {
        var sum = AggregationSupport.Check(normalised, weights, totals, requirePositiveSum: true);
        var n = totals.Length;
        for (var j = 0; j < weights.Length; j++)
        {
            if (weights[j] == 0)
            {
                continue;
            }

            var column = normalised.Column(j);
            for (var i = 0; i < n; i++)
            {
                if (!(column[i] > 0))
                {
                    throw new ArgumentException(
                        $"Row {i.ToString(CultureInfo.InvariantCulture)}, criterion '{normalised.Criteria[j]}' is {column[i].ToString(CultureInfo.InvariantCulture)}; the weighted product needs values > 0.",
                        nameof(normalised));
                }
            }
        }

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
                totals[i] += exponent * Math.Log(column[i]);
            }
        }

        for (var i = 0; i < n; i++)
        {
            totals[i] = sum * Math.Exp(totals[i]);
        }
    }
}
