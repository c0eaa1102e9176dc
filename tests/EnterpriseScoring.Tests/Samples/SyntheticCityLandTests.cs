using EnterpriseScoring.Profiles;
using EnterpriseScoring.Samples;

namespace EnterpriseScoring.Tests.Samples;

/// <summary>
/// Land is missing only when <see cref="SyntheticCityOptions.MissingLandRate"/> asks for it: a generated city has no row
/// a profile rejects, and the rate changes no other value.
/// </summary>
public class SyntheticCityLandTests
{
    private static readonly Lazy<FirmTable> City200k = new(() => SyntheticCity.Default(200_000, 20251231));

    [Test]
    public void Default_NoFirmLacksLand()
    {
        Assert.That(City200k.Value.GetMeasure(KnownMeasures.LandArea).MissingCount, Is.Zero);
    }

    [TestCaseSource(nameof(BuiltInProfiles))]
    public void Default_EveryBuiltInProfileRejectsNoFirm(string profile)
    {
        var evaluation = new Evaluator(ProfileLoader.Load(TestPaths.Seeds("profiles", profile + ".json"))).Evaluate(City200k.Value);

        Assert.That(evaluation.StatusCounts[FirmStatus.Rejected], Is.Zero);
    }

    [Test]
    public void MissingLandRate_ChangesOnlyLand()
    {
        var clean = SyntheticCity.Generate(new SyntheticCityOptions { FirmCount = 5000, Seed = 7 });
        var gappy = SyntheticCity.Generate(new SyntheticCityOptions { FirmCount = 5000, Seed = 7, MissingLandRate = 0.3 });

        var land = gappy.GetMeasure(KnownMeasures.LandArea);
        Assert.Multiple(() =>
        {
            Assert.That(land.MissingCount, Is.InRange(1300, 1700));
            Assert.That(gappy.Ids, Is.EqualTo(clean.Ids));
            foreach (var column in clean.MeasureColumns)
            {
                var other = gappy.GetMeasure(column.Measure.Id);
                for (var row = 0; row < clean.Count; row++)
                {
                    if (column.Measure.Id != KnownMeasures.LandArea.Id || other[row] is not null)
                    {
                        Assert.That(other[row], Is.EqualTo(column[row]), $"{column.Measure.Id} of row {row}");
                    }
                }
            }
        });
    }

    [TestCase(-0.1)]
    [TestCase(1.5)]
    [TestCase(double.NaN)]
    public void MissingLandRate_OutOfRange_IsAProblem(double rate) =>
        Assert.That(new SyntheticCityOptions { MissingLandRate = rate }.Validate(), Has.One.Contains("MissingLandRate"));

    private static IEnumerable<string> BuiltInProfiles() =>
        Directory.GetFiles(TestPaths.Seeds("profiles"), "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;
}
