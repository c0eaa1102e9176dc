using EnterpriseScoring.Platforms;

namespace EnterpriseScoring.Scorecards;

/// <summary>Computes the <see cref="ScorecardTierMix"/> of every scored platform in one pass over the firms.</summary>
internal static class ScorecardTierMixes
{
    /// <summary>The tier mix of each of <paramref name="scored"/>, by platform id.</summary>
    /// <param name="evaluation">The firm evaluation (its tiers and evaluated land).</param>
    /// <param name="membership">The year's membership (which platform each firm is in).</param>
    /// <param name="scored">The scored platforms: a firm counts in each of them its platform is, or is under (a 分区分园's 主平台).</param>
    public static Dictionary<string, ScorecardTierMix> Compute(Evaluation evaluation, PlatformMembership membership, IReadOnlyList<PlatformUnit> scored)
    {
        var tiers = evaluation.Profile.Tiers;
        var all = tiers.AllTiers;
        var index = scored.Select((u, i) => (u.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var firms = scored.Select(_ => new int[all.Count]).ToArray();
        var withoutTier = new int[scored.Count];
        var bottomLand = scored.Select(_ => new List<double>()).ToArray();
        var covering = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var result in evaluation.Results)
        {
            if (membership.PlatformOf(result.Row) is not { } platform)
            {
                continue;
            }

            if (!covering.TryGetValue(platform.Id, out var rows))
            {
                rows = Covering(platform, membership, index);
                covering[platform.Id] = rows;
            }

            var tier = result.Tier;
            var level = tier is { } t ? IndexOf(all, t) : -1;
            foreach (var k in rows)
            {
                if (level < 0)
                {
                    withoutTier[k]++;
                    continue;
                }

                firms[k][level]++;
                if (tier == tiers.Bottom && result.LandArea is { } land)
                {
                    bottomLand[k].Add(land);
                }
            }
        }

        var codes = all.Select(t => tiers.CodeOf(t)).ToArray();
        var bottom = tiers.CodeOf(tiers.Bottom);
        return scored.Select((u, k) => (u.Id, Mix: new ScorecardTierMix
        {
            Codes = codes,
            Firms = firms[k],
            WithoutTier = withoutTier[k],
            BottomCode = bottom,
            BottomTierLand = bottomLand[k].Order().Sum(),
        })).ToDictionary(p => p.Id, p => p.Mix, StringComparer.Ordinal);
    }

    /// <summary>The scored platforms whose firms include those of <paramref name="platform"/>: itself and its parents, when scored.</summary>
    private static int[] Covering(PlatformUnit platform, PlatformMembership membership, Dictionary<string, int> index)
    {
        var rows = new List<int>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (PlatformUnit? unit = platform; unit is not null && seen.Add(unit.Id); unit = unit.Parent.Length > 0 && membership.TryGetUnit(unit.Parent, out var parent) ? parent : null)
        {
            if (index.TryGetValue(unit.Id, out var k))
            {
                rows.Add(k);
            }
        }

        return [.. rows];
    }

    private static int IndexOf(IReadOnlyList<Tier> tiers, Tier tier)
    {
        for (var i = 0; i < tiers.Count; i++)
        {
            if (tiers[i] == tier)
            {
                return i;
            }
        }

        return -1;
    }
}
