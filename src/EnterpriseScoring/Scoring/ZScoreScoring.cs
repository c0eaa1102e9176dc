using System.Runtime.CompilerServices;

namespace EnterpriseScoring.Scoring;

/// <summary>
/// Standard score: z = (x − mean) / sd with the population standard deviation (ddof 0), sign flipped for
/// lower-is-better indicators (z = (mean − x) / sd); normalised = Offset + Scale × z (plain z by default).
/// </summary>
/// <remarks>
/// <para>sd = 0 (constant column, single value, empty pool): z = 0, so normalised = Offset.</para>
/// <para>z is unbounded and negative for below-average firms: the score W × z is a relative position, not points out of W.
/// Immutable and thread-safe.</para>
/// </remarks>
/// <example><c>30 × (12.5 − 10) / 2.5 = 30</c></example>
public sealed class ZScoreScoring : IScoringMethod
{
    /// <summary>The name profiles use.</summary>
    public const string MethodName = "z_score";

    private readonly double offset;
    private readonly double scale;

    /// <summary>Creates the plain z-score.</summary>
    public ZScoreScoring()
        : this(new ZScoreOptions())
    {
    }

    /// <summary>Creates a z-score with a linear map.</summary>
    /// <param name="options">Offset and scale.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The offset is not finite, or the scale is not finite or is 0.</exception>
    public ZScoreScoring(ZScoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        offset = Preconditions.CheckFinite(options.Offset, "options.Offset");
        scale = Preconditions.CheckFinite(options.Scale, "options.Scale");
        if (scale == 0)
        {
            throw new ArgumentOutOfRangeException("options.Scale", scale, "Scale must not be 0.");
        }

        Options = options;
    }

    /// <summary>The options.</summary>
    public ZScoreOptions Options { get; }

    /// <inheritdoc />
    public string Name => MethodName;

    /// <inheritdoc />
    public bool RequiresBenchmark => false;

    /// <inheritdoc />
    /// <exception cref="ArgumentException">A value is not finite.</exception>
    public ScoringFit Fit(ReadOnlySpan<double> values, double benchmark, Direction direction) =>
        ScoringFit.Create(values, benchmark, direction, FitStatistics.Moments);

    /// <inheritdoc />
    public double Normalise(double value, ScoringFit fit)
    {
        ScoringGuards.CheckFit(fit);
        return Kernel(value, fit.Mean, fit.StandardDeviation, fit.Direction == Direction.LowerIsBetter, offset, scale);
    }

    /// <inheritdoc />
    public void NormaliseAll(ReadOnlySpan<double> values, ScoringFit fit, Span<double> destination)
    {
        ScoringGuards.CheckFit(fit);
        ScoringGuards.CheckDestination(values, destination);
        double mean = fit.Mean, sd = fit.StandardDeviation;
        var lower = fit.Direction == Direction.LowerIsBetter;
        for (var i = 0; i < values.Length; i++)
        {
            destination[i] = Kernel(values[i], mean, sd, lower, offset, scale);
        }
    }

    /// <inheritdoc />
    public string Explain(double value, double weight, ScoringFit fit)
    {
        var normalised = Normalise(value, fit);
        var score = ExplainFormat.Num(weight * normalised);
        var w = ExplainFormat.Num(weight);
        var plain = offset == 0 && scale == 1;
        if (fit.StandardDeviation == 0)
        {
            return plain
                ? $"sd = 0: z = 0, {w} × 0 = {score}"
                : $"sd = 0: z = 0, {w} × {ExplainFormat.Num(offset)} = {score}";
        }

        var x = ExplainFormat.Num(value);
        var mean = ExplainFormat.Num(fit.Mean);
        var z = fit.Direction == Direction.LowerIsBetter
            ? $"({mean} − {x}) / {ExplainFormat.Num(fit.StandardDeviation)}"
            : $"({x} − {mean}) / {ExplainFormat.Num(fit.StandardDeviation)}";
        return plain
            ? $"{w} × {z} = {score}"
            : $"{w} × [{ExplainFormat.Num(offset)} + {ExplainFormat.Num(scale)} × {z}] = {score}";
    }

    /// <inheritdoc />
    public override string ToString() =>
        offset == 0 && scale == 1 ? MethodName : $"{MethodName} {ExplainFormat.Num(offset)} + {ExplainFormat.Num(scale)}z";

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Kernel(double x, double mean, double sd, bool lower, double offset, double scale)
    {
        var z = sd == 0 ? 0 : (lower ? (mean - x) / sd : (x - mean) / sd);
        return offset + (scale * z);
    }

    /// <inheritdoc />
    void IScoringMethod.CheckRanges(ParameterRangeCheck check, string path)
    {
        check.SignedPoints(path + ".offset", Options.Offset, "e.g. 60");
        check.Range(path + ".scale", Math.Abs(Options.Scale), double.Epsilon, ParameterRangeCheck.MaxPoints, "e.g. 10", Options.Scale);
    }
}
