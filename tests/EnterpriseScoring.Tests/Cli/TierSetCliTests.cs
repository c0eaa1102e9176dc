using System.Text.Json.Nodes;
using EnterpriseScoring.Cli;
using EnterpriseScoring.IO;

namespace EnterpriseScoring.Tests.Cli;

/// <summary><c>escore score</c> with the four-tier profile A+ / A / B / C (seeds/data/tiers.profile.json, seeds/README.md
/// "Tier sets beyond A–D"): its codes in results.csv, the tier table and summary.csv, and its results read back by <c>--prior</c>.</summary>
public class TierSetCliTests : TempFolderTest
{
    private static string Input => TestPaths.Seeds("data", "rounding.csv");

    /// <summary>A copy of a seed profile with another evaluation year, so that a run of the seed can be its prior.</summary>
    private string ProfileOf(string seed, int year)
    {
        var root = JsonNode.Parse(File.ReadAllText(TestPaths.Seeds("data", seed)))!.AsObject();
        root.Remove("$schema");
        root["evaluation_year"] = year;
        var path = Path.Combine(Folder, $"{year}-{seed}");
        File.WriteAllText(path, root.ToJsonString());
        return path;
    }

    [Test]
    public void Score_ShowsTheCodesEverywhere()
    {
        var output = Path.Combine(Folder, "out");

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
        var first = Path.Combine(Folder, "2025");
        var (code, _, stderr) = CliRunner.Run("score", "--profile", TestPaths.Seeds("data", "tiers.profile.json"), "--input", Input, "--out", first, "-q");
        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        var prior = Path.Combine(first, "results.csv");

        var (again, _, againError) = CliRunner.Run("score", "--profile", ProfileOf("tiers.profile.json", 2026), "--input", Input, "--out", Path.Combine(Folder, "2026"), "--prior", prior, "-q");
        var (standard, _, standardError) = CliRunner.Run("score", "--profile", ProfileOf("rounding.profile.json", 2026), "--input", Input, "--out", Path.Combine(Folder, "plain"), "--prior", prior, "-q");

        Assert.Multiple(() =>
        {
            Assert.That(again, Is.EqualTo(ExitCodes.Success), againError);
            Assert.That(ResultsCsvReader.Read(prior, new EnterpriseScoring.Classification.TierSet(["A+", "A", "B", "C"])).Count(r => r.Tier == Tier.A), Is.EqualTo(2));

            // A profile without the tier set cannot read A+: exit 3 naming the file, the line and the code.
            Assert.That(standard, Is.EqualTo(ExitCodes.InputOrUsageError), standardError);
            Assert.That(standardError, Does.Contain(prior).And.Contain("'A+' is not a tier"));
        });
    }

    /// <summary>The four-tier seed made into the tier set <paramref name="codes"/> with quota bands <paramref name="percents"/>
    /// (its overrides, which name B and C, removed), for <paramref name="year"/>.</summary>
    private string TierSetProfile(string name, int year, string[] codes, int[] percents)
    {
        var root = JsonNode.Parse(File.ReadAllText(ProfileOf("tiers.profile.json", year)))!.AsObject();
        root["tier_set"] = new JsonArray([.. codes.Select(c => (JsonNode)new JsonObject { ["code"] = c, ["label"] = c + "类" })]);
        root["pools"]![0]!["tiering"]!["percents"] = new JsonArray([.. percents.Select(p => (JsonNode)p)]);
        root.Remove("overrides");
        var path = Path.Combine(Folder, $"{name}-{year}.json");
        File.WriteAllText(path, root.ToJsonString());
        return path;
    }

    private static readonly string[] FiveCodes = ["A+", "A", "B", "C", "D"];
    private static readonly string[] ThreeCodes = ["优", "良", "差"];

    private static IEnumerable<TestCaseData> Sets()
    {
        yield return new TestCaseData(FiveCodes, new[] { 10, 20, 40, 20, 10 }, new[] { 20, 20, 20, 20, 20 }).SetArgDisplayNames("five");
        yield return new TestCaseData(ThreeCodes, new[] { 20, 60, 20 }, new[] { 40, 30, 30 }).SetArgDisplayNames("three");
    }

    /// <summary>Scores <see cref="Input"/> for 2025 (prior) and 2026 (with --prior) under the set; the two output directories.</summary>
    private (string Prior, string Current) ScoreTwoYears(string[] codes, int[] percents, int[] priorPercents)
    {
        var prior = Path.Combine(Folder, "2025");
        var (code, _, stderr) = CliRunner.Run("score", "--profile", TierSetProfile("set", 2025, codes, priorPercents), "--input", Input, "--out", prior, "-q");
        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        var current = Path.Combine(Folder, "2026");
        var (again, _, againError) = CliRunner.Run("score", "--profile", TierSetProfile("set", 2026, codes, percents), "--input", Input, "--out", current, "--prior", Path.Combine(prior, "results.csv"));
        Assert.That(again, Is.EqualTo(ExitCodes.Success), againError);
        Assert.That(againError, Does.Not.Contain("migration"), "no warning: the matrix is made");
        return (prior, current);
    }

