using EnterpriseScoring.Profiles;

namespace EnterpriseScoring.Tests.Profiles;

public class BuiltInProfileTests
{
    private static readonly string[] Required =
        ["changle-2023", "huaian-2024", "jiaxing-2023", "jingde-2022", "linhai-2014", "wenling-2021", "zhejiang-six-indicators"];

    private static IEnumerable<string> BuiltIns() => ProfileCatalog.Names;

    [Test]
    public void Names_ContainEveryRequiredProfile() =>
        Assert.That(ProfileCatalog.Names, Is.SupersetOf(Required));

    [Test]
    public void List_GivesDescriptionJurisdictionAndYear()
    {
        var list = ProfileCatalog.List();
        Assert.That(list.Select(p => p.Name), Is.EqualTo(ProfileCatalog.Names));
        Assert.That(list.All(p => p.Description.Length > 0 && p.Jurisdiction.Length > 0 && p.EvaluationYear > 2000), Is.True);
    }

    [TestCaseSource(nameof(BuiltIns))]
    public void BuiltIn_LoadsCompilesAndEvaluatesTheSampleCity(string name)
    {
        var profile = ProfileLoader.Load(name);
        var evaluator = new Evaluator(profile);
        var city = ProfileTestSupport.City;

        var evaluation = evaluator.Evaluate(city);

        var rated = evaluation.Results.Where(r => r.Status == FirmStatus.Rated).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(profile.Name, Is.EqualTo(name));
            Assert.That(evaluation.Results, Has.Count.EqualTo(city.Count));
            Assert.That(rated, Has.Count.GreaterThan(city.Count / 4));
            Assert.That(rated.Select(r => r.Total!.Value), Has.All.Matches<double>(double.IsFinite));
            Assert.That(evaluation.Results.SelectMany(r => r.Indicators).Select(i => i.Score), Has.All.Matches<double?>(s => s is null || double.IsFinite(s.Value)));
            if (profile.Pools.All(p => p.Tiering is not null))
            {
                Assert.That(rated.Where(r => r.PoolSize > 1 && r.Tier is null).Select(r => r.Id), Is.Empty, "rated firms without a tier");
                Assert.That(rated.Select(r => r.Tier).Distinct().Count(), Is.GreaterThanOrEqualTo(3), "tiers used");
            }
        });
    }

    [TestCaseSource(nameof(BuiltIns))]
    public void BuiltIn_CitesSourcesAndMarksAssumptions(string name)
    {
        var metadata = ProfileMetadata.Of(ProfileCatalog.Get(name))!;
        Assert.That(metadata.Sources, Is.Not.Empty);
        Assert.That(metadata.Assumptions, Is.Not.Empty);
        Assert.That(metadata.Description, Is.Not.Null.And.Not.Empty);
    }

    [TestCaseSource(nameof(BuiltIns))]
    public void BuiltIn_SeedCopyIsIdentical(string name)
    {
        var seed = Path.Combine(ProfileTestSupport.RepositoryRoot(), "seeds", "profiles", name + ".json");
        Assert.That(File.Exists(seed), Is.True, seed + " missing: copy src/EnterpriseScoring/Profiles/BuiltIn/" + name + ".json there");
        ProfileCatalog.TryGetJson(name, out var embedded);
        Assert.That(File.ReadAllText(seed).ReplaceLineEndings("\n"), Is.EqualTo(embedded!.ReplaceLineEndings("\n")),
            "seeds/profiles/" + name + ".json differs from the embedded built-in; copy src/EnterpriseScoring/Profiles/BuiltIn/*.json to seeds/profiles/");
    }

    [Test]
    public void SeedFolder_HoldsNoProfileThatIsNotBuiltIn()
    {
        var seeds = Directory.GetFiles(Path.Combine(ProfileTestSupport.RepositoryRoot(), "seeds", "profiles"), "*.json").Select(Path.GetFileNameWithoutExtension);
        Assert.That(seeds, Is.EquivalentTo(ProfileCatalog.Names));
    }

    [TestCaseSource(nameof(BuiltIns))]
    public void BuiltIn_RoundTripsThroughTheWriter(string name)
    {
        var first = ProfileWriter.ToJson(ProfileLoader.Load(name));
        var second = ProfileWriter.ToJson(ProfileLoader.Parse(first));
        Assert.That(second, Is.EqualTo(first));
        Assert.That(first, Does.Not.Contain("\"extends\""));
    }

    [Test]
    public void Load_UnknownName_SuggestsClosest()
    {
        var e = ProfileTestSupport.Problems(() => ProfileLoader.Load("linhai-2015"));
        Assert.That(e.Problems[0].Hint, Does.Contain("linhai-2014"));
    }
}
