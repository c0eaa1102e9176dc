using EnterpriseScoring.Analysis;

namespace EnterpriseScoring.Tests.Analysis;

/// <summary>The inversion count behind Kendall's τ-b (insertion runs, then merges that skip runs already in order) against the O(n²) definition.</summary>
public class InversionCountTests
{
    [TestCase(0)]
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(RankCorrelation.InsertionRun - 1)]
    [TestCase(RankCorrelation.InsertionRun)]
    [TestCase(RankCorrelation.InsertionRun + 1)]
    [TestCase((2 * RankCorrelation.InsertionRun) + 7)]
    [TestCase(1000)]
    [TestCase(4099)]
    public void Inversions_AreThePairsOutOfOrder_AndTheValuesEndSorted(int length)
    {
        var random = new Random(length + 17);
        var shapes = new Dictionary<string, int[]>
        {
            ["random"] = [.. Enumerable.Range(0, length).Select(_ => random.Next(1_000_000))],
            ["many ties"] = [.. Enumerable.Range(0, length).Select(_ => random.Next(5))],
            ["sorted"] = [.. Enumerable.Range(0, length)],
            ["reversed"] = [.. Enumerable.Range(0, length).Reverse()],
            ["all equal"] = [.. Enumerable.Repeat(3, length)],
            ["nearly sorted"] = [.. Enumerable.Range(0, length).Select(i => i + random.Next(-40, 41))],
            ["sorted runs swapped"] = [.. Enumerable.Range(0, length).Select(i => (i / 64 % 2 == 0 ? i + 64 : i - 64))],
        };

        Assert.Multiple(() =>
        {
            foreach (var (shape, values) in shapes)
            {
                var expected = Naive(values);
                var sorted = values.Order().ToArray();
                var work = values.ToArray();
                var count = RankCorrelation.Inversions<int>(work, new int[length]);
                Assert.That(count, Is.EqualTo(expected), shape);
                Assert.That(work, Is.EqualTo(sorted), shape + ": sorted");
            }
        });
    }

    private static long Naive(int[] values)
    {
        long count = 0;
        for (var i = 0; i < values.Length; i++)
        {
            for (var j = i + 1; j < values.Length; j++)
            {
                if (values[i] > values[j])
                {
                    count++;
                }
            }
        }

        return count;
    }
}
