using EnterpriseScoring.Adjustments;
using EnterpriseScoring.Aggregation;
using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Land;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Profiles.Components;
using EnterpriseScoring.Scoring;
using EnterpriseScoring.Weighting;

namespace EnterpriseScoring.Tests.Profiles.Components;

/// <summary>User components of every kind, with options, registered by descriptor: loaded, evaluated, written back, reloaded.</summary>
public class UserComponentTests
{
    /// <summary>A profile that uses one user component of every kind, each with options.</summary>
    private const string Profile = """
        {
          "name": "user-components",
          "evaluation_year": 2025,
          "land": {"strategy": "scaled_certificate", "factor": 2},
          "pools": [
            {
              "id": "all",
              "indicators": [
                {"id": "tax_per_mu", "weight": 60, "scoring": {"method": "power", "exponent": 0.5}, "benchmark": {"type": "scaled_max", "fraction": 0.5}},
                {"id": "value_added_per_mu", "weight": 40, "scoring": {"method": "min_max"}}
              ],
              "weighting": {"method": "single_indicator", "index": 1},
              "aggregation": {"method": "scaled_sum", "scale": 10},
              "adjustments": {"rules": [{"type": "any_tag", "id": "honours", "label": "荣誉", "category": "honour", "tags": ["high_tech", "listed"], "points": 2}]},
              "tiering": {"scheme": "single_tier", "tier": "c"}
            }
          ]
        }
        """;

    private static EvaluationProfile Load(string json, ComponentRegistry? registry = null) => ProfileLoader.Parse(json, null, registry ?? UserRegistry.Create());

    [Test]
    public void Load_UserComponentOfEveryKind_CreatesThemWithTheirOptions()
    {
        var profile = Load(Profile);
        var pool = profile.Pools[0];
        Assert.Multiple(() =>
        {
            Assert.That(((ScaledLandArea)profile.Land).Options.Factor, Is.EqualTo(2));
            Assert.That(((PowerScoring)pool.Indicators[0].Scoring!).Options.Exponent, Is.EqualTo(0.5));
            Assert.That(((ScaledMaxBenchmark)pool.Indicators[0].Benchmark!).Options.Fraction, Is.EqualTo(0.5));
            Assert.That(((SingleIndicatorWeighting)pool.Weighting!).Options.Index, Is.EqualTo(1));
            Assert.That(((ScaledSumAggregation)pool.Aggregation!).Options.Scale, Is.EqualTo(10));
            Assert.That(((SingleTierScheme)pool.Tiering!).Options.Tier, Is.EqualTo(Tier.C));
            var rule = (AnyTagAdjustment)pool.Adjustments.Rules.Single();
            Assert.That((rule.Id, rule.Label, rule.Category, rule.Options.Points), Is.EqualTo(("honours", "荣誉", "honour", 2.0)));
            Assert.That(rule.Options.Tags, Is.EqualTo(new[] { "high_tech", "listed" }));
        });
    }

    [Test]
    public void Evaluate_UserComponents_ShapeTheResults()
    {
        var evaluation = new Evaluator(Load(Profile)).Evaluate(ProfileTestSupport.City);
        var rated = evaluation.Results.Where(r => r.Status == FirmStatus.Rated).ToArray();
        Assert.That(rated, Is.Not.Empty);
        var table = evaluation.Table;
        var land = new double[table.Count];
        KnownLandAreaStrategies.Certificate.Compute(table, land);
        var firm = rated.First(r => r.Indicators[0].Normalised is > 0 && r.Indicators[1].Normalised is > 0);
        var tax = firm.Indicators[0];
        Assert.Multiple(() =>
        {
            Assert.That(rated.Select(r => r.Tier).Distinct(), Is.EqualTo(new Tier?[] { Tier.C }), "single_tier c");
            Assert.That(firm.LandArea, Is.EqualTo(2 * land[firm.Row]).Within(1e-9), "scaled_certificate factor 2");
            Assert.That(tax.Normalised, Is.EqualTo(Math.Sqrt(tax.Value!.Value / tax.Benchmark!.Value)).Within(1e-12), "power exponent 0.5");
            Assert.That(tax.Weight, Is.EqualTo(0), "single_indicator index 1 puts no weight on the first indicator");
            Assert.That(firm.IndicatorTotal, Is.EqualTo(10 * firm.Indicators[1].Score!.Value).Within(1e-9), "scaled_sum scale 10 over the one weighted indicator");
            var tagged = rated.First(r => table.HasTag(r.Row, "high_tech") || table.HasTag(r.Row, "listed"));
            Assert.That(tagged.Adjustments.Single().RuleId, Is.EqualTo("honours"));
            Assert.That(tagged.Bonus, Is.EqualTo(2));
        });
    }

