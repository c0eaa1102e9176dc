using System.Buffers;
using System.Globalization;
using EnterpriseScoring.Scoring;

namespace EnterpriseScoring.Aggregation;

/// <summary>The weighted sum (default): <c>total_i = Σ_j w_j × x_ij</c>, with w in points, so a firm at every benchmark
/// (x = 1 under ratio-to-benchmark scoring) scores Σ w.</summary>
/// <remarks>Accumulates column by column in criterion order (<c>((0 + w_1 x_i1) + w_2 x_i2) + …</c>, no fused multiply-add), so
/// each firm's total is bit-identical whatever the row order.
/// Weights must be finite and ≥ 0 (all 0 gives totals 0). Immutable and thread-safe; no allocation.</remarks>
public sealed class WeightedSumAggregation : IAggregationMethod
{
    private const int Block = 2048; // rows: 16 KB of totals
    private const int ParallelChunk = 1 << 16; // rows per piece of work when a large matrix is scored on several threads


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

    /// <summary>
    /// Normalises <paramref name="raw"/> with <paramref name="scoring"/> and adds it up with <paramref name="weights"/> in one
    /// pass, without the normalised matrix: the totals are bit-identical to <c>raw.Normalise(scoring, benchmarks)</c> followed
    /// by <see cref="Aggregate"/>, e.g. <c>KnownAggregationMethods.WeightedSum.ScoreAndAggregate(matrix,
    /// KnownScoringMethods.MinMax, weights, totals)</c>. Use it when only the totals are wanted: a 1M × 6 matrix needs no
    /// 48 MB copy, and its values are read once.
    /// </summary>
    /// <param name="raw">The raw values (each column is fitted on its own values, with its direction and benchmark).</param>
    /// <param name="scoring">The scoring method, e.g. <see cref="Scoring.KnownScoringMethods.MinMax"/>.</param>
    /// <param name="weights">One weight per column, in points: finite and ≥ 0.</param>
    /// <param name="totals">Receives one total per row.</param>
    /// <param name="benchmarks">One benchmark per column, for methods that need one; otherwise omit it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="raw"/> or <paramref name="scoring"/> is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="Aggregate"/> and <see cref="DecisionMatrix.Normalise"/>: lengths do
    /// not match, a weight is negative or not finite, benchmarks are missing where the method needs them, or the method gave a
    /// value that is not finite; or <paramref name="totals"/> overlaps a column of <paramref name="raw"/>.</exception>
    /// <remarks>The bits equal those of <c>Normalise</c> then <see cref="Aggregate"/> for any method whose
    /// <see cref="IScoringMethod.NormaliseAll"/> scores each value alone (as the interface's contract requires: the same result
    /// as <see cref="IScoringMethod.Normalise"/> for the same value), since the columns are normalised a block at a
    /// time.</remarks>
    public void ScoreAndAggregate(DecisionMatrix raw, IScoringMethod scoring, ReadOnlySpan<double> weights, Span<double> totals, IReadOnlyList<double>? benchmarks = null)
    {
        AggregationSupport.Check(raw, weights, totals, requirePositiveSum: false);
        for (var j = 0; j < raw.ColumnCount; j++)
        {
            if (totals.Overlaps(raw.Column(j)))
            {
                // A view over the caller's arrays makes this easy to do by mistake: the totals would overwrite the values.
                throw new ArgumentException($"The totals span overlaps column {j.ToString(CultureInfo.InvariantCulture)} ('{raw.Criteria[j]}') of the matrix: writing the totals would overwrite the values being scored.", nameof(totals));
            }
        }

        var fits = raw.FitColumns(scoring, benchmarks);
        var trusted = DecisionMatrix.IsBuiltIn(scoring);
        var n = totals.Length;
        if ((long)n * weights.Length < ColumnKernels.ParallelThreshold || n <= ParallelChunk)
        {
            ScoreBlocks(raw, scoring, fits, weights, totals, 0, trusted);
            return;
        }

        // Large matrices: row chunks on several threads, into a pooled array (a span cannot be shared with them), then one
        // copy. Each row's total is computed by one thread in the same order, so the bits do not depend on the thread count.
        var w = weights.ToArray();
        var buffer = ArrayPool<double>.Shared.Rent(n);
        try
        {
            var chunks = (n + ParallelChunk - 1) / ParallelChunk;
            Parallelism.For(chunks, -1, (long)n * w.Length, c =>
            {
                var first = c * ParallelChunk;
                ScoreBlocks(raw, scoring, fits, w, buffer.AsSpan(first, Math.Min(ParallelChunk, n - first)), first, trusted);
            });
            buffer.AsSpan(0, n).CopyTo(totals);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
        }
    }

    /// <summary>The totals of rows [<paramref name="firstRow"/>, <paramref name="firstRow"/> + totals.Length), as
    /// <see cref="Aggregate"/> computes them, block by block; each column's block is normalised into scratch (in the L1 cache)
    /// just before it is added, with the same NormaliseAll as <see cref="DecisionMatrix.Normalise"/>, so every term has the
    /// same bits.</summary>
    private static void ScoreBlocks(DecisionMatrix raw, IScoringMethod scoring, ScoringFit[] fits, ReadOnlySpan<double> weights, Span<double> totals, int firstRow, bool trusted)
    {
        Span<double> scratch = stackalloc double[Block];
        for (var start = 0; start < totals.Length; start += Block)
        {
            var length = Math.Min(Block, totals.Length - start);
            var block = totals.Slice(start, length);
            var normalised = scratch[..length];
            block.Clear();
            for (var j = 0; j < weights.Length; j++)
            {
                scoring.NormaliseAll(raw.Column(j).Slice(firstRow + start, length), fits[j], normalised);
                if (!trusted)
                {
                    // a scoring method of another assembly may return a value that is not finite: name its row
                    Preconditions.CheckAllFinite(normalised, firstRow + start, $"{scoring.Name}({raw.Criteria[j]})");
                }

                ColumnKernels.AddScaled(block, weights[j], normalised);
            }
        }
    }
}
