using EnterpriseScoring.Adjustments;
using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Pools;
using EnterpriseScoring.Scoring;

namespace EnterpriseScoring.Performance;

/// <summary>
/// A Zhejiang-style profile built in code (no JSON): utilities exempt; 规上 scored on the six provincial indicators
/// against pool means (ratio to benchmark, capped at 1.5×); 规下 with at least 3 亩 on tax per mu and tax per kWh;
/// honour bonuses (highest counts) and a per-lessee deduction; quota bands 20/40/30/10; overrides: cap at C for a
/// safety accident or environmental violation, force D for a land violation, floor at C for newly-above-size firms.
/// </summary>
public static class ZhejiangProfile
{
    /// <summary>Creates the profile.</summary>
    /// <param name="land">The land strategy; certificate area when null.</param>
    public static EvaluationProfile Create(Land.ILandAreaStrategy? land = null)
    {
        var capped = KnownScoringMethods.RatioToBenchmarkWith(cap: 1.5);
        var mean = KnownBenchmarks.PoolMeanRatioOfSums;
        var bands = new QuotaBands(20, 40, 30, 10);
        return new EvaluationProfile
        {
            Name = "bench-zhejiang",
            Jurisdiction = "浙江省（基准测试）",
            EvaluationYear = 2025,
            Land = land ?? Land.KnownLandAreaStrategies.Certificate,
            Eligibility =
            [
                new EligibilityRule { Id = "utilities", Label = "公用事业企业不参评", Outcome = FirmStatus.Exempt, When = new FirmCondition { IndustryPrefixes = ["D44", "D45", "D46"] } },
            ],
            Pools =
            [
                new PoolProfile
                {
                    Id = "above_size",
                    Name = "规上企业",
                    Selector = new FirmCondition { SizeClass = SizeClass.AboveDesignatedSize },
                    Indicators =
                    [
                        new IndicatorProfile { Indicator = KnownIndicators.TaxPerMu, Weight = 30, Scoring = capped, Benchmark = mean },
                        new IndicatorProfile { Indicator = KnownIndicators.ValueAddedPerMu, Weight = 20, Scoring = capped, Benchmark = mean },
                        new IndicatorProfile { Indicator = KnownIndicators.ValueAddedPerEnergy, Weight = 15, Scoring = capped, Benchmark = mean },
                        new IndicatorProfile { Indicator = KnownIndicators.ValueAddedPerEmission, Weight = 10, Scoring = capped, Benchmark = mean, Missing = MissingValuePolicy.PoolAverageScore },
                        new IndicatorProfile { Indicator = KnownIndicators.LaborProductivity, Weight = 15, Scoring = capped, Benchmark = mean },
                        new IndicatorProfile { Indicator = KnownIndicators.RdIntensity, Weight = 10, Scoring = capped, Benchmark = mean },
                    ],
                    Adjustments = new AdjustmentRules
                    {
                        Rules =
                        [
                            new TagAdjustment("high_tech", "高新技术企业", KnownTags.HighTech, 3, "honour"),
                            new TagAdjustment("specialized_sme", "专精特新", KnownTags.SpecializedSme, 5, "honour"),
                            new PerUnitAdjustment("leasing_out", "出租土地", KnownMeasures.Lessees, 0, -5, SizeClass.AboveDesignatedSize),
                        ],
                    },
                    Tiering = bands,
                },
                new PoolProfile
                {
                    Id = "below_size",
                    Name = "规下企业（3亩及以上）",
                    Selector = new FirmCondition { SizeClass = SizeClass.BelowDesignatedSize, MinLand = 3, MinLandInclusive = true },
                    Indicators =
                    [
                        new IndicatorProfile { Indicator = KnownIndicators.TaxPerMu, Weight = 70, Scoring = capped, Benchmark = mean },
                        new IndicatorProfile { Indicator = KnownIndicators.TaxPerElectricity, Weight = 30, Scoring = capped, Benchmark = mean },
                    ],
                    Tiering = bands,
                },
            ],
            Overrides =
            [
                new OverrideRule { Id = "accident_or_violation", Label = "安全/环境事故", Action = OverrideAction.CapAtC, When = new FirmCondition { AnyTags = [KnownTags.SafetyAccident, KnownTags.EnvironmentalViolation] } },
                new OverrideRule { Id = "land_violation", Label = "违法用地", Action = OverrideAction.ForceD, When = new FirmCondition { RequiredTags = [KnownTags.LandViolation] } },
                new OverrideRule { Id = "newly_above_size", Label = "新升规企业", Action = OverrideAction.FloorAtC, When = new FirmCondition { RequiredTags = [KnownTags.NewlyAboveSize] } },
            ],
        };
    }

    /// <summary>The measure columns the profile reads (for the allocation budget: 3 × their bytes).</summary>
    public static IReadOnlyList<Measure> MeasuresRead { get; } =
    [
        KnownMeasures.LandArea, KnownMeasures.Tax, KnownMeasures.ValueAdded, KnownMeasures.Energy, KnownMeasures.Cod,
        KnownMeasures.AmmoniaNitrogen, KnownMeasures.SulfurDioxide, KnownMeasures.NitrogenOxides, KnownMeasures.Employees,
        KnownMeasures.RdSpending, KnownMeasures.Revenue, KnownMeasures.Electricity, KnownMeasures.Lessees,
    ];
}
