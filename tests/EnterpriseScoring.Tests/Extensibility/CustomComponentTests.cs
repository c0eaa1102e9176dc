using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Cli;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Profiles;

namespace EnterpriseScoring.Tests.Extensibility;

/// <summary>
/// Every extension interface implemented outside the library (CustomComponents.cs), registered by name, used
/// from a JSON profile and evaluated; the results are worked out by hand in the comments. The adjustment rule, which
/// profiles cannot name yet, goes through <see cref="ProfileBuilder"/>.
/// </summary>
[TestFixture]
public sealed class CustomComponentTests
{
    // land_area, tax, value_added; land after the 2 亩 set-back: 10, 5, 20, 2.
    // tax_per_mu: 10, 10, 20, 15 → trimmed mean (drop 10 and 20) of 10, 15 = 12.5; log ratio 1 + ln(x / 12.5).
    // tax_share (tax / value added %): 20, 20, 40, 10 → x / 20 (fixed B 20, cap 2): 1, 1, 2, 0.5.
    private static FirmTable Table(bool violation = false) => FirmTable.FromFirms(
    [
        Firm("F1", 12, 100, 500),
        Firm("F2", 7, 50, 250),
        Firm("F3", 22, 400, 1000, violation ? "violation" : null),
        Firm("F4", 4, 30, 300),
    ]);

    private static string Json(string aggregation = "rank_sum", string tiering = "top_k", string scoring = "log_ratio", bool reflow = false) => $$"""
        {
          "name": "custom-everything", "evaluation_year": 2025,
          "land": { "strategy": "fixed_reduction" },
          "pools": [ {
            "id": "all",
            "indicators": [
              { "id": "tax_per_mu", "weight": 50, "benchmark": { "type": "trimmed_mean" }, "scoring": { "method": "{{scoring}}" } },
              { "id": "tax_share", "weight": 50, "benchmark": { "type": "fixed", "value": 20 }, "scoring": { "method": "ratio_to_benchmark", "cap": 2 } }
            ],
            "weighting": { "method": "relative_range" }, "total_points": 100,
            "aggregation": { "method": "{{aggregation}}" },
            "tiering": { "scheme": "{{tiering}}" }
          } ],
          "overrides": [ { "id": "violation", "label": "违法", "action": "force_d", "when": { "required_tags": ["violation"] } } ],
          "reflow_overridden_slots": {{(reflow ? "true" : "false")}}
        }
        """;

    private static ComponentRegistry Registry(LogRatioScoring? logRatio = null, LogRatioScoring? reading = null) => new ComponentRegistry()
        .Register("fixed_reduction", new FixedReductionLand(2))
        .Register(new TaxShareIndicator())
        .Register("trimmed_mean", new TrimmedMeanBenchmark())
        .Register("log_ratio", logRatio ?? new LogRatioScoring())
        .Register("log_ratio_reading", reading ?? new LogRatioScoring(readsValues: true))
        .Register("relative_range", new RelativeRangeWeighting())
        .Register("rank_sum", new RankSumAggregation())
        .Register("declared_sum", new DeclaredSumAggregation())
        .Register("top_k", new TopKTiers(1, quotas: true))
        .Register("top_k_fixed", new TopKTiers(1, quotas: false));

    private static Evaluation Evaluate(string json, FirmTable? table = null, ComponentRegistry? registry = null) =>
        new Evaluator(ProfileLoader.Parse(json, null, registry ?? Registry())).Evaluate(table ?? Table());

