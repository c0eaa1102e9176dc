using EnterpriseScoring.IO;
using EnterpriseScoring.Profiles;

namespace EnterpriseScoring.Tests.Golden;

/// <summary>
/// seeds/data/industry.csv under seeds/data/industry.profile.json: every number is derived by hand in seeds/README.md
/// ("Industry-relative benchmarks"). C26: Σ800 / Σ40 = 20; C34 (3490 written without its letter): Σ500 / Σ40 = 12.5;
/// C17 has 1 &lt; 3 firms and the firm without a code is in no group: both get the pool figure Σ1920 / Σ120 = 16.
/// </summary>
public class IndustryExampleTests
{
    private static EvaluationProfile Profile() => ProfileLoader.Load(TestPaths.Seeds("data", "industry.profile.json"));

    private static Evaluation Evaluate(EvaluationProfile profile, bool reversed = false)
    {
        var read = FirmCsvReader.Read(TestPaths.Seeds("data", "industry.csv"), FirmCsvReaderOptions.Default.ForProfile(profile));
        Assert.That(read.Rejections, Is.Empty);
        var table = reversed ? FirmTable.FromFirms([.. read.Table.AsFirms().Reverse()]) : read.Table;
        return new Evaluator(profile).Evaluate(table);
    }

    [TestCase("9133040072000101XE", "C26", 3, 20, 150, 3, Tier.B)] // 300 / 10 = 30; 30 / 20 × 100
    [TestCase("91330400720001028E", "C26", 3, 20, 75, 6, Tier.C)] // 300 / 20 = 15
    [TestCase("913304007200010369", "C26", 3, 20, 100, 4, Tier.B)] // 200 / 10 = 20
    [TestCase("913304007200010444", "C34", 3, 12.5, 96, 5, Tier.B)] // 120 / 10 = 12
    [TestCase("91330400720001052Y", "C34", 3, 12.5, 72, 7, Tier.C)] // 180 / 20 = 9
    [TestCase("91330400720001060R", "C34", 3, 12.5, 160, 1, Tier.A)] // 200 / 10 = 20
    [TestCase("91330400720001079N", "C17", 1, 16, 156.25, 2, Tier.A)] // 500 / 20 = 25; group of 1 < 3: pool figure
    [TestCase("91330400720001087H", null, 0, 16, 37.5, 8, Tier.D)] // 120 / 20 = 6; no industry code: pool figure
    public void Firm_HasTheHandComputedBenchmarkAndScore(string id, string? group, int size, double benchmark, double score, int rank, Tier tier)
    {
        foreach (var reversed in new[] { false, true })
        {
            var result = Evaluate(Profile(), reversed).Find(id)!;
            var indicator = result.Indicators[0];
            Assert.Multiple(() =>
            {
                Assert.That(indicator.Benchmark, Is.EqualTo(benchmark).Within(1e-12));
                Assert.That(indicator.BenchmarkGroup?.Id, Is.EqualTo(group));
                Assert.That(indicator.BenchmarkGroup?.Size ?? 0, Is.EqualTo(size));
                Assert.That(indicator.Score, Is.EqualTo(score).Within(1e-9));
                Assert.That(result.Rank, Is.EqualTo(rank));
                Assert.That(result.Tier, Is.EqualTo(tier));
            });
        }
    }

    [Test]
    public void PoolSummary_ListsEachGroupAndThePoolFigure()
    {
        var summary = Evaluate(Profile()).Pools[0].Indicators[0];

        Assert.Multiple(() =>
        {
            Assert.That(summary.Benchmark!.Value.Value, Is.EqualTo(16).Within(1e-12));
            Assert.That(summary.IndustryGroups.Select(g => (g.Id, g.Size, g.UsesPoolFigure)), Is.EqualTo(new[] { ("C17", 1, true), ("C26", 3, false), ("C34", 3, false) }));
            Assert.That(summary.IndustryGroups.Select(g => g.Benchmark.Value), Is.EqualTo(new[] { 16, 20, 12.5 }).Within(1e-12));
        });
    }

    [Test]
    public void Explain_SaysWhichGroupAndWhyThePoolFigure()
    {
        var evaluation = Evaluate(Profile());

        Assert.Multiple(() =>
        {
            Assert.That(evaluation.Explain("91330400720001060R"), Does.Contain("industry group C34, 3 firms ≥ 3: group mean (ratio of sums) Σnumerators / Σdenominators = 500 / 40 = 12.5 (n = 3)"));
            Assert.That(evaluation.Explain("91330400720001079N"), Does.Contain("industry group C17 of 1 < 3 firms: pool figure used, pool mean (ratio of sums) Σnumerators / Σdenominators = 1920 / 120 = 16 (n = 8)"));
            Assert.That(evaluation.Explain("91330400720001087H"), Does.Contain("no industry code: pool figure used, pool mean (ratio of sums)"));
        });
    }

    [Test]
    public void ProfileGroups_FormTheirOwnGroups()
    {
        var json = File.ReadAllText(TestPaths.Seeds("data", "industry.profile.json")).Replace(
            "\"level\": \"division\"",
            "\"level\": \"groups\", \"groups\": [{\"id\": \"heavy\", \"label\": \"重工\", \"prefixes\": [\"C26\", \"C34\"]}, {\"id\": \"light\", \"prefixes\": [\"17\"]}]",
            StringComparison.Ordinal);
        var evaluation = Evaluate(ProfileLoader.Parse(json));

        Assert.Multiple(() =>
        {
            var heavy = evaluation.Find("9133040072000101XE")!.Indicators[0];
            Assert.That(heavy.BenchmarkGroup!.Id, Is.EqualTo("heavy"));
            Assert.That(heavy.Benchmark, Is.EqualTo(1300.0 / 80).Within(1e-12)); // Σ(800 + 500) / Σ(40 + 40), 6 firms
            Assert.That(evaluation.Find("91330400720001079N")!.Indicators[0].Benchmark, Is.EqualTo(16).Within(1e-12)); // light: 1 < 3
            Assert.That(evaluation.Explain("91330400720001028E"), Does.Contain("industry group heavy 重工, 6 firms ≥ 3"));
        });
    }

    [Test]
    public void Profile_RoundTrips()
    {
        var profile = Profile();
        var written = ProfileWriter.ToJson(profile);

        Assert.Multiple(() =>
        {
            Assert.That(written, Does.Contain("\"type\": \"industry_mean\"").And.Contain("\"level\": \"division\"").And.Contain("\"min_firms\": 3"));
            Assert.That(ProfileWriter.ToJson(ProfileLoader.Parse(written)), Is.EqualTo(written));
        });
    }
}
