using EnterpriseScoring.Adjustments;
using EnterpriseScoring.Engine;
using EnterpriseScoring.Samples;

namespace EnterpriseScoring.Tests.Performance;

/// <summary>The evaluate path's adjustment points equal <see cref="AdjustmentRules.Apply"/>'s, bit for bit.</summary>
public class CompiledAdjustmentsTests
{
    private static readonly Lazy<FirmTable> City = new(() => SyntheticCity.Generate(new SyntheticCityOptions { FirmCount = 4_000, Seed = 5, TagRateMultiplier = 20, LeasedOutShare = 0.5 }));

    private static IEnumerable<TestCaseData> RuleSets()
    {
        IAdjustmentRule[] rules =
        [
            new TagAdjustment("high_tech", "高新", KnownTags.HighTech, 3, "honour"),
            new TagAdjustment("sme", "专精特新", KnownTags.SpecializedSme, 5, "honour"),
            new TagAdjustment("listed", "上市", KnownTags.Listed, 5, "honour"),
            new TagAdjustment("major", "重大项目", KnownTags.MajorProject, 2.5),
            new TagAdjustment("energy", "节能", KnownTags.EnergyTargetMissed, -3.3, "penalty"),
            new TagAdjustment("dishonest", "失信", KnownTags.Dishonest, -4, "penalty"),
            new TagAdjustment("zero", "零分", KnownTags.Listed, 0),
            new TagAdjustment("unknown", "未知", "no_such_tag", 9),
            new PerUnitAdjustment("lessees_above", "出租", KnownMeasures.Lessees, 0, -5, SizeClass.AboveDesignatedSize, "penalty"),
            new PerUnitAdjustment("lessees_below", "出租", KnownMeasures.Lessees, -10, -5, SizeClass.BelowDesignatedSize),
            new PerUnitAdjustment("absent_measure", "无此列", Measure.Custom("not_here"), 1, 1),
            new CustomRule(),
        ];
        yield return new TestCaseData(new AdjustmentRules { Rules = rules }).SetName("NoCaps");
        yield return new TestCaseData(new AdjustmentRules { Rules = rules, CategoryCaps = new Dictionary<string, double> { ["honour"] = 4, ["penalty"] = 6.5 } }).SetName("Caps");
        yield return new TestCaseData(new AdjustmentRules { Rules = rules, CategoryCaps = new Dictionary<string, double> { ["honour"] = 0, ["custom"] = 0.1 } }).SetName("ZeroCap");
        yield return new TestCaseData(AdjustmentRules.None).SetName("None");
    }

    [TestCaseSource(nameof(RuleSets))]
    public void Points_EveryRow_BitIdenticalToApply(AdjustmentRules rules)
    {
        var table = City.Value;
        var compiled = new CompiledAdjustments(rules, table);
        var applied = 0;
        for (var row = 0; row < table.Count; row++)
        {
            var lines = rules.Apply(table, row, out var bonus, out var deduction);
            var has = compiled.Points(row, out var fastBonus, out var fastDeduction);
            applied += has ? 1 : 0;
            if (has != lines.Count > 0 || BitConverter.DoubleToInt64Bits(bonus) != BitConverter.DoubleToInt64Bits(fastBonus)
                || BitConverter.DoubleToInt64Bits(deduction) != BitConverter.DoubleToInt64Bits(fastDeduction))
            {
                Assert.Fail($"row {row}: Apply gave {lines.Count} lines, +{bonus:R} −{deduction:R}; compiled gave {has}, +{fastBonus:R} −{fastDeduction:R}");
            }
        }

        Assert.That(applied, rules.Rules.Count == 0 ? Is.Zero : Is.GreaterThan(100), "the data exercise the rules");
    }

    /// <summary>A rule of a type the compiled path does not know: evaluated through the interface.</summary>
    private sealed class CustomRule : IAdjustmentRule
    {
        public string Id => "custom";

        public string Label => "自定义";

        public string? Category => "custom";

        public double Evaluate(FirmTable table, int row, out string detail)
        {
            detail = "custom";
            return row % 7 == 0 ? 0.7 : row % 11 == 0 ? -0.3 : 0;
        }
    }
}
