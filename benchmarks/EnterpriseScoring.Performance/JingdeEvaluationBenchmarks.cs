using BenchmarkDotNet.Attributes;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Samples;

namespace EnterpriseScoring.Performance;

/// <summary>
/// Full evaluation with a profile that scores by min-max (the built-in <c>jingde-2022</c>: five indicators, min-max with a
/// 20% floor) beside the Zhejiang-style profile of <see cref="EvaluationBenchmarks"/>, on the same synthetic city.
/// </summary>
/// <remarks>Budget (issue 14): 1M firms within 1.5 × of the Zhejiang-style profile's time (all cores).</remarks>
[MemoryDiagnoser]
[MedianColumn]
public class JingdeEvaluationBenchmarks
{
    private FirmTable table = FirmTable.Empty;
    private Evaluator zhejiang = null!;
    private Evaluator jingde = null!;

    /// <summary>The number of firms.</summary>
    [ParamsSource(typeof(BenchmarkSizes), nameof(BenchmarkSizes.Firms))]
    public int Firms { get; set; }

    /// <summary>Generates the city and compiles both profiles.</summary>
    [GlobalSetup]
    public void Setup()
    {
        table = SyntheticCity.Default(Firms, BenchmarkSizes.Seed);
        zhejiang = new Evaluator(ZhejiangProfile.Create());
        jingde = new Evaluator(ProfileCatalog.Get("jingde-2022"));
    }

    /// <summary>The Zhejiang-style profile (ratio to the pool mean): the reference.</summary>
    [Benchmark(Baseline = true)]
    public Evaluation Zhejiang() => zhejiang.Evaluate(table);

    /// <summary>The min-max profile.</summary>
    [Benchmark]
    public Evaluation Jingde() => jingde.Evaluate(table);
}
