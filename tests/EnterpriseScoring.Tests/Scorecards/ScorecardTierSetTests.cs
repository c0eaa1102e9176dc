using System.Text.Json.Nodes;
using EnterpriseScoring.Platforms;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Scorecards;
using EnterpriseScoring.Tests.Platforms;

namespace EnterpriseScoring.Tests.Scorecards;

/// <summary>
/// The tier-land share under firm profiles of 3 and 5 tiers: the built-in <c>d_tier_land_share</c> is the bottom tier's
/// (倒逼整治类, whatever its letter), a definition names its tier by a code of the firm profile's set, and a code the set
/// does not have fails with the JSON path — never a silent 0 %.
/// </summary>
public class ScorecardTierSetTests
{
    private const string CardJson = """
        {
          "kind": "scorecard", "id": "tier-set-test", "year": 2025, "firm_profile": "zhejiang-six-indicators",
          "indicators": [
            { "id": "d_tier_land_share", "weight": 10, "targets": [ { "kind": "ceiling", "value": 20 } ] },
            { "id": "named_land_share", "name": "指定类用地占比", "unit": "%", "weight": 10, "targets": [ { "kind": "ceiling", "value": 20 } ],
              "definition": { "kind": "tier_land_share", "tier": "TIER" } }
          ]
        }
        """;

    /// <summary>The platform example's profile with a tier set of <paramref name="codes"/> and one minimum total per tier but the bottom.</summary>
    private static Evaluation Evaluate(string[] codes, double[] minimums)
    {
        var root = JsonNode.Parse(File.ReadAllText(TestPaths.Seeds("data", "platform-example.profile.json")))!.AsObject();
        root.Remove("$schema");
        root["tier_set"] = new JsonArray([.. codes.Select(c => (JsonNode)new JsonObject { ["code"] = c })]);
        root["pools"]![0]!["tiering"] = new JsonObject { ["scheme"] = "score_thresholds", ["minimums"] = new JsonArray([.. minimums.Select(m => (JsonNode)m)]) };
        return new Evaluator(ProfileLoader.Parse(root.ToJsonString())).Evaluate(PlatformExample.Firms);
    }

    private static ScorecardProfile Card(string tierCode) => ScorecardLoader.Parse(CardJson.Replace("TIER", tierCode, StringComparison.Ordinal));

    /// <summary>The city's share of land held by firms in <paramref name="tier"/>, straight from the firm results.</summary>
    private static double Share(Evaluation evaluation, Tier tier)
    {
        var rows = Enumerable.Range(0, evaluation.Table.Count).Where(r => evaluation.Table.Platforms[r].Trim().Length > 0 && evaluation.Results[r].Tier is not null).ToList();
        return rows.Where(r => evaluation.Results[r].Tier == tier).Sum(r => evaluation.LandArea[r]) / rows.Sum(r => evaluation.LandArea[r]) * 100;
    }

    private static PlatformFigures Figures(Evaluation evaluation, ScorecardProfile card) =>
        PlatformFigures.Compute(evaluation, PlatformMembership.Create(evaluation.Table, PlatformExample.Register, card.Year), card.Indicators.Select(i => i.Indicator));

    [Test]
    public void ThreeTiers_BottomIsC_AndACodeOfTheSetIsTaken()
    {
        var evaluation = Evaluate(["A", "B", "C"], [150, 100]);
        Assume.That(evaluation.Results.Count(r => r.Tier == Tier.C), Is.GreaterThan(0), "the example has bottom-tier firms");
        var figures = Figures(evaluation, Card("b"));
        var bottom = figures.Get(PlatformMembership.CityId, "d_tier_land_share");

        Assert.Multiple(() =>
        {
            Assert.That(bottom.Value, Is.EqualTo(Share(evaluation, Tier.C)).Within(1e-9), "the bottom tier of A/B/C is C");
            Assert.That(bottom.Arithmetic, Does.StartWith("Σland(tier C)"));
            Assert.That(figures.Get(PlatformMembership.CityId, "named_land_share").Value, Is.EqualTo(Share(evaluation, Tier.B)).Within(1e-9), "'b' is B, any case");
            Assert.That(Scorecard.Evaluate(evaluation, PlatformExample.Register, Card("c")).Rows, Is.Not.Empty);
        });
    }

    [Test]
    public void ThreeTiers_CodeD_FailsWithTheJsonPath()
    {
        var evaluation = Evaluate(["A", "B", "C"], [150, 100]);

        var e = Assert.Throws<ProfileException>(() => Scorecard.Evaluate(evaluation, PlatformExample.Register, Card("D")))!;
        var problem = e.Problems.Single();
        Assert.Multiple(() =>
        {
            Assert.That(problem.Path, Is.EqualTo("$.indicators[1].definition.tier"));
            Assert.That(problem.Message, Is.EqualTo("'D' is not a tier of the firm profile's tier set A/B/C"));
            Assert.That(problem.Hint, Does.Contain("A, B, C, T, ungraded_as_b or bottom (the set's last level, C)"));
            Assert.That(ProfileProblemText.IsTranslated(problem.Message), Is.True);
            Assert.Throws<InvalidOperationException>(() => PlatformFigures.Compute(evaluation, PlatformMembership.Create(evaluation.Table, PlatformExample.Register, 2025), [new TierLandSharePlatformIndicator("x", "x", Tier.D)]), "a Tier D the set cannot give is no silent 0 % either");
        });
    }

    [Test]
    public void FiveTiers_BottomIsE_DIsTheFourthLevel()
    {
        var evaluation = Evaluate(["A", "B", "C", "D", "E"], [150, 100, 75, 50]);
        Assume.That(evaluation.Results.Count(r => r.Tier == Tier.E), Is.GreaterThan(0), "the example has bottom-tier firms");
        var figures = Figures(evaluation, Card("D"));

        Assert.Multiple(() =>
        {
            Assert.That(figures.Get(PlatformMembership.CityId, "d_tier_land_share").Value, Is.EqualTo(Share(evaluation, Tier.E)).Within(1e-9), "the bottom tier of A–E is E");
            Assert.That(figures.Get(PlatformMembership.CityId, "d_tier_land_share").Arithmetic, Does.StartWith("Σland(tier E)"));
            Assert.That(figures.Get(PlatformMembership.CityId, "named_land_share").Value, Is.EqualTo(Share(evaluation, Tier.D)).Within(1e-9));
            Assert.That(figures.Get(PlatformMembership.CityId, "named_land_share").Value, Is.Not.EqualTo(figures.Get(PlatformMembership.CityId, "d_tier_land_share").Value));
        });
    }

    [Test]
    public void FiveTiers_UnknownCode_FailsWhenTheFirmProfileIsLoaded()
    {
        // The built-in firm profile has A/B/C/D: E is not one of its tiers, and loading the scorecard's firm profile says so.
        var e = Assert.Throws<ProfileException>(() => ScorecardLoader.LoadFirmProfile(Card("E")))!;
        Assert.That(e.Problems.Single().Path, Is.EqualTo("$.indicators[1].definition.tier"));

        var five = Evaluate(["A", "B", "C", "D", "E"], [150, 100, 75, 50]);
        Assert.That(() => Scorecard.Evaluate(five, PlatformExample.Register, Card("A+")), Throws.TypeOf<ProfileException>().With.Message.Contain("'A+' is not a tier of the firm profile's tier set A/B/C/D/E"));
    }
}
