using EnterpriseScoring.Adjustments;
using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Pools;
using EnterpriseScoring.Tests.Engine;

namespace EnterpriseScoring.Tests;

/// <summary>
/// A profile is a value: the lists and dictionaries a caller passes in are copied on construction, so mutating them
/// afterwards changes neither the profile nor an <see cref="Evaluator"/> compiled from it.
/// </summary>
public class EvaluationProfileCopyTests
{
    [Test]
    public void Evaluator_CallerMutatesTheListsItPassed_ResultsDoNotChange()
    {
        var indicators = new List<IndicatorProfile>
        {
            new() { Indicator = KnownIndicators.TaxPerMu, Weight = 60, Benchmark = KnownBenchmarks.PoolMeanRatioOfSums },
            new() { Indicator = KnownIndicators.ValueAddedPerMu, Weight = 40, Benchmark = KnownBenchmarks.Fixed(100) },
        };
        var regions = new List<string> { "R" };
        var caps = new Dictionary<string, double>(StringComparer.Ordinal) { ["x"] = 1 };
        var rules = new List<IAdjustmentRule>();
        var pools = new List<PoolProfile>
        {
            new()
            {
                Id = "all",
                Selector = new FirmCondition { Regions = regions },
                Indicators = indicators,
                Adjustments = new AdjustmentRules { Rules = rules, CategoryCaps = caps },
                Tiering = new QuotaBands(20, 30, 30, 20),
            },
        };
        var overrides = new List<OverrideRule>();
        var profile = new EvaluationProfile { Name = "copy", EvaluationYear = 2025, Pools = pools, Overrides = overrides };
        var evaluator = new Evaluator(profile);
        var table = EngineFixtures.HandTable();
        var before = Snapshot(evaluator.Evaluate(table));

        indicators[0] = new() { Indicator = KnownIndicators.TaxPerMu, Weight = 5, Benchmark = KnownBenchmarks.Fixed(1) };
        indicators.RemoveAt(1);
        regions[0] = "elsewhere";
        rules.Add(new TagAdjustment("bonus", "bonus", KnownTags.HighTech, 0));
        caps["x"] = 2;
        overrides.Add(new OverrideRule { Id = "d", Action = OverrideAction.ForceD, When = FirmCondition.All });
        pools.Clear();

        Assert.That(Snapshot(evaluator.Evaluate(table)), Is.EqualTo(before));
        Assert.That(profile.Pools, Has.Count.EqualTo(1));
        Assert.That(profile.Pools[0].Indicators, Has.Count.EqualTo(2));
        Assert.That(profile.Pools[0].Selector.Regions, Is.EqualTo(new[] { "R" }));
        Assert.That(profile.Overrides, Is.Empty);
        Assert.That(profile.Pools[0].Adjustments.Rules, Is.Empty);
    }

    private static string[] Snapshot(Evaluation evaluation) =>
        [.. evaluation.Results.Select(r => $"{r.Id} {r.Status} {r.Total} {r.Rank} {r.Tier}")];
}
