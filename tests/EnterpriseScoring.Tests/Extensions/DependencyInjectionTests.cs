using EnterpriseScoring.Extensions.DependencyInjection;
using EnterpriseScoring.IO;
using EnterpriseScoring.Profiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EnterpriseScoring.Tests.Extensions;

/// <summary>services.AddEnterpriseScoring() with a real ServiceCollection: options, the catalog, the evaluator cache.</summary>
public class DependencyInjectionTests : TempFolderTest
{
    private const string BuiltIn = "zhejiang-six-indicators";

    [Test]
    public void AddEnterpriseScoring_RegistersSingletons_ThatEvaluateLikeTheLibrary()
    {
        using var provider = new ServiceCollection().AddEnterpriseScoring().BuildServiceProvider(validateScopes: true);
        var cache = provider.GetRequiredService<EvaluatorCache>();
        var table = FirmCsvReader.Read(TestPaths.Seeds("data", "sample-city.csv")).Table;

        var catalog = provider.GetRequiredService<ConfiguredProfileCatalog>();
        var cached = cache.Get(BuiltIn);
        var expected = new Evaluator(ProfileCatalog.Get(BuiltIn)).Evaluate(table);

        Assert.Multiple(() =>
        {
            Assert.That(provider.GetRequiredService<EvaluatorCache>(), Is.SameAs(cache), "singleton");
            Assert.That(provider.GetRequiredService<ConfiguredProfileCatalog>(), Is.SameAs(catalog), "singleton");
            Assert.That(catalog.Names, Is.EqualTo(ProfileCatalog.Names));
            Assert.That(cache.Get(BuiltIn), Is.SameAs(cached), "compiled once");
            Assert.That(cached.ProfileSha256, Has.Length.EqualTo(64));
            Assert.That(Csv(cached.Evaluator.Evaluate(table)), Is.EqualTo(Csv(expected)), "the same results as ProfileCatalog.Get");
        });
    }

    [Test]
    public void ProfileDirectory_ChangedFile_GivesANewEvaluator_UnchangedFileTheSameOne()
    {
        var path = WriteProfile("county", 2025);
        using var provider = Provider(o => o.ProfileDirectories.Add(Folder));
        var cache = provider.GetRequiredService<EvaluatorCache>();

        var first = cache.Get("county");
        var again = cache.Get("county");
        File.WriteAllText(path, Profile(2026));
        var changed = cache.Get("county");

        Assert.Multiple(() =>
        {
            Assert.That(again, Is.SameAs(first));
            Assert.That(first.Evaluator.Profile.EvaluationYear, Is.EqualTo(2025));
            Assert.That(changed.Evaluator.Profile.EvaluationYear, Is.EqualTo(2026));
            Assert.That(changed.ProfileSha256, Is.Not.EqualTo(first.ProfileSha256));
            Assert.That(cache.Count, Is.EqualTo(1), "the old version is dropped");
            Assert.That(cache.Get("county"), Is.SameAs(changed));
        });
    }

    [Test]
    public void ProfileDirectory_ChangedBase_GivesANewEvaluatorOfTheDerivedProfile()
    {
        File.WriteAllText(Path.Combine(Folder, "base.json"), Profile(2025));
        File.WriteAllText(Path.Combine(Folder, "derived.json"), """{ "extends": "base.json", "name": "derived" }""");
        using var provider = Provider(o => o.ProfileDirectories.Add(Folder));
        var cache = provider.GetRequiredService<EvaluatorCache>();

        var before = cache.Get("derived");
        File.WriteAllText(Path.Combine(Folder, "base.json"), Profile(2027));
        var after = cache.Get("derived");

        Assert.That((before.Evaluator.Profile.EvaluationYear, after.Evaluator.Profile.EvaluationYear), Is.EqualTo((2025, 2027)));
    }

