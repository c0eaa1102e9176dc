using System.Text;
using System.Text.Json.Nodes;
using EnterpriseScoring.Analysis;
using EnterpriseScoring.Classification;
using EnterpriseScoring.IO;
using EnterpriseScoring.Policies;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Reporting;

namespace EnterpriseScoring.Tests.Reporting;

/// <summary>
/// What comes after the tiers, for tier sets of five classes (优秀 / 良好 / 平均 / 较低 / 较差) and of three (A / B / C, no D):
/// the migration matrix, the sensitivity tables, the group summary and the method comparison count the set's levels and
/// show its codes. Fixture: seeds/data/rounding.csv (30 firms, 亩均税收 1 … 30) under seeds/data/tiers.profile.json made
/// into those sets; expectations are derived from the evaluations' own tiers.
/// </summary>
public class TierSetDownstreamTests
{
    private static readonly string[] Five = ["优秀", "良好", "平均", "较低", "较差"];
    private static readonly string[] Three = ["A", "B", "C"];

    /// <summary>The seed profile with the tier set <paramref name="codes"/> and quota bands <paramref name="percents"/> (its overrides, which name B and C, removed).</summary>
    internal static EvaluationProfile Profile(string[] codes, int[] percents, int year = 2025)
    {
        var root = JsonNode.Parse(File.ReadAllText(TestPaths.Seeds("data", "tiers.profile.json")))!.AsObject();
        root.Remove("$schema");
        root.Remove("overrides");
        root["evaluation_year"] = year;
        root["tier_set"] = new JsonArray([.. codes.Select(c => (JsonNode)new JsonObject { ["code"] = c })]);
        root["pools"]![0]!["tiering"]!["percents"] = new JsonArray([.. percents.Select(p => (JsonNode)p)]);
        return ProfileLoader.Parse(root.ToJsonString());
    }

    internal static Evaluation Evaluate(EvaluationProfile profile)
    {
        var read = FirmCsvReader.Read(TestPaths.Seeds("data", "rounding.csv"), FirmCsvReaderOptions.Default.ForProfile(profile));
        Assert.That(read.Rejections, Is.Empty);
        return new Evaluator(profile).Evaluate(read.Table);
    }

    private static IEnumerable<TestCaseData> Sets()
    {
        yield return new TestCaseData(Five, new[] { 10, 20, 40, 20, 10 }, new[] { 20, 20, 20, 20, 20 }).SetArgDisplayNames("five");
        yield return new TestCaseData(Three, new[] { 20, 60, 20 }, new[] { 40, 30, 30 }).SetArgDisplayNames("three");
    }

