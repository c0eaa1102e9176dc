namespace EnterpriseScoring.Benchmarks;

/// <summary>
/// A benchmark B for an indicator within a pool: a published constant, a pool statistic, or a multiple of the
/// prior year's value.
/// </summary>
/// <remarks>Implementations are immutable and thread-safe and must not depend on the order of the input values.
/// Built-ins are in <c>KnownBenchmarks</c>.</remarks>
public interface IBenchmark
{
    /// <summary>The snake_case name profiles use, e.g. <c>pool_mean</c>.</summary>
    string Name { get; }

    /// <summary>Computes B.</summary>
    /// <param name="input">The pool's indicator values (and, for ratio-of-sums, numerators and denominators; optionally the prior year's).</param>
    BenchmarkValue Compute(in BenchmarkInput input);
}
