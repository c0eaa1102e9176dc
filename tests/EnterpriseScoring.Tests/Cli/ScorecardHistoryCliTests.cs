using System.Text.Json;
using EnterpriseScoring.Cli;

namespace EnterpriseScoring.Tests.Cli;

/// <summary><c>escore scorecard --prior</c>: a three-year sequence of synthetic cities through the real CLI, history rules
/// checked against the earlier runs' own lists; bad --prior files are usage errors.</summary>
public class ScorecardHistoryCliTests : TempFolderTest
{
    private string Profile(int year)
    {
        var path = Path.Combine(Folder, $"card-{year}.json");
        File.WriteAllText(path, $$"""
            { "kind": "scorecard", "id": "history-test", "year": {{year}}, "firm_profile": "zhejiang-six-indicators", "bottom_list": 8,
              "history": [ { "id": "exit_watch", "list": "bottom", "size": 8, "years": 2, "of_last": 3, "flag": "三年两次末位" } ],
              "indicators": [ { "id": "above_tax_per_mu", "weight": 10, "targets": [ { "value": 30 } ] } ] }
            """);
        return path;
    }

    private (int Code, string Stderr, List<Dictionary<string, string>> Rows) Run(int year, ulong seed, params string[] prior)
    {
        var city = Path.Combine(Folder, $"city-{year}.csv");
        var register = Path.Combine(Folder, $"city-{year}.register.csv");
        CliRunner.Run("sample", "--firms", "400", "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--year", "2025", "--out", city, "--platforms", register, "--quiet");
        var output = Path.Combine(Folder, $"out-{year}");
        string[] args = ["scorecard", "--profile", Profile(year), "--input", city, "--platforms", register, "--out", output, "--quiet"];
        var (code, _, stderr) = CliRunner.Run(prior.Length == 0 ? args : [.. args, "--prior", .. prior]);
        var records = code == ExitCodes.Success ? FormulaInjectionCliTests.ReadCsv(Path.Combine(output, "scorecard.csv")) : [];
        return (code, stderr, [.. records.Skip(1).Select(r => r.Select((v, i) => (records[0][i], v)).ToDictionary(p => p.Item1, p => p.v))]);
    }

    [Test]
    public void ThreeYears_TheHistoryRuleFlagsExactlyThePlatformsOnTheBottomListInTwoOfThem()
    {
        var (c2023, e2023, y2023) = Run(2023, 11);
        var (c2024, e2024, y2024) = Run(2024, 12, Path.Combine(Folder, "out-2023", "scorecard.csv"));
        var (c2025, e2025, y2025) = Run(2025, 13, Path.Combine(Folder, "out-2023", "scorecard.csv"), Path.Combine(Folder, "out-2024", "scorecard.csv"));

        Assert.That((c2023, c2024, c2025), Is.EqualTo((ExitCodes.Success, ExitCodes.Success, ExitCodes.Success)), e2023 + e2024 + e2025);
        var bottom = new[] { y2023, y2024, y2025 }
            .Select(rows => rows.Where(r => r["list"].Contains("bottom", StringComparison.Ordinal)).Select(r => r["platform"]).ToHashSet(StringComparer.Ordinal))
            .ToArray();
        var expected = y2025.Where(r => bottom.Count(b => b.Contains(r["platform"])) >= 2).Select(r => r["platform"]).Order(StringComparer.Ordinal).ToArray();
        var flagged = y2025.Where(r => r["history"] == "exit_watch").Select(r => r["platform"]).Order(StringComparer.Ordinal).ToArray();
        var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "out-2025", "run.json"))).RootElement;

        Assert.Multiple(() =>
        {
            Assert.That(expected, Is.Not.Empty, "the sequence must exercise the rule");
            Assert.That(flagged, Is.EqualTo(expected));
            Assert.That(y2025.Where(r => r["history"] == "exit_watch"), Has.All.Matches<Dictionary<string, string>>(r => r!["flags"].Contains("三年两次末位: 末位8名 bottom 8 in ", StringComparison.Ordinal)));
            Assert.That(y2025.Select(r => r["year"]).Distinct(), Is.EqualTo(new[] { "2025" }));
            Assert.That(e2023, Does.Contain("no scorecard for 2021, 2022"), "the first year warns that earlier years are missing");
            Assert.That(e2025, Does.Not.Contain("no scorecard for"));
            Assert.That(run.GetProperty("priorScorecards").GetArrayLength(), Is.EqualTo(2));
            Assert.That(run.GetProperty("priorScorecards")[1].GetProperty("years")[0].GetInt32(), Is.EqualTo(2024));
        });
    }

    [Test]
    public void Prior_SameYearOrLater_TwoFilesOfOneYear_OrNotAScorecard_AreUsageErrors()
    {
        var (c2024, e2024, _) = Run(2024, 12);
        Assert.That(c2024, Is.EqualTo(ExitCodes.Success), e2024);
        var card2024 = Path.Combine(Folder, "out-2024", "scorecard.csv");
        var copy = Path.Combine(Folder, "copy-2024.csv");
        File.Copy(card2024, copy);

        var (notEarlier, notEarlierErr, _) = Run(2023, 12, copy);
        var (twice, twiceErr, _) = Run(2025, 13, card2024, copy);
        var (results, resultsErr, _) = Run(2025, 13, Path.Combine(Folder, "out-2024", "results.csv"));

        Assert.Multiple(() =>
        {
            Assert.That(notEarlier, Is.EqualTo(ExitCodes.InputOrUsageError));
            Assert.That(notEarlierErr, Does.Contain("is the scorecard of 2024, not earlier than 2023"));
            Assert.That(twice, Is.EqualTo(ExitCodes.InputOrUsageError));
            Assert.That(twiceErr, Does.Contain("are both scorecards of 2024"));
            Assert.That(results, Is.EqualTo(ExitCodes.InputOrUsageError));
            Assert.That(resultsErr, Does.Contain("has no 'total' column: it is not a scorecard.csv"));
            Assert.That(Directory.Exists(Path.Combine(Folder, "out-2025")) || Directory.Exists(Path.Combine(Folder, "out-2023")), Is.False, "nothing written");
        });
    }
}
