using EnterpriseScoring.Indicators;
using EnterpriseScoring.IO;
using EnterpriseScoring.Policies;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Tests.Profiles;

namespace EnterpriseScoring.Tests.Indicators;

/// <summary>
/// Growth indicators (亩均税收增速): the growth of a firm's figure against its own prior-year value, on the worked example of
/// seeds/README.md ("Growth indicators": seeds/data/growth.profile.json, growth-2024.csv, growth-2025.csv).
/// </summary>
/// <remarks>
/// The example by hand (tax_per_mu = tax / land; growth = (this − prior) × 100 / prior; B = 20 %, cap 1.5, weight 50;
/// tax_per_mu: B = 10, weight 50):
/// <list type="table">
/// <item>F01: 2024 100/10 = 10, 2025 120/10 = 12 → (12 − 10) × 100 / 10 = 20 % → 50 × 20/20 = 50; 60 + 50 = 110.</item>
/// <item>F02: 2024 200/10 = 20, 2025 150/10 = 15 → (15 − 20) × 100 / 20 = −25 % → clamped to 0 → 0; 75 + 0 = 75.</item>
/// <item>F03: 2024 0/10 = 0, 2025 50/10 = 5 → prior 0: missing (上年为0) → 0 points; 25 + 0 = 25.</item>
/// <item>F04: not in 2024 (new firm) → missing (无上年数据) → 0 points; 80/10 = 8 → 40 + 0 = 40.</item>
/// <item>F05: 2024 50/10 = 5, 2025 100/5 = 20 (land now 5 亩) → (20 − 5) × 100 / 5 = 300 % → 50 × min(15, 1.5) = 75; 100 + 75 = 175.</item>
/// <item>F06: only in 2024 (closed): its prior value is ignored.</item>
/// </list>
/// </remarks>
public class GrowthIndicatorTests
{
    private const string F01 = "913401000072000138";
    private const string F02 = "913401000072000213";
    private const string F03 = "9134010000720003XT";
    private const string F04 = "91340100007200048T";
    private const string F05 = "91340100007200056M";
    private const string F06 = "91340100007200064G";

    private static EvaluationProfile GrowthProfile => ProfileLoader.Load(TestPaths.Seeds("data", "growth.profile.json"));

    private static FirmTable Read(EvaluationProfile profile, string year) =>
        FirmCsvReader.Read(TestPaths.Seeds("data", $"growth-{year}.csv"), FirmCsvReaderOptions.Default.ForProfile(profile)).Table;

    private static string Profile(string indicators) => $$$"""
        {"name": "g", "evaluation_year": 2025, "pools": [{"id": "p", "indicators": [{{{indicators}}}]}]}
        """;

