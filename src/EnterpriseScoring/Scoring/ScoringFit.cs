using System.Buffers;

namespace EnterpriseScoring.Scoring;

/// <summary>
/// The pool statistics a scoring method fitted for one indicator: benchmark, min, max, mean, population standard
/// deviation, Euclidean norm, count, and the sorted values (for percentile and rank methods).
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe. Statistics of an empty pool are 0 (never NaN). A zero min or max is reported as +0.0
/// whatever the sign of the zeros in the values (so it does not depend on their order).</para>
/// <para>O(n) whatever is fitted: <see cref="Create"/> computes only the <see cref="FitStatistics"/> a method reads (min-max
/// reads two extremes, one pass and no copy); the mean, standard deviation and norm are summed in ascending order of the
/// values (a radix sort of a scratch copy), so they are bit-identical to what a comparison sort followed by the same loops
/// gives.</para>
/// </remarks>
public sealed class ScoringFit
{
    private readonly double[]? sortedValues;
    private readonly double mean;
    private readonly double standardDeviation;
    private readonly double norm;

    /// <summary>Computes every statistic of <paramref name="values"/> (<see cref="FitStatistics.All"/>).</summary>
    /// <param name="values">The pool's present values (finite).</param>
    /// <param name="benchmark">The benchmark B, or NaN when the method uses none.</param>
    /// <param name="direction">The indicator's direction.</param>
    /// <exception cref="ArgumentException">A value is NaN or infinite.</exception>
    public ScoringFit(ReadOnlySpan<double> values, double benchmark, Direction direction)
        : this(values, benchmark, direction, FitStatistics.All)
    {
    }

    private ScoringFit(ReadOnlySpan<double> values, double benchmark, Direction direction, FitStatistics statistics)
    {
        Benchmark = benchmark;
        Direction = direction;
        Statistics = statistics;
        Count = values.Length;
        double min = 0, max = 0;
        if (Count > 0 && !ColumnKernels.MinMax(values, out min, out max))
        {
            Preconditions.CheckAllFinite(values, nameof(values)); // names the first value that is not finite
        }

        if ((statistics & FitStatistics.SortedValues) != 0)
        {
            sortedValues = values.ToArray();
            SortedNeumaier.Sort(sortedValues);
        }

        if (Count == 0)
        {
            return;
        }

        Min = min == 0 ? 0.0 : min;
        Max = max == 0 ? 0.0 : max;
        if ((statistics & FitStatistics.Moments) == 0)
        {
            return;
        }

        if (sortedValues is not null)
        {
            (mean, standardDeviation, norm) = Moments(sortedValues);
            return;
        }

        var scratch = ArrayPool<double>.Shared.Rent(Count);
        try
        {
            var sorted = scratch.AsSpan(0, Count);
            values.CopyTo(sorted);
            SortedNeumaier.Sort(sorted);
            (mean, standardDeviation, norm) = Moments(sorted);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(scratch);
        }
    }

    /// <summary>The benchmark B (NaN when the method uses none).</summary>
    public double Benchmark { get; }

    /// <summary>The indicator's direction.</summary>
    public Direction Direction { get; }

    /// <summary>The statistics this fit holds.</summary>
    public FitStatistics Statistics { get; }

    /// <summary>The number of values.</summary>
    public int Count { get; }

    /// <summary>The smallest value.</summary>
    public double Min { get; }

    /// <summary>The largest value.</summary>
    public double Max { get; }

    /// <summary>The arithmetic mean.</summary>
    /// <exception cref="InvalidOperationException">The fit holds no <see cref="FitStatistics.Moments"/>.</exception>
    public double Mean => Has(FitStatistics.Moments) ? mean : throw NotFitted(nameof(Mean), FitStatistics.Moments);

    /// <summary>The population standard deviation (ddof 0).</summary>
    /// <exception cref="InvalidOperationException">The fit holds no <see cref="FitStatistics.Moments"/>.</exception>
    public double StandardDeviation =>
        Has(FitStatistics.Moments) ? standardDeviation : throw NotFitted(nameof(StandardDeviation), FitStatistics.Moments);

    /// <summary>The Euclidean norm √Σx².</summary>
    /// <exception cref="InvalidOperationException">The fit holds no <see cref="FitStatistics.Moments"/>.</exception>
    public double Norm => Has(FitStatistics.Moments) ? norm : throw NotFitted(nameof(Norm), FitStatistics.Moments);

    /// <summary>The values, sorted ascending.</summary>
    /// <exception cref="InvalidOperationException">The fit holds no <see cref="FitStatistics.SortedValues"/>.</exception>
    public ReadOnlySpan<double> SortedValues =>
        sortedValues ?? throw NotFitted(nameof(SortedValues), FitStatistics.SortedValues);

    /// <summary>Computes count, min, max and the requested <paramref name="statistics"/> of <paramref name="values"/>.</summary>
    /// <param name="values">The pool's present values (finite).</param>
    /// <param name="benchmark">The benchmark B, or NaN when the method uses none.</param>
    /// <param name="direction">The indicator's direction.</param>
    /// <param name="statistics">What the scoring method reads besides count, min and max.</param>
    /// <returns>The fit.</returns>
    /// <exception cref="ArgumentException">A value is NaN or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statistics"/> is not a combination of the defined flags.</exception>
    public static ScoringFit Create(ReadOnlySpan<double> values, double benchmark, Direction direction, FitStatistics statistics)
    {
        if ((statistics & ~FitStatistics.All) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(statistics), statistics, "Unknown fit statistics.");
        }

        return new ScoringFit(values, benchmark, direction, statistics);
    }

    /// <summary>Mean, population SD and norm summed in the order given (ascending): the loops the fit has always used.</summary>
    private static (double Mean, double StandardDeviation, double Norm) Moments(ReadOnlySpan<double> sorted)
    {
        double sum = 0, sumSquares = 0;
        foreach (var v in sorted)
        {
            sum += v;
            sumSquares += v * v;
        }

        var mean = sum / sorted.Length;
        double deviations = 0;
        foreach (var v in sorted)
        {
            deviations += (v - mean) * (v - mean);
        }

        return (mean, Math.Sqrt(deviations / sorted.Length), Math.Sqrt(sumSquares));
    }

    private bool Has(FitStatistics statistic) => (Statistics & statistic) == statistic;

    private InvalidOperationException NotFitted(string property, FitStatistics statistic) =>
        new($"This fit holds {Statistics} statistics, not {statistic}: {property} was not computed. Fit with ScoringFit.Create(…, FitStatistics.{statistic}) or the public constructor.");
}
