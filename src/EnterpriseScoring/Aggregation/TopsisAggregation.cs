using System.Buffers;

namespace EnterpriseScoring.Aggregation;

/// <summary>Options of <see cref="TopsisAggregation"/>.</summary>
public sealed record TopsisAggregationOptions
{
    /// <summary>The options with every property at its documented default.</summary>
    public static TopsisAggregationOptions Default { get; } = new();

    /// <summary>Whether <see cref="Direction.LowerIsBetter"/> columns of the matrix take their ideal at the column minimum.</summary>
    /// <value>The default value is <see langword="false"/>: every column is taken as already oriented higher-is-better, which is
    /// what scoring produces. Set it when aggregating raw indicator values that carry their directions.</value>
    public bool HonourDirections { get; init; }
}

/// <summary>
/// TOPSIS (Hwang and Yoon): closeness to the ideal firm relative to the anti-ideal firm, scaled to points.
/// </summary>
/// <remarks>
/// <para>Uses the given normalised matrix as is (no further vector normalisation). With W = Σ w:
/// <c>v_ij = (w_j / W) x_ij</c>; ideal <c>v⁺_j = max_i v_ij</c>, anti-ideal <c>v⁻_j = min_i v_ij</c> (swapped for lower-is-better
/// columns only when <see cref="TopsisAggregationOptions.HonourDirections"/> is set);
/// <c>D⁺_i = √Σ_j (v_ij − v⁺_j)²</c>, <c>D⁻_i = √Σ_j (v_ij − v⁻_j)²</c>; closeness <c>C_i = D⁻_i / (D⁺_i + D⁻_i)</c> in [0, 1];
/// <c>total_i = C_i × W</c>. When D⁺ + D⁻ = 0 (the firm equals both ideals, i.e. all firms are identical) C = 1.</para>
/// <para>Weights must be finite, ≥ 0 and not all 0. The pool ideals make each total depend on the whole pool, but not on the
/// row order. Immutable and thread-safe.</para>
/// </remarks>
public sealed class TopsisAggregation : IAggregationMethod
{
    /// <summary>Creates the method.</summary>
    /// <param name="options">Options (defaults when null).</param>
    public TopsisAggregation(TopsisAggregationOptions? options = null) => Options = options ?? new TopsisAggregationOptions();

    /// <summary>The options in use.</summary>
    public TopsisAggregationOptions Options { get; }

    /// <inheritdoc />
    public string Name => "topsis";

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="normalised"/> is null.</exception>
    /// <exception cref="ArgumentException">Lengths do not match, or a weight is negative or not finite, or all weights are 0.</exception>
    public void Aggregate(DecisionMatrix normalised, ReadOnlySpan<double> weights, Span<double> totals)
    {
        var sum = AggregationSupport.Check(normalised, weights, totals, requirePositiveSum: true);
        var n = totals.Length;
        if (n == 0)
        {
            return;
        }

        var rented = ArrayPool<double>.Shared.Rent(n);
        try
        {
            var dPlus = totals; // accumulates Σ (v − v⁺)² in place, then becomes the total
            var dMinus = rented.AsSpan(0, n);
            dPlus.Clear();
            dMinus.Clear();
            for (var j = 0; j < weights.Length; j++)
            {
                var share = weights[j] / sum;
                if (share == 0)
                {
                    continue;
                }

                var column = normalised.Column(j);
                ColumnKernels.MinMax(column, out var min, out var max);
                var best = share * max;
                var worst = share * min;
                if (Options.HonourDirections && normalised.Directions[j] == Direction.LowerIsBetter)
                {
                    (best, worst) = (worst, best);
                }

                for (var i = 0; i < n; i++)
                {
                    var v = share * column[i];
                    var p = v - best;
                    var q = v - worst;
                    dPlus[i] += p * p;
                    dMinus[i] += q * q;
                }
            }

            for (var i = 0; i < n; i++)
            {
                var plus = Math.Sqrt(dPlus[i]);
                var minus = Math.Sqrt(dMinus[i]);
                var denominator = plus + minus;
                var closeness = denominator > 0 ? minus / denominator : 1;
                totals[i] = closeness * sum;
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(rented);
        }
    }
}
