using EnterpriseScoring.Engine;
using EnterpriseScoring.Platforms;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Tests.Performance;

namespace EnterpriseScoring.Tests.Platforms;

/// <summary>
/// The per-group sums of <see cref="PlatformIndicatorInput"/> — two passes over the rows in order, each group's terms
/// added as one exact integer (or, for a group whose terms span more than 128 bits, the wide way) and rounded once —
/// against the naive computation of each sum alone: per group, the finite values of its rows that meet the filter, added
/// exactly as BigIntegers and rounded once (<see cref="NaiveSums.Exact"/>). On a table above the parallel threshold, with
/// measures over several filters, a measure over every row and a sum of values given by the caller, at one thread and at
/// many: every sum and count must be identical to the bit.
/// </summary>
public class PlatformGroupSumTests
{
    private static readonly FirmCondition Above = new() { SizeClass = SizeClass.AboveDesignatedSize };
    private static readonly FirmCondition Below = new() { SizeClass = SizeClass.BelowDesignatedSize };
    private static readonly FirmCondition HighTech = new() { RequiredTags = [KnownTags.HighTech] };
    private static readonly FirmCondition Listed = new() { RequiredTags = [KnownTags.Listed] };

    /// <summary>Sums: tax and land over 规上 (one shared set), value added and employees over 规下 (another), R&amp;D over 规上 ∪ high-tech, revenue over every row.</summary>
    private static readonly (string Measure, FirmCondition? Filter)[] Sums =
    [
        ("tax", Above), ("land_area", Above), ("value_added", Below), ("employees", Below),
        ("rd_spending", Above), ("rd_spending", HighTech), ("revenue", null), ("revenue", Listed),
    ];

    [TestCase(1)]
    [TestCase(-1)]
    public void GroupSums_AreThoseOfEachSumAlone(int degree)
    {
        var (table, _, register) = PlatformFiguresReferenceTests.RandomCity(11, 2025, 70_000);
        var evaluation = new Evaluator(ProfileLoader.Load(TestPaths.Seeds("data", "platform-example.profile.json"))).Evaluate(table);
        var membership = PlatformMembership.Create(table, register, 2025);
        var input = new PlatformIndicatorInput(evaluation, membership, null, degree);
        var (sums, counts) = (new double[input.GroupCount], new int[input.GroupCount]);
        Assert.Multiple(() =>
        {
            foreach (var (measure, filter) in Sums.Append(("tax", Below))) // 规下 tax: outside the declared rows
            {
                var mask = filter is null ? null : ConditionMask.Evaluate(filter, table, evaluation.LandArea, 2025);
                input.SumByGroup(measure, input.Select(filter), sums, counts);
                AssertNaive(membership, Values(evaluation, measure), mask, sums, counts, $"{measure} over {filter?.ToString() ?? "all"} at {degree} threads");
            }

            // Values given by the caller (as a growth indicator sums them): over every row's bucket.
            var given = Enumerable.Range(0, table.Count).Select(row => row % 7 == 0 ? double.NaN : Math.Pow(10, row % 11) / (1 + (row % 13))).ToArray();
            var highTech = ConditionMask.Evaluate(HighTech, table, evaluation.LandArea, 2025);
            input.SumByGroup(given, new RowMask(highTech, table.Count), sums, counts);
            AssertNaive(membership, given, highTech, sums, counts, $"given values over high-tech at {degree} threads");

            // Terms spanning more than 128 bits in every group (the wide accumulator), with cancellation.
            var wide = Enumerable.Range(0, table.Count).Select(row => (row % 3) switch { 0 => 1e200 / (1 + (row % 17)), 1 => -1e200 / (1 + (row % 17)), _ => 1e-200 * (row % 29) }).ToArray();
            input.SumByGroup(wide, input.Select(null), sums, counts);
            AssertNaive(membership, wide, null, sums, counts, $"values spanning 1e-200 … 1e200 at {degree} threads");
        });
        Assert.That(() => input.SumByGroup(new double[table.Count - 1], input.Select(null), sums, counts), Throws.ArgumentException.With.Message.Contains("One value per row"));
    }

    /// <summary>The values of a measure per row (the evaluated land for land), NaN where missing.</summary>
    private static double[] Values(Evaluation evaluation, string measure) =>
        measure == "land_area"
            ? evaluation.LandArea.ToArray()
            : [.. Enumerable.Range(0, evaluation.Table.Count).Select(row => evaluation.Table.TryGetMeasure(measure, out var column) && column.TryGet(row, out var v) ? v : double.NaN)];

    /// <summary>Each group's sum and count the naive way: a loop over every row, the group's finite values in the mask added exactly.</summary>
    private static void AssertNaive(PlatformMembership membership, double[] values, ulong[]? mask, double[] sums, int[] counts, string where)
    {
        var terms = Enumerable.Range(0, membership.GroupCount).Select(_ => new List<double>()).ToArray();
        for (var row = 0; row < values.Length; row++)
        {
            var g = membership.GroupOfRow[row];
            if (g >= 0 && double.IsFinite(values[row]) && (mask is null || (mask[row >> 6] & (1UL << (row & 63))) != 0))
            {
                terms[g].Add(values[row]);
            }
        }

        Assert.That(terms.Count(t => t.Count > 1), Is.GreaterThan(1), $"{where}: groups with several terms");
        for (var g = 0; g < terms.Length; g++)
        {
            var expected = NaiveSums.Exact(terms[g]);
            Assert.That(BitConverter.DoubleToInt64Bits(sums[g]), Is.EqualTo(BitConverter.DoubleToInt64Bits(expected)), $"{where}, group {g}: {sums[g]:R} vs {expected:R}");
            Assert.That(counts[g], Is.EqualTo(terms[g].Count), $"{where}, group {g}: count");
        }
    }
}
