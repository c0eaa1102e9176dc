using System.Globalization;
using System.Text;
using EnterpriseScoring.Adjustments;
using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Pools;
using EnterpriseScoring.Scoring;
using EnterpriseScoring.Weighting;

namespace EnterpriseScoring.Tests.Performance;

/// <summary>Profiles that exercise every stage of the evaluate path, and a bit-exact fingerprint of an evaluation.</summary>
internal static class PerformanceFixtures
{
    /// <summary>Zhejiang style: utilities exempt, 规上 six indicators vs pool means, 规下 ≥ 3 亩 two indicators, honours and
    /// leasing adjustments, quota bands, cap/force/floor overrides.</summary>
    public static EvaluationProfile Zhejiang(bool reflow = false) => new()
    {
        Name = "perf-zhejiang",
        EvaluationYear = 2025,
        ReflowOverriddenSlots = reflow,
        Eligibility =
        [
            new EligibilityRule { Id = "utilities", Outcome = FirmStatus.Exempt, When = new FirmCondition { IndustryPrefixes = ["D44", "D45", "D46"] } },
            new EligibilityRule { Id = "new_firms", Outcome = FirmStatus.Transition, When = new FirmCondition { StartedWithinYears = 1 } },
        ],
        Pools =
        [
            new PoolProfile
            {
                Id = "above",
                Selector = new FirmCondition { SizeClass = SizeClass.AboveDesignatedSize },
                Indicators =
                [
                    Ratio(KnownIndicators.TaxPerMu, 30),
                    Ratio(KnownIndicators.ValueAddedPerMu, 20),
                    Ratio(KnownIndicators.ValueAddedPerEnergy, 15),
                    new IndicatorProfile { Indicator = KnownIndicators.ValueAddedPerEmission, Weight = 10, Scoring = KnownScoringMethods.RatioToBenchmarkWith(cap: 1.5), Benchmark = KnownBenchmarks.PoolMeanRatioOfSums, Missing = MissingValuePolicy.PoolAverageScore },
                    Ratio(KnownIndicators.LaborProductivity, 15),
                    new IndicatorProfile { Indicator = KnownIndicators.ReturnOnNetAssets, Weight = 10, Scoring = KnownScoringMethods.MinMax, Negative = NegativeValuePolicy.ClampToZero },
                ],
                Adjustments = new AdjustmentRules
                {
                    Rules =
                    [
                        new TagAdjustment("high_tech", "高新技术企业", KnownTags.HighTech, 3, "honour"),
                        new TagAdjustment("specialized_sme", "专精特新", KnownTags.SpecializedSme, 5, "honour"),
                        new TagAdjustment("listed", "上市", KnownTags.Listed, 4, "honour"),
                        new TagAdjustment("energy", "未完成节能", KnownTags.EnergyTargetMissed, -2, "penalty"),
                        new PerUnitAdjustment("leasing_out", "出租土地", KnownMeasures.Lessees, 0, -5, SizeClass.AboveDesignatedSize, "penalty"),
                    ],
                    CategoryCaps = new Dictionary<string, double> { ["honour"] = 4, ["penalty"] = 8 },
                },
                Tiering = new QuotaBands(20, 40, 30, 10),
                Limits = new TierLimits { MaxAPercent = 18 },
            },
            new PoolProfile
            {
                Id = "below",
                Selector = new FirmCondition { SizeClass = SizeClass.BelowDesignatedSize, MinLand = 3 },
                Scope = RankingScope.Region,
                Indicators = [Ratio(KnownIndicators.TaxPerMu, 70), Ratio(KnownIndicators.TaxPerElectricity, 30)],
                Tiering = new QuotaBands(20, 40, 30, 10, ties: BoundaryTies.WorseTier),
            },
            new PoolProfile
            {
                Id = "small",
                Selector = new FirmCondition { MaxLand = 3 },
                Weighting = KnownWeightingMethods.Entropy,
                Indicators =
                [
                    new IndicatorProfile { Indicator = KnownIndicators.TaxPerMu, Scoring = KnownScoringMethods.PercentileRank },
                    new IndicatorProfile { Indicator = KnownIndicators.RevenuePerMu, Scoring = KnownScoringMethods.MinMax },
                ],
                Ties = TiePolicy.Dense,
            },
        ],
        Overrides =
        [
            new OverrideRule { Id = "accident", Action = OverrideAction.CapAtC, When = new FirmCondition { AnyTags = [KnownTags.SafetyAccident, KnownTags.EnvironmentalViolation] } },
            new OverrideRule { Id = "land_violation", Action = OverrideAction.ForceD, When = new FirmCondition { RequiredTags = [KnownTags.LandViolation] } },
            new OverrideRule { Id = "newly_above", Action = OverrideAction.FloorAtC, When = new FirmCondition { RequiredTags = [KnownTags.NewlyAboveSize] } },
            new OverrideRule { Id = "big_taxpayer", Action = OverrideAction.ForceA, When = new FirmCondition { MeasureAtLeast = new Dictionary<string, double> { ["tax"] = 5000 } } },
        ],
    };

