using System.Runtime.CompilerServices;

namespace EnterpriseScoring.Scoring;

/// <summary>
/// Percentile rank with Excel <c>PERCENTRANK.INC</c> semantics: normalised = (number of pool values strictly less
/// than x) / (n − 1); for lower-is-better indicators it is mirrored: (number strictly greater than x) / (n − 1).
/// </summary>
/// <remarks>
/// <para>Ties get the same value. n ≤ 1 (single firm, empty pool): 1. Unlike Excel the result is not truncated to 3
/// significant digits, and a value that is not in the pool is not interpolated: it gets the count formula clamped
/// to [0, 1].</para>
/// <para>O(log n) per value (binary search over <see cref="ScoringFit.SortedValues"/>). Immutable and thread-safe.</para>
/// </remarks>
/// <example><c>PERCENTRANK.INC: 3 of 6 values are below 12.5, 30 × 3 / (6 − 1) = 18</c></example>
public sealed class PercentileRankScoring : IScoringMethod
{
    /// <summary>The name profiles use.</summary>
    public const string MethodName = "percentile_rank";

    /// <inheritdoc />
    public string Name => MethodName;

    /// <inheritdoc />
    public bool RequiresBenchmark => false;

    /// <inheritdoc />
    /// <exception cref="ArgumentException">A value is not finite.</exception>
    public ScoringFit Fit(ReadOnlySpan<double> values, double benchmark, Direction direction) =>
        ScoringFit.Create(values, benchmark, direction, FitStatistics.SortedValues);

    /// <inheritdoc />
    public double Normalise(double value, ScoringFit fit)
    {
        ScoringGuards.CheckFit(fit);
        return Kernel(value, fit.SortedValues, fit.Direction == Direction.LowerIsBetter);
    }

    /// <inheritdoc />
    public void NormaliseAll(ReadOnlySpan<double> values, ScoringFit fit, Span<double> destination)
    {
        ScoringGuards.CheckFit(fit);
        ScoringGuards.CheckDestination(values, destination);
        var sorted = fit.SortedValues;
        var lower = fit.Direction == Direction.LowerIsBetter;
        for (var i = 0; i < values.Length; i++)
        {
            destination[i] = Kernel(values[i], sorted, lower);
        }
    }

    /// <inheritdoc />
    public string Explain(double value, double weight, ScoringFit fit)
    {
        var normalised = Normalise(value, fit);
        var score = ExplainFormat.Num(weight * normalised);
        var w = ExplainFormat.Num(weight);
        var n = fit.Count;
        if (n <= 1)
        {
            return $"PERCENTRANK.INC: {ExplainFormat.Int(n)} value(s) in the pool, {w} × 1 = {score}";
        }

        var lower = fit.Direction == Direction.LowerIsBetter;
        var count = lower ? SortedSearch.CountGreater(fit.SortedValues, value) : SortedSearch.CountLess(fit.SortedValues, value);
        var formula = $"{w} × {ExplainFormat.Int(count)} / ({ExplainFormat.Int(n)} − 1)";
        if (count > n - 1)
        {
            formula = $"{w} × min({ExplainFormat.Int(count)} / ({ExplainFormat.Int(n)} − 1), 1)";
        }

        return $"PERCENTRANK.INC: {ExplainFormat.Int(count)} of {ExplainFormat.Int(n)} values are {(lower ? "above" : "below")} "
            + $"{ExplainFormat.Num(value)}, {formula} = {score}";
    }

    /// <inheritdoc />
    public override string ToString() => MethodName;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Kernel(double x, ReadOnlySpan<double> sorted, bool lower)
    {
        var n = sorted.Length;
        if (n <= 1)
        {
            return 1;
        }

        var count = lower ? SortedSearch.CountGreater(sorted, x) : SortedSearch.CountLess(sorted, x);
        return count >= n - 1 ? 1 : (double)count / (n - 1);
    }
}
