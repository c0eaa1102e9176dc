using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Profiles;

namespace EnterpriseScoring.Tests.Profiles;

public class ProfileExtendsTests : TempFolderTest
{
    [Test]
    public void Extends_BuiltIn_MergesObjectsAndArraysById()
    {
        var json = """
            {"extends": "linhai-2014", "name": "linhai-2015", "evaluation_year": 2015, "labels": {"set": "plain"}, "assumptions": [],
             "eligibility": [{"id": "utilities", "outcome": "exempt", "when": {"industry_prefixes": ["D44"]}}]}
            """;
        var profile = ProfileLoader.Parse(json);
        var baseProfile = ProfileLoader.Load("linhai-2014");
        Assert.Multiple(() =>
        {
            Assert.That(profile.Name, Is.EqualTo("linhai-2015"));
            Assert.That(profile.EvaluationYear, Is.EqualTo(2015));
            Assert.That(profile.Jurisdiction, Is.EqualTo(baseProfile.Jurisdiction));
            Assert.That(profile.Pools, Has.Count.EqualTo(baseProfile.Pools.Count));
            Assert.That(profile.Eligibility.Select(r => r.Id), Is.EqualTo(baseProfile.Eligibility.Select(r => r.Id).Append("utilities")));
            Assert.That(profile.Labels.A, Is.EqualTo("A类"));
        });
    }

    [Test]
    public void Extends_RelativeFile_NullDeletesAKey()
    {
        Directory.CreateDirectory(Path.Combine(Folder, "bases"));
        File.WriteAllText(Path.Combine(Folder, "bases", "base.json"), """
            {"name": "base", "evaluation_year": 2024, "jurisdiction": "某县", "reflow_overridden_slots": true,
             "pools": [{"id": "all", "indicators": [{"id": "tax_per_mu", "weight": 100, "benchmark": {"type": "fixed", "value": 15}}]}]}
            """);
        var child = Path.Combine(Folder, "county.json");
        File.WriteAllText(child, """{"extends": "bases/base.json", "name": "county-2025", "evaluation_year": 2025, "reflow_overridden_slots": null}""");

        var profile = ProfileLoader.Load(child);

        Assert.That(profile.Jurisdiction, Is.EqualTo("某县"));
        Assert.That(profile.ReflowOverriddenSlots, Is.False);
        Assert.That(((FixedBenchmark)profile.Pools[0].Indicators[0].Benchmark!).Value, Is.EqualTo(15));
    }

    [Test]
    public void Extends_Cycle_IsReported()
    {
        File.WriteAllText(Path.Combine(Folder, "a.json"), """{"extends": "b.json", "name": "a", "evaluation_year": 2025, "pools": []}""");
        File.WriteAllText(Path.Combine(Folder, "b.json"), """{"extends": "./a.json", "name": "b", "evaluation_year": 2025, "pools": []}""");
        var e = ProfileTestSupport.Problems(() => ProfileLoader.Load(Path.Combine(Folder, "a.json")));
        Assert.That(e.Problems[0].Message, Does.Contain("extends cycle"));
        Assert.That(e.Problems[0].Message, Does.Contain("a.json").And.Contain("b.json"));
    }

    [Test]
    public void Extends_UnknownBuiltIn_SuggestsClosest()
    {
        var e = ProfileTestSupport.Problems(() => ProfileLoader.Parse("""{"extends": "zhejiang-six-indicator", "name": "x", "evaluation_year": 2025}"""));
        Assert.That(e.Problems[0].Path, Is.EqualTo("$.extends"));
        Assert.That(e.Problems[0].Hint, Does.Contain("zhejiang-six-indicators"));
    }

