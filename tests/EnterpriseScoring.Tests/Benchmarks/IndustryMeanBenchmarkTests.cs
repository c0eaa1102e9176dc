using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Samples;
using EnterpriseScoring.Tests.Profiles;

namespace EnterpriseScoring.Tests.Benchmarks;

/// <summary>
/// industry_mean: the grouping by GB/T 4754 section, division and profile groups; the engine's figures against a naive
/// per-group computation on a synthetic city; order independence; and the validation problems with their JSON paths.
/// </summary>
public class IndustryMeanBenchmarkTests
{
    private const string Profile = """
        {"name": "p", "evaluation_year": 2025,
         "pools": [{"id": "all", "indicators": [{"id": "tax_per_mu", "weight": 100, "benchmark": BENCHMARK}]}]}
        """;

    private static EvaluationProfile Parse(string benchmark) => ProfileLoader.Parse(Profile.Replace("BENCHMARK", benchmark, StringComparison.Ordinal));

    [TestCase("C2614", IndustryLevel.Division, "C26")]
    [TestCase("2614", IndustryLevel.Division, "C26")]
    [TestCase(" c2614 ", IndustryLevel.Division, "C26")]
    [TestCase("4411", IndustryLevel.Division, "D44")]
    [TestCase("0511", IndustryLevel.Section, "A")]
    [TestCase("C2614", IndustryLevel.Section, "C")]
    [TestCase("9700", IndustryLevel.Section, "T")]
    [TestCase("C", IndustryLevel.Section, "C")]
    [TestCase("C", IndustryLevel.Division, null)]
    [TestCase("", IndustryLevel.Division, null)]
    public void GroupOf_FollowsGbT4754(string code, IndustryLevel level, string? expected)
    {
        Assert.That(new IndustryMeanBenchmark(MeanKind.RatioOfSums, level).GroupOf(code), Is.EqualTo(expected));
    }

    [Test]
    public void GroupOf_ProfileGroups_MatchPrefixesWithOrWithoutTheSectionLetter()
    {
        var benchmark = new IndustryMeanBenchmark(MeanKind.MeanOfRatios, IndustryLevel.Groups, [new("eq", "装备", ["C34", "35"]), new("chem", null, ["C26"])]);

        Assert.Multiple(() =>
        {
            Assert.That(benchmark.GroupOf("3411"), Is.EqualTo("eq"));
            Assert.That(benchmark.GroupOf("C3520"), Is.EqualTo("eq"));
            Assert.That(benchmark.GroupOf("c2614"), Is.EqualTo("chem"));
            Assert.That(benchmark.GroupOf("C1713"), Is.Null);
        });
    }

    [TestCase("ratio_of_sums", "division", 5)]
    [TestCase("mean_of_ratios", "division", 5)]
    [TestCase("ratio_of_sums", "section", 40)]
    [TestCase("mean_of_ratios", "division", 1)]
    public void Engine_MatchesANaiveComputationPerGroup(string mean, string level, int minFirms)
    {
        var table = SyntheticCity.Generate(new SyntheticCityOptions { FirmCount = 1500, Seed = 18 });
        var evaluation = new Evaluator(Parse($"{{\"type\": \"industry_mean\", \"mean\": \"{mean}\", \"level\": \"{level}\", \"min_firms\": {minFirms}}}")).Evaluate(table);
        var firms = evaluation.Results.Where(r => r.Status == FirmStatus.Rated && r.Indicators[0].Outcome == IndicatorOutcome.Computed).ToArray();
        Assert.That(firms, Is.Not.Empty);

        // The naive way: the key is written out directly from the code, and each group is summed on its own.
        string Key(string code)
        {
            var digits = code.TrimStart('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T');
            return level == "division" ? digits[..2] : code[..1];
        }

        double Mean(FirmResult[] group) => mean == "ratio_of_sums"
            ? group.Sum(f => f.Indicators[0].Numerator!.Value) / group.Sum(f => f.Indicators[0].Denominator!.Value)
            : group.Average(f => f.Indicators[0].Value!.Value);

        var pool = Mean(firms);
        var groups = firms.GroupBy(f => Key(f.IndustryCode)).ToDictionary(g => g.Key, g => g.ToArray());
        Assert.That(groups.Values.Any(g => g.Length >= minFirms), Is.True, "the city has a group large enough for its own mean");
        Assert.Multiple(() =>
        {
            foreach (var firm in evaluation.Results.Where(r => r.Status == FirmStatus.Rated))
            {
                var group = groups.GetValueOrDefault(Key(firm.IndustryCode)) ?? [];
                var expected = group.Length >= minFirms ? Mean(group) : pool;
                Assert.That(firm.Indicators[0].Benchmark, Is.EqualTo(expected).Within(1e-9 * Math.Abs(expected)), firm.Id + " " + firm.IndustryCode);
                Assert.That(firm.Indicators[0].BenchmarkGroup?.Size ?? 0, Is.EqualTo(group.Length), firm.Id);
            }

            Assert.That(evaluation.Pools[0].Indicators[0].Benchmark!.Value.Value, Is.EqualTo(pool).Within(1e-9 * Math.Abs(pool)));
        });
    }

