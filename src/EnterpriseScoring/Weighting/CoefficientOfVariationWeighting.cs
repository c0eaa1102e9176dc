using System.Globalization;

namespace EnterpriseScoring.Weighting;

/// <summary>Options of <see cref="CoefficientOfVariationWeighting"/>.</summary>
public sealed record CoefficientOfVariationWeightingOptions
{
    /// <summary>The options with every property at its documented default.</summary>
    public static CoefficientOfVariationWeightingOptions Default { get; } = new();

    /// <summary>Delta degrees of freedom of the standard deviation: σ = √(Σ(x − x̄)² / (n − ddof)).</summary>
    /// <value>The default value is 0 (population standard deviation). Must be 0 or 1.</value>
    public int DegreesOfFreedom { get; init; }
}

/// <summary>
/// Coefficient-of-variation weights (变异系数法): <c>v_j = σ_j / |mean_j|</c> on the values as given, <c>w_j = v_j / Σ v</c>.
/// </summary>
/// <remarks>
/// <para>Directions are not used (the coefficient of variation measures relative dispersion). σ is the population standard
/// deviation by default. Conventions: a constant column (σ = 0) has weight 0, even when its mean is 0; a non-constant column
/// with mean exactly 0 throws an <see cref="ArgumentException"/> naming the criterion (its coefficient is unbounded); a mean
/// near 0 gives a very large coefficient, so use this method on ratio-scale data (indicator values or scores ≥ 0).
/// All columns constant → equal weights with a note; n = 0 or 1 → equal weights with a note.</para>
/// <para>Diagnostics: <c>mean[c]</c>, <c>std_dev[c]</c>, <c>cv[c]</c>. Immutable and thread-safe.</para>
/// </remarks>
public sealed class CoefficientOfVariationWeighting : IWeightingMethod
{
    /// <summary>Creates the method.</summary>
    /// <param name="options">Options (defaults when null).</param>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="CoefficientOfVariationWeightingOptions.DegreesOfFreedom"/> is not 0 or 1.</exception>
    public CoefficientOfVariationWeighting(CoefficientOfVariationWeightingOptions? options = null)
    {
        Options = options ?? new CoefficientOfVariationWeightingOptions();
        if (Options.DegreesOfFreedom is not (0 or 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), Options.DegreesOfFreedom, "DegreesOfFreedom must be 0 or 1.");
        }
    }

    /// <summary>The options in use.</summary>
    public CoefficientOfVariationWeightingOptions Options { get; }

    /// <inheritdoc />
    public string Name => "coefficient_of_variation";

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    /// <exception cref="ArgumentException">A non-constant criterion has mean 0.</exception>
    public WeightingResult ComputeWeights(DecisionMatrix matrix)
    {
        if (WeightingSupport.TryDegenerate(Name, matrix) is { } degenerate)
        {
            return degenerate;
        }

        var m = matrix.ColumnCount;
        var n = matrix.RowCount;
        var cv = new double[m];
        var diagnostics = new Dictionary<string, double>(3 * m);
        for (var j = 0; j < m; j++)
        {
            var column = matrix.Column(j);
            ColumnKernels.MinMax(column, out var min, out var max);
            var mean = ColumnKernels.Mean(column);
            var sigma = min == max ? 0 : Math.Sqrt(ColumnKernels.SumOfSquares(column, mean) / (n - Options.DegreesOfFreedom));
            if (sigma > 0 && mean == 0)
            {
                throw new ArgumentException(
                    $"Criterion '{matrix.Criteria[j]}' has mean 0 and standard deviation {sigma.ToString(CultureInfo.InvariantCulture)}: its coefficient of variation is unbounded.",
                    nameof(matrix));
            }

            cv[j] = sigma > 0 ? sigma / Math.Abs(mean) : 0;
            var c = matrix.Criteria[j];
            diagnostics[WeightingSupport.Key("mean", c)] = mean;
            diagnostics[WeightingSupport.Key("std_dev", c)] = sigma;
            diagnostics[WeightingSupport.Key("cv", c)] = cv[j];
        }

        return WeightingSupport.Finish(Name, cv, diagnostics, [], "Every criterion is constant: equal weights.");
    }
}