    [Test]
    public void Resolve_ShowsTheMergedProfile()
    {
        var merged = ProfileLoader.Resolve("""{"extends": "jingde-2022", "name": "jingde-2023", "evaluation_year": 2023}""");
        Assert.That(merged, Does.Contain("\"jingde-2023\"").And.Contain("min_max").And.Not.Contain("extends"));
    }
    private const string Base = """
        {"name": "base", "evaluation_year": 2024, "jurisdiction": "某县",
         "pools": [{"id": "above", "indicators": [
                      {"id": "tax_per_mu", "weight": 60, "benchmark": {"type": "fixed", "value": 15}},
                      {"id": "value_added_per_mu", "weight": 40, "benchmark": {"type": "pool_mean", "mean": "ratio_of_sums"}}],
                    "tiering": {"scheme": "quota_bands", "a": 20, "b": 40, "c": 35, "d": 5}}],
         "overrides": [{"id": "accident", "action": "cap_at_c", "when": {"any_tags": ["safety_accident"]}},
                       {"id": "land", "action": "force_d", "when": {"required_tags": ["land_violation"]}}]}
        """;

    private string WriteBase()
    {
        File.WriteAllText(Path.Combine(Folder, "base.json"), Base);
        return Path.Combine(Folder, "child.json");
    }