    [Test]
    public void Figures_AreBitIdenticalWhateverTheRowOrder()
    {
        var table = SyntheticCity.Generate(new SyntheticCityOptions { FirmCount = 600, Seed = 7 });
        var profile = Parse("{\"type\": \"industry_mean\", \"mean\": \"ratio_of_sums\", \"level\": \"division\", \"min_firms\": 3}");
        var forward = new Evaluator(profile).Evaluate(table);
        var shuffled = new Evaluator(profile).Evaluate(FirmTable.FromFirms(table.AsFirms().OrderBy(f => f.Id.GetHashCode(StringComparison.Ordinal) ^ 0x5bd1e995)));

        Assert.Multiple(() =>
        {
            foreach (var firm in forward.Results)
            {
                var other = shuffled.Find(firm.Id)!;
                Assert.That(other.Indicators[0].Benchmark, Is.EqualTo(firm.Indicators[0].Benchmark), firm.Id);
                Assert.That(other.Total, Is.EqualTo(firm.Total), firm.Id);
            }
        });
    }

    private static IEnumerable<TestCaseData> Problems()
    {
        yield return new TestCaseData("{\"type\": \"industry_mean\", \"mean\": \"ratio_of_sums\", \"level\": \"division\", \"min_firms\": 0}",
            "$.pools[0].indicators[0].benchmark.min_firms", "0 is not a whole number ≥ 1");
        yield return new TestCaseData("{\"type\": \"industry_mean\", \"mean\": \"ratio_of_sums\", \"level\": \"county\"}",
            "$.pools[0].indicators[0].benchmark.level", null);
        yield return new TestCaseData("{\"type\": \"industry_mean\", \"mean\": \"ratio_of_sums\"}",
            "$.pools[0].indicators[0].benchmark.level", "industry_mean must say how firms are grouped");
        yield return new TestCaseData("{\"type\": \"industry_mean\", \"level\": \"division\"}",
            "$.pools[0].indicators[0].benchmark.mean", "industry_mean must say which mean");
        yield return new TestCaseData("{\"type\": \"industry_mean\", \"mean\": \"ratio_of_sums\", \"level\": \"groups\"}",
            "$.pools[0].indicators[0].benchmark.groups", "level groups needs groups");
        yield return new TestCaseData("{\"type\": \"industry_mean\", \"mean\": \"ratio_of_sums\", \"level\": \"division\", \"groups\": [{\"id\": \"a\", \"prefixes\": [\"C26\"]}]}",
            "$.pools[0].indicators[0].benchmark.groups", "groups are used only with \"level\": \"groups\", not \"division\"");
        yield return new TestCaseData("{\"type\": \"industry_mean\", \"mean\": \"ratio_of_sums\", \"level\": \"groups\", \"groups\": [{\"id\": \"a\", \"prefixes\": []}]}",
            "$.pools[0].indicators[0].benchmark.groups[0].prefixes", "group 'a' has no prefixes");
        yield return new TestCaseData("{\"type\": \"industry_mean\", \"mean\": \"ratio_of_sums\", \"level\": \"groups\", \"groups\": [{\"id\": \"a\", \"prefixes\": [\"C26\", \" \"]}]}",
            "$.pools[0].indicators[0].benchmark.groups[0].prefixes[1]", "prefix ' ' is empty");
        yield return new TestCaseData("{\"type\": \"industry_mean\", \"mean\": \"ratio_of_sums\", \"level\": \"groups\", \"groups\": [{\"id\": \"a\", \"prefixes\": [\"C26\"]}, {\"id\": \"b\", \"prefixes\": [\"2614\"]}]}",
            "$.pools[0].indicators[0].benchmark.groups[1].prefixes[0]", "prefix '2614' overlaps 'C26' of group 'a': a code would be in both groups");
        yield return new TestCaseData("{\"type\": \"industry_mean\", \"mean\": \"ratio_of_sums\", \"level\": \"groups\", \"groups\": [{\"id\": \"a\", \"prefixes\": [\"C26\"]}, {\"id\": \"a\", \"prefixes\": [\"C34\"]}]}",
            "$.pools[0].indicators[0].benchmark.groups[1].id", "group id 'a' is used twice");
        yield return new TestCaseData("{\"type\": \"industry_mean\", \"mean\": \"ratio_of_sums\", \"level\": \"groups\", \"groups\": [{\"id\": \"a\", \"prefixs\": [\"C26\"]}]}",
            "$.pools[0].indicators[0].benchmark.groups[0].prefixs", "unknown key 'prefixs'");
        yield return new TestCaseData("{\"type\": \"prior_year\", \"inner\": {\"type\": \"industry_mean\", \"mean\": \"ratio_of_sums\", \"level\": \"division\"}}",
            "$.pools[0].indicators[0].benchmark.inner.type", "industry_mean cannot be nested (prior_year has no industry codes of last year's firms)");
    }

    [TestCaseSource(nameof(Problems))]
    public void Load_WrongIndustryMean_ReportsAtItsPath(string benchmark, string path, string? message)
    {
        var e = ProfileTestSupport.Problems(() => Parse(benchmark));
        var problem = e.Problems.FirstOrDefault(p => p.Path == path);

        Assert.That(problem, Is.Not.Null, e.Message);
        if (message is not null)
        {
            Assert.That(problem!.Message, Is.EqualTo(message), e.Message);
        }
    }

    [Test]
    public void Constructor_RejectsWhatTheProfileRejects()
    {
        Assert.Multiple(() =>
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => _ = new IndustryMeanBenchmark(MeanKind.RatioOfSums, IndustryLevel.Division, minFirms: 0));
            Assert.Throws<ArgumentOutOfRangeException>(() => _ = new IndustryMeanBenchmark(MeanKind.RatioOfSums, (IndustryLevel)7));
            Assert.Throws<ArgumentException>(() => _ = new IndustryMeanBenchmark(MeanKind.RatioOfSums, IndustryLevel.Groups));
            Assert.Throws<ArgumentException>(() => _ = new IndustryMeanBenchmark(MeanKind.RatioOfSums, IndustryLevel.Groups, [new("a", null, ["C26"]), new("b", null, ["C2"])]));
        });
    }
}
