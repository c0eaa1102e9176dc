using System.Text.Json.Nodes;
using EnterpriseScoring.Classification;
using EnterpriseScoring.IO;
using EnterpriseScoring.Policies;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Tests.Profiles;

namespace EnterpriseScoring.Tests.Policies;

/// <summary>
/// Consequence schedules under tier sets other than A–D: a built-in schedule (its surcharges on D类, the bottom class of
/// A–D) fits a set whose bottom tier is coded D and is refused, with the JSON path and a message in English and Chinese,
/// by any other set; lines name tiers by the set's codes. seeds/data/rounding.csv (firm k: 亩均税收 k) under
/// seeds/data/tiers.profile.json (A+ / A / B / C) with its tier set edited.
/// </summary>
public class ConsequencesTierSetTests
{
    private static string Profile(string[] codes, double[] percents, JsonNode? consequences)
    {
        var root = JsonNode.Parse(File.ReadAllText(TestPaths.Seeds("data", "tiers.profile.json")))!.AsObject();
        root["tier_set"] = new JsonArray([.. codes.Select(c => (JsonNode)new JsonObject { ["code"] = c })]);
        root["pools"]![0]!["tiering"]!["percents"] = new JsonArray([.. percents.Select(p => (JsonNode)p)]);
        root.Remove("overrides");
        if (consequences is not null)
        {
            root["consequences"] = consequences;
        }

        return root.ToJsonString();
    }

    private static Evaluation Evaluate(EvaluationProfile profile)
    {
        var read = FirmCsvReader.Read(TestPaths.Seeds("data", "rounding.csv"), FirmCsvReaderOptions.Default.ForProfile(profile));
        return new Evaluator(profile).Evaluate(read.Table);
    }

    [TestCase(new[] { "A+", "A", "B", "C" }, new[] { 10.0, 30, 50, 10 }, "has no tier D", "中没有 D 类")]
    [TestCase(new[] { "A", "B", "C" }, new[] { 30.0, 60, 10 }, "has no tier D", "中没有 D 类")]
    [TestCase(new[] { "A", "B", "C", "D", "E" }, new[] { 10.0, 20, 40, 25, 5 }, "D is not the bottom tier", "D 类不是末档")]
    [TestCase(new[] { "A", "B", "C", "D", "E", "F" }, new[] { 10.0, 20, 30, 20, 15, 5 }, "D is not the bottom tier", "D 类不是末档")]
    public void BuiltIn_ThatDoesNotFit_Refused_WithPath_InEnglishAndChinese(string[] codes, double[] percents, string english, string chinese)
    {
        foreach (var node in new JsonNode[] { JsonValue.Create("shandong_2022"), new JsonObject { ["known"] = "jiangsu_calendar" } })
        {
            var e = ProfileTestSupport.Problems(() => ProfileLoader.Parse(Profile(codes, percents, node)));
            var problem = e.Problems.Single(p => p.Path.StartsWith("$.consequences", StringComparison.Ordinal));

            Assert.Multiple(() =>
            {
                Assert.That(problem.Message, Does.Contain(english).And.Contain("D类 (倒逼整治类"));
                Assert.That(ProfileProblemText.Chinese(problem), Does.Contain(chinese).And.Contain("请在内联的 consequences 中写明本方案自己的分类"));
                Assert.That(problem.Hint, Does.Contain($"\"tier\": \"{codes[^1]}\""));
            });
        }
    }

