using System.Globalization;

namespace EnterpriseScoring.Weighting;

/// <summary>How <see cref="EntropyWeighting"/> prepares each column before computing shares.</summary>
public enum EntropyNormalisation
{
    /// <summary>Use the values as given (they must be ≥ 0): <c>p_ij = x_ij / Σ_i x_ij</c>. Directions are not used,
    /// because entropy measures dispersion only. This is the standard method, and the right one for the engine, which
    /// passes already-scored (oriented, non-negative) values.</summary>
    None = 0,

    /// <summary>Min-max normalise each column per its direction first, as is common in the Chinese literature:
    /// <c>y = (x − min)/(max − min)</c> for higher-is-better, <c>y = (max − x)/(max − min)</c> for lower-is-better;
    /// then <c>p_ij = y_ij / Σ_i y_ij</c>. Negative raw values are allowed in this mode.</summary>
    MinMax = 1,
}

/// <summary>Options of <see cref="EntropyWeighting"/>.</summary>
public sealed record EntropyWeightingOptions
{
    /// <summary>The options with every property at its documented default.</summary>
    public static EntropyWeightingOptions Default { get; } = new();

    /// <summary>How each column is prepared before computing shares.</summary>
    /// <value>The default value is <see cref="EntropyNormalisation.None"/> (values used as given, must be ≥ 0).</value>
    public EntropyNormalisation Normalisation { get; init; } = EntropyNormalisation.None;
}

/// <summary>
/// The entropy weight method (熵权法): criteria whose values are more dispersed across firms carry more information
/// and get more weight.
/// </summary>
/// <remarks>
/// <para>For n rows and m criteria: <c>p_ij = x_ij / Σ_i x_ij</c>; <c>e_j = −(1/ln n) Σ_i p_ij ln p_ij</c> with 0·ln0 = 0;
/// divergence <c>d_j = 1 − e_j</c>; <c>w_j = d_j / Σ_k d_k</c>.</para>
/// <para>Conventions: negative values (with <see cref="EntropyNormalisation.None"/>) throw an <see cref="ArgumentException"/>
/// naming the criterion (never a silent abs); a constant column (including an all-zero column) has e = 1, d = 0 and weight 0;
/// if every column is constant the weights are equal, with a note; n = 0 or n = 1 gives equal weights, with a note;
/// m = 0 gives an empty result.</para>
/// <para>Computed in one pass per column (two with <see cref="EntropyNormalisation.MinMax"/>) as
/// <c>Σ p ln p = Σ x ln x / Σ x − ln Σ x</c>: one vectorised logarithm per value, no division, and sums taken in blocks so
/// that rounding error does not grow with n.</para>
/// <para>Diagnostics: <c>entropy[c]</c> and <c>divergence[c]</c> per criterion c. Immutable and thread-safe; independent of row order
/// up to floating-point summation order; large matrices are processed one column per thread (each column sequentially, so
/// results do not depend on the thread count).</para>
/// </remarks>
public sealed class EntropyWeighting : IWeightingMethod
{
    private const double SmallestUnscaled = 5.421010862427522E-20; // 2^−64
    private const double LargestUnscaled = 1.8446744073709552E19; // 2^64

    /// <summary>Creates the method.</summary>
    /// <param name="options">Options (defaults when null).</param>
    /// <exception cref="ArgumentException">The options name an undefined normalisation.</exception>
    public EntropyWeighting(EntropyWeightingOptions? options = null)
    {
        Options = options ?? new EntropyWeightingOptions();
        if (!Enum.IsDefined(Options.Normalisation))
        {
            throw new ArgumentException($"Unknown entropy normalisation {Options.Normalisation}.", nameof(options));
        }
    }

    /// <summary>The options in use.</summary>
    public EntropyWeightingOptions Options { get; }