    private static Dictionary<string, string> TiersById(string results)
    {
        var lines = File.ReadAllLines(results);
        var header = lines[0].TrimStart('\uFEFF').Split(',');
        var (id, tier) = (Array.IndexOf(header, "id"), Array.IndexOf(header, "tier"));
        return lines.Skip(1).Select(l => l.Split(',')).ToDictionary(c => c[id], c => c[tier]);
    }

    [TestCaseSource(nameof(Sets))]
    public void WithPrior_TheReportHasTheMigrationMatrixOfTheSet(string[] codes, int[] percents, int[] priorPercents)
    {
        var (prior, current) = ScoreTwoYears(codes, percents, priorPercents);

        var before = TiersById(Path.Combine(prior, "results.csv"));
        var now = TiersById(Path.Combine(current, "results.csv"));
        int Level(string code) => Array.IndexOf(codes, code);
        var up = now.Count(p => Level(p.Value) < Level(before[p.Key]));
        var down = now.Count(p => Level(p.Value) > Level(before[p.Key]));
        var report = File.ReadAllText(Path.Combine(current, "report.html"));
        var run = JsonNode.Parse(File.ReadAllText(Path.Combine(current, "run.json")))!;
        Assert.Multiple(() =>
        {
            Assert.That(report, Does.Contain("Tier migration from the prior year"));
            Assert.That(report, Does.Contain($"升档 {up} upgraded").And.Contain($"降档 {down} downgraded"));
            Assert.That(up + down, Is.GreaterThan(0));
            Assert.That(report, Does.Contain($"<th>{codes[^1]}</th>"));

            // run.json: tier counts under the codes, best first; the tier set for compare.
            var counts = run["tierCounts"]!.AsObject();
            Assert.That(counts.Select(c => c.Key), Is.EqualTo(codes.Where(c => now.ContainsValue(c))));
            Assert.That(counts.Select(c => (string)c.Key).ToDictionary(c => c, c => (int)counts[c]!), Is.EqualTo(now.Values.GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count())));
            Assert.That(run["profile"]!["tiers"]!.AsArray().Select(c => (string)c!), Is.EqualTo(codes));
        });
    }

    [TestCaseSource(nameof(Sets))]
    public void Compare_ReadsTheCodesOfTheSet_FromRunJsonOrProfile(string[] codes, int[] percents, int[] priorPercents)
    {
        var (prior, current) = ScoreTwoYears(codes, percents, priorPercents);
        var from = Path.Combine(prior, "results.csv");
        var to = Path.Combine(current, "results.csv");

        var byRunJson = CliRunner.Run("compare", "--from", from, "--to", to, "--list");
        var byProfile = CliRunner.Run("compare", "--from", from, "--to", to, "--profile", TierSetProfile("set", 2026, codes, percents));

        var before = TiersById(from);
        var now = TiersById(to);
        var lines = CliRunner.Lines(byRunJson.Stdout);
        Assert.Multiple(() =>
        {
            Assert.That(byRunJson.Code, Is.EqualTo(ExitCodes.Success), byRunJson.Stderr);
            Assert.That(lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries), Is.EqualTo((string[])["from", "\\", "to", .. codes, "T", "ungraded", "unrated", "gone", "total"]));
            Assert.That(byRunJson.Stdout, Does.Contain($"{now.Count} firms:"));
            var moved = now.Where(p => p.Value != before[p.Key]).GroupBy(p => $"{before[p.Key]} → {p.Value}: ").ToList();
            Assert.That(moved, Is.Not.Empty);
            foreach (var group in moved)
            {
                Assert.That(lines, Does.Contain(group.Key + string.Join(" ", group.Select(p => p.Key).Order(StringComparer.Ordinal))));
            }

            Assert.That(byProfile.Code, Is.EqualTo(ExitCodes.Success), byProfile.Stderr);
            Assert.That(byProfile.Stdout, Is.EqualTo(byRunJson.Stdout[..byProfile.Stdout.Length]));
        });
    }

    [Test]
    public void Compare_RefusesToGuess()
    {
        var (prior, current) = ScoreTwoYears(FiveCodes, [10, 20, 40, 20, 10], [20, 20, 20, 20, 20]);
        var standard = Path.Combine(Folder, "standard");
        Assert.That(CliRunner.Run("score", "--profile", ProfileOf("rounding.profile.json", 2026), "--input", Input, "--out", standard, "-q").Code, Is.EqualTo(ExitCodes.Success));
        string Bare(string run)
        {
            // The results without the run.json beside them (e.g. mailed on their own).
            var bare = Path.Combine(Folder, "bare-" + Path.GetFileName(run));
            Directory.CreateDirectory(bare);
            File.Copy(Path.Combine(run, "results.csv"), Path.Combine(bare, "results.csv"));
            return Path.Combine(bare, "results.csv");
        }

        var differentSets = CliRunner.Run("compare", "--from", Path.Combine(prior, "results.csv"), "--to", Path.Combine(standard, "results.csv"));
        var noRunJson = CliRunner.Run("compare", "--from", Bare(prior), "--to", Bare(current));
        var wrongProfile = CliRunner.Run("compare", "--from", Path.Combine(prior, "results.csv"), "--to", Path.Combine(current, "results.csv"), "--profile", ProfileOf("rounding.profile.json", 2026));
        var twoProfiles = CliRunner.Run("compare", "--from", Path.Combine(prior, "results.csv"), "--to", Path.Combine(current, "results.csv"), "--profile", "changle-2023", "--profile", "changle-2023");

        Assert.Multiple(() =>
        {
            Assert.That(differentSets.Code, Is.EqualTo(ExitCodes.InputOrUsageError));
            Assert.That(differentSets.Stderr, Does.Contain("A+/A/B/C/D").And.Contain("A/B/C/D (their run.json)").And.Contain("not guessed"));
            Assert.That(noRunJson.Code, Is.EqualTo(ExitCodes.InputOrUsageError));
            Assert.That(noRunJson.Stderr, Does.Contain("A/B/C/D").And.Contain("(--profile)").And.Contain("'A+' is not a tier"));
            Assert.That(wrongProfile.Code, Is.EqualTo(ExitCodes.InputOrUsageError));
            Assert.That(wrongProfile.Stderr, Does.Contain("tier 'A+' is not a tier of the --profile's tier set A/B/C/D"));
            Assert.That(twoProfiles.Code, Is.Not.EqualTo(ExitCodes.Success));
            Assert.That(twoProfiles.Stderr, Does.Contain("at most one --profile"));
        });
    }

    [Test]
    public void Prior_OfAnotherTierSet_IsRefusedInBothLanguages()
    {
        var five = Path.Combine(Folder, "five");
        Assert.That(CliRunner.Run("score", "--profile", TierSetProfile("five", 2025, FiveCodes, [10, 20, 40, 20, 10]), "--input", Input, "--out", five, "-q").Code, Is.EqualTo(ExitCodes.Success));
        string[] args = ["score", "--profile", TierSetProfile("three", 2026, ThreeCodes, [20, 50, 30]), "--input", Input, "--out", Path.Combine(Folder, "three"), "--prior", Path.Combine(five, "results.csv")];

        var english = CliRunner.Run(args);
        var chinese = CliRunner.Run([.. args, "--lang", "zh"]);

        Assert.Multiple(() =>
        {
            Assert.That(english.Code, Is.EqualTo(ExitCodes.InputOrUsageError));
            Assert.That(english.Stderr, Does.Contain("line 2").And.Contain("tier set 优/良/差").And.Contain("another tier set"));
            Assert.That(chinese.Code, Is.EqualTo(ExitCodes.InputOrUsageError));
            Assert.That(chinese.Stderr, Does.Contain("不属于本方案的分档 优/良/差"));
        });
    }

    [TestCaseSource(nameof(Sets))]
    public void Sensitivity_OneProbabilityColumnPerTier(string[] codes, int[] percents, int[] _)
    {
        var output = Path.Combine(Folder, "sensitivity");

        var (code, _, stderr) = CliRunner.Run("sensitivity", "--profile", TierSetProfile("set", 2025, codes, percents), "--input", Input, "--draws", "20", "--seed", "3", "--data", "tax:20", "--out", output, "-q");

        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        var header = File.ReadAllLines(Path.Combine(output, "sensitivity.csv"))[0].TrimStart('\uFEFF').Split(',');
        Assert.Multiple(() =>
        {
            Assert.That(header.Where(h => h.StartsWith("p_", StringComparison.Ordinal)), Is.EqualTo((string[])[.. codes.Select(c => "p_" + c), "p_other", "p_none"]));
            Assert.That(File.ReadAllText(Path.Combine(output, "sensitivity.html")), Does.Contain(string.Concat(codes.Select(c => $"<th>P({c})</th>"))));
        });
    }

    [Test]
    public void StandardProfile_RunJson_AsBefore()
    {
        var output = Path.Combine(Folder, "standard");

        var (code, _, stderr) = CliRunner.Run("score", "--profile", ProfileOf("rounding.profile.json", 2025), "--input", Input, "--out", output, "-q");

        Assert.That(code, Is.EqualTo(ExitCodes.Success), stderr);
        var run = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "run.json")))!;
        Assert.Multiple(() =>
        {
            Assert.That(run["profile"]!.AsObject().ContainsKey("tiers"), Is.False, "the standard set is not recorded");
            Assert.That(run["tierCounts"]!.AsObject().Select(c => c.Key), Is.SubsetOf(new[] { "A", "B", "C", "D", "T", "UngradedAsB" }));
            Assert.That(run["tierCounts"]!.AsObject().Select(c => c.Key), Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
        });
    }
}
