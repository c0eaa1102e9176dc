using EnterpriseScoring.Cli;

namespace EnterpriseScoring.Tests.Cli;

/// <summary>
/// Same input, same output on every CPU: the data-weighted kernels (entropy with its vectorised logarithm) give the same
/// bytes whether the machine has 512-bit vectors, only 256-bit ones, or none (the runtime's switches simulate the
/// smaller machines).
/// </summary>
public class VectorWidthCliTests : TempFolderTest
{
    [Test]
    public void Score_EntropyWeightedProfile_SameResultsWithAnyVectorWidth()
    {
        var profile = Path.Combine(Folder, "entropy.json");
        File.WriteAllText(profile, """
            {
              "name": "entropy-weights",
              "evaluation_year": 2025,
              "pools": [
                {
                  "id": "all",
                  "weighting": { "method": "entropy" },
                  "indicators": [
                    { "id": "tax_per_mu", "benchmark": { "type": "pool_mean", "mean": "ratio_of_sums" } },
                    { "id": "value_added_per_mu", "benchmark": { "type": "pool_mean", "mean": "ratio_of_sums" } },
                    { "id": "revenue_per_mu", "benchmark": { "type": "pool_mean", "mean": "ratio_of_sums" } },
                    { "id": "labor_productivity", "benchmark": { "type": "pool_mean", "mean": "ratio_of_sums" } }
                  ],
                  "tiering": { "scheme": "quota_bands", "a": 20, "b": 40, "c": 30, "d": 10 }
                }
              ]
            }
            """);
        var input = TestPaths.Seeds("data", "sample-city.csv");
        var runs = new (string Name, Dictionary<string, string> Environment)[]
        {
            ("default", []),
            ("256-bit", new() { ["DOTNET_EnableAVX512"] = "0", ["DOTNET_EnableAVX512F"] = "0" }),
            ("scalar", new() { ["DOTNET_EnableHWIntrinsic"] = "0" }),
        };

        var results = new List<string>();
        foreach (var (name, environment) in runs)
        {
            var output = Path.Combine(Folder, name);
            var (code, _, stderr) = CliRunner.RunProcessWith(environment, "score", "--profile", profile, "--input", input, "--out", output, "-q");
            Assert.That(code, Is.EqualTo(ExitCodes.Success).Or.EqualTo(ExitCodes.SuccessWithRejects), name + ": " + stderr);
            results.Add(File.ReadAllText(Path.Combine(output, "results.csv")));
        }

        Assert.That(results[1], Is.EqualTo(results[0]), "256-bit vectors");
        Assert.That(results[2], Is.EqualTo(results[0]), "no vector instructions");
    }
}
