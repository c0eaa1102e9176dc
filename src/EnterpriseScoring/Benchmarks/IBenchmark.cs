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

    /// <summary>
    /// Whether <see cref="Compute"/> reads <see cref="BenchmarkInput.Numerators"/> and <see cref="BenchmarkInput.Denominators"/>
    /// (a ratio of sums) rather than the values alone. A wrapper that passes other spans as the inner benchmark's input
    /// (<see cref="PriorYearBenchmark"/>) asks its inner benchmark this.
    /// <value>The default value is <see langword="false"/>.</value>
    /// </summary>
    bool ReadsNumerators => false;

    /// <summary>
    /// Whether <see cref="Compute"/> reads the prior year's numerators and denominators
    /// (<see cref="BenchmarkInput.PriorNumerators"/>, <see cref="BenchmarkInput.PriorDenominators"/>): whoever supplies
    /// prior-year data (the CLI's <c>--prior</c> reader) must then supply them too, not only the values.
    /// <value>The default value is <see langword="false"/>.</value>
    /// </summary>
    bool ReadsPriorNumerators => false;

    /// <summary>Computes B.</summary>
    /// <param name="input">The pool's indicator values (and, for ratio-of-sums, numerators and denominators; optionally the prior year's).</param>
    BenchmarkValue Compute(in BenchmarkInput input);

    /// <summary>
    /// Adds a problem to <paramref name="check"/> for each of the benchmark's numeric parameters outside its documented
    /// range (docs/profile-format.md, "Numeric ranges"); the engine calls it when an <see cref="Evaluator"/> is compiled.
    /// Internal: a component from outside the library checks its parameters itself (the default checks nothing).
    /// </summary>
    /// <param name="check">Collects the problems.</param>
    /// <param name="path">The JSON path of the component in the profile.</param>
    internal void CheckRanges(ParameterRangeCheck check, string path)
    {
    }
}