    [Test]
    public void JsonProfile_EveryCustomComponent_HandComputedResults()
    {
        var evaluation = Evaluate(Json());
        var r = evaluation.Results.ToDictionary(x => x.Id);

        // Weights ∝ relative range over the values: tax_per_mu (20 − 10) / 13.75 = 8/11, tax_share (40 − 10) / 22.5 = 4/3
        // → 6/17 and 11/17 of 100 points.
        var w1 = 600.0 / 17;
        var w2 = 1100.0 / 17;

        // Rank sum: tax_per_mu ranks F3, F4, F1 = F2 → 1, 2/3, 1/3, 1/3 of w1; tax_share ranks F3, F1 = F2, F4 → 1, 2/3, 2/3, 0 of w2.
        Assert.Multiple(() =>
        {
            Assert.That(r["F1"].LandArea, Is.EqualTo(10));
            Assert.That(r["F4"].LandArea, Is.EqualTo(2));
            Assert.That(r["F1"].Indicators[0].Benchmark, Is.EqualTo(12.5));
            Assert.That(r["F3"].Indicators[0].Normalised, Is.EqualTo(1 + Math.Log(20 / 12.5)).Within(1e-12));
            Assert.That(r["F4"].Indicators[1].Value, Is.EqualTo(10).Within(1e-12));
            Assert.That(r["F3"].Indicators[1].Normalised, Is.EqualTo(2));
            Assert.That(r["F1"].Indicators[0].Weight, Is.EqualTo(w1).Within(1e-9));
            Assert.That(r["F1"].Indicators[1].Weight, Is.EqualTo(w2).Within(1e-9));
            Assert.That(r["F3"].Total, Is.EqualTo(100).Within(1e-9));
            Assert.That(r["F1"].Total, Is.EqualTo((w1 / 3) + (2 * w2 / 3)).Within(1e-9));
            Assert.That(r["F2"].Total, Is.EqualTo(r["F1"].Total));
            Assert.That(r["F4"].Total, Is.EqualTo(2 * w1 / 3).Within(1e-9));
            Assert.That(new[] { r["F3"].Rank, r["F1"].Rank, r["F2"].Rank, r["F4"].Rank }, Is.EqualTo(new int?[] { 1, 2, 2, 4 }));

            // Top-1: rank 1 → A, rank ≤ 2 → B, rank > 3 → D.
            Assert.That(new[] { r["F3"].Tier, r["F1"].Tier, r["F2"].Tier, r["F4"].Tier }, Is.EqualTo(new Tier?[] { Tier.A, Tier.B, Tier.B, Tier.D }));
            Assert.That(r["F1"].TierReason, Is.EqualTo("top-1: rank 2 of 4 → B"));
            Assert.That(evaluation.Pools[0].Weighting!.Method, Is.EqualTo("relative_range"));
        });
    }

