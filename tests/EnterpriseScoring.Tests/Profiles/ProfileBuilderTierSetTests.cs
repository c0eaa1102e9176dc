using System.Text.Json.Nodes;
using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.IO;
using EnterpriseScoring.Profiles;

namespace EnterpriseScoring.Tests.Profiles;

/// <summary><see cref="ProfileBuilder.Tiers"/>: the same profile and evaluation as the JSON with <c>tier_set</c>, validated like it.</summary>
public class ProfileBuilderTierSetTests
{
    private static readonly string[] Codes = ["A+", "A", "B", "C"];
    private static readonly string[] Labels = ["A+类（优先发展类）", "A类（鼓励提升类）", "B类（调控帮扶类）", "C类（倒逼整治类）"];

    /// <summary>seeds/data/tiers.profile.json, written with the builder.</summary>
    private static EvaluationProfile Built(Func<PoolBuilder, PoolBuilder>? tiering = null) => new ProfileBuilder("tiers", 2025)
        .Jurisdiction("示例市")
        .Tiers(Codes, Labels)
        .Pool("above", "规上企业", pool => (tiering ?? (p => p.QuotaBands([10, 30, 50, 10])))(pool
            .Select(new FirmCondition { SizeClass = SizeClass.AboveDesignatedSize })
            .Indicator(KnownIndicators.TaxPerMu, 100, KnownBenchmarks.Fixed(1))))
        .Override("accident", "发生较大安全生产事故，最高评为B类", OverrideAction.CapAt, "B", new FirmCondition { MeasureGreaterThan = new Dictionary<string, double> { ["tax"] = 295 } })
        .Override("land_violation", "存在违法用地，直接列为C类", OverrideAction.VetoPlaceIn, "C", new FirmCondition { MeasureAtMost = new Dictionary<string, double> { ["tax"] = 40 } })
        .Build();

    private static string Json() => File.ReadAllText(TestPaths.Seeds("data", "tiers.profile.json"));

    private static Evaluation Evaluate(EvaluationProfile profile)
    {
        var read = FirmCsvReader.Read(TestPaths.Seeds("data", "rounding.csv"), FirmCsvReaderOptions.Default.ForProfile(profile));
        Assert.That(read.Rejections, Is.Empty);
        return new Evaluator(profile).Evaluate(read.Table);
    }

    private static string[] Rows(Evaluation evaluation) =>
        [.. evaluation.Results.Select(r => $"{r.Id}|{r.Total:R}|{r.Rank}|{evaluation.Profile.Tiers.CodeOf(r.Tier)}|{r.TierLabel}|{r.TierReason}")];

    private static JsonNode? Part(EvaluationProfile profile, string key) => JsonNode.Parse(ProfileWriter.ToJson(profile))![key];

    [Test]
    public void SameProfileAndEvaluation_AsTheJson()
    {
        var built = Built();
        var loaded = ProfileLoader.Parse(Json());

        Assert.Multiple(() =>
        {
            Assert.That(built.Tiers, Is.EqualTo(loaded.Tiers));
            Assert.That(built.Labels, Is.EqualTo(loaded.Labels));
            foreach (var key in new[] { "tier_set", "pools", "overrides" })
            {
                Assert.That(JsonNode.DeepEquals(Part(built, key), Part(loaded, key)), Is.True, key);
            }

            Assert.That(Rows(Evaluate(built)), Is.EqualTo(Rows(Evaluate(loaded))));
        });
    }

    [Test]
    public void ScoreMinimumsAndBandRounding_AsTheJson()
    {
        var json = JsonNode.Parse(Json())!.AsObject();
        json["pools"]![0]!["tiering"] = JsonNode.Parse("""{"scheme": "score_thresholds", "minimums": [28, 20, 6]}""");
        var thresholds = Built(p => p.Thresholds([28, 20, 6]));
        json["pools"]![0]!["tiering"] = JsonNode.Parse("""{"scheme": "quota_bands", "percents": [10, 30, 55, 5], "d_rounding": "floor"}""");
        var ownRounding = Built(p => p.QuotaBands([10, 30, 55, 5], bandRounding: new QuotaBandRounding { D = HeadcountRounding.Floor }));
        var ownRoundingJson = ProfileLoader.Parse(json.ToJsonString());
        json["pools"]![0]!["tiering"] = JsonNode.Parse("""{"scheme": "score_thresholds", "minimums": [28, 20, 6]}""");

        Assert.Multiple(() =>
        {
            Assert.That(Rows(Evaluate(thresholds)), Is.EqualTo(Rows(Evaluate(ProfileLoader.Parse(json.ToJsonString())))));
            Assert.That(Rows(Evaluate(ownRounding)), Is.EqualTo(Rows(Evaluate(ownRoundingJson))));
        });
    }

