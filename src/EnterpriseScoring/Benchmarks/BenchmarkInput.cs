namespace EnterpriseScoring.Benchmarks;

/// <summary>
/// What a benchmark is computed from: the indicator values of one pool's firms, the numerators and denominators
/// they are ratios of (same rows; for ratio-of-sums means), and optionally the same for the prior year.
/// </summary>
public readonly ref struct BenchmarkInput
{
    /// <summary>Creates an input for the current year only.</summary>
    /// <param name="values">Indicator values (finite).</param>
    /// <param name="numerators">Numerators of the values (same length as values, or empty when the indicator is not a ratio).</param>
    /// <param name="denominators">Denominators of the values (same length as values, or empty).</param>
    public BenchmarkInput(ReadOnlySpan<double> values, ReadOnlySpan<double> numerators = default, ReadOnlySpan<double> denominators = default)
    {
        Values = values;
        Numerators = numerators;
        Denominators = denominators;
    }

    /// <summary>The pool's indicator values this year.</summary>
    public ReadOnlySpan<double> Values { get; }

    /// <summary>Their numerators (empty when unknown).</summary>
    public ReadOnlySpan<double> Numerators { get; }

    /// <summary>Their denominators (empty when unknown).</summary>
    public ReadOnlySpan<double> Denominators { get; }

    /// <summary>The prior year's indicator values for the same pool (empty when no prior results were supplied).</summary>
    public ReadOnlySpan<double> PriorValues { get; init; }

    /// <summary>The prior year's numerators (empty when unknown).</summary>
    public ReadOnlySpan<double> PriorNumerators { get; init; }

    /// <summary>The prior year's denominators (empty when unknown).</summary>
    public ReadOnlySpan<double> PriorDenominators { get; init; }
}
