using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Samples;
using EnterpriseScoring.Weighting;

namespace EnterpriseScoring.Tests;

/// <summary>Deriving a variant of a profile in C# is one expression; the original stays as it was.</summary>
public class EvaluationProfileDerivationTests
{
    private static readonly Lazy<FirmTable> City = new(() => SyntheticCity.Default(600, 12));

    [Test]
    public void WithPool_EntropyWeightedVariantOfBuiltIn_EvaluatesAndLeavesTheOriginalUnchanged()
    {
        var profile = ProfileCatalog.Get("zhejiang-six-indicators");
        var json = ProfileWriter.ToJson(profile);

        var entropy = profile.WithPool("above_size", p => p with { Weighting = KnownWeightingMethods.Entropy });

        Assert.That(entropy.Pools.Single(p => p.Id == "above_size").Weighting, Is.SameAs(KnownWeightingMethods.Entropy));
        Assert.That(profile.Pools.Single(p => p.Id == "above_size").Weighting, Is.Null);
        Assert.That(ProfileWriter.ToJson(profile), Is.EqualTo(json), "the original profile is unchanged");
        Assert.That(entropy.Metadata, Is.SameAs(profile.Metadata), "metadata and units travel with the variant");
        Assert.That(entropy.Pools.Select(p => p.Id), Is.EqualTo(profile.Pools.Select(p => p.Id)), "pool order is kept");
        Assert.That(entropy, Is.Not.EqualTo(profile));

        var original = new Evaluator(profile).Evaluate(City.Value);
        var derived = new Evaluator(entropy).Evaluate(City.Value);
        var weightsOriginal = original.Results.First(r => r.PoolId == "above_size" && r.Status == FirmStatus.Rated).Indicators.Select(i => i.Weight).ToArray();
        var weightsDerived = derived.Results.First(r => r.PoolId == "above_size" && r.Status == FirmStatus.Rated).Indicators.Select(i => i.Weight).ToArray();
        Assert.That(weightsDerived, Is.Not.EqualTo(weightsOriginal), "entropy weights differ from the fixed ones");
        Assert.That(weightsDerived.Sum(), Is.EqualTo(100).Within(1e-9));
        Assert.That(Totals(new Evaluator(profile).Evaluate(City.Value)), Is.EqualTo(Totals(original)), "evaluating the original again gives the same");
    }

    [Test]
    public void WithIndicator_DifferentBenchmarkVariantOfBuiltIn_EvaluatesAndLeavesTheOriginalUnchanged()
    {
        var profile = ProfileCatalog.Get("zhejiang-six-indicators");
        var json = ProfileWriter.ToJson(profile);

        var median = profile.WithPool("above_size", p => p.WithIndicator("tax_per_mu", i => i with { Benchmark = KnownBenchmarks.Median }));

        var pool = median.Pools.Single(p => p.Id == "above_size");
        Assert.That(pool.Indicators.Single(i => i.Indicator.Id == "tax_per_mu").Benchmark, Is.SameAs(KnownBenchmarks.Median));
        Assert.That(pool.Indicators.Select(i => i.Indicator.Id), Is.EqualTo(profile.Pools.Single(p => p.Id == "above_size").Indicators.Select(i => i.Indicator.Id)));
        Assert.That(ProfileWriter.ToJson(profile), Is.EqualTo(json), "the original profile is unchanged");
        Assert.That(median.Metadata, Is.SameAs(profile.Metadata));

        var original = new Evaluator(profile).Evaluate(City.Value);
        var derived = new Evaluator(median).Evaluate(City.Value);
        var benchmarkOriginal = original.Results.First(r => r.PoolId == "above_size" && r.Status == FirmStatus.Rated).Indicators.Single(i => i.IndicatorId == "tax_per_mu").Benchmark;
        var benchmarkDerived = derived.Results.First(r => r.PoolId == "above_size" && r.Status == FirmStatus.Rated).Indicators.Single(i => i.IndicatorId == "tax_per_mu").Benchmark;
        Assert.That(benchmarkDerived, Is.Not.EqualTo(benchmarkOriginal));
        Assert.That(Totals(derived), Is.Not.EqualTo(Totals(original)));
    }

    [Test]
    public void WithEvaluationYear_KeepsMetadataAndEverythingElse()
    {
        var profile = ProfileCatalog.Get("jiaxing-2023");
        var next = profile.WithEvaluationYear(profile.EvaluationYear + 1);

        Assert.That(next.Metadata, Is.SameAs(profile.Metadata));
        Assert.That(next with { EvaluationYear = profile.EvaluationYear }, Is.EqualTo(profile));
    }

