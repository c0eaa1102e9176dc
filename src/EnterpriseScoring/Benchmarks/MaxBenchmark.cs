namespace EnterpriseScoring.Benchmarks;

/// <summary>The pool maximum: the best firm of a higher-is-better indicator gets full marks.</summary>
/// <remarks>Empty pool: 0 ("empty pool"). Immutable and thread-safe.</remarks>
/// <example><c>pool max of 12 values = 35.2</c></example>
public sealed class MaxBenchmark : IBenchmark
{
    /// <summary>The name profiles use.</summary>
    public const string BenchmarkName = "pool_max";

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
            return new BenchmarkValue(0, $"pool max: {BenchmarkGuards.EmptyPool}");
        }

        var max = values[0];
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] > max)
            {
                max = values[i];
            }
        }

        max += 0.0; // −0 → +0, so the result cannot depend on which zero came first
        return new BenchmarkValue(max, $"pool max of {ExplainFormat.Int(values.Length)} values = {ExplainFormat.Num(max)}");
    }

    /// <inheritdoc />
    public override string ToString() => BenchmarkName;
}
