using BenchmarkDotNet.Attributes;
using EnterpriseScoring.IO;
using EnterpriseScoring.Samples;

namespace EnterpriseScoring.Benchmarks;

/// <summary>Writing CSV (issue 7, suite 4): the results of an evaluation with <see cref="ResultsCsvWriter"/>, and for
/// comparison the firms themselves with <see cref="FirmCsvWriter"/>. Both write to a stream that discards its bytes, so
/// the disk is not timed.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class WriteBenchmarks
{
    private FirmTable table = FirmTable.Empty;
    private Evaluation evaluation = null!;

    /// <summary>The number of rows.</summary>
    [ParamsSource(typeof(BenchmarkSizes), nameof(BenchmarkSizes.Firms))]
    public int Firms { get; set; }

    /// <summary>Generates the table and evaluates it.</summary>
    [GlobalSetup]
    public void Setup()
    {
        table = SyntheticCity.Default(Firms, BenchmarkSizes.Seed);
        evaluation = new Evaluator(ZhejiangProfile.Create()).Evaluate(table);
    }

    /// <summary>Writes results.csv.</summary>
    [Benchmark]
    public void WriteResults() => ResultsCsvWriter.Write(evaluation, Stream.Null);

    /// <summary>Writes the firms CSV.</summary>
    [Benchmark]
    public void WriteFirms() => FirmCsvWriter.Write(table, Stream.Null);
}