    [Test]
    public void Catalog_SettledUnchangedFile_IsNotReadAgain_AChangedStampIs()
    {
        var path = WriteProfile("county", 2025);
        var old = DateTime.UtcNow.AddMinutes(-10);
        File.SetLastWriteTimeUtc(path, old);
        using var provider = Provider(o => o.ProfileDirectories.Add(Folder));
        var catalog = provider.GetRequiredService<ConfiguredProfileCatalog>();

        var first = catalog.Read("county");
        var again = catalog.Read("county");

        // The same length, another last-write time: read again.
        File.WriteAllText(path, Profile(2026));
        File.SetLastWriteTimeUtc(path, old.AddSeconds(5));
        var changed = catalog.Read("county");

        Assert.Multiple(() =>
        {
            Assert.That(again, Is.SameAs(first), "an unchanged settled file is not read again");
            Assert.That(Profile(2026), Has.Length.EqualTo(Profile(2025).Length));
            Assert.That(changed.Sha256, Is.Not.EqualTo(first.Sha256));
            Assert.That(changed.Json, Does.Contain("2026"));
        });
    }

    [Test]
    public void Catalog_RetargetedFileLink_ToAFileOfTheSameLengthAndTime_IsReadAgain()
    {
        var old = DateTime.UtcNow.AddMinutes(-10);
        var store = Directory.CreateDirectory(Path.Combine(Folder, "store")).FullName;
        var (v1, v2) = (Path.Combine(store, "v1"), Path.Combine(store, "v2"));
        File.WriteAllText(v1, Profile(2025));
        File.WriteAllText(v2, Profile(2026));
        File.SetLastWriteTimeUtc(v1, old);
        File.SetLastWriteTimeUtc(v2, old);
        var link = Path.Combine(Folder, "county.json");
        File.CreateSymbolicLink(link, v1);
        using var provider = Provider(o => o.ProfileDirectories.Add(Folder));
        var catalog = provider.GetRequiredService<ConfiguredProfileCatalog>();
        var first = catalog.Read("county");
        var again = catalog.Read("county");

        File.Delete(link);
        File.CreateSymbolicLink(link, v2); // `ln -sfn`: the same length and last-write time, another file
        var changed = catalog.Read("county");

        Assert.Multiple(() =>
        {
            Assert.That(again, Is.SameAs(first), "an unchanged settled link is not read again");
            Assert.That(changed.Json, Does.Contain("2026"), "the new target is read");
        });
    }

    [Test]
    public void Catalog_SwappedFolderLinkInsideTheTarget_AsAConfigMapUpdate_IsReadAgain()
    {
        // A Kubernetes ConfigMap volume: county.json → ..data/county.json, ..data → ..v1 (then swapped to ..v2).
        var old = DateTime.UtcNow.AddMinutes(-10);
        foreach (var (version, year) in new[] { ("..v1", 2025), ("..v2", 2026) })
        {
            var file = Path.Combine(Directory.CreateDirectory(Path.Combine(Folder, version)).FullName, "county.json");
            File.WriteAllText(file, Profile(year));
            File.SetLastWriteTimeUtc(file, old);
        }

        var data = Path.Combine(Folder, "..data");
        Directory.CreateSymbolicLink(data, "..v1");
        File.CreateSymbolicLink(Path.Combine(Folder, "county.json"), Path.Combine("..data", "county.json"));
        using var provider = Provider(o => o.ProfileDirectories.Add(Folder));
        var catalog = provider.GetRequiredService<ConfiguredProfileCatalog>();
        var first = catalog.Read("county");
        var again = catalog.Read("county");

        Directory.Delete(data);
        Directory.CreateSymbolicLink(data, "..v2");
        var changed = catalog.Read("county");

        Assert.Multiple(() =>
        {
            Assert.That(first.Json, Does.Contain("2025"));
            Assert.That(again, Is.SameAs(first), "an unchanged settled mount is not read again");
            Assert.That(changed.Json, Does.Contain("2026"), "the swapped folder link is noticed");
        });
    }

    [Test]
    public void Catalog_FreshlyWrittenFile_IsReadEveryTime()
    {
        WriteProfile("county", 2025);
        using var provider = Provider(o => o.ProfileDirectories.Add(Folder));
        var catalog = provider.GetRequiredService<ConfiguredProfileCatalog>();
        var first = catalog.Read("county");
        var second = catalog.Read("county");
        Assert.That(second, Is.Not.SameAs(first), "a file written in the last two seconds may change again within its clock tick");
    }

