using BenchmarkDotNet.Attributes;
using EnterpriseScoring.Analysis;
using EnterpriseScoring.Samples;

namespace EnterpriseScoring.Performance;

/// <summary>
/// Tier stability draws (issue 15, item 2): weights-only Dirichlet draws on a synthetic city evaluated with the
/// Zhejiang-style profile, the baseline evaluated once in the setup.
/// </summary>
/// <remarks>Budget (2 cores): 100k firms × 1,000 draws ≤ 10 s. Measured at 100 draws (the per-draw work is the same for
/// every draw; the rank intervals' sort grows with the draws) and extrapolated × 10 in docs/benchmarks.md.</remarks>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class SensitivityBenchmarks
{
    private Evaluation baseline = null!;

    /// <summary>The number of firms.</summary>
    [Params(100_000)]
    public int Firms { get; set; }

    /// <summary>The number of draws.</summary>
    [Params(100)]
    public int Draws { get; set; }

    /// <summary>Generates the city and evaluates the baseline.</summary>
    [GlobalSetup]
    public void Setup() => baseline = new Evaluator(ZhejiangProfile.Create()).Evaluate(SyntheticCity.Default(Firms, BenchmarkSizes.Seed));

    /// <summary>Weights-only draws (Dirichlet, K = 200) on all cores: re-aggregate, rank and tier every pool, ρ and τ-b per pool, then the per-firm summary.</summary>
    [Benchmark]
    public SensitivityResult WeightsOnly() => SensitivityAnalysis.Run(baseline, new SensitivityOptions { Draws = Draws, Seed = 1, Weights = WeightPerturbation.Dirichlet(200) });
}