    [TestCase(10.0, 12.0, GrowthForm.Rate, NegativePriorPolicy.Missing, 20.0, IndicatorOutcome.Computed)]
    [TestCase(20.0, 15.0, GrowthForm.Rate, NegativePriorPolicy.Missing, -25.0, IndicatorOutcome.Computed)]
    [TestCase(0.0, 5.0, GrowthForm.Rate, NegativePriorPolicy.Missing, double.NaN, IndicatorOutcome.ZeroPrior)]
    [TestCase(-10.0, -5.0, GrowthForm.Rate, NegativePriorPolicy.Missing, double.NaN, IndicatorOutcome.NegativePrior)]
    [TestCase(-10.0, -5.0, GrowthForm.Rate, NegativePriorPolicy.Absolute, 50.0, IndicatorOutcome.Computed)] // (−5 − (−10)) × 100 / |−10|
    [TestCase(2.0, 3.0, GrowthForm.PercentagePoints, NegativePriorPolicy.Missing, 1.0, IndicatorOutcome.Computed)] // 2 % → 3 % is +1 point
    [TestCase(0.0, 3.0, GrowthForm.PercentagePoints, NegativePriorPolicy.Missing, 3.0, IndicatorOutcome.Computed)] // a prior 0 is a value for points
    public void Compute_AgainstTheFirmsOwnPriorValue(double prior, double current, GrowthForm form, NegativePriorPolicy negative, double expected, IndicatorOutcome outcome)
    {
        // tax / land with land 1: the figure is the tax itself.
        var table = FirmTable.FromFirms([new Firm { Id = "x", Measures = new Dictionary<string, double> { ["tax"] = current } }]);
        var growth = new GrowthIndicator("g", KnownIndicators.TaxPerMu, form, negative);
        var context = EvaluationContext.Empty.WithPriorFigures("tax_per_mu", new PriorFirmFigures(2024, new Dictionary<string, double> { ["x"] = prior }));
        var (numerators, denominators, values, outcomes) = (new double[1], new double[1], new double[1], new IndicatorOutcome[1]);

        growth.Compute(new IndicatorInput(table, [1.0], [0]) { Context = context }, numerators, denominators, values, outcomes);

        Assert.Multiple(() =>
        {
            Assert.That(outcomes[0], Is.EqualTo(outcome));
            Assert.That(values[0], double.IsNaN(expected) ? Is.NaN : Is.EqualTo(expected).Within(1e-12));
            if (outcome == IndicatorOutcome.Computed)
            {
                // numerator × scale / denominator = value, as for every indicator (ratio-of-sums benchmarks rely on it).
                Assert.That(numerators[0] * growth.Scale / denominators[0], Is.EqualTo(values[0]).Within(1e-12));
            }
        });
    }

    [Test]
    public void Compute_WithoutAPriorValue_IsNoPriorValue_AndAMissingMeasureStaysMissingMeasure()
    {
        var table = FirmTable.FromFirms([new Firm { Id = "new", Measures = new Dictionary<string, double> { ["tax"] = 5 } }, new Firm { Id = "blank" }]);
        var growth = new GrowthIndicator("g", KnownIndicators.TaxPerMu);
        var context = EvaluationContext.Empty.WithPriorFigures("tax_per_mu", new PriorFirmFigures(2024, new Dictionary<string, double> { ["blank"] = 4 }));
        var outcomes = new IndicatorOutcome[2];

        growth.Compute(new IndicatorInput(table, [1.0, 1.0], [0, 1]) { Context = context }, new double[2], new double[2], new double[2], outcomes);

        Assert.That(outcomes, Is.EqualTo(new[] { IndicatorOutcome.NoPriorValue, IndicatorOutcome.MissingMeasure }));
    }

    [Test]
    public void GrowthOfAGrowthIndicator_IsRefused() =>
        Assert.Throws<ArgumentException>(() => _ = new GrowthIndicator("gg", new GrowthIndicator("g", KnownIndicators.TaxPerMu)));

    [Test]
    public void Defaults_FollowTheBaseAndTheForm()
    {
        var rate = new GrowthIndicator("tax_per_mu_growth", KnownIndicators.TaxPerMu);
        var points = new GrowthIndicator("rd_change", KnownIndicators.RdIntensity, GrowthForm.PercentagePoints);

        Assert.Multiple(() =>
        {
            Assert.That((rate.ChineseName, rate.Unit, rate.Scale, rate.Direction), Is.EqualTo(("亩均税收增速", "%", 100.0, Direction.HigherIsBetter)));
            Assert.That((points.ChineseName, points.Unit, points.Scale), Is.EqualTo(("研发经费支出占营业收入比变化", "百分点", 1.0)));
            Assert.That(rate.Formula, Is.EqualTo("(tax_per_mu − prior tax_per_mu) × 100 / prior tax_per_mu"));
        });
    }