    [Test]
    public void DefaultLabels_CodeAnd类()
    {
        var profile = new ProfileBuilder("t", 2025).Tiers(["A", "B", "C", "D", "E"])
            .Pool("all", "全部", p => p.Indicator(KnownIndicators.TaxPerMu, 100, KnownBenchmarks.Fixed(1)).QuotaBands([10, 20, 40, 25, 5]))
            .Build();

        Assert.That(profile.Tiers.Levels.Select(profile.Labels.Of), Is.EqualTo(new[] { "A类", "B类", "C类", "D类", "E类" }));
    }

    [Test]
    public void LetteredOverride_UnderAnotherSet_NamesTheTierCodedByItsLetter()
    {
        var profile = new ProfileBuilder("t", 2025).Tiers(Codes)
            .Pool("all", "全部", p => p.Indicator(KnownIndicators.TaxPerMu, 100, KnownBenchmarks.Fixed(1)).QuotaBands([10, 30, 50, 10]))
            .Override("cap", "最高C类", OverrideAction.CapAtC, FirmCondition.All)
            .Build();
        var json = JsonNode.Parse(Json())!.AsObject();
        json["overrides"] = JsonNode.Parse("""[{"id": "cap", "label": "最高C类", "action": "cap_at_c", "when": {}}]""");

        Assert.That(profile.Overrides.Single(), Is.EqualTo(ProfileLoader.Parse(json.ToJsonString()).Overrides.Single()));
    }

    [Test]
    public void Problems_LikeTheJson()
    {
        var e = ProfileTestSupport.Problems(() => new ProfileBuilder("t", 2025).Tiers(["A", "a", "T"], ["A类", "B类"])
            .Pool("all", "全部", p => p.Indicator(KnownIndicators.TaxPerMu, 100, KnownBenchmarks.Fixed(1)).QuotaBands([10, 30, 60]))
            .Build());
        var f = ProfileTestSupport.Problems(() => new ProfileBuilder("t", 2025).Tiers(Codes)
            .Pool("all", "全部", p => p.Indicator(KnownIndicators.TaxPerMu, 100, KnownBenchmarks.Fixed(1)).QuotaBands([10, 30, 60]))
            .Override("veto", "直接列为D类", OverrideAction.VetoPlaceIn, "D", FirmCondition.All)
            .Override("force", "直接列为D类", OverrideAction.ForceD, FirmCondition.All)
            .Build());

        Assert.Multiple(() =>
        {
            Assert.That(e.Problems.Select(p => p.Path), Is.EquivalentTo(new[] { "tier_set[1].code", "tier_set[2].code", "tier_set" }));
            Assert.That(f.Problems.Select(p => p.Path), Is.EquivalentTo(new[] { "overrides[0].tier", "overrides[1].action" }));
            Assert.That(f.Problems.Select(p => ProfileProblemText.IsTranslated(p.Message)), Has.All.True);
        });
    }

    [Test]
    public void PoolBandsOfAnotherCount_ReportedByTheEvaluatorCheck()
    {
        var e = ProfileTestSupport.Problems(() => new ProfileBuilder("t", 2025).Tiers(Codes)
            .Pool("all", "全部", p => p.Indicator(KnownIndicators.TaxPerMu, 100, KnownBenchmarks.Fixed(1)).QuotaBands([10, 30, 60]))
            .Build());

        Assert.That(e.Problems.Single().Path, Is.EqualTo("pools[0].tiering"));
    }
}
