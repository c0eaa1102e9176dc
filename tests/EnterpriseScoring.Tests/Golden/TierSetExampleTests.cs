using System.Text.Json.Nodes;
using EnterpriseScoring.Classification;
using EnterpriseScoring.IO;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Tests.Profiles;

namespace EnterpriseScoring.Tests.Golden;

/// <summary>
/// seeds/data/rounding.csv (30 firms, 亩均税收 1 … 30) under seeds/data/tiers.profile.json: the tier set A+ / A / B / C
/// with quota bands 10/30/50/10 and overrides naming tiers by code (seeds/README.md "Tier sets beyond A–D").
/// </summary>
public class TierSetExampleTests
{
    private static string Json() => File.ReadAllText(TestPaths.Seeds("data", "tiers.profile.json"));

    private static Evaluation Evaluate(string json)
    {
        var profile = ProfileLoader.Parse(json);
        var read = FirmCsvReader.Read(TestPaths.Seeds("data", "rounding.csv"), FirmCsvReaderOptions.Default.ForProfile(profile));
        Assert.That(read.Rejections, Is.Empty);
        return new Evaluator(profile).Evaluate(read.Table);
    }

    /// <summary>The 亩均税收 of the firms shown under <paramref name="code"/> (firm k pays 10k 万元 on 10 亩).</summary>
    private static int[] Values(Evaluation evaluation, string code) =>
        [.. evaluation.Results.Where(r => evaluation.Profile.Tiers.CodeOf(r.Tier) == code).Select(r => (int)Math.Round(r.Indicators[0].Value!.Value)).Order()];

    private static string Edit(Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(Json())!.AsObject();
        edit(root);
        return root.ToJsonString();
    }

    [Test]
    public void Tiers_ByCode_AfterOverrides()
    {
        var evaluation = Evaluate(Json());

        Assert.Multiple(() =>
        {
            // A+ ≤ round(3) = 3, A ≤ round(12) = 12, B ≤ round(27) = 27: A+ 28 … 30, A 19 … 27, B 4 … 18, C 1 … 3;
            // then firm 30 is capped at B (accident) and firms 1 … 4 are placed in C (land violation; only firm 4 moves).
            Assert.That(Values(evaluation, "A+"), Is.EqualTo(new[] { 28, 29 }));
            Assert.That(Values(evaluation, "A"), Is.EqualTo(Enumerable.Range(19, 9)));
            Assert.That(Values(evaluation, "B"), Is.EqualTo(Enumerable.Range(5, 14).Append(30)));
            Assert.That(Values(evaluation, "C"), Is.EqualTo(new[] { 1, 2, 3, 4 }));
            Assert.That(evaluation.Results.Select(r => r.TierLabel).Distinct().Order(), Is.EqualTo(new[] { "A+类（优先发展类）", "A类（鼓励提升类）", "B类（调控帮扶类）", "C类（倒逼整治类）" }.Order()));
        });
    }

    [Test]
    public void Explain_UsesTheCodes()
    {
        var evaluation = Evaluate(Json());
        var top = evaluation.Results.Single(r => r.Indicators[0].Value == 30);
        var fourth = evaluation.Results.Single(r => r.Indicators[0].Value == 4);

        Assert.Multiple(() =>
        {
            Assert.That(top.TierReason, Does.Contain("quota bands 10/30/50/10 (round) over 30 rated firms: A+ ≤ 3, A ≤ 12, B ≤ 27, C > 27; rank 1 → A+"));
            Assert.That(top.TierReason, Does.Contain("override accident (CapAt): A+ → B"));
            Assert.That(fourth.TierReason, Does.Contain("override land_violation (VetoPlaceIn): B → C"));
            Assert.That(evaluation.Explain(top.Id), Does.Contain("A+ ≤ 3"));
        });
    }

    [Test]
    public void Reflow_FillsTheFreedAPlusSlot()
    {
        var evaluation = Evaluate(Edit(root => root["reflow_overridden_slots"] = true));
        var reflowed = evaluation.Results.Single(r => r.Indicators[0].Value == 27);

        Assert.Multiple(() =>
        {
            // Overridden firms keep their tiers (30 in B, 1 … 4 in C); the others fill A+ 3, A 9, B 15 − 1 in order.
            Assert.That(Values(evaluation, "A+"), Is.EqualTo(new[] { 27, 28, 29 }));
            Assert.That(Values(evaluation, "A"), Is.EqualTo(Enumerable.Range(18, 9)));
            Assert.That(reflowed.TierReason, Does.Contain("re-flowed from A to A+ into slots freed by overrides"));
        });
    }

