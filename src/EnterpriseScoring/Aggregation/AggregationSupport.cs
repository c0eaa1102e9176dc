using System.Globalization;

namespace EnterpriseScoring.Aggregation;

/// <summary>Argument checks shared by the aggregation methods.</summary>
internal static class AggregationSupport
{
    /// <summary>Checks shapes and weights (finite, ≥ 0) and returns Σ w.</summary>
    public static double Check(DecisionMatrix normalised, ReadOnlySpan<double> weights, Span<double> totals, bool requirePositiveSum)
    {
        ArgumentNullException.ThrowIfNull(normalised);
        if (weights.Length != normalised.ColumnCount)
        {
            throw new ArgumentException(
                $"Got {weights.Length.ToString(CultureInfo.InvariantCulture)} weights for {normalised.ColumnCount.ToString(CultureInfo.InvariantCulture)} indicators.",
                nameof(weights));
        }

        if (totals.Length != normalised.RowCount)
        {
            throw new ArgumentException(
                $"The totals span has length {totals.Length.ToString(CultureInfo.InvariantCulture)}; the matrix has {normalised.RowCount.ToString(CultureInfo.InvariantCulture)} rows.",
                nameof(totals));
        }

        double sum = 0;
        for (var j = 0; j < weights.Length; j++)
        {
            var w = weights[j];
            if (!double.IsFinite(w) || w < 0)
            {
                throw new ArgumentException(
                    $"Weight {j.ToString(CultureInfo.InvariantCulture)} ('{normalised.Criteria[j]}') is {w.ToString(CultureInfo.InvariantCulture)}; weights must be finite and ≥ 0.",
                    nameof(weights));
            }

            sum += w;
        }

        if (requirePositiveSum && !(sum > 0) && normalised.RowCount > 0)
        {
            throw new ArgumentException("The weights must not all be 0.", nameof(weights));
        }

        if (!double.IsFinite(sum))
        {
            throw new ArgumentException("The weights' sum overflows.", nameof(weights));
        }

        return sum;
    }
}