    [Test]
    public void Write_UserComponents_WritesTheirOptionsAndReloadsIdentically()
    {
        var registry = UserRegistry.Create();
        var profile = Load(Profile, registry);
        var json = ProfileWriter.ToJson(profile, null, registry);
        Assert.Multiple(() =>
        {
            Assert.That(json, Does.Contain("\"land\": {\n    \"strategy\": \"scaled_certificate\",\n    \"factor\": 2\n  }"));
            Assert.That(json, Does.Contain("\"method\": \"power\",\n"));
            Assert.That(json, Does.Contain("\"exponent\": 0.5"));
            Assert.That(json, Does.Contain("\"type\": \"scaled_max\",\n"));
            Assert.That(json, Does.Contain("\"fraction\": 0.5"));
            Assert.That(json, Does.Contain("\"index\": 1"));
            Assert.That(json, Does.Contain("\"scale\": 10"));
            Assert.That(json, Does.Contain("\"tier\": \"c\""));
            Assert.That(json, Does.Contain("\"type\": \"any_tag\",\n            \"id\": \"honours\",\n            \"label\": \"荣誉\",\n            \"category\": \"honour\",\n            \"tags\": ["));
        });

        var reloaded = Load(json, registry);
        Assert.That(ProfileWriter.ToJson(reloaded, null, registry), Is.EqualTo(json));
        var city = ProfileTestSupport.City;
        var before = new Evaluator(profile).Evaluate(city).Results.Select(r => (r.Id, r.Total, r.Tier));
        var after = new Evaluator(reloaded).Evaluate(city).Results.Select(r => (r.Id, r.Total, r.Tier));
        Assert.That(after, Is.EqualTo(before));
    }

    [TestCase("\"exponent\": 0.5", "\"exponent\": -1", "$.pools[0].indicators[0].scoring.exponent", "must be greater than '0'")]
    [TestCase("\"exponent\": 0.5", "\"exponent\": \"x\"", "$.pools[0].indicators[0].scoring.exponent", "is the string \"x\"; expected a number")]
    [TestCase("\"exponent\": 0.5", "\"exponent\": 0.5, \"cap\": 1", "$.pools[0].indicators[0].scoring.cap", "'cap' is not an option of power")]
    [TestCase("\"exponent\": 0.5", "\"exponnent\": 0.5", "$.pools[0].indicators[0].scoring.exponnent", "unknown key 'exponnent'")]
    [TestCase("\"fraction\": 0.5", "\"fraction\": 2", "$.pools[0].indicators[0].benchmark.fraction", "fraction must be in (0, 1]")]
    [TestCase(", \"fraction\": 0.5", "", "$.pools[0].indicators[0].benchmark.fraction", "missing required key 'fraction'")]
    [TestCase("\"index\": 1", "\"index\": 2", "$.pools[0].weighting.index", "2 is not the position of an indicator (the pool has 2)")]
    [TestCase("\"index\": 1", "\"index\": 1.5", "$.pools[0].weighting.index", "expected a whole number")]
    [TestCase("\"scale\": 10", "\"scale\": 0", "$.pools[0].aggregation.scale", "scale must be > 0")]
    [TestCase("\"factor\": 2", "\"factor\": -2", "$.land.factor", "factor must be > 0")]
    [TestCase("\"tier\": \"c\"", "\"tier\": \"t\"", "$.pools[0].tiering.tier", "tier must be a, b, c or d")]
    [TestCase("\"tier\": \"c\"", "\"tier\": \"cc\"", "$.pools[0].tiering.tier", "unknown value 'cc'")]
    [TestCase("\"tags\": [\"high_tech\", \"listed\"]", "\"tags\": []", "$.pools[0].adjustments.rules[0].tags", "give at least one tag")]
    [TestCase("\"scaled_max\"", "\"scaled_maxx\"", "$.pools[0].indicators[0].benchmark.type", "unknown benchmark 'scaled_maxx'")]
    public void Load_BadUserOptions_ReportsAProblemAtItsPath(string from, string to, string path, string message)
    {
        var e = ProfileTestSupport.Problems(() => Load(Profile.Replace(from, to, StringComparison.Ordinal)));
        Assert.That(e.Problems.Select(p => p.Path), Does.Contain(path), e.Message);
        Assert.That(e.Problems.First(p => p.Path == path).Message, Does.Contain(message), e.Message);
    }

    [Test]
    public void Load_UserScoringOnLowerIsBetterIndicator_IsCheckedByItsDescriptor()
    {
        var json = Profile.Replace("\"id\": \"tax_per_mu\"", "\"id\": \"energy_per_va\", \"direction\": \"lower_is_better\", \"numerator\": [{\"measure\": \"energy\"}], \"denominator\": [{\"measure\": \"value_added\"}]", StringComparison.Ordinal);
        var e = ProfileTestSupport.Problems(() => Load(json));
        Assert.That(e.Problems.Single().Path, Is.EqualTo("$.pools[0].indicators[0].scoring.method"));
        Assert.That(e.Problems.Single().Message, Is.EqualTo("power scores higher-is-better indicators; 'energy_per_va' is lower-is-better"));
    }

