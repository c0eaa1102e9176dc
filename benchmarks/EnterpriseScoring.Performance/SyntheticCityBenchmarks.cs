using BenchmarkDotNet.Attributes;
using EnterpriseScoring.Samples;

namespace EnterpriseScoring.Performance;

/// <summary>Generating a synthetic city straight into a <see cref="FirmTable"/> (the <c>escore sample</c> path).</summary>
[MemoryDiagnoser]
[MedianColumn]
public class SyntheticCityBenchmarks
{
    /// <summary>The number of firms generated.</summary>
    [Params(10_000, 100_000)]
    public int Firms { get; set; }

    /// <summary>Generates the city with default options.</summary>
    [Benchmark]
    public FirmTable Generate() => SyntheticCity.Default(Firms, 20251231);
}
