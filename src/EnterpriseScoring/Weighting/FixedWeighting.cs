using System.Globalization;

namespace EnterpriseScoring.Weighting;

/// <summary>
/// Policy weights given as points (e.g. 30/20/20/10/10/10) or fractions, normalised explicitly to sum 1:
/// <c>w_j = v_j / Σ v</c>. The result records the input sum (diagnostic <c>input_sum</c>) and a note saying it was normalised.
/// </summary>
/// <remarks>Immutable and thread-safe. The data in the matrix is not read, only its column count.</remarks>
/// <example><code>
/// var w = KnownWeightingMethods.Fixed(30, 20, 20, 10, 10, 10).ComputeWeights(matrix); // 0.3, 0.2, 0.2, 0.1, 0.1, 0.1
/// </code></example>
public sealed class FixedWeighting : IWeightingMethod
{
    private readonly double[] values;
    private readonly double sum;

    /// <summary>Creates fixed weights.</summary>
    /// <param name="values">One value per criterion: finite, ≥ 0, not all 0.</param>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">A value is negative, NaN or ∞, the list is empty, or all values are 0.</exception>
    public FixedWeighting(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            throw new ArgumentException("Fixed weights need at least one value.", nameof(values));
        }

        this.values = new double[values.Count];
        double s = 0;
        for (var j = 0; j < values.Count; j++)
        {
            var v = values[j];
            if (!double.IsFinite(v) || v < 0)
            {
                throw new ArgumentException($"Fixed weight {j.ToString(CultureInfo.InvariantCulture)} is {v.ToString(CultureInfo.InvariantCulture)}; weights must be finite numbers ≥ 0.", nameof(values));
            }

            this.values[j] = v;
            s += v;
        }

        if (!(s > 0) || !double.IsFinite(s))
        {
            throw new ArgumentException($"Fixed weights sum to {s.ToString(CultureInfo.InvariantCulture)}; they must have a positive finite sum.", nameof(values));
        }

        sum = s;
    }

    /// <inheritdoc />
    public string Name => "fixed";

    /// <summary>The values as given (points or fractions), before normalisation.</summary>
    public IReadOnlyList<double> Values => Array.AsReadOnly(values);

    /// <summary>The sum of the values as given.</summary>
    public double InputSum => sum;

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    /// <exception cref="ArgumentException">The matrix does not have exactly one column per fixed weight.</exception>
    public WeightingResult ComputeWeights(DecisionMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        if (matrix.ColumnCount != values.Length)
        {
            throw new ArgumentException(
                $"Fixed weighting has {values.Length.ToString(CultureInfo.InvariantCulture)} weights but the matrix has {matrix.ColumnCount.ToString(CultureInfo.InvariantCulture)} criteria.",
                nameof(matrix));
        }

        var w = new double[values.Length];
        for (var j = 0; j < w.Length; j++)
        {
            w[j] = values[j] / sum;
        }

        var diagnostics = new Dictionary<string, double> { ["input_sum"] = sum };
        for (var j = 0; j < w.Length; j++)
        {
            diagnostics[WeightingSupport.Key("input", matrix.Criteria[j])] = values[j];
        }

        var note = $"Input weights sum to {WeightingSupport.Format(sum)}; normalised to sum 1 (w_j = v_j / {WeightingSupport.Format(sum)}).";
        return new WeightingResult(Name, w, diagnostics, [note]);
    }

    /// <inheritdoc />
    void IWeightingMethod.CheckRanges(ParameterRangeCheck check, string path)
    {
        for (var i = 0; i < Values.Count; i++)
        {
            check.Range($"{path}.values[{i}]", Values[i], 0, ParameterRangeCheck.MaxPoints, "points ≥ 0, e.g. 30");
        }
    }
}
