namespace EnterpriseScoring.Weighting;

/// <summary>Options of <see cref="StandardDeviationWeighting"/>.</summary>
public sealed record StandardDeviationWeightingOptions
{
    /// <summary>The options with every property at its documented default.</summary>
    public static StandardDeviationWeightingOptions Default { get; } = new();

    /// <summary>Delta degrees of freedom of the standard deviation: σ = √(Σ(y − ȳ)² / (n − ddof)).</summary>
    /// <value>The default value is 0 (population standard deviation). Must be 0 or 1.</value>
    public int DegreesOfFreedom { get; init; }
}

/// <summary>
/// Standard-deviation weights (标准差法): <c>w_j ∝ σ_j</c> of the min-max-normalised column
/// <c>y = (x − min)/(max − min)</c>, i.e. <c>σ_j(x) / (max_j − min_j)</c>.
/// </summary>
/// <remarks>
/// <para>Convention: columns are min-max normalised first so that units do not matter; the direction does not change σ of the
/// normalised column, so directions are not used. σ is the population standard deviation by default. A constant column
/// has weight 0; all columns constant → equal weights with a note; n = 0 or 1 → equal weights with a note.</para>
/// <para>Diagnostics: <c>std_dev[c]</c> (of the normalised column). Immutable and thread-safe.</para>
/// </remarks>
public sealed class StandardDeviationWeighting : IWeightingMethod
{
    /// <summary>Creates the method.</summary>
    /// <param name="options">Options (defaults when null).</param>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="StandardDeviationWeightingOptions.DegreesOfFreedom"/> is not 0 or 1.</exception>
    public StandardDeviationWeighting(StandardDeviationWeightingOptions? options = null)
    {
        Options = options ?? new StandardDeviationWeightingOptions();
        if (Options.DegreesOfFreedom is not (0 or 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), Options.DegreesOfFreedom, "DegreesOfFreedom must be 0 or 1.");
        }
    }

    /// <summary>The options in use.</summary>
    public StandardDeviationWeightingOptions Options { get; }

    /// <inheritdoc />
    public string Name => "standard_deviation";

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    public WeightingResult ComputeWeights(DecisionMatrix matrix)
    {
        if (WeightingSupport.TryDegenerate(Name, matrix) is { } degenerate)
        {
            return degenerate;
        }

        var m = matrix.ColumnCount;
        var n = matrix.RowCount;
        var sigma = new double[m];
        var diagnostics = new Dictionary<string, double>(m);
        for (var j = 0; j < m; j++)
        {
            var column = matrix.Column(j);
            ColumnKernels.MinMax(column, out var min, out var max);
            if (max > min)
            {
                var mean = ColumnKernels.Mean(column);
                sigma[j] = Math.Sqrt(ColumnKernels.SumOfSquares(column, mean) / (n - Options.DegreesOfFreedom)) / (max - min);
            }

            diagnostics[WeightingSupport.Key("std_dev", matrix.Criteria[j])] = sigma[j];
        }

        return WeightingSupport.Finish(Name, sigma, diagnostics, [], "Every criterion is constant: equal weights.");
    }
}
