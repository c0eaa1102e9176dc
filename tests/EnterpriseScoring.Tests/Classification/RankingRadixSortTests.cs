using EnterpriseScoring.Classification;
using EnterpriseScoring.Internal;

namespace EnterpriseScoring.Tests.Classification;

public class RankingRadixSortTests
{
    [TestCase(8, 300)]
    [TestCase(8, 5000)]
    [TestCase(11, 5000)]
    [TestCase(16, 3000)]
    public void Sort_RandomKeys_SameOrderAsArraySort(int digitBits, int n)
    {
        var random = new Random(digitBits * n);
        var keys = Enumerable.Range(0, n).Select(_ => (ulong)random.NextInt64() ^ ((ulong)random.Next(4) << 62)).ToArray();
        var expected = keys.Order().ToArray();
        var items = Enumerable.Range(0, n).ToArray();
        var original = (ulong[])keys.Clone();
        RadixSort.Sort(keys, items, n, digitBits);
        Assert.Multiple(() =>
        {
            Assert.That(keys, Is.EqualTo(expected));
            Assert.That(items.Select(i => original[i]), Is.EqualTo(expected));
        });
    }

    [Test]
    public void DescendingKey_OrderedDoubles_AscendingKeys()
    {
        double[] descending = [double.MaxValue, 1e300, 5, 1, double.Epsilon, 0, -double.Epsilon, -1, -5, -1e300, double.MinValue];
        var keys = descending.Select(Ranking.DescendingKey).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(keys, Is.Ordered.Ascending);
            Assert.That(keys.Distinct().Count(), Is.EqualTo(keys.Length));
            Assert.That(Ranking.DescendingKey(-0.0), Is.EqualTo(Ranking.DescendingKey(0.0)));
        });
    }
}
