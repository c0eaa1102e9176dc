using EnterpriseScoring.Profiles;

namespace EnterpriseScoring.Tests.Profiles;

public class ProfileValidationTests
{
    private const string Broken = """
        {
          "name": "broken",
          "evaluation_year": 2025,
          "consequences": {"d": "surcharge"},
          "labels": {"set": "developmnt"},
          "pools": [
            {
              "id": "all",
              "indicators": [
                {"id": "tax_per_mu", "weight": 0, "benchmark": {"type": "fixed", "value": 0}},
                {"id": "tax_per_muu", "weight": 30, "benchmark": {"type": "pool_mean", "mean": "ratio_of_sums"}},
                {"id": "value_added_per_mu", "wieght": 30, "scoring": {"method": "min_maxx"}},
                {"id": "labor_productivity", "weight": -5, "benchmark": {"type": "pool_medain"}}
              ],
              "tiering": {"scheme": "quota_bands", "a": 20, "b": 40, "c": 35, "d": 10}
            },
            {
              "id": "thresholds",
              "indicators": [{"id": "tax_per_mu", "weight": 100, "benchmark": {"type": "pool_max"}}],
              "weighting": {"method": "ahp", "matrix": [[1, 3], [3, 1]]},
              "tiering": {"scheme": "score_thresholds", "a": 60, "b": 80, "c": 40}
            },
            {
              "indicators": [{"id": "tax_per_mu", "weight": 100, "benchmark": {"type": "pool_max"}}]
            }
          ]
        }
        """;

    private static ProfileException LoadBroken() => ProfileTestSupport.Problems(() => ProfileLoader.Parse(Broken));

    private static ProfileProblem At(ProfileException e, string path) =>
        e.Problems.FirstOrDefault(p => p.Path == path) ?? throw new AssertionException($"no problem at {path}; got:\n{e.Message}");

    [Test]
    public void Parse_BrokenProfile_ReportsEveryProblemInOneException()
    {
        var e = LoadBroken();
        Assert.Multiple(() =>
        {
            Assert.That(At(e, "$.consequences.d").Message, Does.Contain("unknown key 'd'"));
            Assert.That(At(e, "$.consequences.id").Message, Does.Contain("missing required key"));
            Assert.That(At(e, "$.labels.set").Hint, Does.Contain("development"));
            Assert.That(At(e, "$.pools[0].indicators[0].weight").Message, Does.Contain("not > 0"));
            Assert.That(At(e, "$.pools[0].indicators[0].benchmark.value").Message, Does.Contain("not > 0"));
            Assert.That(At(e, "$.pools[0].indicators[1].id").Hint, Does.Contain("tax_per_mu"));
            Assert.That(At(e, "$.pools[0].indicators[2].wieght").Hint, Does.Contain("'weight'"));
            Assert.That(At(e, "$.pools[0].indicators[2].scoring.method").Hint, Does.Contain("min_max"));
            Assert.That(At(e, "$.pools[0].indicators[3].weight").Message, Does.Contain("-5"));
            Assert.That(At(e, "$.pools[0].indicators[3].benchmark.type").Hint, Does.Contain("pool_median"));
            Assert.That(At(e, "$.pools[0].tiering").Message, Does.Contain("105"));
            Assert.That(At(e, "$.pools[1].weighting.matrix").Message, Does.Contain("1 × 1").Or.Contain("must be"));
            Assert.That(At(e, "$.pools[1].tiering").Message, Does.Contain("do not descend"));
            Assert.That(At(e, "$.pools[2].id").Message, Does.Contain("missing required key"));
        });
        Assert.That(e.Problems, Has.Count.GreaterThanOrEqualTo(13));
    }

    [Test]
    public void Parse_AhpMatrixNotReciprocal_IsReported()
    {
        var json = """
            {"name": "ahp", "evaluation_year": 2025, "pools": [{"id": "all",
              "weighting": {"method": "ahp", "matrix": [[1, 3], [3, 1]]},
              "indicators": [{"id": "tax_per_mu", "benchmark": {"type": "pool_max"}}, {"id": "value_added_per_mu", "benchmark": {"type": "pool_max"}}]}]}
            """;
        var e = ProfileTestSupport.Problems(() => ProfileLoader.Parse(json));
        Assert.That(At(e, "$.pools[0].weighting.matrix").Message, Does.Contain("reciprocal"));
    }

