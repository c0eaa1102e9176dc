using EnterpriseScoring.Adjustments;
using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Scoring;
using EnterpriseScoring.Weighting;

namespace EnterpriseScoring.Tests.Profiles;

public class ProfileRoundTripTests
{
    /// <summary>Uses every option of the format at least once.</summary>
    private const string Everything = """
        {
          "name": "everything",
          "description": "every option",
          "jurisdiction": "测试县",
          "evaluation_year": 2025,
          "currency_unit": "元",
          "area_unit": "㎡",
          "sources": [{"document": "测政发〔2025〕1号", "url": "https://example.org", "what": "all"}],
          "notes": ["n1"],
          "assumptions": [{"path": "$.pools[0].indicators[0].weight", "note": "guess"}],
          "custom_measures": ["green_points"],
          "accept_missing_measures": ["building_area", "green_points"],
          "land": {"strategy": "building_area_conversion", "floor_area_ratio": 1.5, "inner": "net"},
          "eligibility": [
            {"id": "utilities", "label": "公用", "outcome": "exempt", "when": {"industry_prefixes": ["D44"]}},
            {"id": "new", "outcome": "transition", "when": {"started_within_years": 2}},
            {"id": "collect", "outcome": "collect_only", "when": {"max_land": 1, "max_land_inclusive": true}},
            {"id": "t", "outcome": "t_class", "when": {"required_tags": ["t"]}},
            {"id": "ungraded", "outcome": "ungraded_as_b", "when": {"measure_below": {"revenue": 10}, "regions": ["南湖区"]}}
          ],
          "pools": [
            {
              "id": "above", "name": "规上", "selector": {"size_class": "above_designated_size", "min_land": 3, "min_land_inclusive": false},
              "total_points": 100,
              "indicators": [
                {"id": "tax_per_mu", "weight": 20, "scoring": {"method": "ratio_to_benchmark", "cap": 1.2, "floor": 0}, "benchmark": {"type": "fixed", "value": 15, "source": "x"}, "missing": {"policy": "fixed_score", "points": -3}, "negative": "clamp_to_zero"},
                {"id": "value_added_per_mu", "weight": 10, "scoring": {"method": "min_max", "floor": 0.2}, "missing": {"policy": "pool_average"}},
                {"id": "revenue_per_mu", "weight": 10, "scoring": {"method": "min_max", "floor": 0.1}, "negative": "reject"},
                {"id": "labor_productivity", "weight": 10, "scoring": {"method": "z_score", "offset": 60, "scale": 10}, "missing": {"policy": "exclude"}},
                {"id": "value_added_per_energy", "weight": 10, "scoring": {"method": "ratio_to_benchmark", "cap": 3}, "benchmark": {"type": "pool_percentile", "p": 0.75, "definition": "exclusive"}},
                {"id": "rd_intensity", "weight": 10, "scoring": {"method": "vector"}},
                {"id": "tax_per_electricity", "weight": 10, "scoring": {"method": "percentile_rank"}},
                {"id": "tax_per_energy", "weight": 5, "scoring": {"method": "rank"}},
                {"id": "green_per_mu", "chinese_name": "亩均绿色积分", "english_name": "Green points per mu", "unit": "分/亩", "direction": "lower_is_better", "scale": 100,
                 "numerator": [{"measure": "green_points", "coefficient": 2}], "denominator": [{"measure": "land"}],
                 "weight": 5, "scoring": {"method": "inverse_benchmark"}, "benchmark": {"type": "prior_year", "multiplier": 2, "inner": {"type": "pool_mean", "mean": "mean_of_ratios"}}},
                {"id": "va_per_pe", "pollution_equivalents": {"pollutants": [{"measure": "cod", "kg_per_equivalent": 1}, {"measure": "so2", "kg_per_equivalent": 0.95}]},
                 "weight": 5, "benchmark": {"type": "pool_median"}},
                {"id": "value_added_per_cod", "weight": 5, "benchmark": {"type": "pool_min"}, "scoring": {"method": "z_score"}}
              ],
              "weighting": {"method": "combination", "alpha": 0.3,
                            "first": {"method": "fixed"},
                            "second": {"method": "combination", "first": {"method": "entropy", "normalisation": "min_max"}, "second": {"method": "critic", "degrees_of_freedom": 1}}},
              "aggregation": {"method": "topsis", "honour_directions": true},
              "adjustments": {
                "rules": [
                  {"type": "tag", "id": "high_tech", "label": "高新", "category": "honour", "tag": "high_tech", "points": 3},
                  {"type": "per_unit", "id": "lease", "measure": "lessees", "first_unit_points": -10, "additional_unit_points": -5, "size_class": "below_designated_size"}
                ],
                "category_caps": {"honour": 5}
              },
              "ties": "dense",
              "scope": "region",
              "tiering": {"scheme": "quota_bands", "a": 20, "b": 40, "c": 35, "d": 5, "rounding": "floor", "boundary_ties": "worse_tier", "minimum_scope_size_for_d": 40},
              "limits": {"max_a_percent": 20, "min_d_percent": 5}
            },
            {
              "id": "ahp", "selector": {"any_tags": ["x", "y"], "measure_at_least": {"green_points": 1}},
              "indicators": [{"id": "tax_per_mu", "benchmark": {"type": "pool_mean_ratio_of_sums"}}, {"id": "revenue_per_mu", "benchmark": {"type": "pool_max"}}],
              "weighting": {"method": "ahp", "matrix": [[1, 3], [0.3333, 1]], "reject_inconsistent": true, "consistency_threshold": 0.2},
              "aggregation": {"method": "weighted_product"},
              "ties": "ordinal_by_id",
              "scope": "platform",
              "tiering": {"scheme": "score_thresholds", "a": 90, "b": 75, "c": 60}
            },
            {
              "id": "computed", "indicators": [{"id": "tax_per_mu", "weight": 1, "scoring": {"method": "rank"}}, {"id": "revenue_per_mu", "weight": 2, "scoring": {"method": "rank"}}],
              "weighting": {"method": "fixed", "values": [1, 3]},
              "aggregation": {"method": "weighted_sum"}
            },
            {"id": "equal", "indicators": [{"id": "tax_per_mu", "scoring": {"method": "rank"}}], "weighting": {"method": "equal"}},
            {"id": "cv", "indicators": [{"id": "tax_per_mu", "scoring": {"method": "rank"}}], "weighting": {"method": "coefficient_of_variation"}},
            {"id": "sd", "indicators": [{"id": "tax_per_mu", "scoring": {"method": "rank"}}], "weighting": {"method": "standard_deviation", "degrees_of_freedom": 1}}
          ],
          "overrides": [
            {"id": "a", "action": "force_a", "when": {"required_tags": ["listed"]}},
            {"id": "c", "label": "事故", "action": "cap_at_c", "when": {"required_tags": ["safety_accident"]}},
            {"id": "f", "action": "floor_at_c", "when": {"required_tags": ["major_project"]}},
            {"id": "d", "action": "force_d", "when": {"required_tags": ["land_violation"]}}
          ],
          "reflow_overridden_slots": true,
          "labels": {"a": "甲", "b": "乙", "c": "丙", "d": "丁", "t": "T类"}
        }
        """;

