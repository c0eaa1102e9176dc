using System.Security.Cryptography;
using System.Text;
using EnterpriseScoring.IO;
using EnterpriseScoring.Policies;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Reporting;
using EnterpriseScoring.Samples;

namespace EnterpriseScoring.Tests.Golden;

/// <summary>
/// Every output of every built-in profile (and of the seed profiles) on the bundled data is pinned by its SHA-256 in
/// BuiltInOutputs.approved.txt: results.csv (with consequences and prior tiers), the Markdown summary, the HTML report,
/// the explanation of every 25th firm and the profile written back as JSON. A refactoring that changes any byte shows
/// up here, named by case and output. After an intended change of output, regenerate with
/// <c>UPDATE_GOLDEN=1 dotnet test tests/EnterpriseScoring.Tests --filter FullyQualifiedName~BuiltInOutputsTests</c>
/// and explain the diff in review.
/// </summary>
public class BuiltInOutputsTests
{
    private static readonly string ApprovedPath = Path.Combine(TestPaths.RepositoryRoot, "tests", "EnterpriseScoring.Tests", "Golden", "BuiltInOutputs.approved.txt");

    private static IEnumerable<(string Case, EvaluationProfile Profile, FirmTable Table)> Cases()
    {
        var sample = FirmCsvReader.Read(TestPaths.Seeds("data", "sample-city.csv")).Table;
        var synthetic = SyntheticCity.Generate(new SyntheticCityOptions { FirmCount = 1500, Seed = 11, MissingRate = 0.04, TagRateMultiplier = 3 });
        foreach (var name in ProfileCatalog.Names)
        {
            var profile = ProfileCatalog.Get(name);
            yield return ($"{name}/sample-city", profile, sample);
            yield return ($"{name}/synthetic", profile, synthetic);
        }

        foreach (var file in Directory.GetFiles(TestPaths.Seeds("profiles"), "*.json").Order(StringComparer.Ordinal))
        {
            yield return ($"seeds/profiles/{Path.GetFileName(file)}/sample-city", ProfileLoader.Load(file), sample);
        }

        foreach (var data in new[] { "hand-checkable", "shared-parcel" })
        {
            var table = FirmCsvReader.Read(TestPaths.Seeds("data", data + ".csv")).Table;
            yield return ($"seeds/data/{data}", ProfileLoader.Load(TestPaths.Seeds("data", data + ".profile.json")), table);
        }
    }

    private static IEnumerable<(string Key, byte[] Bytes)> Outputs(EvaluationProfile profile, FirmTable table)
    {
        var evaluation = new Evaluator(profile).Evaluate(table);
        var prior = new List<PriorResult>();
        for (var row = 0; row < table.Count; row += 5)
        {
            prior.Add(new PriorResult { Year = profile.EvaluationYear - 1, Id = table.Ids[row], Status = FirmStatus.Rated, Tier = row % 3 == 0 ? Tier.D : Tier.C });
        }

        var schedule = profile.Consequences ?? KnownConsequenceSchedules.Shandong;
        var consequences = Consequences.ForEvaluation(evaluation, TierHistory.Build(prior, evaluation), schedule);
        using (var stream = new MemoryStream())
        {
            ResultsCsvWriter.Write(evaluation, stream, new ResultsCsvWriterOptions { Consequences = consequences });
            yield return ("results.csv", stream.ToArray());
        }

        yield return ("summary.md", Encoding.UTF8.GetBytes(evaluation.ToMarkdown()));
        yield return ("report.html", Encoding.UTF8.GetBytes(evaluation.ToHtml()));
        var explain = new StringBuilder();
        for (var row = 0; row < table.Count; row += 25)
        {
            explain.Append(evaluation.Explain(row)).Append('\n');
        }

        yield return ("explain.txt", Encoding.UTF8.GetBytes(explain.ToString()));
        yield return ("profile.json", Encoding.UTF8.GetBytes(ProfileWriter.ToJson(profile)));
    }

    private static string Digest()
    {
        var lines = new StringBuilder();
        foreach (var (name, profile, table) in Cases())
        {
            foreach (var (key, bytes) in Outputs(profile, table))
            {
                lines.Append(name).Append(' ').Append(key).Append(' ').Append(Convert.ToHexStringLower(SHA256.HashData(bytes))).Append('\n');
            }
        }

        return lines.ToString();
    }

    [Test]
    public void EveryBuiltInOutput_MatchesApprovedDigests()
    {
        var digest = Digest();
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(ApprovedPath, digest);
        }

        Assert.That(File.Exists(ApprovedPath), Is.True, "no approved digests: run with UPDATE_GOLDEN=1");
        var approved = File.ReadAllText(ApprovedPath).ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var actual = digest.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var changed = actual.Except(approved, StringComparer.Ordinal).Select(l => l[..l.LastIndexOf(' ')]).ToArray();
        var gone = approved.Select(l => l[..l.LastIndexOf(' ')]).Except(actual.Select(l => l[..l.LastIndexOf(' ')]), StringComparer.Ordinal).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(changed, Is.Empty, "outputs that changed (or are new): review, then run with UPDATE_GOLDEN=1");
            Assert.That(gone, Is.Empty, "cases or outputs no longer produced");
        });
    }
}
