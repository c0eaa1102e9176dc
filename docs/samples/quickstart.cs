#:project ../../src/EnterpriseScoring/EnterpriseScoring.csproj
// Run from the repository root: dotnet run docs/samples/quickstart.cs
using EnterpriseScoring;
using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.IO;
using EnterpriseScoring.Pools;

// 1. Read a county export (Chinese or English headers, UTF-8 or GB18030). Bad rows are reported, never lost.
var read = FirmCsvReader.Read("seeds/data/hand-checkable.csv");
Console.WriteLine($"{read.RowsRead} rows read, {read.Table.Count} loaded, {read.RejectedRowCount} rejected");

// 2. Say what the jurisdiction decides: pools, indicators, weights, benchmarks, tiers, overrides.
var profile = new EvaluationProfile
{
    Name = "quickstart",
    EvaluationYear = 2025,
    Labels = KnownTierLabels.Development,
    Pools =
    [
        new PoolProfile
        {
            Id = "above",
            Name = "规上企业",
            Selector = new FirmCondition { SizeClass = SizeClass.AboveDesignatedSize },
            Indicators =
            [
                new IndicatorProfile { Indicator = KnownIndicators.TaxPerMu, Weight = 40, Benchmark = KnownBenchmarks.PoolMeanRatioOfSums },
                new IndicatorProfile { Indicator = KnownIndicators.ValueAddedPerMu, Weight = 30, Benchmark = KnownBenchmarks.Fixed(100) },
                new IndicatorProfile { Indicator = KnownIndicators.LaborProductivity, Weight = 30, Benchmark = KnownBenchmarks.Fixed(20) },
            ],
            Tiering = new QuotaBands(20, 40, 30, 10),
        },
    ],
    Overrides =
    [
        new OverrideRule { Id = "veto", Label = "安全/环境事故", Action = OverrideAction.CapAtC, When = new FirmCondition { AnyTags = [KnownTags.SafetyAccident, KnownTags.EnvironmentalViolation] } },
    ],
};

// 3. Compile once, evaluate any number of batches.
var evaluation = new Evaluator(profile).Evaluate(read.Table);
foreach (var result in evaluation.Results.Where(r => r.Status == FirmStatus.Rated).OrderBy(r => r.Rank))
{
    Console.WriteLine($"{result.Rank,2}  {result.Name}  {result.Total:0.00}  {result.Tier} {result.TierLabel}");
}

// 4. Every number can be redone by hand.
Console.WriteLine();
Console.WriteLine(evaluation.Explain(evaluation.Results[0].Id));
