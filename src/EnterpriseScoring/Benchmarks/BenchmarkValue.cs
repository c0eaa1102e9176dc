namespace EnterpriseScoring.Benchmarks;

/// <summary>A computed benchmark with the arithmetic behind it.</summary>
/// <param name="Value">B; finite. May be 0 or negative for degenerate pools — the scoring stage decides what that means.</param>
/// <param name="Explanation">How B was obtained, e.g. <c>pool mean (ratio of sums) Σ=1234.5 / 56.7 = 21.77</c>.</param>
/// <param name="UsedFallback">Whether a prior-year benchmark fell back to the current year.</param>
public readonly record struct BenchmarkValue(double Value, string Explanation, bool UsedFallback = false);
