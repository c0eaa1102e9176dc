using System.Runtime.InteropServices;
using EnterpriseScoring.Platforms;

namespace EnterpriseScoring.Scorecards;

/// <summary>Computes the <see cref="ScorecardTierMix"/> of every scored platform in one pass over the firms.</summary>
/// <remarks>
/// The firms are counted per platform group in one pass over <see cref="PlatformMembership.GroupOfRow"/> and the tiers of
/// the evaluation (read once from the pools' columns), then rolled up to each scored platform over its groups
/// (<see cref="PlatformMembership.GroupsOf"/>: itself, its 分区分园 and the platforms merged into it). A platform's
/// bottom-tier land is the exact sum of its bottom-tier firms' land, rounded once (<see cref="ExactSum"/>, as the platform
/// figures' sums; a firm without finite land adds nothing), so it does not depend on the order of the rows or of the groups.
/// </remarks>
internal static class ScorecardTierMixes
{
    /// <summary>The tier mix of each of <paramref name="scored"/>, by platform id.</summary>
    /// <param name="evaluation">The firm evaluation (its tiers and evaluated land).</param>
    /// <param name="membership">The year's membership (which platform each firm is in).</param>
    /// <param name="scored">The scored platforms (units of <paramref name="membership"/>): a firm counts in each of them its platform is, or is under (a 分区分园's 主平台).</param>
    public static Dictionary<string, ScorecardTierMix> Compute(Evaluation evaluation, PlatformMembership membership, IReadOnlyList<PlatformUnit> scored)
    {
        var tiers = evaluation.Profile.Tiers;
        var all = tiers.AllTiers;
        var levels = all.Count;
        var levelOf = LevelOfTier(all); // by (int)Tier; −1 for none or a tier outside the set
        var tierOfRow = new Tier[evaluation.Table.Count];
        evaluation.FillTiers(tierOfRow);

        // One pass over the rows: per group, the firms of each level (the last slot: without a tier) and the bottom-tier land.
        var groupOfRow = membership.GroupOfRow;
        var land = evaluation.LandArea;
        var bottom = tiers.Bottom;
        var counts = new int[membership.GroupCount * (levels + 1)];
        var bottomLand = new List<double>?[membership.GroupCount];
        for (var row = 0; row < tierOfRow.Length; row++)
        {
            var g = groupOfRow[row];
            if (g < 0)
            {
                continue;
            }

            var tier = tierOfRow[row];
            var level = (int)tier < levelOf.Length ? levelOf[(int)tier] : -1;
            counts[(g * (levels + 1)) + (level < 0 ? levels : level)]++;
            if (level >= 0 && tier == bottom && double.IsFinite(land[row]))
            {
                (bottomLand[g] ??= []).Add(land[row]);
            }
        }

        var codes = all.Select(t => tiers.CodeOf(t)).ToArray();
        var bottomCode = tiers.CodeOf(bottom);
        var mixes = new Dictionary<string, ScorecardTierMix>(scored.Count, StringComparer.Ordinal);
        var terms = new List<double>();
        foreach (var unit in scored)
        {
            var u = membership.IndexOf(unit.Id);
            var firms = new int[levels];
            var withoutTier = 0;
            terms.Clear();
            foreach (var g in u >= 0 ? membership.GroupsOf(u) : [])
            {
                var at = g * (levels + 1);
                for (var l = 0; l < levels; l++)
                {
                    firms[l] += counts[at + l];
                }

                withoutTier += counts[at + levels];
                if (bottomLand[g] is { } list)
                {
                    terms.AddRange(list);
                }
            }

            mixes[unit.Id] = new ScorecardTierMix
            {
                Codes = codes,
                Firms = firms,
                WithoutTier = withoutTier,
                BottomCode = bottomCode,
                BottomTierLand = ExactSum.Of(CollectionsMarshal.AsSpan(terms)),
            };
        }

        return mixes;
    }

    /// <summary>The level of each tier in <paramref name="all"/>, indexed by the tier's value; −1 for a value not in it (and for <c>default(Tier)</c>, no tier).</summary>
    private static int[] LevelOfTier(IReadOnlyList<Tier> all)
    {
        var max = Enum.GetValues<Tier>().Max(t => (int)t);
        var levelOf = Enumerable.Repeat(-1, max + 1).ToArray();
        for (var i = all.Count - 1; i >= 0; i--)
        {
            var t = (int)all[i];
            if (t > 0 && t < levelOf.Length)
            {
                levelOf[t] = i;
            }
        }

        return levelOf;
    }
}
