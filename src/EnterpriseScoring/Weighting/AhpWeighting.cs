using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace EnterpriseScoring.Weighting;

/// <summary>Options of <see cref="AhpWeighting"/>.</summary>
public sealed record AhpWeightingOptions
{
    /// <summary>The options with every property at its documented default.</summary>
    public static AhpWeightingOptions Default { get; } = new();

    /// <summary>Whether a consistency ratio above <see cref="ConsistencyThreshold"/> throws instead of only adding a note.</summary>
    /// <value>The default value is <see langword="false"/> (inconsistency is reported in <see cref="WeightingResult.Notes"/>).</value>
    public bool RejectInconsistent { get; init; }

    /// <summary>The largest acceptable consistency ratio CR.</summary>
    /// <value>The default value is 0.1 (Saaty's rule of thumb).</value>
    public double ConsistencyThreshold { get; init; } = 0.1;
}

/// <summary>
/// Analytic Hierarchy Process weights (层次分析法, Saaty): the principal right eigenvector of a
/// <see cref="PairwiseComparisonMatrix"/>, normalised to sum 1, with Saaty's consistency check.
/// </summary>
/// <remarks>
/// <para>The eigenvalue with the largest real part (λmax, the Perron root of a positive matrix) and its eigenvector are taken
/// from a general (asymmetric) eigendecomposition; the vector's absolute values are normalised to sum 1.
/// <c>CI = (λmax − n)/(n − 1)</c> (rounding below 0 is clamped to 0), <c>CR = CI / RI(n)</c> with Saaty's random index
/// (<see cref="SaatyRandomIndex"/>). For n ≤ 2 every reciprocal matrix is consistent and CR = 0. For n &gt; 15 no random
/// index is tabulated: CR is not computed (the diagnostics <c>consistency_ratio</c> and <c>random_index</c> are absent) and a
/// note says so. CR above <see cref="AhpWeightingOptions.ConsistencyThreshold"/> adds a note, or throws when
/// <see cref="AhpWeightingOptions.RejectInconsistent"/> is set.</para>
/// <para>The weights are computed once, in the constructor, so an inconsistent matrix is rejected eagerly.
/// <see cref="ComputeWeights"/> only checks that the decision matrix has n criteria. Diagnostics: <c>lambda_max</c>,
/// <c>consistency_index</c>, <c>consistency_ratio</c>, <c>random_index</c>. Immutable and thread-safe.</para>
/// </remarks>
public sealed class AhpWeighting : IWeightingMethod
{
    // Saaty's random consistency index for n = 1..15.
    private static readonly double[] RandomIndices = [0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59];

    private readonly WeightingResult result;

    /// <summary>Computes the AHP weights of <paramref name="comparisons"/>.</summary>
    /// <param name="comparisons">The pairwise comparison matrix.</param>
    /// <param name="options">Options (defaults when null).</param>
    /// <exception cref="ArgumentNullException"><paramref name="comparisons"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is not finite and ≥ 0.</exception>
    /// <exception cref="ArgumentException">The matrix is inconsistent (CR above the threshold) and
    /// <see cref="AhpWeightingOptions.RejectInconsistent"/> is set.</exception>
    public AhpWeighting(PairwiseComparisonMatrix comparisons, AhpWeightingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(comparisons);
        Options = options ?? new AhpWeightingOptions();
        Preconditions.CheckNonNegative(Options.ConsistencyThreshold, nameof(options));
        Comparisons = comparisons;
        result = Compute(comparisons, Options);
    }

    /// <summary>The pairwise comparison matrix.</summary>
    public PairwiseComparisonMatrix Comparisons { get; }

    /// <summary>The options in use.</summary>
    public AhpWeightingOptions Options { get; }

    /// <inheritdoc />
    public string Name => "ahp";

    /// <summary>The weights and consistency figures (independent of any data).</summary>
    public WeightingResult Result => result;

    /// <summary>Saaty's random consistency index RI for n criteria: 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49,
    /// 1.51, 1.48, 1.56, 1.57, 1.59 for n = 1…15; null for n &gt; 15.</summary>
    /// <param name="n">The number of criteria, ≥ 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> &lt; 1.</exception>
    public static double? SaatyRandomIndex(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        return n <= RandomIndices.Length ? RandomIndices[n - 1] : null;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    /// <exception cref="ArgumentException">The matrix does not have one criterion per row of the comparison matrix.</exception>
    public WeightingResult ComputeWeights(DecisionMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        if (matrix.ColumnCount != Comparisons.Size)
        {
            throw new ArgumentException(
                $"The AHP comparison matrix has {Comparisons.Size.ToString(CultureInfo.InvariantCulture)} criteria but the decision matrix has {matrix.ColumnCount.ToString(CultureInfo.InvariantCulture)}.",
                nameof(matrix));
        }

        return result;
    }

    private static WeightingResult Compute(PairwiseComparisonMatrix comparisons, AhpWeightingOptions options)
    {
        const string name = "ahp";
        var n = comparisons.Size;
        double[] w;
        double lambdaMax;
        if (n == 1)
        {
            w = [1];
            lambdaMax = 1;
        }
        else
        {
            var evd = Matrix<double>.Build.DenseOfArray(comparisons.ToArray()).Evd(Symmetricity.Asymmetric);
            var values = evd.EigenValues;
            var best = 0;
            for (var i = 1; i < values.Count; i++)
            {
                if (values[i].Real > values[best].Real)
                {
                    best = i;
                }
            }

            lambdaMax = values[best].Real;
            var vector = evd.EigenVectors.Column(best);
            w = new double[n];
            for (var i = 0; i < n; i++)
            {
                w[i] = Math.Abs(vector[i]);
            }

            ColumnKernels.NormaliseToUnitSum(w);
        }

        var ci = n <= 2 ? 0 : Math.Max(0, (lambdaMax - n) / (n - 1));
        var diagnostics = new Dictionary<string, double>
        {
            ["lambda_max"] = lambdaMax,
            ["consistency_index"] = ci,
        };
        var notes = new List<string>();
        var ri = SaatyRandomIndex(n);
        if (ri is { } randomIndex)
        {
            var cr = n <= 2 ? 0 : ci / randomIndex;
            diagnostics["random_index"] = randomIndex;
            diagnostics["consistency_ratio"] = cr;
            if (cr > options.ConsistencyThreshold)
            {
                var message = $"CR {WeightingSupport.Format(cr)} > {WeightingSupport.Format(options.ConsistencyThreshold)}: the pairwise comparison matrix is inconsistent "
                    + $"(λmax {WeightingSupport.Format(lambdaMax)}, CI {WeightingSupport.Format(ci)}, RI {WeightingSupport.Format(randomIndex)}); revise the judgements.";
                if (options.RejectInconsistent)
                {
                    throw new ArgumentException(message, "comparisons");
                }

                notes.Add(message);
            }
        }
        else
        {
            notes.Add($"n = {n.ToString(CultureInfo.InvariantCulture)} > 15: no Saaty random index is tabulated, so the consistency ratio is not computed (CI {WeightingSupport.Format(ci)}).");
        }

        return new WeightingResult(name, w, diagnostics, notes);
    }
}
