using System.Runtime.CompilerServices;

namespace EnterpriseScoring.Scoring;

/// <summary>
/// F1, ratio to benchmark (the dominant 亩均 rule): normalised = x / B for higher-is-better indicators and B / x for
/// lower-is-better ones, optionally capped at k and floored at f. A firm exactly at the benchmark scores exactly W.
/// </summary>
/// <remarks>
/// <para><see cref="Fit"/> throws <see cref="ArgumentException"/> when B is not a finite number &gt; 0 (a benchmark of 0
/// is a profile or data error the engine reports) and when the indicator is lower-is-better but no cap is set.</para>
/// <para>Lower-is-better: a value x ≤ 0 (e.g. no energy used) is the best possible and gets the cap.</para>
/// <para>Order of limits: min(max(r, f), k) with f ≤ k. Immutable and thread-safe.</para>
/// </remarks>
/// <example><c>min(12.5 / 10, 1.2) × 30 = 36</c></example>
public sealed class RatioToBenchmarkScoring : IScoringMethod
{
    /// <summary>The name profiles use.</summary>
    public const string MethodName = "ratio_to_benchmark";

    private readonly double cap;
    private readonly double floor;

    /// <summary>Creates the method without cap or floor.</summary>
    public RatioToBenchmarkScoring()
        : this(new RatioToBenchmarkOptions())
    {
    }

    /// <summary>Creates the method with the given options.</summary>
    /// <param name="options">Cap and floor.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The cap is not finite and &gt; 0, the floor is not finite, or the floor is above the cap.</exception>
    public RatioToBenchmarkScoring(RatioToBenchmarkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        cap = options.Cap is { } k ? Preconditions.CheckPositive(k, "options.Cap") : double.PositiveInfinity;
        floor = options.Floor is { } f ? Preconditions.CheckFinite(f, "options.Floor") : double.NegativeInfinity;
        if (floor > cap)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options, $"Floor {ExplainFormat.Num(floor)} is above cap {ExplainFormat.Num(cap)}.");
        }

        Options = options;
    }

    /// <summary>The options.</summary>
    public RatioToBenchmarkOptions Options { get; }

    /// <inheritdoc />
    public string Name => MethodName;

    /// <inheritdoc />
    public bool RequiresBenchmark => true;

    /// <inheritdoc />
    /// <remarks>B and the direction are all the method needs: <see langword="false"/>.</remarks>
    public bool FitReadsValues => false;

    /// <inheritdoc />
    /// <exception cref="ArgumentException">B is not finite and &gt; 0; the indicator is lower-is-better and no cap is set; a value is not finite.</exception>
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
        return Kernel(value, fit.Benchmark, fit.Direction == Direction.LowerIsBetter, cap, floor);
    }

    /// <inheritdoc />
    public void NormaliseAll(ReadOnlySpan<double> values, ScoringFit fit, Span<double> destination)
    {
        ScoringGuards.CheckFitBenchmark(fit, MethodName);
        CheckDirection(fit.Direction);
        ScoringGuards.CheckDestination(values, destination);
        var b = fit.Benchmark;
        var lower = fit.Direction == Direction.LowerIsBetter;
        for (var i = 0; i < values.Length; i++)
        {
            destination[i] = Kernel(values[i], b, lower, cap, floor);
        }
    }

    /// <inheritdoc />
    public string Explain(double value, double weight, ScoringFit fit)
    {
        var normalised = Normalise(value, fit);
        var score = ExplainFormat.Num(weight * normalised);
        var w = ExplainFormat.Num(weight);
        var lower = fit.Direction == Direction.LowerIsBetter;
        if (lower && value <= 0)
        {
            return $"{ExplainFormat.Num(value)} ≤ 0 (lower is better): cap {ExplainFormat.Num(cap)} × {w} = {score}";
        }

        var ratio = lower
            ? $"{ExplainFormat.Num(fit.Benchmark)} / {ExplainFormat.Num(value)}"
            : $"{ExplainFormat.Num(value)} / {ExplainFormat.Num(fit.Benchmark)}";
        if (!double.IsNegativeInfinity(floor))
        {
            ratio = $"max({ratio}, {ExplainFormat.Num(floor)})";
        }

        if (!double.IsPositiveInfinity(cap))
        {
            ratio = $"min({ratio}, {ExplainFormat.Num(cap)})";
        }

        return $"{ratio} × {w} = {score}";
    }

    /// <inheritdoc />
    public override string ToString() =>
        MethodName
        + (double.IsPositiveInfinity(cap) ? string.Empty : $" cap {ExplainFormat.Num(cap)}")
        + (double.IsNegativeInfinity(floor) ? string.Empty : $" floor {ExplainFormat.Num(floor)}");

    private void CheckDirection(Direction direction)
    {
        if (direction == Direction.LowerIsBetter && double.IsPositiveInfinity(cap))
        {
            throw new ArgumentException(
                $"{MethodName} on a lower-is-better indicator scores B / x, which is unbounded as x → 0: set a cap (e.g. 1.2).",
                nameof(direction));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Kernel(double x, double b, bool lower, double cap, double floor)
    {
        double r;
        if (lower)
        {
            r = x <= 0 ? cap : b / x;
        }
        else
        {
            r = x / b;
        }

        if (r < floor)
        {
            r = floor;
        }

        if (r > cap)
        {
            r = cap;
        }

        return r;
    }

    /// <inheritdoc />
    void IScoringMethod.CheckRanges(ParameterRangeCheck check, string path)
    {
        if (Options.Cap is { } cap)
        {
            check.Range(path + ".cap", cap, double.Epsilon, ParameterRangeCheck.MaxCap, "the largest normalised value, e.g. 1.2");
        }

        if (Options.Floor is { } floor)
        {
            check.Range(path + ".floor", floor, -ParameterRangeCheck.MaxCap, ParameterRangeCheck.MaxCap, "the smallest normalised value, e.g. 0");
        }
    }
}
