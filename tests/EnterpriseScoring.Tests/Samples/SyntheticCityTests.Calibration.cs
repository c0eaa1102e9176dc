using System.Globalization;
using System.Text.RegularExpressions;
using EnterpriseScoring.Samples;

namespace EnterpriseScoring.Tests.Samples;

/// <summary>
/// The generator's calibration (seeds/data/README.md, "Calibration"): the city's ratio-of-sums figures per size class sit
/// in the documented ranges, on the committed sample city and on a larger city with another seed, and the README's table
/// states the same ranges as this test.
/// </summary>
public partial class SyntheticCityTests
{
    private static readonly CalibrationTarget[] CalibrationTargets =
    [
        new("亩均税收", KnownMeasures.Tax, KnownMeasures.LandArea, 1, SizeClass.AboveDesignatedSize, 24, 30),
        new("亩均增加值", KnownMeasures.ValueAdded, KnownMeasures.LandArea, 1, SizeClass.AboveDesignatedSize, 100, 135),
        new("亩均营业收入", KnownMeasures.Revenue, KnownMeasures.LandArea, 1, SizeClass.AboveDesignatedSize, 420, 520),
        new("增加值率", KnownMeasures.ValueAdded, KnownMeasures.Revenue, 100, SizeClass.AboveDesignatedSize, 22, 26),
        new("全员劳动生产率", KnownMeasures.ValueAdded, KnownMeasures.Employees, 1, SizeClass.AboveDesignatedSize, 19, 27),
        new("单位能耗增加值", KnownMeasures.ValueAdded, KnownMeasures.Energy, 1, SizeClass.AboveDesignatedSize, 1.0, 2.0),
        new("研发投入强度", KnownMeasures.RdSpending, KnownMeasures.Revenue, 100, SizeClass.AboveDesignatedSize, 1.4, 2.2),
        new("亩均税收", KnownMeasures.Tax, KnownMeasures.LandArea, 1, SizeClass.BelowDesignatedSize, 6, 10),
        new("亩均增加值", KnownMeasures.ValueAdded, KnownMeasures.LandArea, 1, SizeClass.BelowDesignatedSize, 30, 45),
        new("亩均营业收入", KnownMeasures.Revenue, KnownMeasures.LandArea, 1, SizeClass.BelowDesignatedSize, 125, 165),
        new("增加值率", KnownMeasures.ValueAdded, KnownMeasures.Revenue, 100, SizeClass.BelowDesignatedSize, 22, 27),
        new("全员劳动生产率", KnownMeasures.ValueAdded, KnownMeasures.Employees, 1, SizeClass.BelowDesignatedSize, 11, 17),
        new("单位能耗增加值", KnownMeasures.ValueAdded, KnownMeasures.Energy, 1, SizeClass.BelowDesignatedSize, 1.0, 2.0),
        new("研发投入强度", KnownMeasures.RdSpending, KnownMeasures.Revenue, 100, SizeClass.BelowDesignatedSize, 0.6, 1.3),
    ];

    private static IEnumerable<TestCaseData> CalibrationCases()
    {
        foreach (var target in CalibrationTargets)
        {
            var size = target.SizeClass == SizeClass.AboveDesignatedSize ? "规上" : "规下";
            yield return new TestCaseData(target, "sample-city (2,000 firms, seed 20251231)").SetName($"Calibration {size} {target.Name} sample city");
            yield return new TestCaseData(target, "50,000 firms, seed 7").SetName($"Calibration {size} {target.Name} 50k city");
        }
    }

    [TestCaseSource(nameof(CalibrationCases))]
    public void Generate_RatioOfSumsFigures_SitInTheDocumentedRanges(CalibrationTarget target, string city)
    {
        var table = city.StartsWith("sample", StringComparison.Ordinal) ? SampleCity.Value : LargeCity.Value;

        var figure = target.Compute(table);

        Assert.That(figure, Is.InRange(target.Low, target.High), $"{target.Name} ({target.SizeClass}) on {city}");
    }

