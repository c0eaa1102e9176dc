namespace EnterpriseScoring.Weighting;

/// <summary>Equal weights: <c>w_j = 1 / m</c> for m criteria.</summary>
/// <remarks>Immutable and thread-safe. Reads only the matrix's column count; m = 0 gives an empty result.</remarks>
public sealed class EqualWeighting : IWeightingMethod
{
    /// <inheritdoc />
    public string Name => "equal";

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    public WeightingResult ComputeWeights(DecisionMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return new WeightingResult(Name, ColumnKernels.EqualWeights(matrix.ColumnCount));
    }
}
