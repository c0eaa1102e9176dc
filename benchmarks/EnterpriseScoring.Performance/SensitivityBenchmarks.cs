using BenchmarkDotNet.Attributes;
using EnterpriseScoring.Analysis;
using EnterpriseScoring.Samples;

namespace EnterpriseScoring.Performance;

/// <summary>
/// Tier stability draws (issue 15, item 2) through the library path, <see cref="SensitivityAnalysis.Run(Evaluation, SensitivityOptions, Evaluator?, EvaluationContext?, CancellationToken)"/>,
/// on a 100k-firm synthetic city evaluated with the Zhejiang-style profile (the baseline evaluated once in the setup),
/// on all cores.
/// </summary>
/// <remarks>
/// Budget (2 cores): 100k firms × 1,000 draws ≤ 10 s — <see cref="WeightsBudget"/> measures exactly that. The quick
/// variants run 100 draws (the per-draw work is the same for every draw; only the rank intervals' summary grows with the
/// draws): <see cref="WeightsQuick"/> the same draws, <see cref="BenchmarksQuick"/> the benchmark re-fit path.
/// Run e.g. <c>dotnet run -c Release --project benchmarks/EnterpriseScoring.Performance -- --filter '*Sensitivity*'</c>;
/// <c>--filter '*WeightsQuick*'</c> for a quick look.
/// </remarks>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class SensitivityBenchmarks
{
    private const int Firms = 100_000;
    private Evaluation baseline = null!;

    /// <summary>Generates the city and evaluates the baseline.</summary>
    [GlobalSetup]
    public void Setup() => baseline = new Evaluator(ZhejiangProfile.Create()).Evaluate(SyntheticCity.Default(Firms, BenchmarkSizes.Seed));

    /// <summary>The budget: 1,000 weights-only draws (Dirichlet, K = 200): re-aggregate, rank and tier every pool, ρ and τ-b per pool, then the per-firm summary.</summary>
    [Benchmark(Baseline = true)]
    public SensitivityResult WeightsBudget() => Run(1_000, WeightPerturbation.Dirichlet(200), null);

    /// <summary>The same draws, 100 of them: a quick look at the per-draw cost.</summary>
    [Benchmark]
    public SensitivityResult WeightsQuick() => Run(100, WeightPerturbation.Dirichlet(200), null);

    /// <summary>100 benchmark-only draws (± 10 %): the scoring re-fitted on every column with a benchmark, then as above.</summary>
    [Benchmark]
    public SensitivityResult BenchmarksQuick() => Run(100, WeightPerturbation.None, 10);

    private SensitivityResult Run(int draws, WeightPerturbation weights, double? benchmarkPercent) =>
        SensitivityAnalysis.Run(baseline, new SensitivityOptions { Draws = draws, Seed = 1, Weights = weights, BenchmarkPercent = benchmarkPercent });
}
