namespace EnterpriseScoring.Benchmarks;

/// <summary>
/// k × an inner benchmark computed on the prior year's values (e.g. 2 × the pool's previous-year mean, a Jiangsu
/// city's rule); falls back to the current year when no prior-year data exists.
/// </summary>
/// <remarks>
/// <para>Fallback: when <see cref="BenchmarkInput.PriorValues"/> is empty, the inner benchmark is computed on the current
/// year's values, numerators and denominators, <see cref="BenchmarkValue.UsedFallback"/> is true, and the explanation says
/// "(no prior-year data: used current year)".</para>
/// <para>Empty pool (both years): k × 0 = 0. Immutable and thread-safe when the inner benchmark is.</para>
/// </remarks>
/// <example><c>2 × prior-year [pool mean (mean of ratios) Σx / n = 60 / 4 = 15] = 2 × 15 = 30</c></example>
public sealed class PriorYearBenchmark : IBenchmark
{
    /// <summary>The name profiles use.</summary>
    public const string BenchmarkName = "prior_year";

    /// <summary>Creates a prior-year benchmark.</summary>
    /// <param name="inner">What to compute on the prior year's spans, e.g. a ratio-of-sums pool mean.</param>
    /// <param name="multiplier">k, finite and &gt; 0; default 1.</param>
    /// <exception cref="ArgumentNullException"><paramref name="inner"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="multiplier"/> is not finite and &gt; 0.</exception>
    public PriorYearBenchmark(IBenchmark inner, double multiplier = 1)
    {
        ArgumentNullException.ThrowIfNull(inner);
        Inner = inner;
        Multiplier = Preconditions.CheckPositive(multiplier);
    }

    /// <summary>The benchmark computed on the prior year's values.</summary>
    public IBenchmark Inner { get; }

    /// <summary>k.</summary>
    public double Multiplier { get; }

    /// <inheritdoc />
    public string Name => BenchmarkName;

    /// <inheritdoc />
    /// <remarks>The fallback (no prior-year data) computes <see cref="Inner"/> on the current year: its answer.</remarks>
    public bool ReadsNumerators => Inner.ReadsNumerators;

    /// <inheritdoc />
    /// <remarks><see cref="Inner"/> is computed on the prior year's spans: whether it reads numerators.</remarks>
    public bool ReadsPriorNumerators => Inner.ReadsNumerators;

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The inner benchmark rejected the (prior or current) year's input; the message says which year.</exception>
    public BenchmarkValue Compute(in BenchmarkInput input)
    {
        var fallback = input.PriorValues.IsEmpty;
        BenchmarkValue inner;
        try
        {
            inner = fallback
                ? Inner.Compute(new BenchmarkInput(input.Values, input.Numerators, input.Denominators))
                : Inner.Compute(new BenchmarkInput(input.PriorValues, input.PriorNumerators, input.PriorDenominators));
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException(
                $"{BenchmarkName}: the {(fallback ? "current year (fallback)" : "prior year")}'s input was rejected: {e.Message}",
                nameof(input),
                e);
        }

        var value = Multiplier * inner.Value;
        var k = ExplainFormat.Num(Multiplier);
        var explanation = $"{k} × prior-year [{inner.Explanation}] = {k} × {ExplainFormat.Num(inner.Value)} = {ExplainFormat.Num(value)}";
        if (fallback)
        {
            explanation += " (no prior-year data: used current year)";
        }

        return new BenchmarkValue(value, explanation, fallback || inner.UsedFallback);
    }

    /// <inheritdoc />
    public override string ToString() => $"{ExplainFormat.Num(Multiplier)} × {BenchmarkName} {Inner}";

    /// <inheritdoc />
    void IBenchmark.CheckRanges(ParameterRangeCheck check, string path)
    {
        check.Range(path + ".multiplier", Multiplier, ParameterRangeCheck.MinMultiplier, ParameterRangeCheck.MaxMultiplier, "e.g. 2");
        Inner.CheckRanges(check, path + ".inner");
    }
}