    /// <summary>Every figure of every result, doubles as raw bits, one line per firm, plus the pool summaries.</summary>
    public static string Fingerprint(Evaluation evaluation)
    {
        var sb = new StringBuilder();
        foreach (var pool in evaluation.Pools)
        {
            sb.Append(pool.Id).Append(' ').Append(pool.FirmCount).Append(' ').Append(pool.RatedCount).Append(' ').Append(pool.WeightNote).AppendLine();
            foreach (var i in pool.Indicators)
            {
                sb.Append("  ").Append(i.IndicatorId).Append(' ').Append(Bits(i.Weight)).Append(' ').Append(i.Benchmark is { } b ? Bits(b.Value) + " " + b.Explanation : "-").Append(' ').Append(i.Note).AppendLine();
            }
        }

        foreach (var r in evaluation.Results)
        {
            sb.Append(r.Row).Append('|').Append(r.Id).Append('|').Append(r.PoolId).Append('|').Append(r.Status).Append('|').Append(r.Reason)
                .Append('|').Append(Bits(r.IndicatorTotal)).Append('|').Append(Bits(r.Bonus)).Append('|').Append(Bits(r.Deduction))
                .Append('|').Append(Bits(r.Total)).Append('|').Append(r.Rank).Append('|').Append(r.PoolSize).Append('|').Append(Bits(r.Percentile))
                .Append('|').Append(r.Tier).Append('|').Append(r.TierReason).Append('|').Append(r.EligibilityRuleId);
            foreach (var i in r.Indicators)
            {
                sb.Append("|I ").Append(i.IndicatorId).Append(' ').Append(i.Outcome).Append(' ').Append(Bits(i.Numerator)).Append(' ').Append(Bits(i.Denominator))
                    .Append(' ').Append(Bits(i.Value)).Append(' ').Append(Bits(i.ValueUsed)).Append(' ').Append(Bits(i.Benchmark)).Append(' ')
                    .Append(Bits(i.Normalised)).Append(' ').Append(Bits(i.Weight)).Append(' ').Append(Bits(i.Score)).Append(' ').Append(i.Source);
            }

            foreach (var a in r.Adjustments)
            {
                sb.Append("|A ").Append(a.RuleId).Append(' ').Append(Bits(a.Points)).Append(' ').Append(Bits(a.CountedPoints)).Append(' ').Append(a.Detail);
            }

            foreach (var o in r.Overrides)
            {
                sb.Append("|O ").Append(o.RuleId).Append(' ').Append(o.From).Append(' ').Append(o.To).Append(' ').Append(o.Note);
            }

            sb.AppendLine();
        }

        return sb.ToString();
    }

    private static IndicatorProfile Ratio(IIndicator indicator, double weight) => new()
    {
        Indicator = indicator,
        Weight = weight,
        Scoring = KnownScoringMethods.RatioToBenchmarkWith(cap: 1.5),
        Benchmark = KnownBenchmarks.PoolMeanRatioOfSums,
    };

    private static string Bits(double? value) => value is { } v ? BitConverter.DoubleToInt64Bits(v).ToString("X16", CultureInfo.InvariantCulture) : "-";
}
