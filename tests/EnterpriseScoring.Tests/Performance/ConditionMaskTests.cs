using EnterpriseScoring.Engine;
using EnterpriseScoring.Samples;

namespace EnterpriseScoring.Tests.Performance;

/// <summary>The column-wise evaluation of a <see cref="FirmCondition"/> equals <see cref="FirmCondition.Matches"/> row by row.</summary>
public class ConditionMaskTests
{
    private static readonly Lazy<FirmTable> City = new(() => SyntheticCity.Generate(new SyntheticCityOptions { FirmCount = 3_000, Seed = 11, TagRateMultiplier = 10, MissingRate = 0.05 }));

    private static IEnumerable<TestCaseData> Conditions()
    {
        yield return new TestCaseData(FirmCondition.All).SetName("All");
        yield return new TestCaseData(new FirmCondition { SizeClass = SizeClass.AboveDesignatedSize }).SetName("Size");
        yield return new TestCaseData(new FirmCondition { MinLand = 3 }).SetName("MinLandInclusive");
        yield return new TestCaseData(new FirmCondition { MinLand = 3, MinLandInclusive = false, MaxLand = 20, MaxLandInclusive = true }).SetName("LandBand");
        yield return new TestCaseData(new FirmCondition { IndustryPrefixes = ["D44", "C17", "c3", "4610"] }).SetName("Industry");
        yield return new TestCaseData(new FirmCondition { RequiredTags = [KnownTags.HighTech, KnownTags.Listed] }).SetName("RequiredTags");
        yield return new TestCaseData(new FirmCondition { RequiredTags = ["nobody_has_this"] }).SetName("RequiredUnknownTag");
        yield return new TestCaseData(new FirmCondition { AnyTags = [KnownTags.SafetyAccident, KnownTags.EnvironmentalViolation, "unknown"] }).SetName("AnyTags");
        yield return new TestCaseData(new FirmCondition { MeasureAtLeast = new Dictionary<string, double> { ["revenue"] = 5000, ["tax"] = 100 } }).SetName("AtLeast");
        yield return new TestCaseData(new FirmCondition { MeasureBelow = new Dictionary<string, double> { ["energy"] = 50 } }).SetName("Below");
        yield return new TestCaseData(new FirmCondition { MeasureAtLeast = new Dictionary<string, double> { ["not_a_column"] = 0 } }).SetName("AtLeastAbsentColumn");
        yield return new TestCaseData(new FirmCondition { MeasureGreaterThan = new Dictionary<string, double> { ["revenue"] = 5000 } }).SetName("GreaterThan");
        yield return new TestCaseData(new FirmCondition { MeasureAtMost = new Dictionary<string, double> { ["energy"] = 50, ["tax"] = 300 } }).SetName("AtMost");
        yield return new TestCaseData(new FirmCondition { IndustryCodes = ["C2611", "3011", "c17"] }).SetName("IndustryCodes");
        yield return new TestCaseData(new FirmCondition { StartedWithinYears = 3 }).SetName("StartedWithin");
        yield return new TestCaseData(new FirmCondition { Regions = ["海宁市", "桐乡市", "nowhere"] }).SetName("Regions");
        yield return new TestCaseData(new FirmCondition
        {
            SizeClass = SizeClass.BelowDesignatedSize,
            MinLand = 1,
            MaxLand = 50,
            IndustryPrefixes = ["C"],
            AnyTags = [KnownTags.MajorProject, KnownTags.SpecializedSme],
            MeasureBelow = new Dictionary<string, double> { ["tax"] = 200 },
            StartedWithinYears = 30,
            Regions = ["南湖区", "秀洲区", "嘉善县", "海盐县"],
        }).SetName("Everything");
    }

    [TestCaseSource(nameof(Conditions))]
    public void Evaluate_EqualsMatchesOnEveryRow(FirmCondition condition)
    {
        var table = City.Value;
        var land = new double[table.Count];
        EnterpriseScoring.Land.KnownLandAreaStrategies.Net.Compute(table, land);
        var mask = ConditionMask.Evaluate(condition, table, land, 2025);
        var expected = Enumerable.Range(0, table.Count).Where(row => condition.Matches(table, row, land[row], 2025)).ToArray();
        var actual = Enumerable.Range(0, table.Count).Where(row => Bitset.IsSet(mask, row)).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(actual, Is.EqualTo(expected));
            Assert.That(Bitset.Count(mask), Is.EqualTo(expected.Length), "no bits past the last row");
        });
    }

    [Test]
    public void Evaluate_EmptyTable_EmptyMask() =>
        Assert.That(ConditionMask.Evaluate(new FirmCondition { MinLand = 1 }, FirmTable.Empty, [], 2025), Is.Empty);
}
