using System.Diagnostics.CodeAnalysis;

namespace EnterpriseScoring.Benchmarks;

/// <summary>The built-in benchmarks: shared instances of the parameterless ones and factories for the rest.</summary>
/// <remarks>Every instance is immutable and thread-safe.</remarks>
public static class KnownBenchmarks
{
    /// <summary><c>pool_mean</c>, Σ numerators / Σ denominators (what regional statistics publish).</summary>
    public static PoolMeanBenchmark PoolMeanRatioOfSums { get; } = new(MeanKind.RatioOfSums);

    /// <summary><c>pool_mean</c>, the arithmetic mean of the firms' values.</summary>
    public static PoolMeanBenchmark PoolMeanOfRatios { get; } = new(MeanKind.MeanOfRatios);

    /// <summary><c>pool_median</c>.</summary>
    public static MedianBenchmark Median { get; } = new();

    /// <summary><c>pool_max</c>: the best firm (higher is better) gets full marks.</summary>
    public static MaxBenchmark Max { get; } = new();

    /// <summary><c>pool_min</c>: the best firm of a lower-is-better indicator.</summary>
    public static MinBenchmark Min { get; } = new();

    /// <summary>A published constant target.</summary>
    /// <param name="value">The target, finite and &gt; 0.</param>
    /// <param name="source">Where it comes from (cited in the explanation), or null.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not finite and &gt; 0.</exception>
    public static FixedBenchmark Fixed(double value, string? source = null) => new(value, source);

    /// <summary>The pool mean of the given kind.</summary>
    /// <param name="kind">Ratio of sums or mean of ratios.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static PoolMeanBenchmark PoolMean(MeanKind kind) => kind == MeanKind.RatioOfSums
        ? PoolMeanRatioOfSums
        : kind == MeanKind.MeanOfRatios ? PoolMeanOfRatios : new PoolMeanBenchmark(kind);

    /// <summary>The pool's p-th percentile (PERCENTILE.INC by default).</summary>
    /// <param name="p">In [0, 1].</param>
    /// <param name="definition">The interpolation rule.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static PercentileBenchmark Percentile(double p, PercentileDefinition definition = PercentileDefinition.Inclusive) =>
        new(p, definition);

    /// <summary>k × <paramref name="inner"/> on the prior year's values, falling back to the current year.</summary>
    /// <param name="inner">E.g. <see cref="PoolMeanRatioOfSums"/>.</param>
    /// <param name="multiplier">k (2 in a Jiangsu city).</param>
    /// <exception cref="ArgumentNullException"><paramref name="inner"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="multiplier"/> is not finite and &gt; 0.</exception>
    public static PriorYearBenchmark PriorYear(IBenchmark inner, double multiplier = 1) => new(inner, multiplier);

    /// <summary>The pool mean within the firm's industry group (GB/T 4754 门类, 大类 or the profile's own groups), the pool figure for groups of fewer than <paramref name="minFirms"/> firms.</summary>
    /// <param name="kind">Ratio of sums or mean of ratios.</param>
    /// <param name="level">How firms are grouped.</param>
    /// <param name="groups">The profile's groups, for <see cref="IndustryLevel.Groups"/> only.</param>
    /// <param name="minFirms">The smallest group with its own mean (≥ 1).</param>
    /// <exception cref="ArgumentException">An argument is out of range or the groups are wrong (see <see cref="IndustryMeanBenchmark"/>).</exception>
    public static IndustryMeanBenchmark IndustryMean(MeanKind kind, IndustryLevel level, IReadOnlyList<IndustryGroup>? groups = null, int minFirms = IndustryMeanBenchmark.DefaultMinFirms) =>
        new(kind, level, groups, minFirms);

    /// <summary>Every parameterless built-in, one per name (<see cref="Fixed"/>, <see cref="Percentile"/> and <see cref="PriorYear"/> need parameters).</summary>
    public static IReadOnlyList<IBenchmark> All { get; } = [Median, Max, Min, PoolMeanRatioOfSums, PoolMeanOfRatios];

    /// <summary>The names <see cref="TryGet"/> accepts, in the order of <see cref="All"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = [MedianBenchmark.BenchmarkName, MaxBenchmark.BenchmarkName, MinBenchmark.BenchmarkName, "pool_mean_ratio_of_sums", "pool_mean_of_ratios"];

    /// <summary>
    /// Looks up a parameterless built-in by name (ordinal): <c>pool_median</c>, <c>pool_max</c>, <c>pool_min</c>, and the
    /// two pool means as <c>pool_mean_ratio_of_sums</c> and <c>pool_mean_of_ratios</c>. Plain <c>pool_mean</c> is not
    /// found on purpose: a profile must say which mean. <c>fixed</c>, <c>pool_percentile</c> and <c>prior_year</c> need
    /// parameters: use the factories.
    /// </summary>
    /// <param name="name">The name.</param>
    /// <param name="benchmark">The benchmark, or null when the name is unknown.</param>
    /// <returns>Whether the name is known.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static bool TryGet(string name, [NotNullWhen(true)] out IBenchmark? benchmark)
    {
        ArgumentNullException.ThrowIfNull(name);
        benchmark = name switch
        {
            MedianBenchmark.BenchmarkName => Median,
            MaxBenchmark.BenchmarkName => Max,
            MinBenchmark.BenchmarkName => Min,
            "pool_mean_ratio_of_sums" => PoolMeanRatioOfSums,
            "pool_mean_of_ratios" => PoolMeanOfRatios,
            _ => null,
        };
        return benchmark is not null;
    }
}