    /// <inheritdoc />
    public string Name => "entropy";

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    /// <exception cref="ArgumentException">A value is negative and <see cref="EntropyWeightingOptions.Normalisation"/> is <see cref="EntropyNormalisation.None"/>.</exception>
    public WeightingResult ComputeWeights(DecisionMatrix matrix)
    {
        if (WeightingSupport.TryDegenerate(Name, matrix) is { } degenerate)
        {
            return degenerate;
        }

        var m = matrix.ColumnCount;
        var n = matrix.RowCount;
        var entropy = new double[m];
        var exceptions = new ArgumentException?[m];
        var minMax = Options.Normalisation == EntropyNormalisation.MinMax;

        if ((long)n * m >= ColumnKernels.ParallelThreshold && m > 1)
        {
            Parallel.For(0, m, j => entropy[j] = ColumnEntropy(matrix, j, minMax, exceptions));
        }
        else
        {
            for (var j = 0; j < m; j++)
            {
                entropy[j] = ColumnEntropy(matrix, j, minMax, exceptions);
            }
        }

        for (var j = 0; j < m; j++)
        {
            if (exceptions[j] is { } e)
            {
                throw e;
            }
        }

        var divergence = new double[m];
        var diagnostics = new Dictionary<string, double>(2 * m);
        var notes = new List<string>();
        for (var j = 0; j < m; j++)
        {
            // Rounding can push e a hair above 1 for a nearly uniform column; d is clamped at 0.
            divergence[j] = Math.Max(0, 1 - entropy[j]);
            diagnostics[WeightingSupport.Key("entropy", matrix.Criteria[j])] = entropy[j];
            diagnostics[WeightingSupport.Key("divergence", matrix.Criteria[j])] = divergence[j];
        }

        var weights = (double[])divergence.Clone();
        return WeightingSupport.Finish(Name, weights, diagnostics, notes, "Every criterion is constant (divergence 0): equal weights.");
    }

    private static double ColumnEntropy(DecisionMatrix matrix, int j, bool minMax, ArgumentException?[] exceptions)
    {
        var column = matrix.Column(j);
        double min, max, sum, sumYLogY;
        if (minMax)
        {
            // y = (x − min)/(max − min), or (max − x)/(max − min) for lower-is-better: the range first, then the sums.
            ColumnKernels.MinMax(column, out min, out max);
            if (min == max)
            {
                return 1; // constant column: no information
            }

            var range = max - min;
            var lower = matrix.Directions[j] == Direction.LowerIsBetter;
            ColumnKernels.EntropySums(column, lower ? max : min, lower ? -1 / range : 1 / range, out _, out _, out sum, out sumYLogY);
        }
        else
        {
            // y = x: the range and the sums in one pass.
            ColumnKernels.EntropySums(column, 0, 1, out min, out max, out sum, out sumYLogY);
            if (min == max)
            {
                return 1; // constant column (all-zero included): uniform or undefined shares, no information
            }

            if (min < 0)
            {
                var row = column.IndexOf(min);
                exceptions[j] = new ArgumentException(
                    $"Criterion '{matrix.Criteria[j]}' has a negative value {min.ToString(CultureInfo.InvariantCulture)} (row {row.ToString(CultureInfo.InvariantCulture)}); "
                    + "the entropy method needs values ≥ 0. Score the indicator first, or use EntropyNormalisation.MinMax.",
                    nameof(matrix));
                return 1;
            }

            if (!double.IsFinite(sum) || !double.IsFinite(sumYLogY) || max < SmallestUnscaled || max > LargestUnscaled)
            {
                // Values near double.MaxValue overflow the sums, tiny (subnormal) ones lose digits in y ln y: the shares do
                // not change when every value is scaled by the same power of two (exactly), so scale the largest to [1, 2)
                // and sum again (for subnormal values as far as a finite factor goes: 2^1023 lifts them to ≥ 2^−51).
                // Columns of everyday magnitudes take one pass.
                ColumnKernels.EntropySums(column, 0, Math.ScaleB(1.0, Math.Min(-Math.ILogB(max), 1023)), out _, out _, out sum, out sumYLogY);
            }
        }

        if (!(sum > 0))
        {
            return 1; // no positive share (cannot happen for a column that is not constant; kept as a guard)
        }

        // Σ p ln p with p = y / Σy is Σ y ln y / Σy − ln Σy.
        // The logarithms are ColumnKernels' (fdlibm's algorithm), like those inside the sums, so the weights do not depend
        // on the platform's math library either.
        var sumPLogP = (sumYLogY / sum) - ColumnKernels.Log(sum);
        return -sumPLogP / ColumnKernels.Log(matrix.RowCount);
    }
}