    [Test]
    public void FiveTiers_ThresholdsAndLimits()
    {
        var json = Edit(root =>
        {
            root["tier_set"] = new JsonArray(new[] { "A", "B", "C", "D", "E" }.Select(c => (JsonNode)new JsonObject { ["code"] = c }).ToArray());
            root["pools"]![0]!["tiering"] = JsonNode.Parse("""{"scheme": "score_thresholds", "minimums": [2500, 2000, 1000, 500]}""");
            root["pools"]![0]!["limits"] = JsonNode.Parse("""{"max_d_percent": 10}""");
            root.Remove("overrides");
        });
        var evaluation = Evaluate(json);

        Assert.Multiple(() =>
        {
            // Scores are 100 × 亩均税收: A ≥ 2500 (25 … 30); E, the bottom, < 500: 1 … 4, at most ⌊10 % × 30⌋ = 3, so 4 moves up to D.
            Assert.That(Values(evaluation, "A"), Is.EqualTo(Enumerable.Range(25, 6)));
            Assert.That(Values(evaluation, "E"), Is.EqualTo(new[] { 1, 2, 3 }));
            Assert.That(Values(evaluation, "D"), Is.EqualTo(new[] { 4, 5, 6, 7, 8, 9 }));
            Assert.That(evaluation.Results.Single(r => r.Indicators[0].Value == 1).TierLabel, Is.EqualTo("E类"));
            Assert.That(evaluation.Results.Single(r => r.Indicators[0].Value == 4).TierReason, Does.Contain("moved by limits E ≤ 10%"));
            Assert.That(evaluation.TierCounts[Tier.E], Is.EqualTo(3));
        });
    }

    [Test]
    public void ResultsCsv_RoundTripsTheCodes()
    {
        var evaluation = Evaluate(Json());
        using var stream = new MemoryStream();
        ResultsCsvWriter.Write(evaluation, stream);

        stream.Position = 0;
        var prior = ResultsCsvReader.Read(stream, evaluation.Profile.Tiers).ToDictionary(r => r.Id);
        stream.Position = 0;
        var text = new StreamReader(stream).ReadToEnd();
        stream.Position = 0;

        Assert.Multiple(() =>
        {
            Assert.That(evaluation.Results.Select(r => prior[r.Id].Tier), Is.EqualTo(evaluation.Results.Select(r => r.Tier)));
            Assert.That(text, Does.Contain(",A+,A+类（优先发展类）,"));
            Assert.That(() => ResultsCsvReader.Read(stream), Throws.TypeOf<UnknownTierCodeException>().With.Message.Contains("'A+' is not a tier").And.Property(nameof(UnknownTierCodeException.Code)).EqualTo("A+"));
        });
    }

    [Test]
    public void ProfileWriter_RoundTripsTheTierSet()
    {
        var profile = ProfileLoader.Parse(Json());
        var json = ProfileWriter.ToJson(profile);
        var again = ProfileLoader.Parse(json);

        Assert.Multiple(() =>
        {
            Assert.That(again.Tiers, Is.EqualTo(profile.Tiers));
            Assert.That(again.Labels, Is.EqualTo(profile.Labels));
            Assert.That(again.Overrides, Is.EqualTo(profile.Overrides));
            Assert.That(again.Pools[0].Tiering, Is.TypeOf<QuotaBands>().With.Property(nameof(QuotaBands.Percents)).EqualTo(new[] { 10, 30, 50, 10 }));
            Assert.That(ProfileWriter.ToJson(again), Is.EqualTo(json));
        });
    }

    [Test]
    public void LetteredActions_NameTheTierOfTheirLetter()
    {
        var profile = ProfileLoader.Parse(Edit(root => root["overrides"] = JsonNode.Parse("""
            [ { "id": "cap", "action": "cap_at_c", "when": { "measure_greater_than": { "tax": 295 } } },
              { "id": "top", "action": "force_a", "when": { "measure_less_or_equal": { "tax": 10 } } } ]
            """)));

        Assert.Multiple(() =>
        {
            // Under A+/A/B/C, "cap at C" caps at the tier coded C (the bottom), "force A" places in the tier coded A (level 2).
            Assert.That(profile.Overrides[0], Has.Property(nameof(OverrideRule.Action)).EqualTo(OverrideAction.CapAt).And.Property(nameof(OverrideRule.Target)).EqualTo(Tier.D));
            Assert.That(profile.Overrides[1], Has.Property(nameof(OverrideRule.Action)).EqualTo(OverrideAction.PlaceIn).And.Property(nameof(OverrideRule.Target)).EqualTo(Tier.B));
        });
    }

