using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Profiles;

namespace EnterpriseScoring.Tests.Profiles;

public class ProfileExtendsTests
{
    private string dir = string.Empty;

    [SetUp]
    public void SetUp()
    {
        dir = Path.Combine(Path.GetTempPath(), "es-profiles-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(dir, recursive: true);

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
        File.WriteAllText(Path.Combine(dir, "base.json"), """
            {"name": "base", "evaluation_year": 2024, "jurisdiction": "某县", "reflow_overridden_slots": true,
             "pools": [{"id": "all", "indicators": [{"id": "tax_per_mu", "weight": 100, "benchmark": {"type": "fixed", "value": 15}}]}]}
            """);
        Directory.CreateDirectory(Path.Combine(dir, "2025"));
        var child = Path.Combine(dir, "2025", "county.json");
        File.WriteAllText(child, """{"extends": "../base.json", "name": "county-2025", "evaluation_year": 2025, "reflow_overridden_slots": null}""");

        var profile = ProfileLoader.Load(child);

        Assert.That(profile.Jurisdiction, Is.EqualTo("某县"));
        Assert.That(profile.ReflowOverriddenSlots, Is.False);
        Assert.That(((FixedBenchmark)profile.Pools[0].Indicators[0].Benchmark!).Value, Is.EqualTo(15));
    }

    [Test]
    public void Extends_Cycle_IsReported()
    {
        File.WriteAllText(Path.Combine(dir, "a.json"), """{"extends": "b.json", "name": "a", "evaluation_year": 2025, "pools": []}""");
        File.WriteAllText(Path.Combine(dir, "b.json"), """{"extends": "./a.json", "name": "b", "evaluation_year": 2025, "pools": []}""");
        var e = ProfileTestSupport.Problems(() => ProfileLoader.Load(Path.Combine(dir, "a.json")));
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
}
