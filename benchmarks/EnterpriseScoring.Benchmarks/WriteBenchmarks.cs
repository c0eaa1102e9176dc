using BenchmarkDotNet.Attributes;
using EnterpriseScoring.IO;
using EnterpriseScoring.Samples;

namespace EnterpriseScoring.Benchmarks;

/// <summary>Writing CSV (issue 7, suite 4). The results writer (IO/ResultsCsvWriter) is not in this tree yet, so this
/// times <see cref="FirmCsvWriter"/> on the same table; a results benchmark belongs here once it lands.</summary>
[MemoryDiagnoser]
public class WriteBenchmarks
{
    private FirmTable table = FirmTable.Empty;

    /// <summary>The number of rows.</summary>
    [ParamsSource(typeof(BenchmarkSizes), nameof(BenchmarkSizes.Firms))]
    public int Firms { get; set; }

    /// <summary>Generates the table.</summary>
    [GlobalSetup]
    public void Setup() => table = SyntheticCity.Default(Firms, BenchmarkSizes.Seed);

    /// <summary>Writes the firms CSV to a stream that discards its bytes (no disk in the timing).</summary>
    [Benchmark]
    public void WriteFirms() => FirmCsvWriter.Write(table, Stream.Null);
}
