using EnterpriseScoring.Scorecards;

namespace EnterpriseScoring.Tests.Scorecards;

/// <summary>
/// The top and bottom lists (<see cref="ScorecardHistory.Listed(IReadOnlyList{ScorecardStanding}, ScorecardList, int)"/>:
/// sorted keys and binary searches) against the plain count written here — for each platform, the platforms of its group
/// above (below) it counted one by one — on random groups with ties at 9 decimals, totals that differ only past the 9th,
/// vetoed platforms and sizes from 0 past the group's size.
/// </summary>
public class ScorecardListsReferenceTests
{
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(4)]
    [TestCase(5)]
    public void Lists_AreThoseOfThePlainCount(int seed)
    {
        var random = new Random(seed);
        var standings = new List<ScorecardStanding>();
        for (var i = 0; i < 400; i++)
        {
            // Few distinct totals (ties), some apart only past the 9th decimal (ties too), some vetoed (total 0).
            var vetoed = random.NextDouble() < 0.1;
            var total = vetoed ? 0 : random.Next(20) * 2.5 + (random.NextDouble() < 0.3 ? 1e-11 * random.Next(3) : 0) + (random.NextDouble() < 0.1 ? 1e-8 : 0);
            standings.Add(new ScorecardStanding(2025, $"P{i:D3}", $"县{random.Next(random.Next(1, 6)):D2}", total, vetoed));
        }

        Assert.Multiple(() =>
        {
            foreach (var size in new[] { 0, 1, 3, 6, 25, 500 })
            {
                foreach (var list in new[] { ScorecardList.Top, ScorecardList.Bottom })
                {
                    var actual = ScorecardHistory.Listed(standings, list, size);
                    var expected = Reference(standings, list, size);
                    Assert.That(actual, Is.EquivalentTo(expected), $"{list} {size} (seed {seed})");
                }
            }

            Assert.That(ScorecardHistory.Listed([], ScorecardList.Top, 3), Is.Empty);
        });
    }

    /// <summary>The lists the plain way (the computation before the sorted one): every platform against every other of its group.</summary>
    private static HashSet<string> Reference(List<ScorecardStanding> rows, ScorecardList list, int size)
    {
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var self in rows)
        {
            var group = rows.Where(o => o.PeerGroup == self.PeerGroup).ToList();
            var key = Math.Round((decimal)self.Total, 9);
            var onList = list == ScorecardList.Top
                ? !self.Vetoed && group.Count(o => !o.Vetoed && Math.Round((decimal)o.Total, 9) > key) < size
                : (self.Vetoed ? 0 : group.Count(o => o.Vetoed || Math.Round((decimal)o.Total, 9) < key)) < size;
            if (onList)
            {
                listed.Add(self.PlatformId);
            }
        }

        return listed;
    }
}
