using EnterpriseScoring.Platforms;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Scorecards;
using EnterpriseScoring.Tests.Performance;
using EnterpriseScoring.Tests.Platforms;

namespace EnterpriseScoring.Tests.Scorecards;

/// <summary>
/// The scorecard's tier mixes (one pass over the rows' groups, rolled up over each platform's groups) against the
/// straightforward computation written here: for every firm, its platform resolved through <see cref="PlatformMembership.PlatformOf"/>,
/// the scored platforms covering it found by walking parents by id, its tier read from its <see cref="FirmResult"/>, the
/// bottom-tier land collected per platform and added exactly (<see cref="NaiveSums.Exact"/>). Random cities with nested 分区分园, merge chains
/// dated before and after the year, unregistered platforms and firms outside any platform; both scopes. Every count and
/// every bit of the land must agree.
/// </summary>
public class ScorecardTierMixesReferenceTests
{
    [TestCase(1, 2025)]
    [TestCase(2, 2025)]
    [TestCase(3, 2024)]
    [TestCase(4, 2026)]
    [TestCase(11, 2025)]
    public void TierMixes_AreThoseOfTheStraightforwardReference(int seed, int year)
    {
        var (table, _, register) = PlatformFiguresReferenceTests.RandomCity(seed, year, 3_000);
        var evaluation = new Evaluator(ProfileLoader.Load(TestPaths.Seeds("data", "platform-example.profile.json"))).Evaluate(table);
        var membership = PlatformMembership.Create(table, register, year);
        var platforms = membership.Units.Where(u => u.Kind == PlatformUnitKind.Platform).ToList();
        var mains = platforms.Where(u => u.Parent.Length == 0).ToList();
        Assert.That(platforms.Count, Is.GreaterThan(mains.Count), "the city has 分区分园");
        Assert.That(evaluation.Results.Count(r => r.Tier == evaluation.Profile.Tiers.Bottom && r.LandArea > 0), Is.GreaterThan(20), "bottom-tier firms with land");

        Assert.Multiple(() =>
        {
            foreach (var scored in new[] { platforms, mains })
            {
                var actual = ScorecardTierMixes.Compute(evaluation, membership, scored);
                var expected = Reference(evaluation, membership, scored);
                Assert.That(actual.Keys, Is.EquivalentTo(expected.Keys));
                foreach (var (id, mix) in expected)
                {
                    var where = $"{id} (seed {seed}, {year}, {scored.Count} scored)";
                    Assert.That(actual[id].Codes, Is.EqualTo(mix.Codes), where);
                    Assert.That(actual[id].Firms, Is.EqualTo(mix.Firms), $"{where}: firms per tier");
                    Assert.That(actual[id].WithoutTier, Is.EqualTo(mix.WithoutTier), $"{where}: without a tier");
                    Assert.That(actual[id].BottomCode, Is.EqualTo(mix.BottomCode), where);
                    Assert.That(BitConverter.DoubleToInt64Bits(actual[id].BottomTierLand), Is.EqualTo(BitConverter.DoubleToInt64Bits(mix.BottomTierLand)), $"{where}: bottom-tier land {actual[id].BottomTierLand:R} vs {mix.BottomTierLand:R}");
                }
            }
        });
    }

    /// <summary>The tier mixes the plain way (the computation before the one-pass version).</summary>
    private static Dictionary<string, ScorecardTierMix> Reference(Evaluation evaluation, PlatformMembership membership, IReadOnlyList<PlatformUnit> scored)
    {
        var tiers = evaluation.Profile.Tiers;
        var all = tiers.AllTiers;
        var index = scored.Select((u, i) => (u.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var firms = scored.Select(_ => new int[all.Count]).ToArray();
        var withoutTier = new int[scored.Count];
        var bottomLand = scored.Select(_ => new List<double>()).ToArray();
        foreach (var result in evaluation.Results)
        {
            if (membership.PlatformOf(result.Row) is not { } platform)
            {
                continue;
            }

            var covering = new List<int>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (PlatformUnit? unit = platform; unit is not null && seen.Add(unit.Id); unit = unit.Parent.Length > 0 && membership.TryGetUnit(unit.Parent, out var parent) ? parent : null)
            {
                if (index.TryGetValue(unit.Id, out var k))
                {
                    covering.Add(k);
                }
            }

            var level = result.Tier is { } t ? all.ToList().IndexOf(t) : -1;
            foreach (var k in covering)
            {
                if (level < 0)
                {
                    withoutTier[k]++;
                    continue;
                }

                firms[k][level]++;
                if (result.Tier == tiers.Bottom && result.LandArea is { } land)
                {
                    bottomLand[k].Add(land);
                }
            }
        }

        return scored.Select((u, k) => (u.Id, Mix: new ScorecardTierMix
        {
            Codes = [.. all.Select(t => tiers.CodeOf(t))],
            Firms = firms[k],
            WithoutTier = withoutTier[k],
            BottomCode = tiers.CodeOf(tiers.Bottom),
            BottomTierLand = NaiveSums.Exact(bottomLand[k]),
        })).ToDictionary(p => p.Id, p => p.Mix, StringComparer.Ordinal);
    }
}
