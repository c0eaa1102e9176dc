using EnterpriseScoring.Adjustments;
using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Pools;

namespace EnterpriseScoring.Tests.Golden;

/// <summary>The profile of the hand-checkable example; seeds/README.md shows its arithmetic.</summary>
internal static class HandCheckableProfile
{
    public static EvaluationProfile Create() => new()
    {
        Name = "hand-checkable",
        Jurisdiction = "示例县",
        EvaluationYear = 2025,
        Eligibility =
        [
            new EligibilityRule { Id = "utilities", Label = "公用事业企业不参评", Outcome = FirmStatus.Exempt, When = new FirmCondition { IndustryPrefixes = ["D44", "D45", "D46"] } },
        ],
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
                Adjustments = new AdjustmentRules
                {
                    Rules =
                    [
                        new TagAdjustment("high_tech", "高新技术企业", KnownTags.HighTech, 3, "honour"),
                        new TagAdjustment("specialized_sme", "专精特新", KnownTags.SpecializedSme, 5, "honour"),
                    ],
                },
                Tiering = new QuotaBands(20, 40, 30, 10),
            },
            new PoolProfile
            {
                Id = "below",
                Name = "规下企业（3亩及以上）",
                Selector = new FirmCondition { SizeClass = SizeClass.BelowDesignatedSize, MinLand = 3, MinLandInclusive = true },
                Indicators = [new IndicatorProfile { Indicator = KnownIndicators.TaxPerMu, Weight = 100, Benchmark = KnownBenchmarks.Fixed(5) }],
                Tiering = new QuotaBands(20, 40, 30, 10),
            },
        ],
        Overrides =
        [
            new OverrideRule { Id = "accident_or_violation", Label = "安全/环境事故", Action = OverrideAction.CapAtC, When = new FirmCondition { AnyTags = [KnownTags.SafetyAccident, KnownTags.EnvironmentalViolation] } },
        ],
    };
}
