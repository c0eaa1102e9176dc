namespace EnterpriseScoring.Classification;

/// <summary>
/// Vetoes that reach firms taken out of rating by eligibility (<see cref="OverrideRule.AppliesToIneligible"/>): such a
/// firm keeps its status and gets the veto's tier — D for force D (or the tier of a veto placement), C for cap at C (or the
/// tier of a cap); under a cap, T stays T and a firm already at or below the cap keeps its tier; ungraded-as-B takes the cap.
/// </summary>
internal static class IneligibleVetoes
{
    /// <summary>The vetoes applied to each row that eligibility took out of rating, or null when no veto reaches any.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="eligibilityOf">The eligibility rule of each row, or −1.</param>
    /// <param name="overrideMasks">The rows each override rule matches.</param>
    public static SparseColumn<IReadOnlyList<OverrideApplication>>? Apply(EvaluationProfile profile, int[] eligibilityOf, ulong[][] overrideMasks)
    {
        var rules = profile.Overrides;
        var eligibility = profile.Eligibility;

        // For each eligibility rule, the override rules (in the engine's order: caps, then force D) that reach its firms.
        var reach = new List<int>?[eligibility.Count];
        var any = false;
        for (var e = 0; e < eligibility.Count; e++)
        {
            foreach (var step in new[] { 1, 3 })
            {
                for (var r = 0; r < rules.Count; r++)
                {
                    if (rules[r].Step == step && rules[r].Reaches(eligibility[e].Outcome))
                    {
                        (reach[e] ??= []).Add(r);
                        any = true;
                    }
                }
            }
        }

        if (!any)
        {
            return null;
        }

        var vetoes = new SparseColumn<IReadOnlyList<OverrideApplication>>();
        for (var row = 0; row < eligibilityOf.Length; row++)
        {
            if (eligibilityOf[row] is var e && (e < 0 || reach[e] is null))
            {
                continue;
            }

            var outcome = eligibility[e].Outcome;
            Tier? tier = outcome switch { FirmStatus.TClass => Tier.T, FirmStatus.UngradedAsB => Tier.UngradedAsB, _ => null };
            List<OverrideApplication>? applications = null;
            foreach (var r in reach[e]!)
            {
                if (!Bitset.IsSet(overrideMasks[r], row))
                {
                    continue;
                }

                var rule = rules[r];
                var before = tier;
                var target = rule.TargetTier;
                Tier after = rule.Step == 3 ? target
                    : before is Tier.T ? Tier.T
                    : before is { } b && TierSet.LevelOf(b) >= TierSet.LevelOf(target) ? b
                    : target;
                var note = before == after
                    ? "no change"
                    : $"veto reaches this {outcome} firm (applies_to_ineligible) / 一票否决：不参评企业同样适用";
                (applications ??= []).Add(new OverrideApplication(rule.Id, rule.Label, rule.Action, before, after, note));
                tier = after;
            }

            if (applications is not null)
            {
                vetoes[row] = applications;
            }
        }

        return vetoes;
    }
}
