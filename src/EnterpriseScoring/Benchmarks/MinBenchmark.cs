namespace EnterpriseScoring.Benchmarks;

/// <summary>The pool minimum: the best firm of a lower-is-better indicator (e.g. energy per unit of output).</summary>
/// <remarks>Empty pool: 0 ("empty pool"). Immutable and thread-safe.</remarks>
/// <example><c>pool min of 12 values = 0.35</c></example>
public sealed class MinBenchmark : IBenchmark
{
    /// <summary>The name profiles use.</summary>
    public const string BenchmarkName = "pool_min";

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
            return new BenchmarkValue(0, $"pool min: {BenchmarkGuards.EmptyPool}");
        }

        var min = values[0];
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] < min)
            {
                min = values[i];
            }
        }

        min += 0.0; // −0 → +0, so the result cannot depend on which zero came first
        return new BenchmarkValue(min, $"pool min of {ExplainFormat.Int(values.Length)} values = {ExplainFormat.Num(min)}");
    }

    /// <inheritdoc />
    public override string ToString() => BenchmarkName;
}
