using BenchmarkDotNet.Attributes;
using EnterpriseScoring.Analysis;
using EnterpriseScoring.Samples;

namespace EnterpriseScoring.Performance;

/// <summary>
/// One weights-only draw of <see cref="SensitivityBenchmarks.WeightsBudget"/> (100k firms, Dirichlet K = 200) split into
/// its phases, every pool each: <see cref="Draw"/> (weights, weighted sums, then ranks and tiers), of which
/// <see cref="RankAndTier"/> is the ranking and tiering, and <see cref="Compare"/> (Spearman ρ and Kendall τ-b against
/// the baseline). What is left of the budget's time — 1,000 × (Draw + Compare) spread over the cores — is the per-draw
/// bookkeeping (outcome counts, storing the ranks) and the per-firm summary.
/// </summary>
/// <remarks>Run: <c>dotnet run -c Release --project benchmarks/EnterpriseScoring.Performance -- --filter '*SensitivityPhase*'</c>.</remarks>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class SensitivityPhaseBenchmarks
{
    private const int Firms = 100_000;
    private SensitivityPool[] pools = null!;
    private SensitivityPool.Work[] works = null!;
    private BaselineRanking.Scratch scratch = null!;
    private SensitivityOptions options = null!;
    private long draw;

    /// <summary>Generates the city, evaluates the baseline and makes one draw, so that every phase has its input.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var baseline = new Evaluator(ZhejiangProfile.Create()).Evaluate(SyntheticCity.Default(Firms, BenchmarkSizes.Seed));
        var held = new HeldEvaluation(baseline);
        pools = [.. Enumerable.Range(0, baseline.PoolCount).Select(p => new SensitivityPool(held, p))];
        works = [.. pools.Select(p => p.NewWork())];
        scratch = new BaselineRanking.Scratch();
        options = new SensitivityOptions { Draws = 1_000, Seed = 1, Weights = WeightPerturbation.Dirichlet(200) };
        Draw();
    }

    /// <summary>A whole draw: weights, weighted sums, ranks and tiers (the next draw number each call).</summary>
    [Benchmark(Baseline = true)]
    public void Draw()
    {
        var d = draw++ % options.Draws;
        for (var p = 0; p < pools.Length; p++)
        {
            pools[p].Draw(options.Seed, d, options, works[p]);
        }
    }

    /// <summary>The ranks and tiers of the last draw's totals.</summary>
    [Benchmark]
    public void RankAndTier()
    {
        for (var p = 0; p < pools.Length; p++)
        {
            pools[p].RankAndTier(works[p]);
        }
    }

    /// <summary>ρ and τ-b of the last draw's totals against the baseline, every pool.</summary>
    [Benchmark]
    public double Compare()
    {
        var sum = 0.0;
        for (var p = 0; p < pools.Length; p++)
        {
            var n = pools[p].Rated.Length;
            var (rho, tau) = pools[p].Ranking.Compare(works[p].Totals.AsSpan(0, n), pools[p].SharesRanks ? works[p].Ranks.AsSpan(0, n) : [], scratch);
            sum += rho + tau;
        }

        return sum;
    }
}
