using BenchmarkDotNet.Attributes;
using EnterpriseScoring.Samples;

namespace EnterpriseScoring.Performance;

/// <summary>Full evaluation of a synthetic city with the Zhejiang-style profile (issue 7, suite 2).</summary>
/// <remarks>Budget (2 cores, median): 1M firms ≤ 250 ms, allocating ≤ 3 × the bytes of the measure columns read;
/// 10k firms ≤ 3 ms.</remarks>
[MemoryDiagnoser]
[MedianColumn]
public class EvaluationBenchmarks
{
    private FirmTable table = FirmTable.Empty;
    private Evaluator evaluator = null!;

    /// <summary>The number of firms.</summary>
    [ParamsSource(typeof(BenchmarkSizes), nameof(BenchmarkSizes.Firms))]
    public int Firms { get; set; }

    /// <summary>The evaluator's <see cref="EvaluatorOptions.MaxDegreeOfParallelism"/>: 1 = sequential, −1 = all cores.</summary>
    [Params(1, -1)]
    public int Degree { get; set; }

    /// <summary>Generates the city and compiles the profile.</summary>
    [GlobalSetup]
    public void Setup()
    {
        table = SyntheticCity.Default(Firms, BenchmarkSizes.Seed);
        evaluator = new Evaluator(ZhejiangProfile.Create(), new EvaluatorOptions { MaxDegreeOfParallelism = Degree });
        var bytes = (long)ZhejiangProfile.MeasuresRead.Count * Firms * sizeof(double);
        Console.WriteLine($"// measure columns read: {ZhejiangProfile.MeasuresRead.Count} × {Firms} × 8 B = {bytes / 1e6:F1} MB; allocation budget 3× = {3 * bytes / 1e6:F1} MB");
    }

    /// <summary>Evaluates every firm.</summary>
    [Benchmark]
    public Evaluation Evaluate() => evaluator.Evaluate(table);
}
