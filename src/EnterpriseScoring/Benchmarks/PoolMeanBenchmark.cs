namespace EnterpriseScoring.Benchmarks;

/// <summary>
/// The pool mean, of the kind named explicitly: <see cref="MeanKind.RatioOfSums"/> Σ numerators / Σ denominators
/// or <see cref="MeanKind.MeanOfRatios"/> Σ x / n.
/// </summary>
/// <remarks>
/// <para>Order independence: the sums are taken over a sorted copy with Neumaier compensated summation, so any
/// permutation of the pool gives the bit-identical B.</para>
/// <para>Empty pool: 0 ("empty pool"). Ratio of sums with Σ denominators = 0: 0. Immutable and thread-safe.</para>
/// </remarks>
/// <example><c>pool mean (ratio of sums) Σnumerators / Σdenominators = 1234.5 / 56.7 = 21.772486772486772 (n = 12)</c></example>
public sealed class PoolMeanBenchmark : IBenchmark
{
    /// <summary>The name profiles use.</summary>
    public const string BenchmarkName = "pool_mean";

    /// <summary>Creates a pool-mean benchmark.</summary>
    /// <param name="kind">Ratio of sums or mean of ratios.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public PoolMeanBenchmark(MeanKind kind)
    {
        if (kind is not (MeanKind.RatioOfSums or MeanKind.MeanOfRatios))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown mean kind.");
        }

        Kind = kind;
    }

    /// <summary>Which mean.</summary>
    public MeanKind Kind { get; }

    /// <inheritdoc />
    public string Name => BenchmarkName;

    /// <inheritdoc />
    /// <remarks><see langword="true"/> for <see cref="MeanKind.RatioOfSums"/>.</remarks>
    public bool ReadsNumerators => Kind == MeanKind.RatioOfSums;

    /// <inheritdoc />
    /// <exception cref="ArgumentException">A value is not finite; for <see cref="MeanKind.RatioOfSums"/>, the numerators or
    /// denominators are missing, of the wrong length, or not finite.</exception>
    public BenchmarkValue Compute(in BenchmarkInput input) =>
        Mean(Kind, input, Kind == MeanKind.RatioOfSums ? "pool mean (ratio of sums)" : "pool mean (mean of ratios)");

    /// <summary>The mean of <paramref name="kind"/> over <paramref name="input"/>, explained under <paramref name="label"/> (shared with <see cref="IndustryMeanBenchmark"/>).</summary>
    internal static BenchmarkValue Mean(MeanKind kind, in BenchmarkInput input, string label)
    {
        var values = input.Values;
        BenchmarkGuards.CheckValues(values);
        if (values.Length == 0)
        {
            return new BenchmarkValue(0, $"{label}: {BenchmarkGuards.EmptyPool}");
        }

        var n = ExplainFormat.Int(values.Length);
        if (kind == MeanKind.MeanOfRatios)
        {
            var sum = CompensatedSum.SortedSum(values);
            var mean = sum / values.Length;
            return new BenchmarkValue(mean, $"{label} Σx / n = {ExplainFormat.Num(sum)} / {n} = {ExplainFormat.Num(mean)}");
        }

        var numerators = input.Numerators;
        var denominators = input.Denominators;
        if (numerators.IsEmpty || denominators.IsEmpty)
        {
            throw new ArgumentException(
                "pool_mean with MeanKind.RatioOfSums needs the indicator's numerators and denominators (e.g. tax and land " +
                "for tax_per_mu), but none were supplied; supply them or use MeanKind.MeanOfRatios.",
                nameof(input));
        }

        if (numerators.Length != values.Length || denominators.Length != values.Length)
        {
            throw new ArgumentException(
                $"pool_mean (ratio of sums): {numerators.Length} numerators and {denominators.Length} denominators for " +
                $"{values.Length} values; they must be the same rows.",
                nameof(input));
        }

        Preconditions.CheckAllFinite(numerators, "input.Numerators");
        Preconditions.CheckAllFinite(denominators, "input.Denominators");
        var top = CompensatedSum.SortedSum(numerators);
        var bottom = CompensatedSum.SortedSum(denominators);
        if (bottom == 0)
        {
            return new BenchmarkValue(0, $"{label}: Σdenominators = 0 (n = {n}), no benchmark");
        }

        var ratio = top / bottom;
        return new BenchmarkValue(
            ratio,
            $"{label} Σnumerators / Σdenominators = {ExplainFormat.Num(top)} / {ExplainFormat.Num(bottom)} = {ExplainFormat.Num(ratio)} (n = {n})");
    }

    /// <inheritdoc />
    public override string ToString() => Kind == MeanKind.RatioOfSums ? "pool_mean ratio_of_sums" : "pool_mean mean_of_ratios";
}
