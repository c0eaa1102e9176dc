using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.IO;
using EnterpriseScoring.Land;
using EnterpriseScoring.Policies;
using EnterpriseScoring.Pools;

namespace EnterpriseScoring.Tests.Indicators;

/// <summary>
/// Growth indicators on shared parcels (同一宗地多家企业): the prior-year figure of a parcel is computed as this year's (the
/// parcel's firms summed, over the parcel's land), from the prior input or from the prior results, and compared only with
/// the same firms' unit (issue 18).
/// </summary>
/// <remarks>
/// By hand (tax_per_mu = Σ tax / Σ land; growth = (this − prior) × 100 / prior):
/// <list type="table">
/// <item>Parcel P: A (10 亩) and B (5 亩) both years. 2024: (60 + 30) / 15 = 6; 2025: (100 + 50) / 15 = 10 → 66.67 %, for A and B.</item>
/// <item>S alone: 2024 40 / 10 = 4; 2025 80 / 10 = 8 → 100 %.</item>
/// </list>
/// </remarks>
public class GrowthSharedParcelTests
{
    private const double ParcelGrowth = (10.0 - 6.0) * 100 / 6.0;

    private static readonly EvaluationProfile Profile = new()
    {
        Name = "parcel-growth",
        EvaluationYear = 2025,
        Land = new SharedParcelMerge(),
        Pools =
        [
            new PoolProfile
            {
                Id = "all",
                Indicators =
                [
                    new IndicatorProfile { Indicator = KnownIndicators.TaxPerMu, Weight = 50, Benchmark = KnownBenchmarks.Fixed(10) },
                    new IndicatorProfile { Indicator = new GrowthIndicator("tax_per_mu_growth", KnownIndicators.TaxPerMu), Weight = 50, Benchmark = KnownBenchmarks.Fixed(20) },
                ],
            },
        ],
    };

    private static Firm Make(string id, string parcel, double land, double tax) =>
        new() { Id = id, Name = "企业" + id, Parcel = parcel, Measures = new Dictionary<string, double> { ["land_area"] = land, ["tax"] = tax } };

    private static FirmTable Prior(string parcelOfB = "P", double landA = 10, double landB = 5) => FirmTable.FromFirms(
    [
        Make("A", "P", landA, 60), Make("B", parcelOfB, landB, 30), Make("S", string.Empty, 10, 40),
    ]);

    private static FirmTable Current(params Firm[] more) => FirmTable.FromFirms(
    [
        Make("A", "P", 10, 100), Make("B", "P", 5, 50), Make("S", string.Empty, 10, 80), .. more,
    ]);

    private static EvaluationContext FromResults(FirmTable prior)
    {
        var evaluation = new Evaluator(Profile with { EvaluationYear = 2024 }).Evaluate(prior);
        using var stream = new MemoryStream();
        ResultsCsvWriter.Write(evaluation, stream);
        stream.Position = 0;
        return PriorYearContext.FromResults(ResultsCsvReader.Read(stream));
    }

    private static IndicatorResult Growth(Evaluation evaluation, string id) =>
        evaluation.Find(id)!.Indicators.Single(i => i.IndicatorId == "tax_per_mu_growth");

    private static IEnumerable<TestCaseData> Sources()
    {
        yield return new TestCaseData("input").SetName("PriorInput");
        yield return new TestCaseData("results").SetName("PriorResults");
    }

    private static EvaluationContext Context(string source, FirmTable prior) =>
        source == "input" ? PriorYearContext.FromInput(Profile, prior, 2024) : FromResults(prior);

    [TestCaseSource(nameof(Sources))]
    public void SameParcelBothYears_GrowthIsTheParcels_ForEachOfItsFirms(string source)
    {
        var evaluation = new Evaluator(Profile).Evaluate(Current(), Context(source, Prior()));

        Assert.Multiple(() =>
        {
            Assert.That(Growth(evaluation, "A").Value, Is.EqualTo(ParcelGrowth).Within(1e-9));
            Assert.That(Growth(evaluation, "B").Value, Is.EqualTo(ParcelGrowth).Within(1e-9), "B shares A's result");
            Assert.That(Growth(evaluation, "S").Value, Is.EqualTo(100).Within(1e-9));
            Assert.That(evaluation.Explain("B"), Does.Contain("prior 上年 (2024) 6"));
        });
    }

