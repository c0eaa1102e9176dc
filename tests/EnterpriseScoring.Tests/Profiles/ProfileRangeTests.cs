using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Pools;
using EnterpriseScoring.Profiles;
using static EnterpriseScoring.Tests.Engine.EngineFixtures;

namespace EnterpriseScoring.Tests.Profiles;

/// <summary>
/// What validation passes, evaluation does not choke on: every numeric profile parameter has a documented range, checked
/// with its JSON path; what only absurd data can overflow rejects that firm as out of range instead of failing the run.
/// </summary>
public class ProfileRangeTests
{
    /// <summary>
    /// A profile with one pool of all firms and one indicator; <paramref name="indicator"/> replaces the indicator's keys
    /// after its id, <paramref name="pool"/> and <paramref name="top"/> are added to the pool and the root.
    /// </summary>
    public static string Profile(string indicator = "\"weight\": 100, \"benchmark\": { \"type\": \"fixed\", \"value\": 15 }", string pool = "", string top = "") => $$"""
        { "name": "ranges", "evaluation_year": 2025, {{top}}
          "custom_measures": ["export_value"],
          "pools": [ { "id": "all", {{pool}}
            "indicators": [ { "id": "tax_per_mu", {{indicator}} } ],
            "tiering": { "scheme": "quota_bands", "a": 20, "b": 40, "c": 30, "d": 10 } } ] }
        """;

    private const string W = "\"weight\": 100, ";

    /// <summary>Each out-of-range parameter (the three of the issue first) and the JSON path it is reported at.</summary>
    public static IEnumerable<TestCaseData> OutOfRange()
    {
        const string I = "$.pools[0].indicators[0]";
        yield return Case("fixed benchmark 1e-310 (subnormal), no cap", Profile(W + """ "benchmark": { "type": "fixed", "value": 1e-310 }"""), I + ".benchmark.value");
        yield return Case("weight 1e308", Profile(""" "weight": 1e308, "benchmark": { "type": "fixed", "value": 15 }"""), I + ".weight");
        yield return Case("z-score scale 1e308", Profile(W + """ "scoring": { "method": "z_score", "scale": 1e308 }"""), I + ".scoring.scale");
        yield return Case("z-score scale -1e308", Profile(W + """ "scoring": { "method": "z_score", "scale": -1e308 }"""), I + ".scoring.scale");
        yield return Case("z-score offset", Profile(W + """ "scoring": { "method": "z_score", "offset": 1e300 }"""), I + ".scoring.offset");
        yield return Case("fixed benchmark 1e300", Profile(W + """ "benchmark": { "type": "fixed", "value": 1e300 }"""), I + ".benchmark.value");
        yield return Case("ratio cap", Profile(W + """ "benchmark": { "type": "pool_median" }, "scoring": { "method": "ratio_to_benchmark", "cap": 1e300 }"""), I + ".scoring.cap");
        yield return Case("ratio floor", Profile(W + """ "benchmark": { "type": "pool_median" }, "scoring": { "method": "ratio_to_benchmark", "cap": 1.2, "floor": -1e300 }"""), I + ".scoring.floor");
        yield return Case("prior-year multiplier", Profile(W + """ "benchmark": { "type": "prior_year", "multiplier": 1e300, "inner": { "type": "pool_median" } }"""), I + ".benchmark.multiplier");
        yield return Case("prior-year inner fixed", Profile(W + """ "benchmark": { "type": "prior_year", "inner": { "type": "fixed", "value": 5e-324 } }"""), I + ".benchmark.inner.value");
        yield return Case("missing fixed-score points", Profile(W + """ "benchmark": { "type": "pool_median" }, "missing": { "policy": "fixed_score", "points": -1e308 }"""), I + ".missing.points");
        yield return Case("total points", Profile(pool: "\"total_points\": 1e308,"), "$.pools[0].total_points");
        yield return Case("fixed weighting values", Profile(pool: "\"weighting\": { \"method\": \"fixed\", \"values\": [1e308] },"), "$.pools[0].weighting.values[0]");
        yield return Case("bonus points", Profile(pool: """ "adjustments": { "rules": [ { "type": "tag", "id": "t", "tag": "high_tech", "points": 1e308 } ] }, """), "$.pools[0].adjustments.rules[0].points");
        yield return Case("per-unit points", Profile(pool: """ "adjustments": { "rules": [ { "type": "per_unit", "id": "l", "measure": "lessees", "first_unit_points": -1e308, "additional_unit_points": -5 } ] }, """), "$.pools[0].adjustments.rules[0].first_unit_points");
        yield return Case("category cap", Profile(pool: """ "adjustments": { "rules": [ { "type": "tag", "id": "t", "tag": "high_tech", "points": 3, "category": "honour" } ], "category_caps": { "honour": 1e308 } }, """), "$.pools[0].adjustments.category_caps.honour");
        yield return Case("score threshold", Profile(pool: "").Replace("""{ "scheme": "quota_bands", "a": 20, "b": 40, "c": 30, "d": 10 }""", """{ "scheme": "score_thresholds", "a": 1e308, "b": 75, "c": 60 }""", StringComparison.Ordinal), "$.pools[0].tiering.a");
        yield return Case("defined ratio scale", Profile().Replace(""" "id": "tax_per_mu",""", """ "id": "export_share", "numerator": [{ "measure": "export_value" }], "denominator": [{ "measure": "tax" }], "scale": 1e300,""", StringComparison.Ordinal), I + ".scale");
        yield return Case("defined ratio coefficient", Profile().Replace(""" "id": "tax_per_mu",""", """ "id": "export_share", "numerator": [{ "measure": "export_value", "coefficient": 1e-300 }], "denominator": [{ "measure": "tax" }],""", StringComparison.Ordinal), I + ".numerator[0].coefficient");
        yield return Case("floor-area ratio", Profile(top: """ "land": { "strategy": "building_area_conversion", "floor_area_ratio": 1e-300 }, """), "$.land.floor_area_ratio");
    }