    [TestCase(new[] { "A+", "A", "B", "C", "D" }, new[] { 10.0, 20, 40, 25, 5 }, Tier.E)]
    [TestCase(new[] { "A", "B", "D" }, new[] { 30.0, 60, 10 }, Tier.C)]
    public void BuiltIn_FitsASetWhoseBottomIsD(string[] codes, double[] percents, Tier bottom)
    {
        var profile = ProfileLoader.Parse(Profile(codes, percents, JsonValue.Create("shandong_2022")));
        var evaluation = Evaluate(profile);
        var consequences = Consequences.ForEvaluation(evaluation, []);
        var bottomRows = Enumerable.Range(0, evaluation.Table.Count).Where(r => evaluation.TierOf(r) == bottom).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(profile.Consequences!.Surcharges.Single().Tier, Is.EqualTo(bottom));
            Assert.That(bottomRows, Is.Not.Empty);
            Assert.That(bottomRows.Select(r => consequences[r].Single().Text), Has.All.Contain("D类连续第1年").And.All.Contain("+0.05"));
            Assert.That(Enumerable.Range(0, evaluation.Table.Count).Except(bottomRows).Select(r => consequences[r].Count), Has.All.Zero);
            Assert.That(ProfileLoader.Parse(ProfileWriter.ToJson(profile)).Consequences!.Surcharges.Single().Tier, Is.EqualTo(bottom));
        });
    }

    [Test]
    public void BuiltIn_UnderAToD_IsTheSameSchedule()
    {
        Assert.Multiple(() =>
        {
            Assert.That(KnownConsequenceSchedules.TryFitTo(KnownConsequenceSchedules.Shandong, TierSet.Standard, out var fitted, out _), Is.True);
            Assert.That(fitted, Is.SameAs(KnownConsequenceSchedules.Shandong));
            Assert.That(KnownConsequenceSchedules.TryFitTo(KnownConsequenceSchedules.Shandong, new TierSet(["a", "b", "c", "d"]), out fitted, out _), Is.True);
            Assert.That(fitted, Is.SameAs(KnownConsequenceSchedules.Shandong)); // d is level 4 and the bottom: nothing moves
        });
    }

    [Test]
    public void InlineSchedule_NamesTheSetsOwnTiers_LinesShowTheirCodes()
    {
        var own = new JsonObject
        {
            ["id"] = "leqing_own",
            ["surcharges"] = new JsonArray(new JsonObject { ["id"] = "c_surcharge", ["tier"] = "C", ["amounts"] = new JsonArray(0.1, 0.2) }),
            ["quota_cuts"] = new JsonArray(new JsonObject { ["id"] = "c_cut", ["tier"] = "C", ["percent"] = 10 }),
        };
        var profile = ProfileLoader.Parse(Profile(["A+", "A", "B", "C"], [10, 30, 50, 10], own));
        var evaluation = Evaluate(profile);
        var consequences = Consequences.ForEvaluation(evaluation, []);
        var bottom = Enumerable.Range(0, evaluation.Table.Count).First(r => evaluation.TierOf(r) == Tier.D);

        Assert.That(consequences[bottom].Select(l => l.Text), Is.EqualTo(new[]
        {
            "电价加价 +0.10 元/kWh（C类连续第1年）/ electricity surcharge +0.10 元/kWh (C, consecutive year 1) [c_surcharge]",
            "用能指标核减 10%（C类）/ energy-use quota cut by 10% (C) [c_cut]",
        }));
    }

    [Test]
    public void ForEvaluation_ScheduleOutsideTheSet_Refused()
    {
        var profile = ProfileLoader.Parse(Profile(["A+", "A", "B", "C"], [10, 30, 50, 10], null));
        var evaluation = Evaluate(profile);
        var fifth = new ConsequenceSchedule("fifth", surcharges: [SurchargeRule.ByConsecutiveYears("e", Tier.E, [0.1])]);

        Assert.Multiple(() =>
        {
            Assert.That(() => Consequences.ForEvaluation(evaluation, TierHistory.Build([], evaluation), fifth),
                Throws.ArgumentException.With.Message.Contain("names tier E, which the profile's tier set A+/A/B/C does not have"));
            Assert.That(() => Consequences.ForEvaluation(evaluation, TierHistory.Build([], evaluation), KnownConsequenceSchedules.Shandong),
                Throws.ArgumentException.With.Message.Contain("has no tier D"));
        });
    }

    [Test]
    public void Builder_BuiltInThatDoesNotFit_Refused_AndOneThatFits_Moved()
    {
        ProfileBuilder Builder(string[] codes, double[] percents) => new ProfileBuilder("t", 2025)
            .Tiers(codes)
            .Pool("all", "全部", pool => pool.Indicator(EnterpriseScoring.Indicators.KnownIndicators.TaxPerMu, 100, new EnterpriseScoring.Benchmarks.FixedBenchmark(1)).QuotaBands(percents))
            .Consequences(KnownConsequenceSchedules.ZhejiangCountyDraft);

        var e = ProfileTestSupport.Problems(() => Builder(["A+", "A", "B", "C"], [10, 30, 50, 10]).Build());
        var fitted = Builder(["A+", "A", "B", "C", "D"], [10, 20, 40, 25, 5]).Build();

        Assert.Multiple(() =>
        {
            Assert.That(e.Problems.Single().Path, Is.EqualTo("consequences"));
            Assert.That(e.Problems.Single().Message, Does.Contain("has no tier D"));
            Assert.That(fitted.Consequences!.Surcharges.Single().Tier, Is.EqualTo(Tier.E));
        });
    }
}
