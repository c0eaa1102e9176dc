using EnterpriseScoring.Samples;

namespace EnterpriseScoring.Tests.Samples;

public partial class SyntheticCityTests
{
    private static readonly Lazy<FirmTable> City = new(() => SyntheticCity.Default(5000, 20251231));

    [Test]
    public void Generate_Count_IsExact([Values(0, 1, 17, 1000)] int firms)
    {
        var table = SyntheticCity.Default(firms, 3);

        Assert.Multiple(() =>
        {
            Assert.That(table.Count, Is.EqualTo(firms));
            Assert.That(table.Measures, Is.EqualTo(SyntheticCity.Measures));
        });
    }

    [Test]
    public void Generate_InvalidOptions_ThrowsOneExceptionListingEveryProblem()
    {
        var options = new SyntheticCityOptions { FirmCount = -1, AboveSizeShare = 1.5, Regions = [], MissingRate = double.NaN };

        var ex = Assert.Throws<ArgumentException>(() => SyntheticCity.Generate(options));

        Assert.That(ex!.Message, Does.Contain("FirmCount").And.Contain("AboveSizeShare").And.Contain("Regions").And.Contain("MissingRate"));
    }

    [Test]
    public void Generate_NullOptions_Throws() =>
        Assert.Throws<ArgumentNullException>(() => SyntheticCity.Generate(null!));

    [Test]
    public void Generate_CustomRegionsAndPlatforms_AreUsed()
    {
        var table = SyntheticCity.Generate(new SyntheticCityOptions
        {
            FirmCount = 300,
            Seed = 9,
            Regions = ["城东街道", "城西街道"],
            Platforms = ["开发区"],
            NamePrefixes = [],
            EvaluationYear = 2030,
        });

        Assert.Multiple(() =>
        {
            Assert.That(table.Regions.Categories, Is.EquivalentTo(new[] { "城东街道", "城西街道" }));
            Assert.That(table.Platforms.Categories, Is.EquivalentTo(new[] { "城东街道开发区", "城西街道开发区" }));
            Assert.That(table.Names, Has.All.StartWith("城东街道").Or.StartWith("城西街道"));
            Assert.That(MaxStartYear(table), Is.LessThanOrEqualTo(2030));
        });
    }

    [Test]
    public void Generate_TagRateMultiplierZero_GeneratesNoTags()
    {
        var table = SyntheticCity.Generate(new SyntheticCityOptions { FirmCount = 500, TagRateMultiplier = 0 });

        Assert.That(table.TagNames, Is.Empty);
    }

    [Test]
    public void Generate_MissingRatesZero_OnlyStructuralGapsRemain()
    {
        var table = SyntheticCity.Generate(new SyntheticCityOptions { FirmCount = 500, MissingRate = 0, BelowSizeEnergyMissingRate = 0 });

        Assert.Multiple(() =>
        {
            foreach (var measure in new[] { KnownMeasures.LandArea, KnownMeasures.Revenue, KnownMeasures.Tax, KnownMeasures.Energy, KnownMeasures.Employees })
            {
                Assert.That(table.GetMeasure(measure).MissingCount, Is.Zero, measure.Id);
            }

            Assert.That(table.StartYearPresence.Count, Is.EqualTo(500));
        });
    }

    private static int MaxStartYear(FirmTable table)
    {
        var max = int.MinValue;
        foreach (var row in table.StartYearPresence.Rows())
        {
            max = Math.Max(max, table.StartYears[row]);
        }

        return max;
    }
}
