using System.Text;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.IO;
using EnterpriseScoring.Policies;
using EnterpriseScoring.Profiles;

namespace EnterpriseScoring.Tests.Indicators;

/// <summary>
/// A growth indicator of an indicator defined in another pool (<c>growth.of</c>): the figure is the firm's own, so it grows
/// as a built-in base the pool does not score; refused when defined later in the growth's own pool or differently in two
/// pools (issue 18).
/// </summary>
/// <remarks>
/// By hand (tax_share = tax × 100 / revenue, defined and scored in pool <c>big</c>; its growth scored in pool <c>small</c>):
/// S1 2024 10 × 100 / 200 = 5 %, 2025 12 × 100 / 200 = 6 % → (6 − 5) × 100 / 5 = 20 %.
/// </remarks>
public class GrowthOfAnotherPoolTests
{
    internal const string ProfileJson = """
        {
          "name": "other-pool-growth", "evaluation_year": 2025,
          "pools": [
            { "id": "big", "selector": { "size_class": "above_designated_size" }, "indicators": [
              { "id": "tax_share", "chinese_name": "税收占营收比重", "unit": "%", "scale": 100,
                "numerator": [{ "measure": "tax" }], "denominator": [{ "measure": "revenue" }], "weight": 100,
                "benchmark": { "type": "fixed", "value": 5 } } ] },
            { "id": "small", "selector": { "size_class": "below_designated_size" }, "indicators": [
              { "id": "tax_per_mu", "weight": 50, "benchmark": { "type": "fixed", "value": 1 } },
              { "id": "tax_share_growth", "growth": { "of": "tax_share" }, "weight": 50, "benchmark": { "type": "fixed", "value": 20 } } ] }
          ]
        }
        """;

    internal const string Header = "统一社会信用代码,企业名称,规模,用地面积(亩),实缴税金(万元),营业收入(万元)\n";

    internal const string Csv2024 = Header + "913401000072000138,大企业,规上,10,100,1000\n913401000072000213,小企业,规下,5,10,200\n";

    internal const string Csv2025 = Header + "913401000072000138,大企业,规上,10,110,1000\n913401000072000213,小企业,规下,5,12,200\n";

    private static FirmTable Read(string csv) =>
        FirmCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv))).Table;

    private static IReadOnlyList<ProfileProblem> Problems(string json) => Assert.Throws<ProfileException>(() => ProfileLoader.Parse(json))!.Problems;

    [Test]
    public void GrowthOfAnotherPoolsIndicator_GrowsTheFirmsOwnFigure()
    {
        var profile = ProfileLoader.Parse(ProfileJson);
        var growth = (GrowthIndicator)profile.Pools[1].Indicators[1].Indicator;

        var evaluation = new Evaluator(profile).Evaluate(Read(Csv2025), PriorYearContext.FromInput(profile, Read(Csv2024), 2024));

        Assert.Multiple(() =>
        {
            Assert.That(growth.Base, Is.SameAs(profile.Pools[0].Indicators[0].Indicator), "the definition of pool big, compiled once");
            Assert.That(evaluation.Find("913401000072000213")!.Indicators.Single(i => i.IndicatorId == "tax_share_growth").Value, Is.EqualTo(20).Within(1e-9));
            Assert.That(PriorYearContext.GrowthBases(profile).Select(b => b.Id), Is.EqualTo(new[] { "tax_share" }));
            Assert.That(ProfileWriter.ToJson(ProfileLoader.Parse(ProfileWriter.ToJson(profile))), Is.EqualTo(ProfileWriter.ToJson(profile)), "written and read back");
        });
    }

    [Test]
    public void DefinedLaterInTheGrowthsOwnPool_IsRefusedAtItsPath()
    {
        var json = ProfileJson.Replace("""{ "id": "tax_per_mu", "weight": 50, "benchmark": { "type": "fixed", "value": 1 } },""",
            """{ "id": "tax_per_mu", "weight": 50, "benchmark": { "type": "fixed", "value": 1 } }, { "id": "tax_share_growth", "growth": { "of": "tax_share" }, "weight": 50, "benchmark": { "type": "fixed", "value": 20 } },""", StringComparison.Ordinal)
            .Replace("""{ "id": "tax_share_growth", "growth": { "of": "tax_share" }, "weight": 50, "benchmark": { "type": "fixed", "value": 20 } } ] }""",
            """{ "id": "tax_share", "numerator": [{ "measure": "tax" }], "denominator": [{ "measure": "revenue" }], "scale": 100, "unit": "%", "weight": 10, "benchmark": { "type": "fixed", "value": 5 } } ] }""", StringComparison.Ordinal);

        var problem = Problems(json).Single();

        Assert.That((problem.Path, problem.Message), Is.EqualTo(("$.pools[1].indicators[1].growth.of", "'tax_share' is defined later in this pool ($.pools[1].indicators[2])")));
        Assert.That(ProfileProblemText.IsTranslated(problem.Message), Is.True);
    }

    [Test]
    public void DefinedDifferentlyInTwoPools_IsRefusedAsAmbiguous()
    {
        var json = ProfileJson.Replace("""{ "id": "small", """,
            """{ "id": "mid", "selector": { "any_tags": ["mid"] }, "indicators": [ { "id": "tax_share", "numerator": [{ "measure": "tax" }], "denominator": [{ "measure": "value_added" }], "weight": 1, "benchmark": { "type": "fixed", "value": 5 } } ] }, { "id": "small", """, StringComparison.Ordinal);

        var problem = Problems(json).Single();

        Assert.That(problem.Path, Is.EqualTo("$.pools[2].indicators[1].growth.of"));
        Assert.That(problem.Message, Is.EqualTo("'tax_share' is defined differently in $.pools[0].indicators[0] and $.pools[1].indicators[0]: which figure grows is ambiguous"));
        Assert.That(ProfileProblemText.ChineseMessage(problem.Message), Does.Contain("定义不同").And.Contain("$.pools[1].indicators[0]"));
    }

    [Test]
    public void AnUnknownId_IsStillUnknown()
    {
        var problem = Problems(ProfileJson.Replace("""{ "of": "tax_share" }""", """{ "of": "tax_shar" }""", StringComparison.Ordinal)).Single();

        Assert.That((problem.Path, problem.Message), Is.EqualTo(("$.pools[1].indicators[1].growth.of", "unknown indicator 'tax_shar'")));
        Assert.That(problem.Hint, Does.Contain("tax_share"));
    }
}
