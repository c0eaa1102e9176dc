namespace EnterpriseScoring.Aggregation;

/// <summary>The weighted sum (default): <c>total_i = Σ_j w_j × x_ij</c>, with w in points, so a firm at every benchmark
/// (x = 1 under ratio-to-benchmark scoring) scores Σ w.</summary>
/// <remarks>Accumulates column by column in criterion order (<c>((0 + w_1 x_i1) + w_2 x_i2) + …</c>, no fused multiply-add), so
/// each firm's total is bit-identical whatever the row order.
/// Weights must be finite and ≥ 0 (all 0 gives totals 0). Immutable and thread-safe; no allocation.</remarks>
public sealed class WeightedSumAggregation : IAggregationMethod
{
    private const int Block = 2048; // rows: 16 KB of totals


    /// <inheritdoc />
    public string Name => "weighted_sum";

    /// <inheritdoc />
    /// <remarks>The weighted sum is the sum of the indicator scores: <see langword="true"/>.</remarks>
    public bool SumsIndicatorScores => true;

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="normalised"/> is null.</exception>
    /// <exception cref="ArgumentException">Lengths do not match, or a weight is negative or not finite.</exception>
    public void Aggregate(DecisionMatrix normalised, ReadOnlySpan<double> weights, Span<double> totals)
    {
        AggregationSupport.Check(normalised, weights, totals, requirePositiveSum: false);

        // Row blocks small enough to stay in the L1 cache while every column is added to them: the columns are read once
        // and the totals written once. Within a row the order of operations is the same as column by column over all rows.
        for (var start = 0; start < totals.Length; start += Block)
        {
            var length = Math.Min(Block, totals.Length - start);
            var block = totals.Slice(start, length);
            block.Clear();
            for (var j = 0; j < weights.Length; j++)
            {
                ColumnKernels.AddScaled(block, weights[j], normalised.Column(j).Slice(start, length));
            }
        }
    }
}