    [Test]
    public void LoadSaveLoad_EveryOption_GivesTheSameProfile()
    {
        var first = ProfileLoader.Parse(Everything);
        var saved = ProfileWriter.ToJson(first);
        var second = ProfileLoader.Parse(saved);

        Assert.That(ProfileWriter.ToJson(second), Is.EqualTo(saved));
        Assert.Multiple(() =>
        {
            var pool = second.Pools[0];
            Assert.That(pool.Indicators[0].Scoring, Is.TypeOf<RatioToBenchmarkScoring>());
            Assert.That(((RatioToBenchmarkScoring)pool.Indicators[0].Scoring!).Options.Cap, Is.EqualTo(1.2));
            Assert.That(pool.Indicators[1].Scoring, Is.SameAs(KnownScoringMethods.MinMaxAnhui));
            Assert.That(pool.Indicators[0].Missing.Points, Is.EqualTo(-3));
            Assert.That(pool.Indicators[8].Indicator.Direction, Is.EqualTo(Direction.LowerIsBetter));
            Assert.That(pool.Weighting, Is.TypeOf<CombinationWeighting>());
            Assert.That(pool.Tiering, Is.TypeOf<QuotaBands>());
            Assert.That(((QuotaBands)pool.Tiering!).MinimumScopeSizeForD, Is.EqualTo(40));
            Assert.That(second.Pools[1].Weighting, Is.TypeOf<AhpWeighting>());
            Assert.That(second.Pools[2].Aggregation, Is.Null, "weighted_sum is the default");
            Assert.That(second.Labels.A, Is.EqualTo("甲"));
            Assert.That(ProfileMetadata.Of(second)!.CurrencyUnit, Is.EqualTo("元"));
            Assert.That(saved, Does.Contain("\"custom_measures\""));
            Assert.That(second.AcceptMissingMeasures, Is.EqualTo(new[] { "building_area", "green_points" }));
        });
    }

    [Test]
    public void LoadedEverything_CompilesAndRunsOnTheSampleCity()
    {
        var evaluation = new Evaluator(ProfileLoader.Parse(Everything)).Evaluate(ProfileTestSupport.City);
        Assert.That(evaluation.Results, Has.Count.EqualTo(ProfileTestSupport.City.Count));
    }