    private static TestCaseData Case(string name, string json, string path) => new TestCaseData(json, path).SetArgDisplayNames(name);

    [TestCaseSource(nameof(OutOfRange))]
    public void Parse_ParameterOutOfItsRange_IsAProblemAtItsPath(string json, string path)
    {
        var e = ProfileTestSupport.Problems(() => ProfileLoader.Parse(json));

        Assert.That(e.Problems.Select(p => p.Path), Does.Contain(path), e.Message);
        Assert.That(e.Problems.Single(p => p.Path == path).Message, Does.Contain("out of range"));
    }

    [Test]
    public void Parse_TheLimitsThemselvesAreAccepted()
    {
        Assert.DoesNotThrow(() => ProfileLoader.Parse(Profile(""" "weight": 1e6, "benchmark": { "type": "fixed", "value": 1e-9 }, "scoring": { "method": "ratio_to_benchmark", "cap": 1000, "floor": -1000 }""")));
        Assert.DoesNotThrow(() => ProfileLoader.Parse(Profile(W + """ "benchmark": { "type": "fixed", "value": 1e12 }""", pool: "\"total_points\": 1e6,")));
        foreach (var name in ProfileCatalog.Names)
        {
            Assert.DoesNotThrow(() => ProfileCatalog.Get(name), name);
        }
    }

    [Test]
    public void Evaluator_ProfileBuiltInCode_IsCheckedTheSameWay()
    {
        var profile = new EvaluationProfile
        {
            Name = "code",
            Pools =
            [
                new PoolProfile
                {
                    Id = "all",
                    Indicators = [new IndicatorProfile { Indicator = KnownIndicators.TaxPerMu, Weight = 1e308, Benchmark = KnownBenchmarks.Fixed(1e-310) }],
                },
            ],
        };

        var e = Assert.Throws<ProfileException>(() => _ = new Evaluator(profile))!;

        Assert.That(e.Problems.Select(p => p.Path), Is.EquivalentTo(new[] { "pools[0].indicators[0].weight", "pools[0].indicators[0].benchmark.value" }));
    }