    [Test]
    public void Catalog_SettledDerivedProfile_ChangedBaseInASubfolder_IsReadAgain()
    {
        Directory.CreateDirectory(Path.Combine(Folder, "bases"));
        var basePath = Path.Combine(Folder, "bases", "base.json");
        File.WriteAllText(basePath, Profile(2025));
        var derived = Path.Combine(Folder, "derived.json");
        File.WriteAllText(derived, """{ "extends": "bases/base.json", "name": "derived" }""");
        var old = DateTime.UtcNow.AddMinutes(-10);
        File.SetLastWriteTimeUtc(basePath, old);
        File.SetLastWriteTimeUtc(derived, old);
        using var provider = Provider(o => o.ProfileDirectories.Add(Folder));
        var catalog = provider.GetRequiredService<ConfiguredProfileCatalog>();

        var first = catalog.Read("derived");
        Assert.That(catalog.Read("derived"), Is.SameAs(first));
        File.WriteAllText(basePath, Profile(2027));
        File.SetLastWriteTimeUtc(basePath, old.AddSeconds(1));
        var after = catalog.Read("derived");
        File.Delete(basePath);

        Assert.Multiple(() =>
        {
            Assert.That(after.Json, Does.Contain("2027"));
            Assert.That(() => catalog.Read("derived"), Throws.TypeOf<ProfileException>(), "a deleted base is noticed");
        });
    }

    [Test]
    public void ResolveFile_NamesTheFileAndEveryBaseFile_NotBuiltIns()
    {
        Directory.CreateDirectory(Path.Combine(Folder, "bases"));
        File.WriteAllText(Path.Combine(Folder, "bases", "county.json"), """{ "extends": "linhai-2014", "name": "county" }""");
        File.WriteAllText(Path.Combine(Folder, "bases", "town.json"), """{ "extends": "county.json", "name": "town" }""");
        var top = Path.Combine(Folder, "top.json");
        File.WriteAllText(top, """{ "extends": "bases/town.json", "name": "top" }""");

        var json = ProfileLoader.ResolveFile(top, out var files);
        var real = EnterpriseScoring.Profiles.ProfileLoader.ResolveFile(top);
        var root = new DirectoryInfo(Folder).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(Folder);

        Assert.Multiple(() =>
        {
            Assert.That(json, Is.EqualTo(real));
            Assert.That(files, Is.EqualTo(new[] { Path.Combine(root, "top.json"), Path.Combine(root, "bases", "town.json"), Path.Combine(root, "bases", "county.json") }));
        });
    }

    [Test]
    public void Catalog_BuiltInsOff_NamesOnlyTheDirectorysProfiles_AndRefusesPaths()
    {
        WriteProfile("county", 2025);
        using var provider = Provider(o =>
        {
            o.ProfileDirectories.Add(Folder);
            o.IncludeBuiltInProfiles = false;
        });
        var catalog = provider.GetRequiredService<ConfiguredProfileCatalog>();

        Assert.Multiple(() =>
        {
            Assert.That(catalog.Names, Is.EqualTo(new[] { "county" }));
            Assert.That(catalog.Contains(BuiltIn), Is.False);
            Assert.That(() => catalog.Read(BuiltIn), Throws.InstanceOf<ProfileException>().With.Message.Contains("county"));
            Assert.That(() => catalog.Read("../county"), Throws.InstanceOf<ProfileException>().With.Message.Contains("not a profile name"));
            Assert.That(() => catalog.Read("county.json"), Throws.InstanceOf<ProfileException>().With.Message.Contains("not a profile name"));
            Assert.That(catalog.Read("county").Source, Is.EqualTo(Path.Combine(Path.GetFullPath(Folder), "county.json")));
        });
    }

