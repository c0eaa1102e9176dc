using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Pools;
using EnterpriseScoring.Reporting;
using EnterpriseScoring.Samples;

namespace EnterpriseScoring.Tests.Reporting;

public class GroupSummaryOrderTests
{
    [Test]
    public void By_ShuffledRows_GiveBitIdenticalFigures()
    {
        var profile = new EvaluationProfile
        {
            Name = "order",
            Pools = [new PoolProfile { Id = "all", Indicators = [new IndicatorProfile { Indicator = KnownIndicators.TaxPerMu, Weight = 100, Benchmark = KnownBenchmarks.PoolMeanRatioOfSums }] }],
        };
        var firms = SyntheticCity.Default(3000, 5).AsFirms().ToList();
        var random = new Random(11);
        var evaluator = new Evaluator(profile);
        var forward = GroupSummary.By(evaluator.Evaluate(FirmTable.FromFirms(firms)), GroupKey.Region, new GroupSummaryOptions { Rounding = SummaryRounding.None });
        var shuffled = GroupSummary.By(evaluator.Evaluate(FirmTable.FromFirms(firms.OrderBy(_ => random.Next()))), GroupKey.Region, new GroupSummaryOptions { Rounding = SummaryRounding.None });

        Assert.That(
            shuffled.Rows.Append(shuffled.Total).Select(r => (r.Group, r.TaxPerMu.Exact, r.ValueAddedPerMu.Exact, r.Land, r.DLand)),
            Is.EqualTo(forward.Rows.Append(forward.Total).Select(r => (r.Group, r.TaxPerMu.Exact, r.ValueAddedPerMu.Exact, r.Land, r.DLand))));
    }
}