    [Test]
    public void Load_UnknownUserName_SuggestsTheRegisteredName()
    {
        var e = ProfileTestSupport.Problems(() => Load(Profile.Replace("\"single_tier\"", "\"single_teir\"", StringComparison.Ordinal)));
        Assert.That(e.Problems.Single().Path, Is.EqualTo("$.pools[0].tiering.scheme"));
        Assert.That(e.Problems.Single().Hint, Is.EqualTo("did you mean 'single_tier'?"));
    }

    [Test]
    public void Load_WithoutTheRegistry_ReportsEveryUserComponentAsUnknown()
    {
        var e = ProfileTestSupport.Problems(() => ProfileLoader.Parse(Profile));
        Assert.That(e.Problems.Select(p => p.Message), Has.Some.EqualTo("unknown key 'exponent'").And.Some.EqualTo("unknown key 'factor'"));
    }

    [Test]
    public void Register_BuiltInName_CannotBeShadowed()
    {
        var registry = new ComponentRegistry();
        Assert.Multiple(() =>
        {
            Assert.Throws<ArgumentException>(() => registry.Register(new Renamed<IScoringMethod>("min_max")));
            Assert.Throws<ArgumentException>(() => registry.Register(new Renamed<IBenchmark>("pool_mean_of_ratios")));
            Assert.Throws<ArgumentException>(() => registry.Register(new Renamed<IWeightingMethod>("entropy")));
            Assert.Throws<ArgumentException>(() => registry.Register(new Renamed<IAggregationMethod>("weighted_sum")));
            Assert.Throws<ArgumentException>(() => registry.Register(new Renamed<ILandAreaStrategy>("net")));
            Assert.Throws<ArgumentException>(() => registry.Register(new Renamed<ITierScheme>("quota_bands")));
            Assert.Throws<ArgumentException>(() => registry.Register(new Renamed<IAdjustmentRule>("per_unit")));
            Assert.Throws<ArgumentException>(() => registry.Register("rank", new PowerScoring(new PowerOptions())), "an instance too");
        });
        registry.Register(new PowerScoringDescriptor());
        Assert.Throws<ArgumentException>(() => registry.Register(new PowerScoringDescriptor()), "twice");
        Assert.That(registry.NamesOf<IScoringMethod>(), Is.EqualTo(new[] { "power" }));
    }

    [Test]
    public void Register_Instance_IsAFixedComponentWrittenBackByName()
    {
        var power = new PowerScoring(new PowerOptions { Exponent = 2 });
        var registry = new ComponentRegistry().Register("squared", power);
        var json = """
            {"name": "r", "evaluation_year": 2025, "pools": [{"id": "p", "indicators": [{"id": "tax_per_mu", "weight": 100, "scoring": {"method": "squared"}, "benchmark": {"type": "pool_max"}}]}]}
            """;
        var profile = ProfileLoader.Parse(json, null, registry);
        Assert.That(profile.Pools[0].Indicators[0].Scoring, Is.SameAs(power));
        var written = ProfileWriter.ToJson(profile, null, registry);
        Assert.That(written, Does.Contain("\"method\": \"squared\"\n"));
        var e = ProfileTestSupport.Problems(() => ProfileLoader.Parse(json.Replace("\"squared\"}", "\"squared\", \"exponent\": 3}", StringComparison.Ordinal), null, registry));
        Assert.That(e.Problems.Single().Message, Is.EqualTo("unknown key 'exponent'"), "an instance takes no options");
    }

    [Test]
    public void Write_UnregisteredUserComponent_Throws()
    {
        var profile = Load(Profile);
        Assert.Throws<NotSupportedException>(() => ProfileWriter.ToJson(profile));
    }

    [Test]
    public void Catalogs_HoldEveryBuiltInName_InDocumentedOrder()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ComponentCatalogs.ScoringMethods.Names, Is.EqualTo(KnownScoringMethods.All.Select(m => m.Name)));
            Assert.That(ComponentCatalogs.ScoringMethods.Key, Is.EqualTo("method"));
            Assert.That(ComponentCatalogs.Benchmarks.Key, Is.EqualTo("type"));
            Assert.That(ComponentCatalogs.LandAreaStrategies.Key, Is.EqualTo("strategy"));
            Assert.That(ComponentCatalogs.TierSchemes.Key, Is.EqualTo("scheme"));
            Assert.That(ComponentCatalogs.AggregationMethods.Names, Is.EqualTo(KnownAggregationMethods.Names));
            Assert.That(ComponentCatalogs.AdjustmentRules.Names, Is.EqualTo(new[] { "tag", "per_unit" }));
            Assert.That(ComponentCatalogs.Of<IWeightingMethod>(), Is.SameAs(ComponentCatalogs.WeightingMethods));
            Assert.Throws<ArgumentException>(() => ComponentCatalogs.Of<Measure>());
        });
    }

    private sealed class Renamed<T>(string name) : ComponentDescriptor<T>(name, "test")
        where T : class
    {
        public override T? Create(ComponentReader reader) => null;

        public override bool TryWrite(T component, ComponentWriter writer) => false;
    }
}