    [Test]
    public void Example_FromPriorInput_ScoresAsComputedByHand()
    {
        var profile = GrowthProfile;
        var context = PriorYearContext.FromInput(profile, Read(profile, "2024"), 2024);

        var evaluation = new Evaluator(profile).Evaluate(Read(profile, "2025"), context);

        var growth = evaluation.Results.ToDictionary(r => r.Id, r => r.Indicators.Single(i => i.IndicatorId == "tax_per_mu_growth"));
        Assert.Multiple(() =>
        {
            Assert.That(growth[F01].Value, Is.EqualTo(20).Within(1e-9));
            Assert.That(growth[F02].Value, Is.EqualTo(-25).Within(1e-9));
            Assert.That(growth[F03].Outcome, Is.EqualTo(IndicatorOutcome.ZeroPrior));
            Assert.That(growth[F04].Outcome, Is.EqualTo(IndicatorOutcome.NoPriorValue));
            Assert.That(growth[F05].Value, Is.EqualTo(300).Within(1e-9));
            Assert.That(evaluation.Results.ToDictionary(r => r.Id, r => r.Total), Is.EqualTo(new Dictionary<string, double?>
            {
                [F01] = 110,
                [F02] = 75,
                [F03] = 25,
                [F04] = 40,
                [F05] = 175,
            }).Using<double?>((a, b) => a is { } x && b is { } y ? Math.Abs(x - y) < 1e-9 : a == b));
            Assert.That(PriorYearContext.AbsentPriorFirms(context, profile, evaluation.Table), Is.EqualTo(new[] { F06 }));
        });
    }

    [Test]
    public void Example_FromPriorResults_GivesTheSameAsFromPriorInput()
    {
        var profile = GrowthProfile;
        var prior = new Evaluator(profile.WithEvaluationYear(2024)).Evaluate(Read(profile, "2024"));
        using var stream = new MemoryStream();
        ResultsCsvWriter.Write(prior, stream, new ResultsCsvWriterOptions { Year = 2024 });
        stream.Position = 0;
        var fromResults = PriorYearContext.FromResults(ResultsCsvReader.Read(stream));
        var fromInput = PriorYearContext.FromInput(profile, Read(profile, "2024"), 2024);
        var table = Read(profile, "2025");

        var a = new Evaluator(profile).Evaluate(table, fromResults);
        var b = new Evaluator(profile).Evaluate(table, fromInput);

        Assert.Multiple(() =>
        {
            Assert.That(fromResults.GetPriorFigures("tax_per_mu")!.ByFirmId, Is.EquivalentTo(fromInput.GetPriorFigures("tax_per_mu")!.ByFirmId));
            Assert.That(a.Results.Select(r => r.Total), Is.EqualTo(b.Results.Select(r => r.Total)));
        });
    }

    [Test]
    public void Explain_ShowsPriorCurrentAndFormula_OrWhyTheGrowthIsMissing()
    {
        var profile = GrowthProfile;
        var evaluation = new Evaluator(profile).Evaluate(Read(profile, "2025"), PriorYearContext.FromInput(profile, Read(profile, "2024"), 2024));

        Assert.Multiple(() =>
        {
            Assert.That(evaluation.Explain(F01), Does.Contain("value 指标值 = (tax_per_mu − prior tax_per_mu) × 100 / prior tax_per_mu = (12 − 10) × 100 / 10 = 20"));
            Assert.That(evaluation.Explain(F01), Does.Contain("tax_per_mu: this year 本年 12, prior 上年 (2024) 10 [万元/亩]"));
            Assert.That(evaluation.Explain(F03), Does.Contain("is missing (prior value 0 / 上年为0)").And.Contain("score 得分 = 0 (missing: zero"));
            Assert.That(evaluation.Explain(F04), Does.Contain("no prior-year value for this firm: a new firm, a merger or a changed id / 无上年数据"));
            Assert.That(evaluation.Explain(F02), Does.Contain("negative value clamped to 0 by policy"));
        });
    }

    [Test]
    public void WithoutPriorData_EveryGrowthIsMissing_AndThePolicyApplies()
    {
        var profile = GrowthProfile;

        var evaluation = new Evaluator(profile).Evaluate(Read(profile, "2025"));

        Assert.That(evaluation.Results.Select(r => r.Indicators.Single(i => i.IndicatorId == "tax_per_mu_growth").Outcome), Is.All.EqualTo(IndicatorOutcome.NoPriorValue));
    }

