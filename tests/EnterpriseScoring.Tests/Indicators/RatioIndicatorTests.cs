using EnterpriseScoring.Indicators;

namespace EnterpriseScoring.Tests.Indicators;

public class RatioIndicatorTests
{
    private static (double[] Values, IndicatorOutcome[] Outcomes, double[] Numerators, double[] Denominators) Compute(IIndicator indicator, FirmTable table, double[]? land = null)
    {
        land ??= Enumerable.Range(0, table.Count).Select(r => table.TryGetMeasure("land_area", out var c) && c.TryGet(r, out var v) ? v : double.NaN).ToArray();
        var rows = Enumerable.Range(0, table.Count).ToArray();
        var values = new double[rows.Length];
        var numerators = new double[rows.Length];
        var denominators = new double[rows.Length];
        var outcomes = new IndicatorOutcome[rows.Length];
        indicator.Compute(new IndicatorInput(table, land, rows), numerators, denominators, values, outcomes);
        return (values, outcomes, numerators, denominators);
    }

    private static Firm Make(string id, params (string Measure, double Value)[] measures) =>
        new() { Id = id, Measures = measures.ToDictionary(m => m.Measure, m => m.Value) };

    [Test]
    public void TaxPerMu_ComputesAndFlagsInvalidLand()
    {
        var table = FirmTable.FromFirms([Make("a", ("tax", 30), ("land_area", 12)), Make("b", ("tax", 30), ("land_area", 0)), Make("c", ("tax", 30))]);

        var (values, outcomes, _, _) = Compute(KnownIndicators.TaxPerMu, table);

        Assert.Multiple(() =>
        {
            Assert.That(values[0], Is.EqualTo(2.5));
            Assert.That(outcomes, Is.EqualTo(new[] { IndicatorOutcome.Computed, IndicatorOutcome.InvalidLand, IndicatorOutcome.InvalidLand }));
            Assert.That(double.IsNaN(values[1]) && double.IsNaN(values[2]), Is.True);
        });
    }

    [Test]
    public void ValueAddedPerEnergy_ZeroEnergyIsZeroDenominatorAndMissingIsMissing()
    {
        var table = FirmTable.FromFirms([Make("a", ("value_added", 100), ("energy", 0)), Make("b", ("value_added", 100)), Make("c", ("value_added", 100), ("energy", 40))]);

        var (values, outcomes, _, _) = Compute(KnownIndicators.ValueAddedPerEnergy, table);

        Assert.That(outcomes, Is.EqualTo(new[] { IndicatorOutcome.ZeroDenominator, IndicatorOutcome.MissingMeasure, IndicatorOutcome.Computed }));
        Assert.That(values[2], Is.EqualTo(2.5));
    }

    [Test]
    public void ReturnOnNetAssets_NegativeNetAssets_IsNegativeDenominatorNotAPositiveReturn()
    {
        var table = FirmTable.FromFirms([Make("a", ("net_profit", -100), ("net_assets", -50)), Make("b", ("net_profit", 10), ("net_assets", 100))]);

        var (values, outcomes, _, _) = Compute(KnownIndicators.ReturnOnNetAssets, table);

        Assert.That(outcomes, Is.EqualTo(new[] { IndicatorOutcome.NegativeDenominator, IndicatorOutcome.Computed }));
        Assert.That(double.IsNaN(values[0]), Is.True);
    }

    [Test]
    public void MissingColumn_CountsAsMissingForEveryRow()
    {
        var table = FirmTable.FromFirms([Make("a", ("value_added", 100))]);

        var (_, outcomes, _, _) = Compute(KnownIndicators.ValueAddedPerWater, table);

        Assert.That(outcomes[0], Is.EqualTo(IndicatorOutcome.MissingMeasure));
    }

    [Test]
    public void PollutionEquivalents_UseStatutoryDivisors()
    {
        // 2 t COD = 2000 eq; 0.8 t NH3-N = 1000 eq; 0.95 t SO2 = 1000 eq; 1.9 t NOx = 2000 eq → 6000 equivalents.
        var table = FirmTable.FromFirms([Make("a", ("value_added", 600), ("cod", 2), ("ammonia_nitrogen", 0.8), ("so2", 0.95), ("nox", 1.9))]);

        var (values, _, _, denominators) = Compute(KnownIndicators.ValueAddedPerPollutionEquivalentStatutory, table);

        Assert.That(denominators[0], Is.EqualTo(6000).Within(1e-9));
        Assert.That(values[0], Is.EqualTo(0.1).Within(1e-12));
    }

    [Test]
    public void ProfileDefinedRatio_AppliesScale()
    {
        var taxPerKwh = new RatioIndicator("tax_per_kwh_yuan", "单位电耗税收", "Tax per kWh", "元/千瓦时", Direction.HigherIsBetter,
            [new(KnownMeasures.Tax)], [new(KnownMeasures.Electricity)], scale: 1);
        var percent = new RatioIndicator("rd_percent", "研发占比", "R&D %", "%", Direction.HigherIsBetter,
            [new(KnownMeasures.RdSpending)], [new(KnownMeasures.Revenue)], scale: 100);
        var table = FirmTable.FromFirms([Make("a", ("tax", 50), ("electricity", 25), ("rd_spending", 30), ("revenue", 1000))]);

        Assert.That(Compute(taxPerKwh, table).Values[0], Is.EqualTo(2));
        Assert.That(Compute(percent, table).Values[0], Is.EqualTo(3));
        Assert.That(percent.Formula, Is.EqualTo("rd_spending × 100 / revenue"));
    }

    [Test]
    public void KnownIndicators_HaveUniqueIdsAndSixProvincial()
    {
        Assert.That(KnownIndicators.All.Select(i => i.Id), Is.Unique);
        Assert.That(KnownIndicators.Provincial, Has.Count.EqualTo(6));
        Assert.That(KnownIndicators.TryGet("tax_per_mu", out var i) && i.ChineseName == "亩均税收", Is.True);
    }
}