    [Test]
    public void Builder_ProducesTheSameProfileAsTheJson()
    {
        const string json = """
            {
              "name": "built",
              "description": "builder equivalence",
              "jurisdiction": "某县",
              "evaluation_year": 2025,
              "sources": [{"document": "某政发〔2025〕1号", "what": "weights"}],
              "assumptions": [{"path": "$.pools[0].tiering", "note": "assumed"}],
              "land": {"strategy": "net"},
              "eligibility": [{"id": "utilities", "label": "公用事业不参评", "outcome": "exempt", "when": {"industry_prefixes": ["D44", "D45", "D46"]}}],
              "pools": [
                {"id": "above_size", "name": "规上企业", "selector": {"size_class": "above_designated_size"},
                 "indicators": [
                   {"id": "tax_per_mu", "weight": 60, "scoring": {"method": "ratio_to_benchmark", "cap": 1.5}, "benchmark": {"type": "fixed", "value": 15}},
                   {"id": "value_added_per_mu", "weight": 40, "benchmark": {"type": "pool_mean", "mean": "ratio_of_sums"}, "missing": {"policy": "pool_average"}}
                 ],
                 "adjustments": {"rules": [{"type": "tag", "id": "high_tech", "label": "高新技术企业", "tag": "high_tech", "points": 3}]},
                 "scope": "region",
                 "tiering": {"scheme": "quota_bands", "a": 20, "b": 40, "c": 35, "d": 5}}
              ],
              "overrides": [{"id": "listed", "label": "上市企业", "action": "force_a", "when": {"required_tags": ["listed"]}}],
              "labels": {"set": "development"}
            }
            """;
        var built = new ProfileBuilder("built", 2025)
            .Description("builder equivalence")
            .Jurisdiction("某县")
            .Source("某政发〔2025〕1号", what: "weights")
            .Assume("$.pools[0].tiering", "assumed")
            .Land(EnterpriseScoring.Land.KnownLandAreaStrategies.Net)
            .Eligibility("utilities", "公用事业不参评", FirmStatus.Exempt, new FirmCondition { IndustryPrefixes = ["D44", "D45", "D46"] })
            .Pool("above_size", "规上企业", pool => pool
                .Select(new FirmCondition { SizeClass = SizeClass.AboveDesignatedSize })
                .Indicator(KnownIndicators.TaxPerMu, 60, KnownBenchmarks.Fixed(15), KnownScoringMethods.RatioToBenchmarkWith(cap: 1.5))
                .Indicator(KnownIndicators.ValueAddedPerMu, 40, KnownBenchmarks.PoolMeanRatioOfSums, missing: MissingValuePolicy.PoolAverageScore)
                .Adjust(new TagAdjustment("high_tech", "高新技术企业", KnownTags.HighTech, 3))
                .Scope(RankingScope.Region)
                .QuotaBands(20, 40, 35, 5))
            .Override("listed", "上市企业", OverrideAction.ForceA, new FirmCondition { RequiredTags = [KnownTags.Listed] })
            .Labels(KnownTierLabels.Development)
            .Build();

        Assert.That(ProfileWriter.ToJson(built), Is.EqualTo(ProfileWriter.ToJson(ProfileLoader.Parse(json))));
    }

    [Test]
    public void Builder_InvalidProfile_ThrowsWithEveryProblem()
    {
        var e = ProfileTestSupport.Problems(() => new ProfileBuilder("", 2025)
            .Pool("p", "p", pool => pool.Indicator(KnownIndicators.TaxPerMu, 0))
            .Build());
        Assert.That(e.Problems, Has.Count.GreaterThanOrEqualTo(3));
    }

    [Test]
    public void Writer_UnregisteredCustomComponent_ThrowsClearError()
    {
        var profile = new ProfileBuilder("custom", 2025)
            .Pool("p", "p", pool => pool.Indicator(KnownIndicators.TaxPerMu, 100, new HalfMaxBenchmark()))
            .Build();
        var e = Assert.Throws<NotSupportedException>(() => ProfileWriter.ToJson(profile));
        Assert.That(e!.Message, Does.Contain("ComponentRegistry"));
    }

    [Test]
    public void Registry_CustomBenchmark_IsReferencedByNameBothWays()
    {
        var custom = new HalfMaxBenchmark();
        var registry = new ComponentRegistry().Register("half_max", custom);
        var json = """
            {"name": "r", "evaluation_year": 2025, "pools": [{"id": "p", "indicators": [{"id": "tax_per_mu", "weight": 100, "benchmark": {"type": "half_max"}}]}]}
            """;
        var profile = ProfileLoader.Parse(json, null, registry);

        Assert.That(profile.Pools[0].Indicators[0].Benchmark, Is.SameAs(custom));
        Assert.That(ProfileWriter.ToJson(profile, null, registry), Does.Contain("\"half_max\""));
        var e = ProfileTestSupport.Problems(() => ProfileLoader.Parse(json.Replace("half_max", "half_maxx", StringComparison.Ordinal), null, registry));
        Assert.That(e.Problems[0].Hint, Does.Contain("half_max"));
        Assert.Throws<ArgumentException>(() => registry.Register("pool_max", custom));
    }

    private sealed class HalfMaxBenchmark : IBenchmark
    {
        public string Name => "half_max";

        public BenchmarkValue Compute(in BenchmarkInput input) => new(KnownBenchmarks.Max.Compute(input).Value / 2, "half the pool max");
    }
}
