using EnterpriseScoring.Profiles;

namespace EnterpriseScoring.Tests.Profiles;

/// <summary>The comparisons of a condition in JSON: &gt;, ≥, &lt;, ≤ (with the older names as aliases) and exact industry codes.</summary>
public class ConditionComparisonTests
{
    private static string Profile(string when) => $$$"""
        {
          "name": "c", "evaluation_year": 2025,
          "pools": [
            {
              "id": "p", "selector": {{{when}}},
              "indicators": [{"id": "tax_per_mu", "weight": 100, "benchmark": {"type": "fixed", "value": 10}}]
            }
          ]
        }
        """;

    [Test]
    public void Parse_EveryComparison_GivesItsOwnPart()
    {
        var selector = ProfileLoader.Parse(Profile("""
            {"measure_greater_than": {"revenue": 500000}, "measure_greater_or_equal": {"tax": 1},
             "measure_less_than": {"energy": 50}, "measure_less_or_equal": {"employees": 300}, "industry_codes": ["C2611"]}
            """)).Pools[0].Selector;

        Assert.Multiple(() =>
        {
            Assert.That(selector.MeasureGreaterThan, Is.EqualTo(new Dictionary<string, double> { ["revenue"] = 500000 }));
            Assert.That(selector.MeasureAtLeast, Is.EqualTo(new Dictionary<string, double> { ["tax"] = 1 }));
            Assert.That(selector.MeasureBelow, Is.EqualTo(new Dictionary<string, double> { ["energy"] = 50 }));
            Assert.That(selector.MeasureAtMost, Is.EqualTo(new Dictionary<string, double> { ["employees"] = 300 }));
            Assert.That(selector.IndustryCodes, Is.EqualTo(new[] { "C2611" }));
            Assert.That(selector.ToString(), Is.EqualTo("industry = C2611, revenue > 500000, tax ≥ 1, energy < 50, employees ≤ 300"));
        });
    }

    [Test]
    public void Parse_OlderNames_AreAliases_AndTheWriterUsesTheCanonicalNames()
    {
        var old = ProfileLoader.Parse(Profile("""{"measure_at_least": {"tax": 1}, "measure_below": {"energy": 50}}"""));
        var canonical = ProfileLoader.Parse(Profile("""{"measure_greater_or_equal": {"tax": 1}, "measure_less_than": {"energy": 50}}"""));

        var written = ProfileWriter.ToJson(old);

        Assert.Multiple(() =>
        {
            Assert.That(old.Pools[0].Selector, Is.EqualTo(canonical.Pools[0].Selector));
            Assert.That(written, Does.Contain("\"measure_greater_or_equal\"").And.Contain("\"measure_less_than\"").And.Not.Contain("measure_at_least"));
            Assert.That(ProfileWriter.ToJson(ProfileLoader.Parse(written)), Is.EqualTo(written));
        });
    }

    [Test]
    public void Parse_AMeasureUnderANameAndItsAlias_IsAProblemAtTheAlias()
    {
        var e = ProfileTestSupport.Problems(() => ProfileLoader.Parse(Profile("""{"measure_greater_or_equal": {"tax": 1}, "measure_at_least": {"tax": 2}}""")));

        Assert.That(e.Problems, Has.Count.EqualTo(1), e.Message);
        Assert.That(e.Problems[0].Path, Is.EqualTo("$.pools[0].selector.measure_at_least.tax"));
        Assert.That(e.Problems[0].Message, Does.Contain("also under measure_greater_or_equal"));
    }

    [Test]
    public void Parse_AnUnknownMeasure_IsAProblemAtItsPath()
    {
        var e = ProfileTestSupport.Problems(() => ProfileLoader.Parse(Profile("""{"measure_greater_than": {"revenu": 1}}""")));

        Assert.That(e.Problems.Select(p => p.Path), Does.Contain("$.pools[0].selector.measure_greater_than.revenu"), e.Message);
    }

    [TestCase(499999.99, false, false, true, true)]
    [TestCase(500000, false, true, false, true)]
    [TestCase(500000.01, true, true, false, false)]
    public void Matches_EachComparison_AtAndAroundTheThreshold(double revenue, bool greater, bool atLeast, bool below, bool atMost)
    {
        var table = FirmTable.FromFirms([new Firm { Id = "x", SizeClass = SizeClass.AboveDesignatedSize, Measures = new Dictionary<string, double> { ["revenue"] = revenue } }]);
        bool Test(FirmCondition c) => c.Matches(table, 0, 1);
        var threshold = new Dictionary<string, double> { ["revenue"] = 500000 };

        Assert.Multiple(() =>
        {
            Assert.That(Test(new FirmCondition { MeasureGreaterThan = threshold }), Is.EqualTo(greater), ">");
            Assert.That(Test(new FirmCondition { MeasureAtLeast = threshold }), Is.EqualTo(atLeast), "≥");
            Assert.That(Test(new FirmCondition { MeasureBelow = threshold }), Is.EqualTo(below), "<");
            Assert.That(Test(new FirmCondition { MeasureAtMost = threshold }), Is.EqualTo(atMost), "≤");
        });
    }

    [TestCase("C2611", true)]
    [TestCase("2611", true)]
    [TestCase("c2611", true)]
    [TestCase("C26110", false)]
    [TestCase("C261", false)]
    public void IndustryCodes_MatchExactly_IgnoringTheSectionLetter(string code, bool matches)
    {
        var table = FirmTable.FromFirms([new Firm { Id = "x", IndustryCode = code }]);

        Assert.That(new FirmCondition { IndustryCodes = ["C2611"] }.Matches(table, 0, 1), Is.EqualTo(matches));
    }
}
