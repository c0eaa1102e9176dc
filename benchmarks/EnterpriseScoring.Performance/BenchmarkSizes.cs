using System.Globalization;

namespace EnterpriseScoring.Performance;

/// <summary>
/// The batch sizes the city-scale benchmarks run at. By default 10k and 100k firms, so the CI Dry job stays quick;
/// set <c>ESCORE_BENCH_SIZES</c> (comma-separated, e.g. <c>10000,100000,1000000</c>) to choose others, or
/// <c>ESCORE_BENCH_LARGE=1</c> as a shortcut for 10k, 100k and 1M.
/// </summary>
public static class BenchmarkSizes
{
    /// <summary>The seed every synthetic city in the benchmarks uses.</summary>
    public const ulong Seed = 20251231;

    /// <summary>The sizes, from the environment or the defaults.</summary>
    public static IEnumerable<int> Firms()
    {
        var text = Environment.GetEnvironmentVariable("ESCORE_BENCH_SIZES");
        if (!string.IsNullOrWhiteSpace(text))
        {
            return text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(s => int.Parse(s.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture))
                .ToArray();
        }

        return Environment.GetEnvironmentVariable("ESCORE_BENCH_LARGE") == "1"
            ? [10_000, 100_000, 1_000_000]
            : [10_000, 100_000];
    }
}