    [Test]
    public void Report_ListsAndCountsByCode()
    {
        var html = EnterpriseScoring.Reporting.HtmlReport.Render(Evaluate(Json()));

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("A+ A+类（优先发展类） &#183; A A类（鼓励提升类） &#183; B B类（调控帮扶类） &#183; C C类（倒逼整治类）"));
            Assert.That(html, Does.Contain("<th>A+</th><th>A</th><th>B</th><th>C</th><th>T</th>"));
            Assert.That(html, Does.Contain("C类（倒逼整治类） 企业名单 / Tier C firms (4)"));
            Assert.That(html, Does.Contain("A+类（优先发展类） 企业名单 / Tier A+ firms (2)"));
            Assert.That(html, Does.Not.Contain("Tier D firms"));
        });
    }

    [Test]
    public void Adjustments_NameTiersByCode()
    {
        var evaluation = Evaluate(Json());
        var firm = evaluation.Results.Single(r => r.Indicators[0].Value == 27);
        var file = Path.Combine(Path.GetTempPath(), $"escore-tiers-{Guid.NewGuid():N}.csv");
        File.WriteAllText(file, $"统一社会信用代码,档次,原因,审批人,日期\n{firm.Id},A+类,区政府决定,示例区人民政府,2025-03-20\n");
        try
        {
            var result = EnterpriseScoring.Corrections.TierAdjustments.Read(file).ApplyTo(evaluation);
            var adjusted = result.Evaluation.Find(firm.Id)!;

            Assert.Multiple(() =>
            {
                Assert.That(result.Problems, Is.Empty);
                Assert.That(adjusted.TierCode, Is.EqualTo("A+"));
                Assert.That(adjusted.TierReason, Does.Contain("初评 initial tier A → 调档 manual adjustment to A+ by 示例区人民政府"));
            });
        }
        finally
        {
            File.Delete(file);
        }
    }

    [TestCase("""{"tier_set": [{"code": "A"}, {"code": "B"}]}""", "$.tier_set")]
    [TestCase("""{"tier_set": [{"code": "A+"}, {"code": "a+"}, {"code": "B"}, {"code": "C"}]}""", "$.tier_set[1].code")]
    [TestCase("""{"tier_set": [{"code": "A"}, {"code": "T"}, {"code": "B"}, {"code": "C"}]}""", "$.tier_set[1].code")]
    [TestCase("""{"tier_set": [{"code": "A"}, {"code": "B"}, {"code": "C"}]}""", "$.pools[0].tiering.percents")]
    [TestCase("""{"pools": [{"tiering": {"scheme": "quota_bands", "percents": [10, 30, 50, 20]}}]}""", "$.pools[0].tiering.percents", false)]
    [TestCase("""{"pools": [{"tiering": {"scheme": "quota_bands", "percents": [10, 30, 60]}}]}""", "$.pools[0].tiering.percents")]
    [TestCase("""{"pools": [{"tiering": {"scheme": "quota_bands", "percents": [10, 30, 50, 10], "a": 10}}]}""", "$.pools[0].tiering.a")]
    [TestCase("""{"tier_set": [{"code": "A"}, {"code": "B"}, {"code": "C"}], "pools": [{"tiering": {"percents": [10, 30, 60], "d_rounding": "floor"}}]}""", "$.pools[0].tiering.d_rounding")]
    [TestCase("""{"pools": [{"tiering": {"scheme": "score_thresholds", "percents": null, "minimums": [90, 90, 60]}}]}""", "$.pools[0].tiering.minimums")]
    [TestCase("""{"pools": [{"tiering": {"scheme": "score_thresholds", "percents": null, "minimums": [90, 80]}}]}""", "$.pools[0].tiering.minimums")]
    [TestCase("""{"overrides": [{"tier": "D"}]}""", "$.overrides[0].tier")]
    [TestCase("""{"overrides": [{"action": "force_d", "tier": null}]}""", "$.overrides[0].action")]
    [TestCase("""{"overrides": [{"action": "cap_at_c", "tier": "B"}]}""", "$.overrides[0].tier")]
    [TestCase("""{"overrides": [{"tier": null}]}""", "$.overrides[0]")]
    [TestCase("""{"labels": {"a": "甲"}}""", "$.labels.a")]
    public void Problem_PointsIntoTheJson(string patch, string path, bool newForm = true)
    {
        var json = Edit(root => Merge(root, JsonNode.Parse(patch)!.AsObject()));
        var e = ProfileTestSupport.Problems(() => ProfileLoader.Parse(json));

        Assert.That(e.Problems.Select(p => p.Path), Does.Contain(path), e.Message);
        if (newForm)
        {
            var problem = e.Problems.First(p => p.Path == path);
            Assert.That(ProfileProblemText.IsTranslated(problem.Message), Is.True, "not translated: " + problem);
        }
    }

    /// <summary>Merges <paramref name="patch"/> into <paramref name="target"/>: objects key by key, arrays item by item, null removes.</summary>
    private static void Merge(JsonObject target, JsonObject patch)
    {
        foreach (var (key, value) in patch.ToList())
        {
            if (value is null)
            {
                target.Remove(key);
            }
            else if (value is JsonObject o && target[key] is JsonObject t)
            {
                Merge(t, o);
            }
            else if (value is JsonArray a && target[key] is JsonArray ta && a.All(x => x is JsonObject) && a.Count <= ta.Count && key != "tier_set")
            {
                for (var i = 0; i < a.Count; i++)
                {
                    Merge(ta[i]!.AsObject(), a[i]!.AsObject());
                }
            }
            else
            {
                target[key] = value.DeepClone();
            }
        }
    }
}
