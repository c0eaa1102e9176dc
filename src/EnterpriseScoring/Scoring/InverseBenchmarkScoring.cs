using System.Runtime.CompilerServices;

namespace EnterpriseScoring.Scoring;

/// <summary>
/// F3, lower-is-better against a benchmark: normalised = (2 − x / B) / 2 clamped to [0, 1], i.e.
/// score = W / 2 × (2 − x / B) clamped to [0, W]: W at x = 0, W / 2 at x = B, 0 at x ≥ 2B.
/// </summary>
/// <remarks>
/// <para><see cref="Fit"/> throws <see cref="ArgumentException"/> when B is not a finite number &gt; 0 and when the
/// indicator is higher-is-better (the formula only makes sense for lower-is-better indicators such as energy per unit of output).</para>
/// <para>A negative value (below 0) is clamped to W like 0. Immutable and thread-safe.</para>
/// </remarks>
/// <example><c>30 / 2 × (2 − 15 / 10) = 7.5</c></example>
public sealed class InverseBenchmarkScoring : IScoringMethod
{
    /// <summary>The name profiles use.</summary>
    public const string MethodName = "inverse_benchmark";

    /// <inheritdoc />
    public string Name => MethodName;

    /// <inheritdoc />
    public bool RequiresBenchmark => true;

    /// <inheritdoc />
    /// <remarks>B and the direction are all the method needs: <see langword="false"/>.</remarks>
    public bool FitReadsValues => false;

    /// <inheritdoc />
    /// <exception cref="ArgumentException">B is not finite and &gt; 0; the indicator is higher-is-better; a value is not finite.</exception>
    public ScoringFit Fit(ReadOnlySpan<double> values, double benchmark, Direction direction)
    {
        ScoringGuards.CheckBenchmark(benchmark, MethodName);
        CheckDirection(direction);
        return new ScoringFit(values, benchmark, direction);
    }

    /// <inheritdoc />
    public double Normalise(double value, ScoringFit fit)
    {
        ScoringGuards.CheckFitBenchmark(fit, MethodName);
        CheckDirection(fit.Direction);
        return Kernel(value, fit.Benchmark);
    }

    /// <inheritdoc />
    public void NormaliseAll(ReadOnlySpan<double> values, ScoringFit fit, Span<double> destination)
    {
        ScoringGuards.CheckFitBenchmark(fit, MethodName);
        CheckDirection(fit.Direction);
        ScoringGuards.CheckDestination(values, destination);
        var b = fit.Benchmark;
        for (var i = 0; i < values.Length; i++)
        {
            destination[i] = Kernel(values[i], b);
        }
    }

    /// <inheritdoc />
    public string Explain(double value, double weight, ScoringFit fit)
    {
        var normalised = Normalise(value, fit);
        var w = ExplainFormat.Num(weight);
        var formula = $"{w} / 2 × (2 − {ExplainFormat.Num(value)} / {ExplainFormat.Num(fit.Benchmark)})";
        var raw = (2 - (value / fit.Benchmark)) / 2;
        if (raw < 0 || raw > 1)
        {
            formula = $"clamp({formula}, 0, {w})";
        }

        return $"{formula} = {ExplainFormat.Num(weight * normalised)}";
    }

    /// <inheritdoc />
    public override string ToString() => MethodName;

    private static void CheckDirection(Direction direction)
    {
        if (direction != Direction.LowerIsBetter)
        {
            throw new ArgumentException(
                $"{MethodName} scores lower-is-better indicators (0 at ≥ 2B); this indicator is {direction}. Use ratio_to_benchmark instead.",
                nameof(direction));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Kernel(double x, double b)
    {
        var v = (2 - (x / b)) / 2;
        if (v < 0)
        {
            return 0;
        }

        return v > 1 ? 1 : v;
    }
}
