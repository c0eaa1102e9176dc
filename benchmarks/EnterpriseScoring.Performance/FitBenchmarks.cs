using BenchmarkDotNet.Attributes;
using EnterpriseScoring.Scoring;

namespace EnterpriseScoring.Performance;

/// <summary>
/// One scoring method's fit of one column (issue 14): every fit is O(n) — min-max reads two extremes, z-score and vector
/// sum over a radix-sorted scratch copy, rank and percentile rank keep a radix-sorted copy.
/// </summary>
/// <remarks>Budget: 10k → 1M growth ≤ 110 × for every method.</remarks>
[MemoryDiagnoser]
[MedianColumn]
public class FitBenchmarks
{
    private double[] values = [];
    private IScoringMethod scoring = null!;

    /// <summary>The number of values.</summary>
    [ParamsSource(typeof(BenchmarkSizes), nameof(BenchmarkSizes.Firms))]
    public int Firms { get; set; }

    /// <summary>The scoring method.</summary>
    [Params("min_max", "z_score", "vector", "percentile_rank", "rank")]
    public string Method { get; set; } = "min_max";

    /// <summary>Indicator-like values (log-normal, 4 significant decimals, so there are ties), fixed seed.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20251231);
        values = new double[Firms];
        for (var i = 0; i < Firms; i++)
        {
            values[i] = Math.Round(Math.Exp(3 + (2 * (random.NextDouble() - 0.5))), 4);
        }

        scoring = KnownScoringMethods.All.Single(m => m.Name == Method && m.ToString() == Method);
    }

    /// <summary>Fits the column.</summary>
    [Benchmark]
    public ScoringFit Fit() => scoring.Fit(values, double.NaN, Direction.HigherIsBetter);
}