    [TestCaseSource(nameof(Sets))]
    public void MigrationMatrix_CountsTheLevelsOfTheSet(string[] codes, int[] percents, int[] priorPercents)
    {
        var prior = PriorResults.FromEvaluation(Evaluate(Profile(codes, priorPercents, 2024)));
        var evaluation = Evaluate(Profile(codes, percents));

        var matrix = MigrationMatrix.Between(prior, evaluation);

        var before = prior.ToDictionary(r => r.Id, r => TierSet.LevelOf(r.Tier!.Value));
        var moves = evaluation.Results.Select(r => (From: before[r.Id], To: TierSet.LevelOf(r.Tier!.Value))).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(matrix.Tiers.Codes, Is.EqualTo(codes));
            Assert.That(matrix.States.Take(codes.Length).Select(s => matrix.CodeOf(s)), Is.EqualTo(codes));
            Assert.That(matrix.States.Skip(codes.Length), Is.EqualTo(new[] { MigrationState.T, MigrationState.UngradedAsB, MigrationState.Unrated, MigrationState.Absent }));
            foreach (var from in Enumerable.Range(1, codes.Length))
            {
                foreach (var to in Enumerable.Range(1, codes.Length))
                {
                    Assert.That(matrix.Count(MigrationMatrix.StateOf(TierSet.TierAt(from)), MigrationMatrix.StateOf(TierSet.TierAt(to))), Is.EqualTo(moves.Count(m => m.From == from && m.To == to)), $"{codes[from - 1]} → {codes[to - 1]}");
                }
            }

            Assert.That(matrix.Upgraded, Is.EqualTo(moves.Count(m => m.To < m.From)).And.GreaterThan(0));
            Assert.That(matrix.Downgraded, Is.EqualTo(moves.Count(m => m.To > m.From)).And.GreaterThan(0));
            Assert.That(matrix.Unchanged, Is.EqualTo(moves.Count(m => m.To == m.From)));
            Assert.That(matrix.Upgraded + matrix.Downgraded + matrix.Unchanged, Is.EqualTo(evaluation.Results.Count), "every firm is graded in both years: none counted as unrated");
            Assert.That(matrix.Count(MigrationState.Unrated, MigrationState.Unrated), Is.Zero);
            Assert.That(matrix.ToString().Split('\n')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries), Is.EqualTo((string[])["from", "\\", "to", .. codes, "T", "ungraded", "unrated", "gone", "total"]));
            Assert.That(matrix.ToMarkdown(), Does.Contain($"| {codes[^1]} "));
        });
    }

    [Test]
    public void MigrationMatrix_RefusesALevelTheSetDoesNotHave()
    {
        PriorResult Result(int year, Tier tier) => new() { Year = year, Id = "X", Status = FirmStatus.Rated, Tier = tier };

        var fourTiers = Assert.Throws<ArgumentException>(() => MigrationMatrix.Between([Result(2024, Tier.E)], [Result(2025, Tier.A)]));
        var threeTiers = Assert.Throws<ArgumentException>(() => MigrationMatrix.Between([Result(2024, Tier.A)], [Result(2025, Tier.D)], new TierSet(Three)));

        Assert.Multiple(() =>
        {
            Assert.That(fourTiers!.Message, Does.Contain("'X'").And.Contain("level 5").And.Contain("A/B/C/D").And.Contain("同一分档"));
            Assert.That(threeTiers!.Message, Does.Contain("level 4").And.Contain("A/B/C"));
            Assert.That(MigrationMatrix.StateOf(Tier.E), Is.EqualTo(MigrationState.E));
            Assert.That(MigrationMatrix.StateOf(Tier.F), Is.EqualTo(MigrationState.F));
            Assert.That(MigrationMatrix.LevelOf(MigrationState.E), Is.EqualTo(5));
            Assert.That(MigrationMatrix.LevelOf(MigrationState.T), Is.Zero);
        });
    }

    [TestCaseSource(nameof(Sets))]
    public void Report_MigrationSection_ShowsTheCodes(string[] codes, int[] percents, int[] priorPercents)
    {
        var prior = PriorResults.FromEvaluation(Evaluate(Profile(codes, priorPercents, 2024)));
        var evaluation = Evaluate(Profile(codes, percents));
        var matrix = MigrationMatrix.Between(prior, evaluation);

        var html = HtmlReport.Render(evaluation, new HtmlReportOptions { Migration = matrix, Prior = prior });

        var section = html[html.IndexOf("等级变动", StringComparison.Ordinal)..];
        Assert.Multiple(() =>
        {
            Assert.That(section, Does.Contain($"<th>{codes[^1]}</th>"));
            Assert.That(section, Does.Contain($"升档 {matrix.Upgraded} upgraded").And.Contain($"降档 {matrix.Downgraded} downgraded"));
            Assert.That(section, Does.Contain($"Moved up ({matrix.Upgraded})").And.Contain($"Moved down ({matrix.Downgraded})"));
        });
    }

    [TestCaseSource(nameof(Sets))]
    public void Sensitivity_OneColumnPerTierOfTheSet(string[] codes, int[] percents, int[] _)
    {
        var evaluation = Evaluate(Profile(codes, percents));
        var result = SensitivityAnalysis.Run(evaluation, new SensitivityOptions { Draws = 40, Seed = 5, Data = [new DataPerturbation(KnownMeasures.Tax, 20)], MaxDegreeOfParallelism = 1 });
        using var stream = new MemoryStream();
        SensitivityReport.WriteFirms(result, stream);
        var lines = Encoding.UTF8.GetString(stream.ToArray()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        var probabilities = header.Select((h, i) => (h, i)).Where(x => x.h.StartsWith("p_", StringComparison.Ordinal)).Select(x => x.i).ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(result.Tiers.Codes, Is.EqualTo(codes));
            Assert.That(header.Where(h => h.StartsWith("p_", StringComparison.Ordinal)), Is.EqualTo((string[])[.. codes.Select(c => "p_" + c), "p_other", "p_none"]));
            foreach (var line in lines.Skip(1))
            {
                var cells = line.Split(',');
                Assert.That(probabilities.Sum(i => double.Parse(cells[i], System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(1).Within(1e-9), line);
                Assert.That(codes, Does.Contain(cells[Array.IndexOf(header, "baseline_tier")]), line);
            }

            var html = SensitivityReport.ToHtml(result);
            Assert.That(html, Does.Contain(string.Concat(codes.Select(c => $"<th>P({c})</th>"))));
            Assert.That(result.ToMarkdown(), Does.Contain(string.Join(" | ", codes.Select(c => $"P({c})"))));
        });
    }

    [TestCaseSource(nameof(Sets))]
    public void GroupSummary_TierColumnsOfTheSet(string[] codes, int[] percents, int[] _)
    {
        var evaluation = Evaluate(Profile(codes, percents));

        var summary = GroupSummary.By(evaluation, GroupKey.Pool);

        var header = summary.ToString().Split('\n')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var total = summary.ToString().TrimEnd().Split('\n')[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(header.Skip(3).Take(codes.Length + 2), Is.EqualTo((string[])[.. codes, "T", "ungraded"]));
            for (var level = 1; level <= codes.Length; level++)
            {
                Assert.That(total[2 + level], Is.EqualTo(evaluation.Results.Count(r => r.Tier == TierSet.TierAt(level)).ToString(System.Globalization.CultureInfo.InvariantCulture)), codes[level - 1]);
            }

            Assert.That(summary.ToMarkdown().Split('\n')[0], Does.Contain($"| {string.Join(" | ", codes)} | T | ungraded |"));
        });
    }

    [TestCaseSource(nameof(Sets))]
    public void MethodComparison_AgreementAndMigrationByLevel(string[] codes, int[] percents, int[] otherPercents)
    {
        var first = Evaluate(Profile(codes, percents));
        var second = Evaluate(Profile(codes, otherPercents));
        var standard = Evaluate(Profile(["A", "B", "C", "D"], [10, 30, 50, 10]));

        var comparison = MethodComparison.Of([first, second, standard]);

        var pair = comparison.Pairs.Single(p => p.First == 0 && p.Second == 1);
        var levels = first.Results.Zip(second.Results, (a, b) => (A: TierSet.LevelOf(a.Tier!.Value), B: TierSet.LevelOf(b.Tier!.Value))).ToList();
        var againstStandard = comparison.Pairs.Single(p => p.First == 0 && p.Second == 2);
        Assert.Multiple(() =>
        {
            Assert.That(pair.TieredUnderBoth, Is.EqualTo(first.Results.Count), "the bottom tiers count as tiers");
            Assert.That(pair.SameTierShare, Is.EqualTo((double)levels.Count(l => l.A == l.B) / levels.Count));
            Assert.That(pair.Kappa, Is.EqualTo(TierAgreement.CohenKappa([.. first.Results.Select(r => r.Tier)], [.. second.Results.Select(r => r.Tier)])));
            Assert.That(pair.Migration, Has.Count.EqualTo(codes.Length + 1));
            Assert.That(pair.Migration[codes.Length - 1][codes.Length - 1], Is.EqualTo(levels.Count(l => l.A == codes.Length && l.B == codes.Length)).And.GreaterThan(0));
            Assert.That(pair.Migration[codes.Length].Sum(), Is.Zero, "no firm without a tier");
            Assert.That(againstStandard.Migration, Has.Count.EqualTo(codes.Length + 1));
            Assert.That(againstStandard.Migration[0], Has.Count.EqualTo(5));

            using var summary = new MemoryStream();
            MethodComparisonReport.WriteSummary(comparison, summary);
            var text = Encoding.UTF8.GetString(summary.ToArray());
            Assert.That(text, Does.Contain($"migration,,1,2,{codes[^1]},{codes[^1]},{pair.Migration[codes.Length - 1][codes.Length - 1]}"));
            Assert.That(text, Does.Contain($"migration,,1,3,{codes[^1]},D,"));
            Assert.That(MethodComparisonReport.ToHtml(comparison), Does.Contain($"<th>{codes[^1]}</th>"));
        });
    }

    [Test]
    public void TierAgreement_CountsLevelsFiveAndSix()
    {
        Tier?[] first = [Tier.A, Tier.E, Tier.F, Tier.E];
        Tier?[] second = [Tier.A, Tier.E, Tier.E, Tier.F];

        Assert.Multiple(() =>
        {
            Assert.That(TierAgreement.SameTierShare(first, second), Is.EqualTo(0.5));

            // p₀ = 1/2; pₑ = (1·1 + 2·2 + 1·1) / 16 = 6/16: κ = (8/16 − 6/16) / (10/16) = 0.2.
            Assert.That(TierAgreement.CohenKappa(first, second), Is.EqualTo(0.2).Within(1e-12));
        });
    }
}
