using BenchmarkDotNet.Attributes;
using EnterpriseScoring.IO;
using EnterpriseScoring.Samples;

namespace EnterpriseScoring.Performance;

/// <summary>Reading and validating a firms CSV (written by <see cref="FirmCsvWriter"/> from a synthetic city) into a
/// <see cref="FirmTable"/> (issue 7, suite 1). Budget: 1M rows ≤ 2 s, memory bounded by the table it builds.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class CsvReadBenchmarks
{
    private string path = string.Empty;

    /// <summary>The number of rows.</summary>
    [ParamsSource(typeof(BenchmarkSizes), nameof(BenchmarkSizes.Firms))]
    public int Firms { get; set; }

    /// <summary>Writes the input file.</summary>
    [GlobalSetup]
    public void Setup()
    {
        path = Path.Combine(Path.GetTempPath(), $"escore-bench-{Environment.ProcessId}-{Firms}.csv");
        FirmCsvWriter.Write(SyntheticCity.Default(Firms, BenchmarkSizes.Seed), path);
    }

    /// <summary>Deletes the input file.</summary>
    [GlobalCleanup]
    public void Cleanup() => File.Delete(path);

    /// <summary>Reads and validates the file.</summary>
    [Benchmark]
    public FirmReadResult Read() => FirmCsvReader.Read(path);
}
