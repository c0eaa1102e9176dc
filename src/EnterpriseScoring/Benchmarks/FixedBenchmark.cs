namespace EnterpriseScoring.Benchmarks;

/// <summary>A published constant B, e.g. 亩均税收 target 15 万元/亩 (one Zhejiang city, 2014–16).</summary>
/// <remarks>Ignores the pool. Immutable and thread-safe.</remarks>
/// <example><c>new FixedBenchmark(15).Compute(input)</c> gives 15 with the explanation <c>fixed target 15</c>.</example>
public sealed class FixedBenchmark : IBenchmark
{
    /// <summary>The name profiles use.</summary>
    public const string BenchmarkName = "fixed";

    /// <summary>Creates a fixed benchmark.</summary>
    /// <param name="value">The target; finite and &gt; 0.</param>
    /// <param name="source">Where the number comes from (cited in the explanation), or null.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not finite and &gt; 0.</exception>
    public FixedBenchmark(double value, string? source = null)
    {
        Value = Preconditions.CheckPositive(value);
        Source = string.IsNullOrWhiteSpace(source) ? null : source;
    }

    /// <summary>The target B.</summary>
    public double Value { get; }

    /// <summary>What is wrong with <paramref name="value"/> as a fixed benchmark (not &gt; 0), as a profile reports it; null when nothing.</summary>
    internal static (string Message, string Hint)? ValueProblem(double value) =>
        value > 0 ? null : ($"{Profiles.Components.ComponentReader.Num(value)} is not > 0", "a benchmark is a divisor: use the published target, e.g. 15");

    /// <summary>Where the target comes from, or null.</summary>
    public string? Source { get; }

    /// <inheritdoc />
    public string Name => BenchmarkName;

    /// <inheritdoc />
    public BenchmarkValue Compute(in BenchmarkInput input) =>
        new(Value, Source is null ? $"fixed target {ExplainFormat.Num(Value)}" : $"fixed target {ExplainFormat.Num(Value)} ({Source})");

    /// <inheritdoc />
    public override string ToString() => $"{BenchmarkName} {ExplainFormat.Num(Value)}";

    /// <inheritdoc />
    void IBenchmark.CheckRanges(ParameterRangeCheck check, string path)
    {
        check.Range(path + ".value", Value, ParameterRangeCheck.MinBenchmark, ParameterRangeCheck.MaxBenchmark, "the published target in the indicator's unit, e.g. 15");
    }
}