    [Test]
    public void CalibrationTable_InSeedsReadme_StatesTheTestedRanges()
    {
        var readme = File.ReadAllText(TestPaths.Seeds("data", "README.md"));
        var section = readme[readme.IndexOf("## Calibration", StringComparison.Ordinal)..];

        Assert.Multiple(() =>
        {
            foreach (var target in CalibrationTargets)
            {
                var sizeColumn = target.SizeClass == SizeClass.AboveDesignatedSize ? 1 : 2;
                var row = section.Split('\n').FirstOrDefault(l => l.StartsWith("| " + target.Name + " ", StringComparison.Ordinal));
                Assert.That(row, Is.Not.Null, $"no row for {target.Name} in the README's calibration table");
                var cells = row!.Split('|', StringSplitOptions.TrimEntries)[1..^1];
                var range = Regex.Match(cells[sizeColumn], @"^(?<low>[0-9.]+)–(?<high>[0-9.]+)");
                Assert.That(range.Success, Is.True, $"{target.Name}: '{cells[sizeColumn]}' does not start with a range low–high");
                Assert.That(
                    (double.Parse(range.Groups["low"].Value, CultureInfo.InvariantCulture), double.Parse(range.Groups["high"].Value, CultureInfo.InvariantCulture)),
                    Is.EqualTo((target.Low, target.High)),
                    $"{target.Name} ({target.SizeClass})");
            }
        });
    }

    [Test]
    public void CalibrationTarget_Compute_IsTheRatioOfSumsOverFirmsWithBothValues()
    {
        // Guards the test's own arithmetic on a hand-made table: Σtax / Σland over 规上 firms that report both.
        var builder = new FirmTableBuilder([KnownMeasures.Tax, KnownMeasures.LandArea], 4);
        builder.Add(new FirmIdentity("a", "", "", "", "", SizeClass.AboveDesignatedSize, null), [30, 1], []);
        builder.Add(new FirmIdentity("b", "", "", "", "", SizeClass.AboveDesignatedSize, null), [10, 3], []);
        builder.Add(new FirmIdentity("c", "", "", "", "", SizeClass.AboveDesignatedSize, null), [double.NaN, 5], []);
        builder.Add(new FirmIdentity("d", "", "", "", "", SizeClass.BelowDesignatedSize, null), [100, 1], []);

        var figure = CalibrationTargets[0].Compute(builder.Build());

        Assert.That(figure, Is.EqualTo(10));
    }

    private static readonly Lazy<FirmTable> SampleCity = new(() => SyntheticCity.Generate(new SyntheticCityOptions
    {
        FirmCount = 2000,
        Seed = 20251231,
        EvaluationYear = 2025,
        MissingLandRate = 0.001,
    }));

    private static readonly Lazy<FirmTable> LargeCity = new(() => SyntheticCity.Default(50_000, 7));

    /// <summary>One documented calibration range: Σnumerator / Σdenominator × scale over the firms of one size class
    /// that report both values (a positive denominator).</summary>
    public sealed record CalibrationTarget(string Name, Measure Numerator, Measure Denominator, double Scale, SizeClass SizeClass, double Low, double High)
    {
        public double Compute(FirmTable table)
        {
            var numerator = table.GetMeasure(Numerator);
            var denominator = table.GetMeasure(Denominator);
            double sumNumerator = 0, sumDenominator = 0;
            for (var r = 0; r < table.Count; r++)
            {
                if (table.SizeClasses[r] == SizeClass && numerator.TryGet(r, out var a) && denominator.TryGet(r, out var b) && b > 0)
                {
                    sumNumerator += a;
                    sumDenominator += b;
                }
            }

            return sumNumerator / sumDenominator * Scale;
        }

        public override string ToString() => $"{Name} {SizeClass}";
    }
}