    /// <summary>An uncapped ratio of an absurd value (tax 1e308 on 1 亩): that firm is rejected as out of range; the others are rated as if it were not there.</summary>
    [Test]
    public void Evaluate_AbsurdValueUnderUncappedScoring_RejectsThatFirmOnly()
    {
        var profile = ProfileLoader.Parse(Profile(W + """ "benchmark": { "type": "pool_median" }"""));
        var with = FirmTable.FromFirms([Firm("A", 10, 50, null), Firm("B", 20, 200, null), Firm("C", 5, 30, null), Firm("X", 1, 1e308, null)]);
        var without = FirmTable.FromFirms([Firm("A", 10, 50, null), Firm("B", 20, 200, null), Firm("C", 5, 30, null)]);

        var evaluation = new Evaluator(profile).Evaluate(with);
        var reference = new Evaluator(profile).Evaluate(without);
        var x = evaluation.Find("X")!;

        Assert.Multiple(() =>
        {
            Assert.That(x.Status, Is.EqualTo(FirmStatus.Rejected));
            Assert.That(x.Reason, Does.Contain("tax_per_mu").And.Contain("out of range"));
            Assert.That(x.Total, Is.Null);
            Assert.That(x.Explain(), Does.Contain("out of range"));
            Assert.That(evaluation.Results, Has.Count.EqualTo(4), "nothing lost");
            foreach (var id in new[] { "A", "B", "C" })
            {
                Assert.That(evaluation.Find(id)!.Total, Is.EqualTo(reference.Find(id)!.Total), id);
                Assert.That(evaluation.Find(id)!.Tier, Is.EqualTo(reference.Find(id)!.Tier), id);
            }
        });
    }

    /// <summary>A per-unit deduction of an absurd count overflows the total: that firm is rejected, the run goes on.</summary>
    [Test]
    public void Evaluate_AbsurdCountUnderPerUnitAdjustment_RejectsThatFirmOnly()
    {
        var profile = ProfileLoader.Parse(Profile(pool: """ "adjustments": { "rules": [ { "type": "per_unit", "id": "l", "measure": "lessees", "first_unit_points": -10, "additional_unit_points": -5 } ] }, """));
        var table = FirmTable.FromFirms([Firm("A", 10, 50, null, extra: [("lessees", 2)]), Firm("B", 20, 200, null), Firm("X", 10, 30, null, extra: [("lessees", 1e308)])]);

        var evaluation = new Evaluator(profile).Evaluate(table);

        Assert.Multiple(() =>
        {
            Assert.That(evaluation.Find("X")!.Status, Is.EqualTo(FirmStatus.Rejected));
            Assert.That(evaluation.Find("X")!.Reason, Does.StartWith("total out of range"));
            Assert.That(evaluation.Find("X")!.Adjustments, Is.Empty);
            Assert.That(evaluation.Find("A")!.Total, Is.EqualTo(100 * 50.0 / 10 / 15 - 15).Within(1e-9));
            Assert.That(evaluation.StatusCounts[FirmStatus.Rated], Is.EqualTo(2));
        });
    }

    [TestCase("""{ "name": "a\ud800b", "evaluation_year": 2025, "pools": [] }""", "$.name", "\\ud800")]
    [TestCase("""{ "name": "a", "evaluation_year": 2025, "notes": ["ok", "x\udc00"], "pools": [] }""", "$.notes[1]", "\\udc00")]
    [TestCase("""{ "name": "a", "evaluation_year": 2025, "pools": [ { "id": "p", "name": "\ud83d\ud83d", "indicators": [] } ] }""", "$.pools[0].name", "\\ud83d")]
    [TestCase("""{ "name": "a", "evaluation_year": 2025, "pools": [ { "id": "p", "selector": { "measure_at_least": { "x\ud800": 1 } }, "indicators": [] } ] }""", "$.pools[0].selector.measure_at_least", "\\ud800")]
    public void Parse_UnpairedSurrogateEscape_IsAProblemAtItsPath(string json, string path, string escape)
    {
        var e = ProfileTestSupport.Problems(() => ProfileLoader.Parse(json));

        Assert.That(e.Problems, Has.Count.EqualTo(1), e.Message);
        Assert.That(e.Problems[0].Path, Is.EqualTo(path));
        Assert.That(e.Problems[0].Message, Does.Contain(escape).And.Contain("not valid Unicode"));
    }

    [Test]
    public void Parse_PairedSurrogateEscapes_AreFine()
    {
        var profile = ProfileLoader.Parse(Profile(top: "\"description\": \"ok \\ud83d\\ude00 \\\\ud800\","));

        Assert.That(profile.Metadata!.Description, Is.EqualTo("ok 😀 \\ud800"));
    }

    [Test]
    public void Parse_TextWithALoneSurrogateCharacter_IsAProblemNotACrash()
    {
        var e = ProfileTestSupport.Problems(() => ProfileLoader.Parse("{ \"name\": \"a\uD800\", \"evaluation_year\": 2025, \"pools\": [] }"));

        Assert.That(e.Problems.Single().Message, Does.Contain("not valid Unicode"));
    }
}