    [Test]
    public void Catalog_NameInTwoPlaces_IsAnErrorNamingBoth()
    {
        WriteProfile(BuiltIn, 2025);
        using var provider = Provider(o => o.ProfileDirectories.Add(Folder));

        var ex = Assert.Throws<ProfileException>(() => provider.GetRequiredService<EvaluatorCache>().Get(BuiltIn));

        Assert.That(ex!.Message, Does.Contain("built-in").And.Contain(BuiltIn + ".json"));
    }

    [Test]
    public void InvalidProfile_IsNotCached_AFixedFileIsPickedUp()
    {
        var path = Path.Combine(Folder, "county.json");
        File.WriteAllText(path, Profile(2025).Replace("\"tax_per_mu\"", "\"tax_per_mux\"", StringComparison.Ordinal));
        using var provider = Provider(o => o.ProfileDirectories.Add(Folder));
        var cache = provider.GetRequiredService<EvaluatorCache>();

        var ex = Assert.Throws<ProfileException>(() => cache.Get("county"));
        File.WriteAllText(path, Profile(2025));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Message, Does.Contain("county.json"), "the problem names the file");
            Assert.That(cache.Get("county").Evaluator.Profile.EvaluationYear, Is.EqualTo(2025));
        });
    }

    [Test]
    public void ConcurrentFirstRequests_CompileOnce()
    {
        WriteProfile("county", 2025);
        using var provider = Provider(o => o.ProfileDirectories.Add(Folder));
        var cache = provider.GetRequiredService<EvaluatorCache>();

        var evaluators = new Evaluator[16];
        Parallel.For(0, evaluators.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => evaluators[i] = cache.Get("county").Evaluator);

        Assert.That(evaluators.Distinct().Count(), Is.EqualTo(1));
    }

    [Test]
    public void Options_ReachTheEvaluators_AndTheContainersLoggerIsUsed()
    {
        using var provider = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddEnterpriseScoring(o => o.Evaluator = new EvaluatorOptions { MaxDegreeOfParallelism = 1 })
            .AddEnterpriseScoring(o => o.Evaluator = o.Evaluator with { AcceptMissingMeasures = ["energy"] })
            .BuildServiceProvider();

        var options = provider.GetRequiredService<EvaluatorCache>().Get(BuiltIn).Evaluator.Options;

        Assert.Multiple(() =>
        {
            Assert.That(options.MaxDegreeOfParallelism, Is.EqualTo(1));
            Assert.That(options.AcceptMissingMeasures, Is.EqualTo(new[] { "energy" }), "every Configure applies, in order");
            Assert.That(options.Logger, Is.Not.Null, "the container's ILoggerFactory");
        });
    }

    [Test]
    public void MissingProfileDirectory_FailsWhenTheCatalogIsCreated()
    {
        using var provider = Provider(o => o.ProfileDirectories.Add(Path.Combine(Folder, "absent")));

        Assert.That(() => provider.GetRequiredService<ConfiguredProfileCatalog>(), Throws.InstanceOf<DirectoryNotFoundException>().With.Message.Contains("absent"));
    }

    private static ServiceProvider Provider(Action<EnterpriseScoringOptions> configure) =>
        new ServiceCollection().AddEnterpriseScoring(configure).BuildServiceProvider(validateScopes: true);

    private static string Csv(Evaluation evaluation)
    {
        using var stream = new MemoryStream();
        ResultsCsvWriter.Write(evaluation, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private string WriteProfile(string name, int year)
    {
        var path = Path.Combine(Folder, name + ".json");
        File.WriteAllText(path, Profile(year));
        return path;
    }

    /// <summary>A small valid profile: one pool, one indicator.</summary>
    private static string Profile(int year) => $$"""
        {
          "name": "county",
          "evaluation_year": {{year}},
          "pools": [
            {
              "id": "all",
              "name": "全部企业",
              "indicators": [ { "id": "tax_per_mu", "weight": 1, "benchmark": { "type": "fixed", "value": 5 } } ],
              "tiering": { "scheme": "quota_bands", "a": 20, "b": 40, "c": 30, "d": 10 }
            }
          ]
        }
        """;
}