    [Test]
    public void Profile_RoundTrips_WithFormAndPolicy()
    {
        var profile = ProfileLoader.Parse(Profile("""
            {"id": "tax_per_mu", "weight": 50, "benchmark": {"type": "fixed", "value": 10}},
            {"id": "g", "chinese_name": "税收增长", "growth": {"of": "tax_per_mu", "negative_prior": "absolute"}, "weight": 25, "benchmark": {"type": "fixed", "value": 5}},
            {"id": "rd_change", "growth": {"of": "rd_intensity", "form": "percentage_points"}, "weight": 25, "benchmark": {"type": "fixed", "value": 1}}
            """));

        var again = ProfileLoader.Parse(ProfileWriter.ToJson(profile));

        var g = (GrowthIndicator)again.Pools[0].Indicators[1].Indicator;
        var rd = (GrowthIndicator)again.Pools[0].Indicators[2].Indicator;
        Assert.Multiple(() =>
        {
            Assert.That((g.Base.Id, g.Form, g.NegativePrior, g.ChineseName), Is.EqualTo(("tax_per_mu", GrowthForm.Rate, NegativePriorPolicy.Absolute, "税收增长")));
            Assert.That((rd.Base.Id, rd.Form), Is.EqualTo(("rd_intensity", GrowthForm.PercentagePoints)));
            Assert.That(ProfileWriter.ToJson(again), Is.EqualTo(ProfileWriter.ToJson(profile)));
        });
    }

    [Test]
    public void Profile_GrowthOfAnIndicatorDefinedEarlierInThePool()
    {
        var profile = ProfileLoader.Parse(Profile("""
            {"id": "tax_per_kwh", "numerator": [{"measure": "tax"}], "denominator": [{"measure": "electricity"}], "weight": 50, "benchmark": {"type": "fixed", "value": 1}},
            {"id": "tax_per_kwh_growth", "growth": {"of": "tax_per_kwh"}, "weight": 50, "benchmark": {"type": "fixed", "value": 5}}
            """));

        Assert.That(((GrowthIndicator)profile.Pools[0].Indicators[1].Indicator).Base, Is.SameAs(profile.Pools[0].Indicators[0].Indicator));
    }

    [TestCase("""{"id": "g", "growth": {"of": "nope"}, "weight": 1, "benchmark": {"type": "fixed", "value": 1}}""", "$.pools[0].indicators[0].growth.of")]
    [TestCase("""{"id": "g", "growth": {"of": "tax_per_mu"}, "unit": "%", "weight": 1, "benchmark": {"type": "fixed", "value": 1}}""", "$.pools[0].indicators[0].unit")]
    [TestCase("""{"id": "g", "growth": {"of": "tax_per_mu", "form": "percentage_points", "negative_prior": "absolute"}, "weight": 1, "benchmark": {"type": "fixed", "value": 1}}""", "$.pools[0].indicators[0].growth.negative_prior")]
    [TestCase("""{"id": "tax_per_mu", "growth": {"of": "value_added_per_mu"}, "weight": 1, "benchmark": {"type": "fixed", "value": 1}}""", "$.pools[0].indicators[0].id")]
    [TestCase("""{"id": "g", "growth": {"of": "tax_per_mu"}, "weight": 1, "benchmark": {"type": "fixed", "value": 1}}, {"id": "gg", "growth": {"of": "g"}, "weight": 1, "benchmark": {"type": "fixed", "value": 1}}""", "$.pools[0].indicators[1].growth.of")]
    [TestCase("""{"id": "g", "growth": {"of": "tax_per_mu", "form": "yearly"}, "weight": 1, "benchmark": {"type": "fixed", "value": 1}}""", "$.pools[0].indicators[0].growth.form")]
    public void Profile_Mistakes_AreProblemsAtTheirPath(string indicators, string path)
    {
        var e = ProfileTestSupport.Problems(() => ProfileLoader.Parse(Profile(indicators)));

        Assert.That(e.Problems.Select(p => p.Path), Has.Some.StartsWith(path), e.Message);
    }
}
