namespace EnterpriseScoring.Analysis;

/// <summary>What a <see cref="SensitivityAnalysis"/> draws and how many times.</summary>
public sealed record SensitivityOptions
{
    /// <summary>The number of Monte Carlo draws (1 to 1,000,000).</summary>
    public int Draws { get; init; } = 1000;

    /// <summary>The seed: the same seed gives the same draws at any degree of parallelism.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>How the weights are drawn (held by default).</summary>
    public WeightPerturbation Weights { get; init; } = WeightPerturbation.None;

    /// <summary>± this percentage, uniform, on every computed benchmark of every pool and indicator (0 ≤ p &lt; 100); null = held. 0 re-fits the scoring at the same benchmarks (the baseline again).</summary>
    public double? BenchmarkPercent { get; init; }

    /// <summary>Measurement error on measures; each draw then evaluates the perturbed table again in full.</summary>
    public IReadOnlyList<DataPerturbation> Data { get; init => field = ReadOnlyCopy.List(value); } = [];

    /// <summary>The most draws computed at once; −1 = as many as the runtime likes. The results do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>The share of draws in which a firm must keep its baseline tier to count as stable (default 0.9).</summary>
    public double StableShare { get; init; } = 0.9;

    /// <summary>How many firms nearest a cut-off each pool lists (default 10).</summary>
    public int NearestCutCount { get; init; } = 10;
}
