using BenchmarkDotNet.Attributes;
using EnterpriseScoring.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EnterpriseScoring.Performance;

/// <summary>
/// The dependency-injection package's evaluator cache (issue 16): <see cref="CachedGet"/> is a <c>Get</c> of a profile
/// compiled already — per call it looks the name up in the folder and compares each file's stamp (length, last-write time,
/// resolved path with every symbolic link followed) — against <see cref="CompileProfile"/>, what a <c>Get</c> costs
/// without the evaluator cache: the catalog's read (itself kept by the same stamps, so no file is read while it is
/// unchanged) and compiling the profile again.
/// </summary>
/// <remarks>The profile is seeds/profiles/changle-2023.json (12 KB) copied into a temporary folder; a service's profile
/// folder is typically on local disk or a ConfigMap volume (symbolic links), as here the folder of a temporary directory.</remarks>
[MemoryDiagnoser]
[MedianColumn]
public class EvaluatorCacheBenchmarks
{
    private const string Name = "changle-2023";
    private string folder = null!;
    private ConfiguredProfileCatalog catalog = null!;
    private EvaluatorCache cache = null!;

    /// <summary>Copies the profile into a folder of its own and compiles it once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        folder = Directory.CreateTempSubdirectory("escore-cache-bench-").FullName;
        var root = RepositoryPaths.FindRoot() ?? throw new InvalidOperationException("run the benchmark from the repository (seeds/profiles is read)");
        File.Copy(Path.Combine(root, "seeds", "profiles", Name + ".json"), Path.Combine(folder, Name + ".json"));
        var options = Options.Create(new EnterpriseScoringOptions { IncludeBuiltInProfiles = false, ProfileDirectories = { folder } });
        catalog = new ConfiguredProfileCatalog(options);
        cache = new EvaluatorCache(catalog, options);
        _ = cache.Get(Name);
    }

    /// <summary>Removes the folder.</summary>
    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    /// <summary>A <c>Get</c> of the compiled profile while its file is unchanged.</summary>
    [Benchmark]
    public CachedEvaluator CachedGet() => cache.Get(Name);

    /// <summary>The catalog's read and a compile of the profile: a <c>Get</c> without the evaluator cache.</summary>
    [Benchmark(Baseline = true)]
    public EvaluationProfile CompileProfile() => catalog.Load(Name);
}
