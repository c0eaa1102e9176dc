using System.Text.Json.Nodes;
using EnterpriseScoring.Cli;
using EnterpriseScoring.IO;

namespace EnterpriseScoring.Tests.Cli;

/// <summary><c>escore score</c> with the four-tier profile A+ / A / B / C (seeds/data/tiers.profile.json, seeds/README.md
/// "Tier sets beyond A–D"): its codes in results.csv, the tier table and summary.csv, and its results read back by <c>--prior</c>.</summary>
public class TierSetCliTests
{
    private string directory = string.Empty;

    private static string Input => TestPaths.Seeds("data", "rounding.csv");

    [SetUp]
    public void CreateDirectory() => directory = Directory.CreateTempSubdirectory("escore-tiers-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(directory, recursive: true);

    /// <summary>A copy of a seed profile with another evaluation year, so that a run of the seed can be its prior.</summary>
    private string ProfileOf(string seed, int year)
    {
        var root = JsonNode.Parse(File.ReadAllText(TestPaths.Seeds("data", seed)))!.AsObject();
        root.Remove("$schema");
        root["evaluation_year"] = year;
        var path = Path.Combine(directory, $"{year}-{seed}");
        File.WriteAllText(path, root.ToJsonString());
        return path;
    }

    [Test]
    public void Score_ShowsTheCodesEverywhere()
    {
        var output = Path.Combine(directory, "out");

        var (code, stdout, stderr) = CliRunner.Run("score", "--profile", TestPaths.Seeds("data", "tiers.profile.json"), "--input", Input, "--out", output);

        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        var results = File.ReadAllLines(Path.Combine(output, "results.csv"));
        var tierColumn = Array.IndexOf(results[0].TrimStart('\uFEFF').Split(','), "tier");
        var tiers = results.Skip(1).Select(line => line.Split(',')[tierColumn]).ToList();
        var summaryHeader = File.ReadAllLines(Path.Combine(output, "summary.csv"))[0];
        Assert.Multiple(() =>
        {
            Assert.That(tiers.Distinct().Order(StringComparer.Ordinal), Is.EqualTo(new[] { "A", "A+", "B", "C" }));
            Assert.That(tiers.Count(t => t == "A+"), Is.EqualTo(2));
            Assert.That(tiers.Count(t => t == "C"), Is.EqualTo(4));
            Assert.That(CliRunner.Lines(stdout)[0].Split(' ', StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[] { "pool", "firms", "A+", "A", "B", "C", "T", "ungraded", "no", "tier" }));
            Assert.That(summaryHeader, Does.Contain(",rated,A+,A,B,C,T,ungraded,no_tier,"));
        });
    }

    [Test]
    public void Prior_ReadsTheCodesBack()
    {
        var first = Path.Combine(directory, "2025");
        var (code, _, stderr) = CliRunner.Run("score", "--profile", TestPaths.Seeds("data", "tiers.profile.json"), "--input", Input, "--out", first, "-q");
        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        var prior = Path.Combine(first, "results.csv");

        var (again, _, againError) = CliRunner.Run("score", "--profile", ProfileOf("tiers.profile.json", 2026), "--input", Input, "--out", Path.Combine(directory, "2026"), "--prior", prior, "-q");
        var (standard, _, standardError) = CliRunner.Run("score", "--profile", ProfileOf("rounding.profile.json", 2026), "--input", Input, "--out", Path.Combine(directory, "plain"), "--prior", prior, "-q");

        Assert.Multiple(() =>
        {
            Assert.That(again, Is.EqualTo(ExitCodes.Success), againError);
            Assert.That(ResultsCsvReader.Read(prior, new EnterpriseScoring.Classification.TierSet(["A+", "A", "B", "C"])).Count(r => r.Tier == Tier.A), Is.EqualTo(2));

            // A profile without the tier set cannot read A+: exit 3 naming the file, the line and the code.
            Assert.That(standard, Is.EqualTo(ExitCodes.InputOrUsageError), standardError);
            Assert.That(standardError, Does.Contain(prior).And.Contain("'A+' is not a tier"));
        });
    }

    [Test]
    public void FiveTiers_WithPrior_SaysThereIsNoMigrationMatrix_InsteadOfCountingEAsUnrated()
    {
        // The four-tier seed made into five tiers E-style: A+ / A / B / C / D, 10/20/40/20/10.
        string FiveTiers(int year)
        {
            var root = JsonNode.Parse(File.ReadAllText(ProfileOf("tiers.profile.json", year)))!.AsObject();
            root["tier_set"] = new JsonArray(new[] { "A+", "A", "B", "C", "D" }.Select(c => (JsonNode)new JsonObject { ["code"] = c, ["label"] = c + "类" }).ToArray());
            root["pools"]![0]!["tiering"]!["percents"] = new JsonArray(10, 20, 40, 20, 10);
            root.Remove("overrides"); // the seed's veto would place the bottom firms in C
            var path = Path.Combine(directory, $"five-{year}.json");
            File.WriteAllText(path, root.ToJsonString());
            return path;
        }

        var first = Path.Combine(directory, "2025");
        var (code, _, stderr) = CliRunner.Run("score", "--profile", FiveTiers(2025), "--input", Input, "--out", first, "-q");
        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);

        var (again, _, againError) = CliRunner.Run("score", "--profile", FiveTiers(2026), "--input", Input, "--out", Path.Combine(directory, "2026"), "--prior", Path.Combine(first, "results.csv"));

        Assert.Multiple(() =>
        {
            Assert.That(again, Is.EqualTo(ExitCodes.Success), againError);
            Assert.That(againError, Does.Contain("no tier migration matrix").And.Contain("5 tiers"));
            Assert.That(File.ReadAllText(Path.Combine(directory, "2025", "results.csv")), Does.Contain(",D,"), "the fifth tier is used, so E… would have been miscounted");
            Assert.Throws<NotSupportedException>(() => EnterpriseScoring.Reporting.MigrationMatrix.StateOf(Tier.E));
        });
    }
}
