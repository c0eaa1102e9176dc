using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Pools;
using EnterpriseScoring.Profiles;

namespace EnterpriseScoring.Tests.Engine;

/// <summary>
/// Vetoes reach firms that eligibility took out of rating (<see cref="OverrideRule.AppliesToIneligible"/>): by default a
/// transition firm (new, in its transition period) with a land violation is put in D — "not D, except on a veto".
/// </summary>
public class IneligibleVetoTests
{
    /// <summary>New firms (started within 3 years) are in transition; utilities exempt; land violations force D; accidents cap at C.</summary>
    public const string Json = """
        { "name": "veto", "evaluation_year": 2025,
          "eligibility": [
            { "id": "utilities", "label": "公用事业不参评", "outcome": "exempt", "when": { "industry_prefixes": ["D44"] } },
            { "id": "new_firm", "label": "投产不满3年（过渡期）", "outcome": "transition", "when": { "started_within_years": 3 } },
            { "id": "unsuitable", "label": "不适合评价", "outcome": "t_class", "when": { "required_tags": ["t"] } } ],
          "pools": [ { "id": "all", "indicators": [ { "id": "tax_per_mu", "weight": 100, "benchmark": { "type": "fixed", "value": 10 } } ],
                       "tiering": { "scheme": "quota_bands", "a": 20, "b": 40, "c": 30, "d": 10 } } ],
          "overrides": [
            { "id": "land_violation", "label": "严重违法用地", "action": "force_d", "when": { "required_tags": ["land_violation"] } REACH },
            { "id": "accident", "label": "重大安全事故", "action": "cap_at_c", "when": { "required_tags": ["safety_accident"] } },
            { "id": "new_floor", "label": "新投产不评D", "action": "floor_at_c", "when": { "started_within_years": 3 } } ] }
        """;

    private static Firm Make(string id, int? start = 2010, string industry = "C13", params string[] tags) => new()
    {
        Id = id,
        IndustryCode = industry,
        StartYear = start,
        Measures = new Dictionary<string, double> { ["land_area"] = 10, ["tax"] = 100 },
        Tags = new HashSet<string>(tags),
    };

    /// <summary>N1 new + land violation; N2 new, clean; N3 new + accident; N4 new + both; U utility + land violation; T t-class + violation; R1–R5 rated, R1 violating.</summary>
    public static FirmTable Table() => FirmTable.FromFirms(
    [
        Make("N1", 2024, tags: "land_violation"),
        Make("N2", 2024),
        Make("N3", 2023, tags: "safety_accident"),
        Make("N4", 2024, tags: ["safety_accident", "land_violation"]),
        Make("U", 2010, "D4410", "land_violation"),
        Make("T", 2010, tags: ["t", "land_violation"]),
        Make("R1", tags: "land_violation"),
        Make("R2"), Make("R3"), Make("R4"), Make("R5"),
    ]);

    private static Evaluation Evaluate(string reach = "") => new Evaluator(ProfileLoader.Parse(Json.Replace("REACH", reach, StringComparison.Ordinal))).Evaluate(Table());

    [Test]
    public void Default_AVetoReachesTransitionFirms_TheyKeepTheirStatusAndGetTheVetoTier()
    {
        var evaluation = Evaluate();
        var n1 = evaluation.Find("N1")!;

        Assert.Multiple(() =>
        {
            Assert.That(n1.Status, Is.EqualTo(FirmStatus.Transition));
            Assert.That(n1.Tier, Is.EqualTo(Tier.D));
            Assert.That(n1.Total, Is.Null);
            Assert.That(n1.Rank, Is.Null);
            Assert.That(n1.Overrides.Single(), Is.EqualTo(new OverrideApplication("land_violation", "严重违法用地", OverrideAction.ForceD, null, Tier.D, n1.Overrides.Single().Note)));
            Assert.That(n1.TierReason, Does.Contain("veto land_violation").And.Contain("一票否决"));
            Assert.That(n1.Explain(), Does.Contain("一票否决 Veto: land_violation").And.Contain("分类 Tier: D"));
            Assert.That(evaluation.Find("N2")!.Tier, Is.Null, "no veto, no tier");
            Assert.That(evaluation.Find("N3")!.Tier, Is.EqualTo(Tier.C), "a cap places an ungraded firm in C");
            Assert.That(evaluation.Find("N4")!.Tier, Is.EqualTo(Tier.D));
            Assert.That(evaluation.Find("N4")!.Overrides.Select(o => o.RuleId), Is.EqualTo(new[] { "accident", "land_violation" }));
            Assert.That(evaluation.Find("U")!.Tier, Is.Null, "exempt firms are not reached by default");
            Assert.That(evaluation.Find("T")!.Tier, Is.EqualTo(Tier.T), "t-class firms are not reached by default");
            Assert.That(evaluation.Find("R1")!.Tier, Is.EqualTo(Tier.D));
            Assert.That(evaluation.TierCounts[Tier.D], Is.EqualTo(3), "N1, N4 and R1 (R2–R5 share one total: no quota D)");
        });
    }

    [Test]
    public void EmptyReach_TheVetoReachesRatedFirmsOnly()
    {
        var evaluation = Evaluate(", \"applies_to_ineligible\": []");

        Assert.Multiple(() =>
        {
            Assert.That(evaluation.Find("N1")!.Tier, Is.Null);
            Assert.That(evaluation.Find("N1")!.Overrides, Is.Empty);
            Assert.That(evaluation.Find("N4")!.Tier, Is.EqualTo(Tier.C), "the accident cap still reaches it by default");
            Assert.That(evaluation.Find("R1")!.Tier, Is.EqualTo(Tier.D));
        });
    }