    [Test]
    public void With_EmptyChange_IsEqualWithTheSameHash()
    {
        var profile = ProfileCatalog.Get("changle-2023");
        var copy = profile with { };

        Assert.That(copy, Is.Not.SameAs(profile));
        Assert.That(copy, Is.EqualTo(profile));
        Assert.That(copy.GetHashCode(), Is.EqualTo(profile.GetHashCode()));
    }

    [Test]
    public void WithPool_UnknownId_ThrowsArgumentExceptionNamingThePools()
    {
        var profile = ProfileCatalog.Get("zhejiang-six-indicators");

        var e = Assert.Throws<ArgumentException>(() => profile.WithPool("nope", p => p));
        Assert.That(e!.ParamName, Is.EqualTo("id"));
        Assert.That(e.Message, Does.Contain("No pool has id 'nope'").And.Contain("'above_size'"));
    }

    [Test]
    public void WithIndicator_UnknownId_ThrowsArgumentException()
    {
        var pool = ProfileCatalog.Get("zhejiang-six-indicators").Pools[0];

        var e = Assert.Throws<ArgumentException>(() => pool.WithIndicator("nope", i => i));
        Assert.That(e!.ParamName, Is.EqualTo("indicatorId"));
        Assert.That(e.Message, Does.Contain("No indicator has id 'nope'").And.Contain("'tax_per_mu'"));
    }

    [Test]
    public void WithPool_ChangeReturnsNull_ThrowsArgumentException()
    {
        var profile = ProfileCatalog.Get("zhejiang-six-indicators");

        Assert.Throws<ArgumentException>(() => profile.WithPool("above_size", _ => null!));
    }

    [Test]
    public void FirmCondition_EqualContentsFromDifferentLists_AreEqualWithTheSameHash()
    {
        var a = new FirmCondition { Regions = ["x", "y"], MeasureAtLeast = new Dictionary<string, double> { ["tax"] = 1, ["revenue"] = 2 } };
        var b = new FirmCondition { Regions = new List<string> { "x", "y" }, MeasureAtLeast = new SortedDictionary<string, double> { ["revenue"] = 2, ["tax"] = 1 } };

        Assert.That(a, Is.EqualTo(b));
        Assert.That(a.GetHashCode(), Is.EqualTo(b.GetHashCode()));
        Assert.That(a with { Regions = ["y", "x"] }, Is.Not.EqualTo(b), "list order matters");
        Assert.That(new FirmCondition(), Is.EqualTo(FirmCondition.All));
    }

    [Test]
    public void Copy_OfADictionary_KeepsItsComparerAndOrder()
    {
        var caps = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase) { ["Zeta"] = 1, ["alpha"] = 2 };
        var rules = new Adjustments.AdjustmentRules { CategoryCaps = caps };

        Assert.That(rules.CategoryCaps.ContainsKey("ZETA"), Is.True, "the case-insensitive comparer is kept");
        Assert.That(rules.CategoryCaps.Keys, Is.EqualTo(new[] { "Zeta", "alpha" }), "the enumeration order is kept");
    }

    [Test]
    public void OverrideRule_With_DerivesAVariant()
    {
        var rule = new OverrideRule { Id = "veto", Action = OverrideAction.ForceD, When = new FirmCondition { RequiredTags = [KnownTags.SafetyAccident] } };
        var capped = rule with { Action = OverrideAction.CapAtC };

        Assert.That(capped.When, Is.SameAs(rule.When));
        Assert.That(rule.Action, Is.EqualTo(OverrideAction.ForceD));
        Assert.That(capped.AppliesToIneligible, Is.EqualTo(OverrideRule.DefaultIneligibleReach));
    }

    [Test]
    public void ToString_PrintsListsByTheirItems()
    {
        var rule = new EligibilityRule { Id = "utilities", Outcome = FirmStatus.Exempt, When = new FirmCondition { IndustryPrefixes = ["D44", "D45"] } };
        var metadata = new ProfileMetadata { Notes = ["a", "b"] };

        Assert.That(rule.ToString(), Does.Contain("Id = utilities").And.Contain("industry in D44|D45"));
        Assert.That(metadata.ToString(), Does.Contain("Notes = [a, b]").And.Not.Contain("ValueList"));
    }

    private static double?[] Totals(Evaluation evaluation) => [.. evaluation.Results.Select(r => r.Total)];
}
