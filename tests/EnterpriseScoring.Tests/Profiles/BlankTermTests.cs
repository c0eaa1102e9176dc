using EnterpriseScoring.Indicators;
using EnterpriseScoring.Profiles;

namespace EnterpriseScoring.Tests.Profiles;

/// <summary>How a blank cell in an indicator term counts: <c>blank</c> on a term, <c>blank_pollutant</c> on pollution equivalents.</summary>
public class BlankTermTests
{
    private static string Profile(string indicator) => $$$"""
        {"name": "b", "evaluation_year": 2025, "pools": [{"id": "p", "indicators": [{{{indicator}}}]}]}
        """;

    [Test]
    public void BlankPollutantNotEmitted_MarksEveryPollutantTerm_AndRoundTripsAsTermBlanks()
    {
        var profile = ProfileLoader.Parse(Profile("""{"id": "va_eq", "weight": 100, "benchmark": {"type": "fixed", "value": 1}, "pollution_equivalents": {"blank_pollutant": "not_emitted"}}"""));
        var ratio = (RatioIndicator)profile.Pools[0].Indicators[0].Indicator;

        var written = ProfileWriter.ToJson(profile);

        Assert.Multiple(() =>
        {
            Assert.That(ratio.Denominator.Select(t => t.BlankIsZero), Is.All.True);
            Assert.That(ratio.Numerator.Select(t => t.BlankIsZero), Is.All.False);
            Assert.That(written, Does.Contain("\"blank\": \"zero\""));
            Assert.That(ProfileLoader.Parse(written).Pools[0].Indicators[0].Indicator, Is.TypeOf<RatioIndicator>());
            Assert.That(((RatioIndicator)ProfileLoader.Parse(written).Pools[0].Indicators[0].Indicator).Denominator, Is.EqualTo(ratio.Denominator));
        });
    }

    [Test]
    public void BlankZeroOnLand_IsAProblemAtItsPath()
    {
        var e = ProfileTestSupport.Problems(() => ProfileLoader.Parse(Profile("""{"id": "t", "weight": 1, "benchmark": {"type": "fixed", "value": 1}, "numerator": [{"measure": "tax"}], "denominator": [{"measure": "land", "blank": "zero"}]}""")));

        Assert.That(e.Problems.Select(p => p.Path), Does.Contain("$.pools[0].indicators[0].denominator[0].blank"), e.Message);
    }

    [Test]
    public void BlankPollutant_UnknownValue_IsAProblemAtItsPath()
    {
        var e = ProfileTestSupport.Problems(() => ProfileLoader.Parse(Profile("""{"id": "t", "weight": 1, "pollution_equivalents": {"blank_pollutant": "zero"}}""")));

        Assert.That(e.Problems.Select(p => p.Path), Has.Some.StartsWith("$.pools[0].indicators[0].pollution_equivalents.blank_pollutant"), e.Message);
    }

    [TestCase(double.NaN, 2.0, 10.0 / 2)] // blank counts 0
    [TestCase(0.0, 2.0, 10.0 / 2)] // reported 0 is data
    [TestCase(3.0, double.NaN, 10.0 / 3)]
    [TestCase(double.NaN, double.NaN, double.NaN)] // every term blank: reported nothing
    [TestCase(0.0, 0.0, double.NaN)] // zero total: denominator 0
    public void Compute_BlankIsZeroTerms(double a, double b, double expected)
    {
        var measures = new Dictionary<string, double> { ["value_added"] = 10 };
        if (!double.IsNaN(a))
        {
            measures["cod"] = a;
        }

        if (!double.IsNaN(b))
        {
            measures["so2"] = b;
        }

        var table = FirmTable.FromFirms([new Firm { Id = "x", Measures = measures }, new Firm { Id = "y", Measures = new Dictionary<string, double> { ["value_added"] = 1, ["cod"] = 1, ["so2"] = 1 } }]);
        var ratio = new RatioIndicator("r", "r", "r", "", Direction.HigherIsBetter, [new(KnownMeasures.ValueAdded)],
            [new(KnownMeasures.Cod) { BlankIsZero = true }, new(KnownMeasures.SulfurDioxide) { BlankIsZero = true }]);
        var values = new double[1];
        var outcomes = new IndicatorOutcome[1];

        ratio.Compute(new IndicatorInput(table, new double[2], [0]), new double[1], new double[1], values, outcomes);

        Assert.That(values[0], double.IsNaN(expected) ? Is.NaN : Is.EqualTo(expected).Within(1e-12));
        Assert.That(outcomes[0], Is.EqualTo(double.IsNaN(expected) ? (a == 0 ? IndicatorOutcome.ZeroDenominator : IndicatorOutcome.MissingMeasure) : IndicatorOutcome.Computed));
    }

    [Test]
    public void LandTerm_CannotCountABlankAsZero() =>
        Assert.Throws<ArgumentException>(() => _ = new RatioIndicator("r", "r", "r", "", Direction.HigherIsBetter, [new(KnownMeasures.Tax)], [IndicatorTerm.Land with { BlankIsZero = true }]));
}
