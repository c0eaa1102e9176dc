using BenchmarkDotNet.Attributes;
using EnterpriseScoring.Samples;

namespace EnterpriseScoring.Performance;

/// <summary>
/// What honouring a <see cref="CancellationToken"/> costs an evaluation (issue 16): the same evaluation of the synthetic
/// city with <see cref="CancellationToken.None"/> (the baseline: every check is a read of a constant) and with the token
/// of a live <see cref="CancellationTokenSource"/> that is never cancelled (every check a read of its state), as a service
/// passes <c>HttpContext.RequestAborted</c>.
/// </summary>
/// <remarks>Budget: the token costs &lt; 1 % (ratio ≤ 1.01, median, all cores).
/// Run: <c>dotnet run -c Release --project benchmarks/EnterpriseScoring.Performance -- --filter '*CancellationOverhead*'</c>.</remarks>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 25)]
public class CancellationOverheadBenchmarks
{
    private readonly CancellationTokenSource source = new();
    private FirmTable table = FirmTable.Empty;
    private Evaluator evaluator = null!;

    /// <summary>The number of firms.</summary>
    [ParamsSource(typeof(BenchmarkSizes), nameof(BenchmarkSizes.Firms))]
    public int Firms { get; set; }

    /// <summary>Generates the city and compiles the profile.</summary>
    [GlobalSetup]
    public void Setup()
    {
        table = SyntheticCity.Default(Firms, BenchmarkSizes.Seed);
        evaluator = new Evaluator(ZhejiangProfile.Create());
    }

    /// <summary>Releases the token source.</summary>
    [GlobalCleanup]
    public void Cleanup() => source.Dispose();

    /// <summary>No token.</summary>
    [Benchmark(Baseline = true)]
    public Evaluation WithoutToken() => evaluator.Evaluate(table, null, CancellationToken.None);

    /// <summary>A live token, never cancelled.</summary>
    [Benchmark]
    public Evaluation WithLiveToken() => evaluator.Evaluate(table, null, source.Token);
}
