namespace EnterpriseScoring.Benchmarks;

/// <summary>The pool's p-th percentile, by default Excel <c>PERCENTILE.INC</c> (Hyndman–Fan type 7).</summary>
/// <remarks>
/// <para>Note MathNet's default quantile is type 8, not Excel's; this implementation is our own and is tested against
/// MathNet's <c>QuantileDefinition.R7</c> / <c>R6</c>.</para>
/// <para>Empty pool: 0 ("empty pool"). Immutable and thread-safe.</para>
/// </remarks>
/// <example><c>pool percentile p = 0.8 (PERCENTILE.INC, R-7) of 6 values: h = (6 − 1) × 0.8 = 4, x[4] = 15</c></example>
public sealed class PercentileBenchmark : IBenchmark
{
    /// <summary>The name profiles use.</summary>
    public const string BenchmarkName = "pool_percentile";

    /// <summary>Creates a percentile benchmark.</summary>
    /// <param name="p">The probability, in [0, 1] (0.8 for the 80th percentile).</param>
    /// <param name="definition">The interpolation rule; the default is <see cref="PercentileDefinition.Inclusive"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is not in [0, 1], or <paramref name="definition"/> is not defined.</exception>
    public PercentileBenchmark(double p, PercentileDefinition definition = PercentileDefinition.Inclusive)
    {
        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "p must be in [0, 1] (0.8 for the 80th percentile).");
        }

        if (definition is not (PercentileDefinition.Inclusive or PercentileDefinition.Exclusive))
        {
            throw new ArgumentOutOfRangeException(nameof(definition), definition, "Unknown percentile definition.");
        }

        P = p;
        Definition = definition;
    }

    /// <summary>The probability p, in [0, 1].</summary>
    public double P { get; }

    /// <summary>The interpolation rule.</summary>
    public PercentileDefinition Definition { get; }

    /// <inheritdoc />
    public string Name => BenchmarkName;

    /// <inheritdoc />
    /// <exception cref="ArgumentException">A value is not finite.</exception>
    public BenchmarkValue Compute(in BenchmarkInput input)
    {
        var values = input.Values;
        BenchmarkGuards.CheckValues(values);
        var inclusive = Definition == PercentileDefinition.Inclusive;
        var label = $"pool percentile p = {ExplainFormat.Num(P)} ({(inclusive ? "PERCENTILE.INC, R-7" : "PERCENTILE.EXC, R-6")})";
        if (values.Length == 0)
        {
            return new BenchmarkValue(0, $"{label}: {BenchmarkGuards.EmptyPool}");
        }

        using var sorted = new PooledSorted(values);
        var s = sorted.Span;
        var n = s.Length;
        var q = (inclusive ? Quantile.R7(s, P) : Quantile.R6(s, P)) + 0.0; // −0 → +0
        var (lower, fraction) = inclusive ? Quantile.R7Position(n, P) : Quantile.R6Position(n, P);
        var ns = ExplainFormat.Int(n);
        var h = inclusive
            ? $"h = ({ns} − 1) × {ExplainFormat.Num(P)} = {ExplainFormat.Num((n - 1) * P)}"
            : $"h = ({ns} + 1) × {ExplainFormat.Num(P)} = {ExplainFormat.Num((n + 1) * P)}";
        string arithmetic;
        if (fraction == 0 || lower + 1 >= n)
        {
            arithmetic = $"x[{ExplainFormat.Int(lower)}] = {ExplainFormat.Num(q)}";
        }
        else
        {
            var a = s[lower];
            var b = s[lower + 1];
            arithmetic = $"x[{ExplainFormat.Int(lower)}] + {ExplainFormat.Num(fraction)} × (x[{ExplainFormat.Int(lower + 1)}] − x[{ExplainFormat.Int(lower)}]) = "
                + $"{ExplainFormat.Num(a)} + {ExplainFormat.Num(fraction)} × ({ExplainFormat.Num(b)} − {ExplainFormat.Num(a)}) = {ExplainFormat.Num(q)}";
        }

        return new BenchmarkValue(q, $"{label} of {ns} values: {h}, {arithmetic} (x sorted ascending, 0-based)");
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{BenchmarkName} {ExplainFormat.Num(P)}{(Definition == PercentileDefinition.Inclusive ? string.Empty : " exclusive")}";
}
