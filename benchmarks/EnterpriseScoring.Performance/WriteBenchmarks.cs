using BenchmarkDotNet.Attributes;
using EnterpriseScoring.IO;
using EnterpriseScoring.Reporting;
using EnterpriseScoring.Samples;

namespace EnterpriseScoring.Performance;

/// <summary>Writing the outputs of <c>escore score</c> (issue 7, suite 4): the firms CSV, results.csv, the group figures
/// behind summary.csv and report.html, all to memory or a stream that discards its bytes (no disk in the timing).</summary>
/// <remarks>Budget: the whole <c>escore score</c> at 1M firms ≤ 8 s, so writing all outputs must stay well under that.</remarks>
[MemoryDiagnoser]
[MedianColumn]
public class WriteBenchmarks
{
    private FirmTable table = FirmTable.Empty;
    private Evaluation evaluation = null!;

    /// <summary>The number of rows.</summary>
    [ParamsSource(typeof(BenchmarkSizes), nameof(BenchmarkSizes.Firms))]
    public int Firms { get; set; }

    /// <summary>Generates the table and evaluates it with the Zhejiang-style profile.</summary>
    [GlobalSetup]
    public void Setup()
    {
        table = SyntheticCity.Default(Firms, BenchmarkSizes.Seed);
        evaluation = new Evaluator(ZhejiangProfile.Create()).Evaluate(table);
    }

    /// <summary>Writes the firms CSV.</summary>
    [Benchmark]
    public void WriteFirms() => FirmCsvWriter.Write(table, Stream.Null);

    /// <summary>Writes results.csv.</summary>
    [Benchmark]
    public void WriteResults() => ResultsCsvWriter.Write(evaluation, Stream.Null);

    /// <summary>The four group summaries written to summary.csv (region, platform, industry, pool), made together as
    /// <see cref="GroupSummary.By(Evaluation, GroupKey, GroupSummaryOptions?)"/> makes them the first time (it then keeps
    /// them with the evaluation, so calling it here would time a lookup).</summary>
    [Benchmark]
    public int Summary() => GroupSummaryComputation.Compute(evaluation, GroupSummaryOptions.Default).Rows.Sum(r => r.Length);

    /// <summary>Renders report.html; its group summaries are kept with the evaluation after the first call, as in
    /// <c>escore score</c>, where summary.csv has made them.</summary>
    [Benchmark]
    public int RenderReport() => HtmlReport.Render(evaluation).Length;
}