    [Test]
    public void ListedOutcomes_AreReached()
    {
        var evaluation = Evaluate(", \"applies_to_ineligible\": [\"exempt\", \"t_class\", \"transition\"]");

        Assert.Multiple(() =>
        {
            Assert.That(evaluation.Find("U")!.Tier, Is.EqualTo(Tier.D));
            Assert.That(evaluation.Find("U")!.Status, Is.EqualTo(FirmStatus.Exempt));
            Assert.That(evaluation.Find("T")!.Tier, Is.EqualTo(Tier.D));
            Assert.That(evaluation.Find("T")!.Overrides.Single().From, Is.EqualTo(Tier.T));
            Assert.That(evaluation.Find("N1")!.Tier, Is.EqualTo(Tier.D));
        });
    }

    [Test]
    public void Json_RoundTrips_DefaultLeftOut_OtherListsWritten_NonVetoesRefused()
    {
        var plain = ProfileLoader.Parse(Json.Replace("REACH", string.Empty, StringComparison.Ordinal));
        var listed = ProfileLoader.Parse(Json.Replace("REACH", ", \"applies_to_ineligible\": [\"ungraded_as_b\", \"transition\", \"transition\"]", StringComparison.Ordinal));
        var written = ProfileWriter.ToJson(listed);
        var bad = ProfileTestSupportProblems(() => ProfileLoader.Parse(Json.Replace("REACH", string.Empty, StringComparison.Ordinal)
            .Replace("\"action\": \"floor_at_c\",", "\"action\": \"floor_at_c\", \"applies_to_ineligible\": [\"transition\"],", StringComparison.Ordinal)));
        var unknown = ProfileTestSupportProblems(() => ProfileLoader.Parse(Json.Replace("REACH", ", \"applies_to_ineligible\": [\"transit\"]", StringComparison.Ordinal)));

        Assert.Multiple(() =>
        {
            Assert.That(plain.Overrides[0].AppliesToIneligible, Is.EqualTo(new[] { FirmStatus.Transition }));
            Assert.That(ProfileWriter.ToJson(plain), Does.Not.Contain("applies_to_ineligible"));
            Assert.That(listed.Overrides[0].AppliesToIneligible, Is.EquivalentTo(new[] { FirmStatus.UngradedAsB, FirmStatus.Transition }));
            Assert.That(written, Does.Contain("\"applies_to_ineligible\": [\n        \"transition\",\n        \"ungraded_as_b\"\n      ]"));
            Assert.That(ProfileWriter.ToJson(ProfileLoader.Parse(written)), Is.EqualTo(written));
            Assert.That(bad.Problems.Single().Path, Is.EqualTo("$.overrides[2].applies_to_ineligible"));
            Assert.That(unknown.Problems.Single().Path, Is.EqualTo("$.overrides[0].applies_to_ineligible[0]"));
            Assert.That(unknown.Problems.Single().Hint, Does.Contain("transition"));
        });
    }

    [Test]
    public void CSharpApi_BuilderAndObjectModel_SameAsJson()
    {
        var viaJson = Evaluate(", \"applies_to_ineligible\": [\"exempt\"]");
        var built = new ProfileBuilder("veto", 2025)
            .Eligibility("utilities", "公用事业不参评", FirmStatus.Exempt, new FirmCondition { IndustryPrefixes = ["D44"] })
            .Eligibility("new_firm", "投产不满3年（过渡期）", FirmStatus.Transition, new FirmCondition { StartedWithinYears = 3 })
            .Eligibility("unsuitable", "不适合评价", FirmStatus.TClass, new FirmCondition { RequiredTags = ["t"] })
            .Pool("all", string.Empty, p => p.Indicator(KnownIndicators.TaxPerMu, 100, KnownBenchmarks.Fixed(10)).QuotaBands(20, 40, 30, 10))
            .Override("land_violation", "严重违法用地", OverrideAction.ForceD, new FirmCondition { RequiredTags = ["land_violation"] }, [FirmStatus.Exempt])
            .Override("accident", "重大安全事故", OverrideAction.CapAtC, new FirmCondition { RequiredTags = ["safety_accident"] })
            .Override("new_floor", "新投产不评D", OverrideAction.FloorAtC, new FirmCondition { StartedWithinYears = 3 })
            .Build();
        var viaBuilder = new Evaluator(built).Evaluate(Table());
        var invalid = new EvaluationProfile
        {
            Name = "x",
            Pools = [new PoolProfile { Id = "all", Indicators = [new IndicatorProfile { Indicator = KnownIndicators.TaxPerMu, Weight = 1, Benchmark = KnownBenchmarks.Fixed(1) }] }],
            Overrides = [new OverrideRule { Id = "v", Action = OverrideAction.ForceD, When = FirmCondition.All, AppliesToIneligible = [FirmStatus.Rated] }],
        };

        Assert.Multiple(() =>
        {
            Assert.That(viaBuilder.Results.Select(r => (r.Id, r.Status, r.Tier)), Is.EqualTo(viaJson.Results.Select(r => (r.Id, r.Status, r.Tier))));
            Assert.That(viaBuilder.Find("U")!.Tier, Is.EqualTo(Tier.D));
            Assert.That(viaBuilder.Find("N1")!.Tier, Is.Null, "the list replaces the default");
            Assert.That(Assert.Throws<ProfileException>(() => _ = new Evaluator(invalid))!.Problems.Single().Path, Is.EqualTo("overrides[0].applies_to_ineligible"));
        });
    }

    private static ProfileException ProfileTestSupportProblems(Action action) => Tests.Profiles.ProfileTestSupport.Problems(action);
}
