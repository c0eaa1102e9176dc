using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace EnterpriseScoring.Scoring;

/// <summary>
/// F2, min-max with floor: normalised = f + (1 − f)(x − min)/(max − min) for higher-is-better indicators and
/// f + (1 − f)(max − x)/(max − min) for lower-is-better ones, so every score lies in [f × W, W].
/// </summary>
/// <remarks>
/// <para>Constant column (max = min) and empty pool: every firm gets 1, the top of the range (a pool where everyone is
/// equal does not penalise anyone).</para>
/// <para>A value outside the fitted [min, max] (not one of the pool's values) is clamped to the range, so the result
/// always lies in [f, 1]. Immutable and thread-safe.</para>
/// </remarks>
/// <example><c>30 × [0.2 + 0.8 × (12.5 − 3) / (20 − 3)] = 19.411764705882355</c></example>
public sealed class MinMaxScoring : IScoringMethod
{
    /// <summary>The name profiles use.</summary>
    public const string MethodName = "min_max";

    private readonly double floor;
    private readonly double span;

    /// <summary>Creates plain min-max (floor 0).</summary>
    public MinMaxScoring()
        : this(new MinMaxOptions())
    {
    }

    /// <summary>Creates min-max with the given floor.</summary>
    /// <param name="options">The floor.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The floor is not in [0, 1).</exception>
    public MinMaxScoring(MinMaxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!(options.Floor >= 0 && options.Floor < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Floor, "Floor must be in [0, 1).");
        }

        floor = options.Floor;
        span = 1 - floor;
        Options = options;
    }

    /// <summary>The options.</summary>
    public MinMaxOptions Options { get; }

    /// <inheritdoc />
    public string Name => MethodName;

    /// <inheritdoc />
    public bool RequiresBenchmark => false;

    /// <inheritdoc />
    /// <exception cref="ArgumentException">A value is not finite.</exception>
    public ScoringFit Fit(ReadOnlySpan<double> values, double benchmark, Direction direction) =>
        ScoringFit.Create(values, benchmark, direction, FitStatistics.Extremes);

    /// <inheritdoc />
    public double Normalise(double value, ScoringFit fit)
    {
        ScoringGuards.CheckFit(fit);
        return Kernel(value, fit.Min, fit.Max, fit.Count, fit.Direction == Direction.LowerIsBetter, floor, span);
    }

    /// <inheritdoc />
    public void NormaliseAll(ReadOnlySpan<double> values, ScoringFit fit, Span<double> destination)
    {
        ScoringGuards.CheckFit(fit);
        ScoringGuards.CheckDestination(values, destination);
        double min = fit.Min, max = fit.Max;
        var count = fit.Count;
        var lower = fit.Direction == Direction.LowerIsBetter;
        var i = 0;
        var range = max - min;
        if (Vector256.IsHardwareAccelerated && count > 0 && max != min && double.IsFinite(range))
        {
            // Kernel's arithmetic on four lanes: the same subtraction, division, clamp, product and sum in the same order (no
            // fused multiply-add), so every value has the bits the scalar kernel gives it. Written out because the scalar
            // loop's division per value was most of the time of a weighted sum over min-max scores (issue 14).
            ref var x = ref MemoryMarshal.GetReference(values);
            ref var d = ref MemoryMarshal.GetReference(destination);
            var origin = Vector256.Create(lower ? max : min);
            var width = Vector256.Create(range);
            var zero = Vector256<double>.Zero;
            var one = Vector256<double>.One;
            var low = Vector256.Create(floor);
            var scale = Vector256.Create(span);
            for (; i <= values.Length - Vector256<double>.Count; i += Vector256<double>.Count)
            {
                var v = Vector256.LoadUnsafe(ref x, (nuint)i);
                var t = (lower ? origin - v : v - origin) / width;
                t = Vector256.ConditionalSelect(Vector256.LessThan(t, zero), zero, t);
                t = Vector256.ConditionalSelect(Vector256.GreaterThan(t, one), one, t);
                (low + (scale * t)).StoreUnsafe(ref d, (nuint)i);
            }
        }

        for (; i < values.Length; i++)
        {
            destination[i] = Kernel(values[i], min, max, count, lower, floor, span);
        }
    }

    /// <inheritdoc />
    public string Explain(double value, double weight, ScoringFit fit)
    {
        var normalised = Normalise(value, fit);
        var score = ExplainFormat.Num(weight * normalised);
        var w = ExplainFormat.Num(weight);
        if (fit.Count == 0 || fit.Max == fit.Min)
        {
            var why = fit.Count == 0 ? "empty pool" : $"constant column, min = max = {ExplainFormat.Num(fit.Min)}";
            return $"{why}: top of the range, {w} × 1 = {score}";
        }

        var lower = fit.Direction == Direction.LowerIsBetter;
        var min = ExplainFormat.Num(fit.Min);
        var max = ExplainFormat.Num(fit.Max);
        var x = ExplainFormat.Num(value);
        var fraction = lower ? $"({max} − {x}) / ({max} − {min})" : $"({x} − {min}) / ({max} − {min})";
        if (value < fit.Min || value > fit.Max)
        {
            fraction = $"clamp({fraction}, 0, 1)";
        }

        return floor == 0
            ? $"{w} × {fraction} = {score}"
            : $"{w} × [{ExplainFormat.Num(floor)} + {ExplainFormat.Num(span)} × {fraction}] = {score}";
    }

    /// <inheritdoc />
    public override string ToString() => floor == 0 ? MethodName : $"{MethodName} floor {ExplainFormat.Num(floor)}";

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Kernel(double x, double min, double max, int count, bool lower, double floor, double span)
    {
        if (count == 0 || max == min)
        {
            return 1;
        }

        var range = max - min;
        double t;
        if (double.IsFinite(range))
        {
            t = lower ? (max - x) / range : (x - min) / range;
        }
        else
        {
            // max − min overflowed: halving is exact, so work on halves.
            var half = (max * 0.5) - (min * 0.5);
            t = lower ? ((max * 0.5) - (x * 0.5)) / half : ((x * 0.5) - (min * 0.5)) / half;
        }

        if (t < 0)
        {
            t = 0;
        }
        else if (t > 1)
        {
            t = 1;
        }

        return floor + (span * t);
    }
}
