using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Scoring;

namespace EnterpriseScoring;

/// <summary>
/// How one indicator is scored in a pool: the indicator, its weight (points), scoring method, benchmark, and
/// the policies for missing and negative values.
/// </summary>
/// <remarks>A value: immutable, derived with <see langword="with"/> (<c>indicator with { Weight = 40 }</c>), equal by value. Thread-safe.</remarks>
public sealed record IndicatorProfile
{
    /// <summary>The indicator.</summary>
    public required IIndicator Indicator { get; init; }

    /// <summary>The weight in points (e.g. 30 of 100). Used as given unless the pool computes weights or normalises them.</summary>
    public double Weight { get; init; }

    /// <summary>The scoring method. <value>The default value is ratio-to-benchmark without cap.</value></summary>
    public IScoringMethod? Scoring { get; init; }

    /// <summary>The benchmark B, required by benchmark-based scoring methods.</summary>
    public IBenchmark? Benchmark { get; init; }

    /// <summary>What is wrong with <paramref name="weight"/> as fixed points (not &gt; 0), as a profile reports it; null when nothing.</summary>
    internal static (string Message, string Hint)? WeightProblem(double weight) =>
        weight > 0 ? null : ($"{Profiles.Components.ComponentReader.Num(weight)} is not > 0", "weights are points > 0, e.g. 30");

    /// <summary>What a firm without a value scores. <value>The default value is <see cref="MissingValuePolicy.Zero"/>.</value></summary>
    public MissingValuePolicy Missing { get; init; } = MissingValuePolicy.Zero;

    /// <summary>What to do with negative values. <value>The default value is <see cref="NegativeValuePolicy.Allow"/>.</value></summary>
    public NegativeValuePolicy Negative { get; init; } = NegativeValuePolicy.Allow;
}
