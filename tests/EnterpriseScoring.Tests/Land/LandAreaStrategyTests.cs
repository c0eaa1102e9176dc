using EnterpriseScoring.Land;

namespace EnterpriseScoring.Tests.Land;

public class LandAreaStrategyTests
{
    private static Firm Make(string id, params (string Measure, double Value)[] measures) =>
        new() { Id = id, Measures = measures.ToDictionary(m => m.Measure, m => m.Value) };

    private static double[] Areas(ILandAreaStrategy strategy, FirmTable table)
    {
        var area = new double[table.Count];
        strategy.Compute(table, area);
        return area;
    }

    [Test]
    public void Certificate_CopiesLandAndKeepsMissingAsNaN()
    {
        var table = FirmTable.FromFirms([Make("a", ("land_area", 12)), Make("b", ("tax", 1))]);

        var area = Areas(KnownLandAreaStrategies.Certificate, table);

        Assert.That(area[0], Is.EqualTo(12));
        Assert.That(double.IsNaN(area[1]), Is.True);
    }

    [Test]
    public void Net_OwnedPlusLeasedInMinusLeasedOut()
    {
        var table = FirmTable.FromFirms(
        [
            Make("a", ("land_area", 30), ("leased_in_area", 5), ("leased_out_area", 10)),
            Make("b", ("leased_in_area", 4)),
            Make("c", ("tax", 1)),
        ]);

        var area = Areas(KnownLandAreaStrategies.Net, table);

        Assert.Multiple(() =>
        {
            Assert.That(area[0], Is.EqualTo(25));
            Assert.That(area[1], Is.EqualTo(4));
            Assert.That(double.IsNaN(area[2]), Is.True);
            Assert.That(KnownLandAreaStrategies.Net.Explain(table, 0), Is.EqualTo("net area = owned 30 + leased-in 5 − leased-out 10 = 25 亩"));
        });
    }

    [Test]
    public void BuildingAreaConversion_OnlyForFirmsWithoutLand()
    {
        var table = FirmTable.FromFirms([Make("a", ("land_area", 3), ("building_area", 5000)), Make("b", ("building_area", 2000))]);
        var strategy = new BuildingAreaConversion(floorAreaRatio: 2);

        var area = Areas(strategy, table);

        Assert.That(area[0], Is.EqualTo(3));
        Assert.That(area[1], Is.EqualTo(2000 / 2.0 / (10000.0 / 15)).Within(1e-12));
        Assert.That(strategy.Explain(table, 1), Does.Contain("converted from rented building area 2000 ㎡"));
    }
}
