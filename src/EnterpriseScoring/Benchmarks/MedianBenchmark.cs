namespace EnterpriseScoring.Benchmarks;

/// <summary>The pool median: the middle value, or the mean of the two middle values (= PERCENTILE.INC at 0.5).</summary>
/// <remarks>Empty pool: 0 ("empty pool"). Immutable and thread-safe.</remarks>
/// <example><c>pool median of 4 values = (10 + 12) / 2 = 11</c></example>
public sealed class MedianBenchmark : IBenchmark
{
    /// <summary>The name profiles use.</summary>
    public const string BenchmarkName = "pool_median";

    /// <inheritdoc />
    public string Name => BenchmarkName;

    /// <inheritdoc />
    /// <exception cref="ArgumentException">A value is not finite.</exception>
    public BenchmarkValue Compute(in BenchmarkInput input)
    {
        var values = input.Values;
        BenchmarkGuards.CheckValues(values);
        if (values.Length == 0)
        {
            return new BenchmarkValue(0, $"pool median: {BenchmarkGuards.EmptyPool}");
        }

        using var sorted = new PooledSorted(values);
        var s = sorted.Span;
        var n = s.Length;
        var label = $"pool median of {ExplainFormat.Int(n)} values";
        if ((n & 1) == 1)
        {
            var middle = s[n / 2] + 0.0; // −0 → +0: sorting does not order the two zeros
            return new BenchmarkValue(middle, $"{label} = {ExplainFormat.Num(middle)}");
        }

        double a = s[(n / 2) - 1], b = s[n / 2];
        var sum = a + b;
        var median = (double.IsFinite(sum) ? sum / 2 : (a / 2) + (b / 2)) + 0.0;
        return new BenchmarkValue(median, $"{label} = ({ExplainFormat.Num(a)} + {ExplainFormat.Num(b)}) / 2 = {ExplainFormat.Num(median)}");
    }

    /// <inheritdoc />
    public override string ToString() => BenchmarkName;
}