    [Test]
    public void Extends_ChangeOneWeight_WithASixLineChild()
    {
        var child = WriteBase();
        File.WriteAllText(child, """
            { "extends": "base.json", "name": "county-2025", "evaluation_year": 2025,
              "pools": [
                { "id": "above", "indicators": [
                  { "id": "tax_per_mu", "weight": 70 } ] } ]
            }
            """);

        var profile = ProfileLoader.Load(child);

        var indicators = profile.Pools.Single().Indicators;
        Assert.Multiple(() =>
        {
            Assert.That(indicators.Select(i => i.Indicator.Id), Is.EqualTo(new[] { "tax_per_mu", "value_added_per_mu" }));
            Assert.That(indicators.Select(i => i.Weight), Is.EqualTo(new[] { 70.0, 40.0 }));
            Assert.That(((FixedBenchmark)indicators[0].Benchmark!).Value, Is.EqualTo(15), "the rest of the item is kept");
            Assert.That(profile.Pools[0].Tiering, Is.Not.Null);
            Assert.That(profile.Overrides, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public void Extends_AddAPool_AppendsAfterTheBasePools()
    {
        var child = WriteBase();
        File.WriteAllText(child, """
            { "extends": "base.json", "name": "county-2025", "evaluation_year": 2025,
              "pools": [{ "id": "below", "selector": {"size_class": "below_designated_size"},
                          "indicators": [{ "id": "tax_per_mu", "weight": 100, "benchmark": {"type": "fixed", "value": 5} }] }] }
            """);

        var profile = ProfileLoader.Load(child);

        Assert.That(profile.Pools.Select(p => p.Id), Is.EqualTo(new[] { "above", "below" }));
    }

    [Test]
    public void Extends_RemoveAnOverride_ById()
    {
        var child = WriteBase();
        File.WriteAllText(child, """{ "extends": "base.json", "name": "c", "evaluation_year": 2025, "overrides": [{ "id": "accident", "remove": true }] }""");

        Assert.That(ProfileLoader.Load(child).Overrides.Select(o => o.Id), Is.EqualTo(new[] { "land" }));
    }

    [Test]
    public void Extends_RemoveAnUnknownId_PointsIntoTheChildFile()
    {
        var child = WriteBase();
        File.WriteAllText(child, """{ "extends": "base.json", "name": "c", "evaluation_year": 2025, "overrides": [{ "id": "land", "label": "x" }, { "id": "acident", "remove": true }] }""");

        var e = ProfileTestSupport.Problems(() => ProfileLoader.Load(child));

        Assert.That(e.Problems.Single().Path, Is.EqualTo("$.overrides[1].id"));
        Assert.That(e.Problems.Single().Message, Does.Contain("no item with id 'acident'").And.Contain("child.json"));
        Assert.That(e.Problems.Single().Hint, Does.Contain("'accident'"));
    }

    [Test]
    public void Extends_ProblemInTheChild_IsReportedAtItsPathInTheChildFile()
    {
        var child = WriteBase();
        // The child's second indicator item merges into the base's first indicator (resolved path indicators[0]).
        File.WriteAllText(child, """
            { "extends": "base.json", "name": "c", "evaluation_year": 2025,
              "pools": [{ "id": "above", "indicators": [{ "id": "value_added_per_mu", "weight": 40 }, { "id": "tax_per_mu", "weight": -5 }] }] }
            """);

        var e = ProfileTestSupport.Problems(() => ProfileLoader.Load(child));

        Assert.That(e.Problems.Select(p => p.Path), Does.Contain("$.pools[0].indicators[1].weight"));
        Assert.That(e.Problems.Select(p => p.Path), Does.Not.Contain("$.pools[0].indicators[0].weight"));
    }

    /// <summary>
    /// C extends B extends A: a problem in what A wrote says "(inherited from a.json)", not the direct base b.json; one in
    /// what B wrote over A (a weight of an item of A's) names b.json.
    /// </summary>
    [Test]
    public void Extends_ThreeLevels_AProblemNamesTheFileThatWroteIt()
    {
        File.WriteAllText(Path.Combine(Folder, "a.json"), Base.Replace("\"weight\": 40", "\"weight\": -40", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(Folder, "b.json"), """{ "extends": "a.json", "name": "b" }""");
        File.WriteAllText(Path.Combine(Folder, "b-writes.json"), """
            { "extends": "a.json", "name": "b", "pools": [{ "id": "above", "indicators": [{ "id": "tax_per_mu", "weight": -60 }] }] }
            """);
        File.WriteAllText(Path.Combine(Folder, "c.json"), """{ "extends": "b.json", "name": "c", "evaluation_year": 2025 }""");
        File.WriteAllText(Path.Combine(Folder, "c-over-writes.json"), """{ "extends": "b-writes.json", "name": "c", "evaluation_year": 2025 }""");

        var fromA = ProfileTestSupport.Problems(() => ProfileLoader.Load(Path.Combine(Folder, "c.json"))).Problems;
        var fromB = ProfileTestSupport.Problems(() => ProfileLoader.Load(Path.Combine(Folder, "c-over-writes.json"))).Problems;

        Assert.Multiple(() =>
        {
            var weight = fromA.Single(p => p.Path == "$.pools[0].indicators[1].weight");
            Assert.That(weight.Message, Does.EndWith("(inherited from a.json)"), "A wrote the weight, not the direct base B");
            var overWritten = fromB.Single(p => p.Path == "$.pools[0].indicators[0].weight");
            Assert.That(overWritten.Message, Does.EndWith("(inherited from b-writes.json)"), "B wrote this weight over A's");
            Assert.That(fromB.Single(p => p.Path == "$.pools[0].indicators[1].weight").Message, Does.EndWith("(inherited from a.json)"), "the item's other weight is A's still");
        });
    }

    [Test]
    public void Extends_ChangingAComponentKind_ReplacesTheObject()
    {
        var child = WriteBase();
        File.WriteAllText(child, """
            { "extends": "base.json", "name": "c", "evaluation_year": 2025,
              "pools": [{ "id": "above", "indicators": [{ "id": "value_added_per_mu", "benchmark": {"type": "fixed", "value": 100} }] }] }
            """);

        var benchmark = ProfileLoader.Load(child).Pools[0].Indicators[1].Benchmark;

        Assert.That(benchmark, Is.InstanceOf<FixedBenchmark>(), "'mean' of pool_mean must not linger");
    }

    [Test]
    public void Extends_ScalarArraysAndEmptyArraysReplace()
    {
        var child = WriteBase();
        File.WriteAllText(child, """
            { "extends": "base.json", "name": "c", "evaluation_year": 2025, "overrides": [],
              "pools": [{ "id": "above", "selector": {"industry_prefixes": ["C13"]} }] }
            """);
        File.WriteAllText(Path.Combine(Folder, "grandchild.json"), """{ "extends": "child.json", "name": "g", "evaluation_year": 2026, "pools": [{ "id": "above", "selector": {"industry_prefixes": ["C14", "C15"]} }] }""");

        var profile = ProfileLoader.Load(Path.Combine(Folder, "grandchild.json"));

        Assert.That(profile.Overrides, Is.Empty);
        Assert.That(profile.Pools[0].Selector.IndustryPrefixes, Is.EqualTo(new[] { "C14", "C15" }));
    }
}
