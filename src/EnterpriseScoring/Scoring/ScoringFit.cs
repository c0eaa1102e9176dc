namespace EnterpriseScoring.Scoring;

/// <summary>
/// The pool statistics a scoring method fitted for one indicator: benchmark, min, max, mean, population standard
/// deviation, Euclidean norm, count, and the sorted values (for percentile and rank methods).
/// </summary>
/// <remarks>Immutable and thread-safe. Statistics of an empty pool are 0 (never NaN).</remarks>
public sealed class ScoringFit
{
    private readonly double[] sortedValues;

    /// <summary>Computes every statistic of <paramref name="values"/>.</summary>
    /// <param name="values">The pool's present values (finite).</param>
    /// <param name="benchmark">The benchmark B, or NaN when the method uses none.</param>
    /// <param name="direction">The indicator's direction.</param>
    /// <exception cref="ArgumentException">A value is NaN or infinite.</exception>
    public ScoringFit(ReadOnlySpan<double> values, double benchmark, Direction direction)
    {
        Preconditions.CheckAllFinite(values, nameof(values));
        sortedValues = values.ToArray();
        Array.Sort(sortedValues);
        Benchmark = benchmark;
        Direction = direction;
        Count = sortedValues.Length;
        if (Count == 0)
        {
            return;
        }

        Min = sortedValues[0];
        Max = sortedValues[^1];
        double sum = 0, sumSquares = 0;
        foreach (var v in sortedValues)
        {
            sum += v;
            sumSquares += v * v;
        }

        Mean = sum / Count;
        double deviations = 0;
        foreach (var v in sortedValues)
        {
            deviations += (v - Mean) * (v - Mean);
        }

        StandardDeviation = Math.Sqrt(deviations / Count);
        Norm = Math.Sqrt(sumSquares);
    }

    /// <summary>The benchmark B (NaN when the method uses none).</summary>
    public double Benchmark { get; }

    /// <summary>The indicator's direction.</summary>
    public Direction Direction { get; }

    /// <summary>The number of values.</summary>
    public int Count { get; }

    /// <summary>The smallest value.</summary>
    public double Min { get; }

    /// <summary>The largest value.</summary>
    public double Max { get; }

    /// <summary>The arithmetic mean.</summary>
    public double Mean { get; }

    /// <summary>The population standard deviation (ddof 0).</summary>
    public double StandardDeviation { get; }

    /// <summary>The Euclidean norm √Σx².</summary>
    public double Norm { get; }

    /// <summary>The values, sorted ascending.</summary>
    public ReadOnlySpan<double> SortedValues => sortedValues;
}
