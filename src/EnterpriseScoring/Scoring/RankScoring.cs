using System.Runtime.CompilerServices;

namespace EnterpriseScoring.Scoring;

/// <summary>
/// F4, rank only: normalised = (n − r + 1) / n where r is the competition rank (1-2-2-4) within the pool, best
/// first (highest value first for higher-is-better, lowest first for lower-is-better). The best firm gets 1 and
/// the worst of n distinct values 1 / n; what matters is the ordering.
/// </summary>
/// <remarks>
/// <para>r = 1 + the number of pool values strictly better than x; ties share a rank. Empty pool: 1.
/// A value not in the pool gets the rank it would have, r ≤ n + 1, so the result lies in [0, 1].</para>
/// <para>O(log n) per value (binary search over <see cref="ScoringFit.SortedValues"/>). Immutable and thread-safe.</para>
/// </remarks>
/// <example><c>rank 2 of 5 (competition ranking, highest first), 30 × (5 − 2 + 1) / 5 = 24</c></example>
public sealed class RankScoring : IScoringMethod
{
    /// <summary>The name profiles use.</summary>
    public const string MethodName = "rank";

    /// <inheritdoc />
    public string Name => MethodName;

    /// <inheritdoc />
    public bool RequiresBenchmark => false;

    /// <inheritdoc />
    /// <exception cref="ArgumentException">A value is not finite.</exception>
    public ScoringFit Fit(ReadOnlySpan<double> values, double benchmark, Direction direction) =>
        ScoringFit.Create(values, benchmark, direction, FitStatistics.SortedValues);

    /// <summary>The competition rank (1 = best) <paramref name="value"/> has in the fitted pool.</summary>
    /// <param name="value">A finite value.</param>
    /// <param name="fit">The pool statistics from <see cref="Fit"/>.</param>
    /// <returns>1 + the number of pool values strictly better than <paramref name="value"/>.</returns>
    public static int CompetitionRank(double value, ScoringFit fit)
    {
        ScoringGuards.CheckFit(fit);
        return Rank(value, fit.SortedValues, fit.Direction == Direction.LowerIsBetter);
    }

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
        if (n == 0)
        {
            return $"empty pool: {w} × 1 = {score}";
        }

        var lower = fit.Direction == Direction.LowerIsBetter;
        var r = Rank(value, fit.SortedValues, lower);
        var ns = ExplainFormat.Int(n);
        var rs = ExplainFormat.Int(r);
        return $"rank {rs} of {ns} (competition ranking, {(lower ? "lowest" : "highest")} first), "
            + $"{w} × ({ns} − {rs} + 1) / {ns} = {score}";
    }

    /// <inheritdoc />
    public override string ToString() => MethodName;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Rank(double x, ReadOnlySpan<double> sorted, bool lower) =>
        1 + (lower ? SortedSearch.CountLess(sorted, x) : SortedSearch.CountGreater(sorted, x));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Kernel(double x, ReadOnlySpan<double> sorted, bool lower)
    {
        var n = sorted.Length;
        if (n == 0)
        {
            return 1;
        }

        return (double)(n - Rank(x, sorted, lower) + 1) / n;
    }
}