    [Test]
    public void Explain_CustomComponents_ShowTheirOwnExplanations()
    {
        var text = Evaluate(Json()).Explain("F3");

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("用地 Land: certificate 22 − set-back 2 = 20 亩"));
            Assert.That(text, Does.Contain("benchmark 基准值 B = 12.5 (trimmed mean of 2 of 4 values = 12.5)"));
            Assert.That(text, Does.Contain("max(0, 1 + ln(20 / 12.5)) × ").And.Contain("[log_ratio]"));
            Assert.That(text, Does.Contain("税收占增加值比重 tax_share [%]"));
            Assert.That(text, Does.Contain("value 指标值 = tax × 100 / value_added = 400 × 100 / 1000 = 40"), "IIndicator.Formula and Scale");
            Assert.That(text, Does.Contain("relative_range weights computed on 4 firms"));
            Assert.That(text, Does.Contain("Indicator total (rank_sum of the normalised values × weights) = 100"));
            Assert.That(text, Does.Contain("top-1: rank 1 of 4 → A"));
        });
    }

    [Test]
    public void ProfileWriter_RegisteredCustomComponents_WrittenBackByName()
    {
        var registry = Registry();
        var json = ProfileWriter.ToJson(ProfileLoader.Parse(Json(), null, registry), null, registry);

        Assert.That(json, Does.Contain("\"fixed_reduction\"").And.Contain("\"trimmed_mean\"").And.Contain("\"log_ratio\"")
            .And.Contain("\"relative_range\"").And.Contain("\"rank_sum\"").And.Contain("\"top_k\"").And.Contain("\"tax_share\""));
    }

    [Test]
    public void FitReadsValues_False_EngineFitsFromNoValues()
    {
        var ignoring = new LogRatioScoring();
        var reading = new LogRatioScoring(readsValues: true);
        var registry = Registry(ignoring, reading);
        var ignored = Evaluate(Json(), registry: registry);
        var read = Evaluate(Json(scoring: "log_ratio_reading"), registry: registry);

        Assert.Multiple(() =>
        {
            Assert.That(ignoring.LargestFit, Is.EqualTo(0), "FitReadsValues false: Fit gets an empty span");
            Assert.That(reading.LargestFit, Is.EqualTo(4), "the default (true): Fit gets the pool's 4 values");
            Assert.That(ignored.Results.Select(x => x.Total), Is.EqualTo(read.Results.Select(x => x.Total)), "same scores either way");
        });
    }

    [Test]
    public void SumsIndicatorScores_True_EngineAddsTheScoresAndNeverCallsAggregate()
    {
        var evaluation = Evaluate(Json(aggregation: "declared_sum"));

        Assert.Multiple(() =>
        {
            foreach (var result in evaluation.Results)
            {
                Assert.That(result.IndicatorTotal, Is.EqualTo(result.Indicators[0].Score + result.Indicators[1].Score), result.Id);
            }

            Assert.That(evaluation.Explain("F1"), Does.Contain("指标得分合计 Indicator total = "), "explained as the plain sum");
        });
    }

    [Test]
    public void QuotasFor_CustomScheme_SlotsFreedByAnOverrideReflow()
    {
        // F3 (rank 1) is forced to D and takes the D slot; F1 = F2 (tied) and F4 fill A, B, C by total, a tied group
        // going to the better tier (the quotas' ties): F1, F2 → A, F4 → B.
        var reflowed = Evaluate(Json(reflow: true), Table(violation: true)).Results.ToDictionary(x => x.Id);

        // The same scheme without quotas (QuotasFor's default, null) is not re-flowed: F1, F2 stay B, F4 stays D.
        var fixedTiers = Evaluate(Json(tiering: "top_k_fixed", reflow: true), Table(violation: true)).Results.ToDictionary(x => x.Id);

        Assert.Multiple(() =>
        {
            Assert.That(new[] { reflowed["F3"].Tier, reflowed["F1"].Tier, reflowed["F2"].Tier, reflowed["F4"].Tier }, Is.EqualTo(new Tier?[] { Tier.D, Tier.A, Tier.A, Tier.B }));
            Assert.That(reflowed["F1"].TierReason, Does.Contain("re-flowed from B to A"));
            Assert.That(new[] { fixedTiers["F3"].Tier, fixedTiers["F1"].Tier, fixedTiers["F2"].Tier, fixedTiers["F4"].Tier }, Is.EqualTo(new Tier?[] { Tier.D, Tier.B, Tier.B, Tier.D }));
        });
    }

    [Test]
    public void QuotasFor_QuotasThatDoNotAddUp_ClearError()
    {
        var registry = Registry().Register("bad_quotas", new BadQuotaTiers());
        var e = Assert.Throws<InvalidOperationException>(() => Evaluate(Json(tiering: "bad_quotas", reflow: true), Table(violation: true), registry));

        Assert.That(e!.Message, Does.Contain("'bad_quotas'").And.Contain("add up to 4"));
    }

    [Test]
    public void CustomAdjustmentRule_ThroughProfileBuilder_BonusExplainedAndItsMissingMeasureEffectReported()
    {
        // Profiles cannot name a custom adjustment rule yet: built in C#. One point per full 10 亩: F1 (12) +1, F3 (22) +2.
        var profile = new ProfileBuilder("custom-adjustment", 2025)
            .Pool("all", "all", pool => pool.Indicator(KnownIndicators.TaxPerMu, 100, KnownBenchmarks.Fixed(10)).Adjust(new LandBonusRule()))
            .Build();
        var evaluator = new Evaluator(profile);
        var results = evaluator.Evaluate(Table()).Results.ToDictionary(x => x.Id);

        Assert.Multiple(() =>
        {
            Assert.That(results["F1"].Bonus, Is.EqualTo(1));
            Assert.That(results["F3"].Bonus, Is.EqualTo(2));
            Assert.That(results["F2"].Bonus, Is.EqualTo(0));
            Assert.That(results["F3"].Total, Is.EqualTo(results["F3"].IndicatorTotal + 2));
            Assert.That(results["F3"].Adjustments.Single().Detail, Is.EqualTo("22 亩 → +2"));
            Assert.That(results["F3"].Explain(), Does.Contain("land_bonus 用地规模加分: +2 (22 亩 → +2)"));
            var use = evaluator.RequiredMeasures.Single(m => m.Measure.Id == "land_area").Uses.Single(u => u.NeededBy.StartsWith("adjustment", StringComparison.Ordinal));
            Assert.That(use.WhenMissing, Is.EqualTo("no firm gets the land bonus"));
        });
    }

    [Test]
    public void ReadsPriorNumerators_CustomBenchmark_CliAsksForPriorNumerators()
    {
        Assert.Multiple(() =>
        {
            Assert.That(PriorInput.NeedsNumerators(new PriorRatioBenchmark()), Is.True);
            Assert.That(PriorInput.NeedsNumerators(new TrimmedMeanBenchmark()), Is.False, "the default");
            Assert.That(PriorInput.NeedsNumerators(KnownBenchmarks.PriorYear(KnownBenchmarks.PoolMeanRatioOfSums, 2)), Is.True);
            Assert.That(PriorInput.NeedsNumerators(KnownBenchmarks.PriorYear(KnownBenchmarks.PoolMeanOfRatios, 2)), Is.False);
            Assert.That(PriorInput.NeedsNumerators(KnownBenchmarks.PoolMeanRatioOfSums), Is.False, "reads this year's numerators, not the prior year's");
        });
    }

    private static Firm Firm(string id, double land, double tax, double valueAdded, string? tag = null) => new()
    {
        Id = id,
        Name = id,
        SizeClass = SizeClass.AboveDesignatedSize,
        Measures = new Dictionary<string, double> { ["land_area"] = land, ["tax"] = tax, ["value_added"] = valueAdded },
        Tags = tag is null ? new HashSet<string>() : new HashSet<string> { tag },
    };
}