    [TestCaseSource(nameof(Sources))]
    public void TheLeadChangesBetweenYears_TheParcelsPriorFigureIsStillUsed(string source)
    {
        // 2024: B held the larger share of the parcel (the lead then); 2025: A. The parcel's figure is the same for both firms.
        var evaluation = new Evaluator(Profile).Evaluate(Current(), Context(source, Prior(landA: 5, landB: 10)));

        Assert.That(Growth(evaluation, "A").Value, Is.EqualTo(ParcelGrowth).Within(1e-9));
    }

    [TestCaseSource(nameof(Sources))]
    public void ParcelNotSharedLastYear_NoGrowthOfOtherFirmsFigure(string source)
    {
        // 2024: B on its own parcel Q (A's own figure 6, B's 6 too, by chance): the figure of A alone is not the parcel's.
        var evaluation = new Evaluator(Profile).Evaluate(Current(), Context(source, Prior(parcelOfB: "Q")));

        var growth = Growth(evaluation, "A");
        Assert.Multiple(() =>
        {
            Assert.That((growth.Outcome, growth.Value), Is.EqualTo((IndicatorOutcome.ParcelChanged, (double?)null)));
            Assert.That(Growth(evaluation, "B").Outcome, Is.EqualTo(IndicatorOutcome.ParcelChanged));
            Assert.That(Growth(evaluation, "S").Value, Is.EqualTo(100).Within(1e-9), "a firm alone both years is unaffected");
            Assert.That(evaluation.Explain("A"), Does.Contain("地块企业构成变化"));
        });
    }

    [TestCaseSource(nameof(Sources))]
    public void AFirmJoinsTheParcel_NoGrowth(string source)
    {
        var evaluation = new Evaluator(Profile).Evaluate(Current(Make("C", "P", 0.5, 10)), Context(source, Prior()));

        Assert.That(Growth(evaluation, "A").Outcome, Is.EqualTo(IndicatorOutcome.ParcelChanged));
    }

    [TestCaseSource(nameof(Sources))]
    public void AFirmLeavesTheParcel_TheOneLeftAloneHasNoGrowth(string source)
    {
        // 2025: B is gone; A alone on P. A's prior figure (6) is the parcel's of A and B.
        var current = FirmTable.FromFirms([Make("A", "P", 10, 100), Make("S", string.Empty, 10, 80)]);

        var evaluation = new Evaluator(Profile).Evaluate(current, Context(source, Prior()));

        Assert.Multiple(() =>
        {
            Assert.That(Growth(evaluation, "A").Outcome, Is.EqualTo(IndicatorOutcome.ParcelChanged));
            Assert.That(Growth(evaluation, "S").Value, Is.EqualTo(100).Within(1e-9));
        });
    }

    [Test]
    public void PriorInputAndPriorResults_GiveTheSameFigures()
    {
        var fromInput = new Evaluator(Profile).Evaluate(Current(), Context("input", Prior()));
        var fromResults = new Evaluator(Profile).Evaluate(Current(), Context("results", Prior()));

        Assert.That(fromResults.Results.Select(r => (r.Id, r.Total, r.Tier)), Is.EqualTo(fromInput.Results.Select(r => (r.Id, r.Total, r.Tier))));
    }

    [Test]
    public void PriorFigures_RecordTheParcelsOfTheirYear()
    {
        var figures = PriorYearContext.FromInput(Profile, Prior(), 2024).GetPriorFigures("tax_per_mu")!;

        Assert.Multiple(() =>
        {
            Assert.That(figures.SharedParcels, Is.EquivalentTo(new Dictionary<string, string> { ["A"] = "P", ["B"] = "P" }));
            Assert.That(figures.ByFirmId["A"], Is.EqualTo(6).Within(1e-12));
            Assert.That(figures.ByFirmId["B"], Is.EqualTo(6).Within(1e-12));
        });
    }
}
