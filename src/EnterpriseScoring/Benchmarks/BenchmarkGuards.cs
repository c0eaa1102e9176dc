namespace EnterpriseScoring.Benchmarks;

/// <summary>Shared checks and helpers of the built-in benchmarks.</summary>
internal static class BenchmarkGuards
{
    /// <summary>The explanation suffix every benchmark uses for an empty pool.</summary>
    public const string EmptyPool = "empty pool";

    /// <summary>Throws unless every value is finite.</summary>
    public static void CheckValues(ReadOnlySpan<double> values)
    {
        Preconditions.CheckAllFinite(values, "input.Values");
    }
}
