using System.Globalization;

namespace EnterpriseScoring.Weighting;

/// <summary>Options of <see cref="CriticWeighting"/>.</summary>
public sealed record CriticWeightingOptions
{
    /// <summary>The options with every property at its documented default.</summary>
    public static CriticWeightingOptions Default { get; } = new();

    /// <summary>Delta degrees of freedom of the standard deviation: σ = √(Σ(y − ȳ)² / (n − ddof)).</summary>
    /// <value>The default value is 0 (population standard deviation). Must be 0 or 1.</value>
    public int DegreesOfFreedom { get; init; }
}

/// <summary>
/// CRITIC weights (CRiteria Importance Through Intercriteria Correlation; Diakoulaki, Mavrotas and Papayannakis, 1995):
/// a criterion gets more weight when it is dispersed (contrast) and unlike the others (conflict).
/// </summary>
/// <remarks>
/// <para>Each column is min-max normalised per its direction: <c>y = (x − min)/(max − min)</c> for higher-is-better,
/// <c>y = (max − x)/(max − min)</c> for lower-is-better. Then σ_j is the standard deviation of y_j (population by default,
/// see <see cref="CriticWeightingOptions.DegreesOfFreedom"/>), r_jk the Pearson correlation of y_j and y_k,
/// <c>C_j = σ_j Σ_k (1 − r_jk)</c> and <c>w_j = C_j / Σ_k C_k</c>.</para>
/// <para>Conventions: a constant column has σ = 0, so C = 0 and weight 0; its correlation with any other column is undefined
/// and treated as r = 0 (so it adds 1 to the other columns' conflict). If every C is 0 (all columns constant, or a single
/// criterion, whose conflict is 0) the weights are equal, with a note. n = 0 or n = 1 gives equal weights with a note.
/// Correlations are clamped to [−1, 1].</para>
/// <para>Diagnostics: <c>std_dev[c]</c>, <c>conflict[c]</c> (Σ_k (1 − r_jk)) and <c>information[c]</c> (C_j).
/// The min-max step is applied implicitly (σ scaled by 1/(max − min), correlation sign-flipped for lower-is-better), so
/// no copy of the matrix is made. Immutable and thread-safe.</para>
/// </remarks>
public sealed class CriticWeighting : IWeightingMethod
{
    /// <summary>Creates the method.</summary>
    /// <param name="options">Options (defaults when null).</param>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="CriticWeightingOptions.DegreesOfFreedom"/> is not 0 or 1.</exception>
    public CriticWeighting(CriticWeightingOptions? options = null)
    {
        Options = options ?? new CriticWeightingOptions();
        if (Options.DegreesOfFreedom is not (0 or 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), Options.DegreesOfFreedom, "DegreesOfFreedom must be 0 or 1.");
        }
    }

    /// <summary>The options in use.</summary>
    public CriticWeightingOptions Options { get; }

    /// <inheritdoc />
    public string Name => "critic";

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
        var mean = new double[m];
        var ss = new double[m];
        var range = new double[m];
        var sign = new double[m];
        var sigma = new double[m];
        for (var j = 0; j < m; j++)
        {
            var column = matrix.Column(j);
            ColumnKernels.MinMax(column, out var min, out var max);
            range[j] = max - min;
            sign[j] = matrix.Directions[j] == Direction.LowerIsBetter ? -1 : 1;
            mean[j] = ColumnKernels.Mean(column);
            ss[j] = range[j] > 0 ? ColumnKernels.SumOfSquares(column, mean[j]) : 0;
            sigma[j] = range[j] > 0 ? Math.Sqrt(ss[j] / (n - Options.DegreesOfFreedom)) / range[j] : 0;
        }

        var r = new double[m, m];
        for (var j = 0; j < m; j++)
        {
            r[j, j] = 1;
            for (var k = j + 1; k < m; k++)
            {
                double rjk = 0;
                if (ss[j] > 0 && ss[k] > 0)
                {
                    var cross = ColumnKernels.SumOfCrossProducts(matrix.Column(j), mean[j], matrix.Column(k), mean[k]);
                    rjk = Math.Clamp(sign[j] * sign[k] * cross / Math.Sqrt(ss[j] * ss[k]), -1, 1);
                }

                r[j, k] = rjk;
                r[k, j] = rjk;
            }
        }

        var information = new double[m];
        var diagnostics = new Dictionary<string, double>(3 * m);
        for (var j = 0; j < m; j++)
        {
            double conflict = 0;
            for (var k = 0; k < m; k++)
            {
                conflict += 1 - r[j, k];
            }

            information[j] = sigma[j] * conflict;
            var c = matrix.Criteria[j];
            diagnostics[WeightingSupport.Key("std_dev", c)] = sigma[j];
            diagnostics[WeightingSupport.Key("conflict", c)] = conflict;
            diagnostics[WeightingSupport.Key("information", c)] = information[j];
        }

        var notes = new List<string>();
        return WeightingSupport.Finish(
            Name,
            information,
            diagnostics,
            notes,
            $"Every criterion has zero information (constant columns, or a single criterion: m = {m.ToString(CultureInfo.InvariantCulture)}): equal weights.");
    }
}