    [Test]
    public void Parse_SyntaxError_GivesLineAndPosition()
    {
        var e = ProfileTestSupport.Problems(() => ProfileLoader.Parse("{\n  \"name\": \"x\",\n  \"evaluation_year\": 2025\n  \"pools\": []\n}"));
        Assert.That(e.Problems, Has.Count.EqualTo(1));
        Assert.That(e.Problems[0].Message, Does.Contain("line 4"));
    }

    [Test]
    public void Parse_MissingRequiredKeys_AreListed()
    {
        var e = ProfileTestSupport.Problems(() => ProfileLoader.Parse("{}"));
        Assert.That(e.Problems.Select(p => p.Path), Is.SupersetOf(new[] { "$.name", "$.evaluation_year", "$.pools" }));
    }

    [Test]
    public void Parse_WrongValueKinds_AreReported()
    {
        var e = ProfileTestSupport.Problems(() => ProfileLoader.Parse("""
            {"name": "x", "evaluation_year": "2025", "pools": [{"id": "all", "ties": "random",
              "indicators": [{"id": "tax_per_mu", "weight": "30", "benchmark": {"type": "pool_max"}}]}]}
            """));
        Assert.Multiple(() =>
        {
            Assert.That(At(e, "$.evaluation_year").Message, Does.Contain("expected a whole number"));
            Assert.That(At(e, "$.pools[0].ties").Hint, Does.Contain("competition"));
            Assert.That(At(e, "$.pools[0].indicators[0].weight").Message, Does.Contain("expected a number"));
        });
    }

    [Test]
    public void Parse_OptionOfAnotherMethod_IsReported()
    {
        var e = ProfileTestSupport.Problems(() => ProfileLoader.Parse("""
            {"name": "x", "evaluation_year": 2025, "pools": [{"id": "all",
              "indicators": [{"id": "tax_per_mu", "weight": 30, "scoring": {"method": "min_max", "cap": 1.2}}]}]}
            """));
        Assert.That(At(e, "$.pools[0].indicators[0].scoring.cap").Message, Does.Contain("not an option of min_max"));
    }

    [Test]
    public void Parse_InverseBenchmarkOnHigherIsBetter_IsReported()
    {
        var e = ProfileTestSupport.Problems(() => ProfileLoader.Parse("""
            {"name": "x", "evaluation_year": 2025, "pools": [{"id": "all",
              "indicators": [{"id": "tax_per_mu", "weight": 30, "scoring": {"method": "inverse_benchmark"}, "benchmark": {"type": "pool_max"}}]}]}
            """));
        Assert.That(At(e, "$.pools[0].indicators[0].scoring.method").Message, Does.Contain("lower-is-better"));
    }

    [Test]
    public void Parse_UnknownMeasure_SuggestsOrAsksToDeclare()
    {
        var e = ProfileTestSupport.Problems(() => ProfileLoader.Parse("""
            {"name": "x", "evaluation_year": 2025, "pools": [{"id": "all",
              "indicators": [{"id": "tax_per_kwh", "weight": 30, "numerator": [{"measure": "taxx"}], "denominator": [{"measure": "green_points"}],
                              "benchmark": {"type": "pool_max"}}]}]}
            """));
        Assert.That(At(e, "$.pools[0].indicators[0].numerator[0].measure").Hint, Does.Contain("'tax'"));
        Assert.That(At(e, "$.pools[0].indicators[0].denominator[0].measure").Hint, Does.Contain("custom_measures"));
    }

    [Test]
    public void Parse_AssumptionPathToNothing_IsReported()
    {
        var e = ProfileTestSupport.Problems(() => ProfileLoader.Parse("""
            {"name": "x", "evaluation_year": 2025, "assumptions": [{"path": "$.pools[3].weight", "note": "n"}],
             "pools": [{"id": "all", "indicators": [{"id": "tax_per_mu", "weight": 30, "benchmark": {"type": "pool_max"}}]}]}
            """));
        Assert.That(At(e, "$.assumptions[0].path").Message, Does.Contain("does not point"));
    }

    [Test]
    public void Parse_EngineLevelProblem_IsReportedWithJsonPath()
    {
        var e = ProfileTestSupport.Problems(() => ProfileLoader.Parse("""
            {"name": "x", "evaluation_year": 2025, "pools": [{"id": "all", "indicators": [{"id": "tax_per_mu", "weight": 30}]}]}
            """));
        Assert.That(At(e, "$.pools[0].indicators[0].benchmark").Message, Does.Contain("needs a benchmark"));
    }
}
