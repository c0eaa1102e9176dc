using EnterpriseScoring.Classification;

namespace EnterpriseScoring;

/// <summary>
/// Tiers of one ranking scope: the pool's scheme, then limits, then overrides (caps and floors, then direct
/// placements; vetoes are never lifted), then — when the profile asks — re-flow of slots freed by overrides.
/// </summary>
internal static class Tiering
{
    public static void Assign(PoolEvaluation result, FirmTable table, double[] land, int[] scope, EvaluationProfile profile)
    {
        var scheme = result.Profile.Tiering;
        if (scheme is null || scope.Length == 0)
        {
            return;
        }

        var n = scope.Length;
        var totals = new double[n];
        var ranks = new int[n];
        for (var i = 0; i < n; i++)
        {
            totals[i] = result.Totals[scope[i]];
            ranks[i] = result.Ranks[scope[i]];
        }

        var tiers = new Tier[n];
        scheme.Assign(totals, ranks, tiers);
        var limited = new bool[n];
        result.Profile.Limits.Apply(totals, tiers, limited);
        for (var i = 0; i < n; i++)
        {
            var k = scope[i];
            result.SchemeTiers[k] = tiers[i];
            result.TierNotes[k] = limited[i] ? "moved by limits " + result.Profile.Limits + " / 比例限制调整" : null;
        }

        ApplyOverrides(result, table, land, scope, profile);
        if (profile.ReflowOverriddenSlots && scheme is QuotaBands bands && profile.Overrides.Count > 0)
        {
            Reflow(result, scope, bands, totals);
            ApplyOverrides(result, table, land, scope, profile);
        }
    }

    private static void ApplyOverrides(PoolEvaluation result, FirmTable table, double[] land, int[] scope, EvaluationProfile profile)
    {
        var rules = profile.Overrides;
        foreach (var k in scope)
        {
            var row = result.Rows[k];
            var tier = result.SchemeTiers[k];
            result.Overrides[k] = null;
            if (rules.Count == 0)
            {
                result.Tiers[k] = tier;
                continue;
            }

            var matched = new List<OverrideRule>();
            foreach (var rule in rules)
            {
                if (rule.When.Matches(table, row, land[row], profile.EvaluationYear))
                {
                    matched.Add(rule);
                }
            }

            if (matched.Count == 0)
            {
                result.Tiers[k] = tier;
                continue;
            }

            var vetoed = matched.Any(r => r.IsVeto);
            var applications = new List<OverrideApplication>(matched.Count);
            foreach (var action in new[] { OverrideAction.FloorAtC, OverrideAction.CapAtC, OverrideAction.ForceA, OverrideAction.ForceD })
            {
                foreach (var rule in matched.Where(r => r.Action == action))
                {
                    var before = tier;
                    string? note = null;
                    switch (action)
                    {
                        case OverrideAction.FloorAtC when vetoed:
                        case OverrideAction.ForceA when vetoed:
                            note = "not applied: the firm matches a veto rule / 一票否决";
                            break;
                        case OverrideAction.FloorAtC:
                            tier = tier == Tier.D ? Tier.C : tier;
                            break;
                        case OverrideAction.CapAtC:
                            tier = tier is Tier.A or Tier.B ? Tier.C : tier;
                            break;
                        case OverrideAction.ForceA:
                            tier = Tier.A;
                            break;
                        case OverrideAction.ForceD:
                            tier = Tier.D;
                            break;
                    }

                    if (note is null && before == tier)
                    {
                        note = "no change";
                    }

                    applications.Add(new OverrideApplication(rule.Id, rule.Label, rule.Action, before, tier, note));
                }
            }

            result.Tiers[k] = tier;
            result.Overrides[k] = applications;
        }
    }

    /// <summary>Firms whose tier an override changed keep it and use up a slot of that tier; the others fill the remaining slots in order of total.</summary>
    private static void Reflow(PoolEvaluation result, int[] scope, QuotaBands bands, double[] totals)
    {
        var n = scope.Length;
        var (a, b, c) = bands.Cutoffs(n);
        var capacity = new[] { a, b - a, c - b, n - c };
        var free = new List<int>(n);
        for (var i = 0; i < n; i++)
        {
            var k = scope[i];
            if (result.Tiers[k] != result.SchemeTiers[k])
            {
                capacity[(int)result.Tiers[k] - 1]--;
            }
            else
            {
                free.Add(i);
            }
        }

        free.Sort((x, y) => totals[y].CompareTo(totals[x]));
        var tier = 0;
        for (var start = 0; start < free.Count;)
        {
            var end = start;
            while (end + 1 < free.Count && totals[free[end + 1]] == totals[free[start]])
            {
                end++;
            }

            var size = end - start + 1;
            while (tier < 3 && (bands.Ties == BoundaryTies.BetterTier ? capacity[tier] <= 0 : capacity[tier] < size))
            {
                tier++;
            }

            capacity[tier] -= size;
            for (var x = start; x <= end; x++)
            {
                var k = scope[free[x]];
                var reflowed = (Tier)(tier + 1);
                if (reflowed != result.SchemeTiers[k])
                {
                    result.TierNotes[k] = (result.TierNotes[k] is null ? string.Empty : result.TierNotes[k] + "; ")
                        + $"re-flowed from {result.SchemeTiers[k]} to {reflowed} into slots freed by overrides / 名额递补";
                    result.SchemeTiers[k] = reflowed;
                }
            }

            start = end + 1;
        }
    }
}
