using System.Runtime.CompilerServices;

namespace EnterpriseScoring.Scoring;

/// <summary>
/// Vector normalisation (as in TOPSIS): normalised = x / ‖x‖ with ‖x‖ = √Σx² over the pool for higher-is-better
/// indicators, and 1 − x / ‖x‖ for lower-is-better ones.
/// </summary>
/// <remarks>
/// <para>Norm 0 (every value 0, or an empty pool): the ratio x / ‖x‖ is taken as 0, so higher-is-better gives 0 and
/// lower-is-better gives 1.</para>
/// <para>For non-negative pools the result lies in [0, 1]. Immutable and thread-safe.</para>
/// </remarks>
/// <example><c>30 × 3 / 5 = 18</c></example>
public sealed class VectorScoring : IScoringMethod
{
    /// <summary>The name profiles use.</summary>
    public const string MethodName = "vector";

    /// <inheritdoc />
    public string Name => MethodName;

    /// <inheritdoc />
    public bool RequiresBenchmark => false;

    /// <inheritdoc />
    /// <exception cref="ArgumentException">A value is not finite.</exception>
    public ScoringFit Fit(ReadOnlySpan<double> values, double benchmark, Direction direction) =>
        ScoringFit.Create(values, benchmark, direction, FitStatistics.Moments);

    /// <inheritdoc />
    public double Normalise(double value, ScoringFit fit)
    {
        ScoringGuards.CheckFit(fit);
        return Kernel(value, fit.Norm, fit.Direction == Direction.LowerIsBetter);
    }

    /// <inheritdoc />
    public void NormaliseAll(ReadOnlySpan<double> values, ScoringFit fit, Span<double> destination)
    {
        ScoringGuards.CheckFit(fit);
        ScoringGuards.CheckDestination(values, destination);
        var norm = fit.Norm;
        var lower = fit.Direction == Direction.LowerIsBetter;
        for (var i = 0; i < values.Length; i++)
        {
            destination[i] = Kernel(values[i], norm, lower);
        }
    }

    /// <inheritdoc />
    public string Explain(double value, double weight, ScoringFit fit)
    {
        var normalised = Normalise(value, fit);
        var score = ExplainFormat.Num(weight * normalised);
        var w = ExplainFormat.Num(weight);
        var lower = fit.Direction == Direction.LowerIsBetter;
        if (fit.Norm == 0)
        {
            return lower ? $"norm = 0: {w} × (1 − 0) = {score}" : $"norm = 0: {w} × 0 = {score}";
        }

        var ratio = $"{ExplainFormat.Num(value)} / {ExplainFormat.Num(fit.Norm)}";
        return lower ? $"{w} × (1 − {ratio}) = {score}" : $"{w} × {ratio} = {score}";
    }

    /// <inheritdoc />
    public override string ToString() => MethodName;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Kernel(double x, double norm, bool lower)
    {
        var r = norm == 0 ? 0 : x / norm;
        return lower ? 1 - r : r;
    }
}
