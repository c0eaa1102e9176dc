using System.Globalization;

namespace EnterpriseScoring.Weighting;

/// <summary>
/// A convex combination of two weighting methods (组合赋权), typically subjective (AHP, fixed) with objective (entropy,
/// CRITIC): <c>w_j = α w1_j + (1 − α) w2_j</c>, renormalised to sum 1.
/// </summary>
/// <remarks>Diagnostics: <c>alpha</c>, <c>first[c]</c> and <c>second[c]</c> (each method's weights), and each method's own
/// diagnostics prefixed with <c>first.</c> / <c>second.</c>; notes are passed on with the same prefixes. Immutable and
/// thread-safe when both methods are.</remarks>
public sealed class CombinationWeighting : IWeightingMethod
{
    /// <summary>Creates the combination.</summary>
    /// <param name="first">The method weighted by α.</param>
    /// <param name="second">The method weighted by 1 − α.</param>
    /// <param name="alpha">α in [0, 1]; 0.5 gives the plain average.</param>
    /// <exception cref="ArgumentNullException">A method is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="alpha"/> is outside [0, 1] or NaN.</exception>
    public CombinationWeighting(IWeightingMethod first, IWeightingMethod second, double alpha = 0.5)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (!(alpha >= 0 && alpha <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "α must be in [0, 1].");
        }

        First = first;
        Second = second;
        Alpha = alpha;
    }

    /// <summary>The method weighted by α.</summary>
    public IWeightingMethod First { get; }

    /// <summary>The method weighted by 1 − α.</summary>
    public IWeightingMethod Second { get; }

    /// <summary>α, the share of <see cref="First"/>.</summary>
    public double Alpha { get; }

    /// <inheritdoc />
    public string Name => "combination";

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    /// <exception cref="InvalidOperationException">A method returned the wrong number of weights.</exception>
    public WeightingResult ComputeWeights(DecisionMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var a = First.ComputeWeights(matrix);
        var b = Second.ComputeWeights(matrix);
        var m = matrix.ColumnCount;
        if (a.Weights.Count != m || b.Weights.Count != m)
        {
            throw new InvalidOperationException(
                $"Combined methods must return {m.ToString(CultureInfo.InvariantCulture)} weights; '{First.Name}' returned {a.Weights.Count.ToString(CultureInfo.InvariantCulture)} and '{Second.Name}' {b.Weights.Count.ToString(CultureInfo.InvariantCulture)}.");
        }

        var w = new double[m];
        var diagnostics = new Dictionary<string, double> { ["alpha"] = Alpha };
        for (var j = 0; j < m; j++)
        {
            w[j] = (Alpha * a.Weights[j]) + ((1 - Alpha) * b.Weights[j]);
            diagnostics[WeightingSupport.Key("first", matrix.Criteria[j])] = a.Weights[j];
            diagnostics[WeightingSupport.Key("second", matrix.Criteria[j])] = b.Weights[j];
        }

        foreach (var (key, value) in a.Diagnostics)
        {
            diagnostics["first." + key] = value;
        }

        foreach (var (key, value) in b.Diagnostics)
        {
            diagnostics["second." + key] = value;
        }

        var notes = new List<string>();
        foreach (var note in a.Notes)
        {
            notes.Add($"first ({First.Name}): {note}");
        }

        foreach (var note in b.Notes)
        {
            notes.Add($"second ({Second.Name}): {note}");
        }

        if (m > 0)
        {
            ColumnKernels.NormaliseToUnitSum(w);
        }

        return new WeightingResult(Name, w, diagnostics, notes);
    }

    /// <inheritdoc />
    void IWeightingMethod.CheckRanges(ParameterRangeCheck check, string path)
    {
        First.CheckRanges(check, path + ".first");
        Second.CheckRanges(check, path + ".second");
    }
}
