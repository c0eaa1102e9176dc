using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Pools;
using static EnterpriseScoring.Tests.Engine.EngineFixtures;

namespace EnterpriseScoring.Tests.Engine;

public class TieringTests
{
    /// <summary>Ten firms, each 10 亩, tax 10…100: totals are proportional to tax.</summary>
    private static List<Firm> TenFirms(Func<int, string[]>? tags = null, string? region = null) =>
        Enumerable.Range(1, 10).Select(i =>
        {
            var f = Firm("F" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), 10, 10 * i, null, tags: tags?.Invoke(i));
            return region is null ? f : new Firm { Id = f.Id, Region = i % 2 == 0 ? "even" : "odd", Measures = f.Measures, Tags = f.Tags, SizeClass = f.SizeClass };
        }).ToList();

    private static EvaluationProfile Profile(IReadOnlyList<OverrideRule>? overrides = null, bool reflow = false, RankingScope scope = RankingScope.Pool, IReadOnlyList<EligibilityRule>? eligibility = null) => new()
    {
        Name = "tiers",
        EvaluationYear = 2025,
        Overrides = overrides ?? [],
        ReflowOverriddenSlots = reflow,
        Eligibility = eligibility ?? [],
        Labels = KnownTierLabels.Development,
        Pools =
        [
            new PoolProfile
            {
                Id = "all",
                Scope = scope,
                Tiering = new QuotaBands(20, 40, 30, 10),
                Indicators = [new IndicatorProfile { Indicator = KnownIndicators.TaxPerMu, Weight = 100, Benchmark = KnownBenchmarks.Fixed(10) }],
            },
        ],
    };

    private static Dictionary<string, Tier?> Tiers(Evaluation evaluation) => evaluation.Results.ToDictionary(r => r.Id, r => r.Tier);

    [Test]
    public void QuotaBands_InEvaluation_AssignTiersLabelsAndReasons()
    {
        var evaluation = new Evaluator(Profile()).Evaluate(FirmTable.FromFirms(TenFirms()));
        var best = evaluation.Find("F10")!;

        Assert.Multiple(() =>
        {
            Assert.That(Tiers(evaluation).Values.Count(t => t == Tier.A), Is.EqualTo(2));
            Assert.That(evaluation.Find("F01")!.Tier, Is.EqualTo(Tier.D));
            Assert.That(best.TierLabel, Is.EqualTo("优先发展类"));
            Assert.That(best.TierReason, Does.Contain("quota bands 20/40/30/10"));
            Assert.That(best.Explain(), Does.Contain("分类 Tier: A 优先发展类"));
            Assert.That(evaluation.TierCounts[Tier.D], Is.EqualTo(1));
        });
    }

    [Test]
    public void Overrides_CapFloorForceAndVeto_InDocumentedOrder()
    {
        var overrides = new[]
        {
            new OverrideRule { Id = "accident", Action = OverrideAction.CapAtC, When = new FirmCondition { AnyTags = [KnownTags.SafetyAccident] } },
            new OverrideRule { Id = "new_firm", Action = OverrideAction.FloorAtC, When = new FirmCondition { AnyTags = [KnownTags.NewlyAboveSize] } },
            new OverrideRule { Id = "listed", Action = OverrideAction.ForceA, When = new FirmCondition { AnyTags = [KnownTags.Listed] } },
            new OverrideRule { Id = "land", Action = OverrideAction.ForceD, When = new FirmCondition { AnyTags = [KnownTags.LandViolation] } },
        };
        string[] TagsOf(int i) => i switch
        {
            10 => [KnownTags.SafetyAccident],                    // A → C
            1 => [KnownTags.NewlyAboveSize],                     // D → C
            5 => [KnownTags.Listed],                             // B → A
            4 => [KnownTags.Listed, KnownTags.SafetyAccident],   // vetoed: B → C, not A
            9 => [KnownTags.LandViolation, KnownTags.Listed],    // A → D
            _ => [],
        };

        var evaluation = new Evaluator(Profile(overrides)).Evaluate(FirmTable.FromFirms(TenFirms(TagsOf)));

        Assert.Multiple(() =>
        {
            Assert.That(evaluation.Find("F10")!.Tier, Is.EqualTo(Tier.C));
            Assert.That(evaluation.Find("F01")!.Tier, Is.EqualTo(Tier.C));
            Assert.That(evaluation.Find("F05")!.Tier, Is.EqualTo(Tier.A));
            Assert.That(evaluation.Find("F04")!.Tier, Is.EqualTo(Tier.C));
            Assert.That(evaluation.Find("F04")!.Overrides.Single(o => o.RuleId == "listed").Note, Does.Contain("veto"));
            Assert.That(evaluation.Find("F09")!.Tier, Is.EqualTo(Tier.D));
            Assert.That(evaluation.Find("F09")!.TierReason, Does.Contain("override land (ForceD): A → D"));
            Assert.That(evaluation.Find("F07")!.Overrides, Is.Empty);
        });
    }

    [Test]
    public void Reflow_RefillsSlotsFreedByOverrides()
    {
        var overrides = new[] { new OverrideRule { Id = "accident", Action = OverrideAction.CapAtC, When = new FirmCondition { AnyTags = [KnownTags.SafetyAccident] } } };
        string[] TagsOf(int i) => i == 10 ? [KnownTags.SafetyAccident] : [];

        var plain = new Evaluator(Profile(overrides)).Evaluate(FirmTable.FromFirms(TenFirms(TagsOf)));
        var reflowed = new Evaluator(Profile(overrides, reflow: true)).Evaluate(FirmTable.FromFirms(TenFirms(TagsOf)));

        Assert.Multiple(() =>
        {
            Assert.That(Tiers(plain).Values.Count(t => t == Tier.A), Is.EqualTo(1));
            Assert.That(Tiers(reflowed).Values.Count(t => t == Tier.A), Is.EqualTo(2));
            Assert.That(reflowed.Find("F08")!.Tier, Is.EqualTo(Tier.A));
            Assert.That(reflowed.Find("F08")!.TierReason, Does.Contain("re-flowed"));
            Assert.That(reflowed.Find("F10")!.Tier, Is.EqualTo(Tier.C));
        });
    }

    [Test]
    public void Reflow_CappedFirmNeverTakesAFreedSlot()
    {
        // F10 (rank 1) is forced to D, F04 (rank 7, quota C) is capped at C. Head counts for 10 firms: A 2, B 4, C 3, D 1.
        var overrides = new[]
        {
            new OverrideRule { Id = "land", Action = OverrideAction.ForceD, When = new FirmCondition { AnyTags = [KnownTags.LandViolation] } },
            new OverrideRule { Id = "accident", Action = OverrideAction.CapAtC, When = new FirmCondition { AnyTags = [KnownTags.SafetyAccident] } },
        };
        string[] TagsOf(int i) => i switch { 10 => [KnownTags.LandViolation], 4 => [KnownTags.SafetyAccident], _ => [] };

        var evaluation = new Evaluator(Profile(overrides, reflow: true)).Evaluate(FirmTable.FromFirms(TenFirms(TagsOf)));
        var tiers = Tiers(evaluation);

        Assert.Multiple(() =>
        {
            Assert.That(tiers.Values.GroupBy(t => t).ToDictionary(g => g.Key!.Value, g => g.Count()),
                Is.EquivalentTo(new Dictionary<Tier, int> { [Tier.A] = 2, [Tier.B] = 4, [Tier.C] = 3, [Tier.D] = 1 }));
            Assert.That(new[] { tiers["F09"], tiers["F08"] }, Is.All.EqualTo(Tier.A));
            Assert.That(new[] { tiers["F07"], tiers["F06"], tiers["F05"], tiers["F03"] }, Is.All.EqualTo(Tier.B));
            Assert.That(tiers["F04"], Is.EqualTo(Tier.C));
            Assert.That(evaluation.Find("F04")!.TierReason, Does.Contain("rank 7 → C"));
            Assert.That(evaluation.Find("F03")!.TierReason, Does.Contain("re-flowed from C to B"));
        });
    }

    [Test]
    public void RegionScope_RanksAndTiersWithinEachRegion()
    {
        var evaluation = new Evaluator(Profile(scope: RankingScope.Region)).Evaluate(FirmTable.FromFirms(TenFirms(region: "split")));

        Assert.Multiple(() =>
        {
            Assert.That(evaluation.Find("F10")!.Rank, Is.EqualTo(1));
            Assert.That(evaluation.Find("F09")!.Rank, Is.EqualTo(1));
            Assert.That(evaluation.Find("F09")!.PoolSize, Is.EqualTo(5));
            Assert.That(evaluation.Find("F09")!.Tier, Is.EqualTo(Tier.A));
        });
    }

    [Test]
    public void Eligibility_FirstMatchingRuleWins_AndFirmsLeaveThePool()
    {
        var eligibility = new[]
        {
            new EligibilityRule { Id = "utilities", Label = "公用事业", Outcome = FirmStatus.Exempt, When = new FirmCondition { AnyTags = ["utility"] } },
            new EligibilityRule { Id = "t_class", Label = "不适合评价", Outcome = FirmStatus.TClass, When = new FirmCondition { AnyTags = ["t"] } },
            new EligibilityRule { Id = "ungraded", Label = "不定等级", Outcome = FirmStatus.UngradedAsB, When = new FirmCondition { AnyTags = ["u"] } },
        };
        string[] TagsOf(int i) => i switch { 10 => ["utility", "t"], 9 => ["t"], 8 => ["u"], _ => [] };

        var evaluation = new Evaluator(Profile(eligibility: eligibility)).Evaluate(FirmTable.FromFirms(TenFirms(TagsOf)));

        Assert.Multiple(() =>
        {
            Assert.That(evaluation.Find("F10")!.Status, Is.EqualTo(FirmStatus.Exempt));
            Assert.That(evaluation.Find("F10")!.Tier, Is.Null);
            Assert.That(evaluation.Find("F09")!.Tier, Is.EqualTo(Tier.T));
            Assert.That(evaluation.Find("F09")!.TierLabel, Is.EqualTo("不适合评价类"));
            Assert.That(evaluation.Find("F08")!.Tier, Is.EqualTo(Tier.UngradedAsB));
            Assert.That(evaluation.Find("F07")!.PoolSize, Is.EqualTo(7));
            Assert.That(evaluation.Find("F07")!.Rank, Is.EqualTo(1));
            Assert.That(evaluation.Explain("F10"), Does.Contain("utilities"));
        });
    }

    [Test]
    public void Tiers_DoNotDependOnRowOrder()
    {
        var firms = TenFirms(i => i == 3 ? [KnownTags.Listed] : []);
        var overrides = new[] { new OverrideRule { Id = "listed", Action = OverrideAction.ForceA, When = new FirmCondition { AnyTags = [KnownTags.Listed] } } };
        var evaluator = new Evaluator(Profile(overrides, reflow: true));

        var forward = Tiers(evaluator.Evaluate(FirmTable.FromFirms(firms)));
        var backward = Tiers(evaluator.Evaluate(FirmTable.FromFirms(Enumerable.Reverse(firms))));

        Assert.That(backward, Is.EquivalentTo(forward));
    }
}
