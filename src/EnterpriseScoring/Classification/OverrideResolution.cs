namespace EnterpriseScoring.Classification;

/// <summary>
/// The override rules applied to one rated firm's scheme tier, in the documented order: floors (floor at C, floor at a
/// named tier), caps (cap at C, cap at a named tier), direct placements (force A, place in), veto placements (force D,
/// veto place in); within a step, in rule order. A firm that matches a veto (a cap or a veto placement) is never lifted by
/// a floor or a direct placement (一票否决); every matched rule is listed with what it did ("no change", "not applied: veto").
/// Tiers are compared by level (<see cref="TierSet.LevelOf"/>).
/// </summary>
internal static class OverrideResolution
{
    /// <summary>Applies the rules in <paramref name="matched"/> to <paramref name="schemeTier"/>.</summary>
    /// <param name="rules">The profile's override rules.</param>
    /// <param name="matched">Which of them match the firm (at least one).</param>
    /// <param name="vetoed">Whether one of the matched rules is a veto.</param>
    /// <param name="schemeTier">The tier the scheme gave (after limits).</param>
    /// <param name="tier">The final tier.</param>
    /// <returns>One application per matched rule, in the order applied.</returns>
    public static List<OverrideApplication> Apply(IReadOnlyList<OverrideRule> rules, MatchedRules matched, bool vetoed, Tier schemeTier, out Tier tier)
    {
        tier = schemeTier;
        var applications = new List<OverrideApplication>();
        for (var step = 0; step < 4; step++)
        {
            for (var r = 0; r < rules.Count; r++)
            {
                var rule = rules[r];
                if (rule.Step != step || !matched.Contains(r))
                {
                    continue;
                }

                var before = tier;
                var target = rule.TargetTier;
                string? note = null;
                switch (step)
                {
                    case 0 or 2 when vetoed:
                        note = "not applied: the firm matches a veto rule / 一票否决";
                        break;
                    case 0:
                        tier = TierSet.LevelOf(tier) > TierSet.LevelOf(target) ? target : tier;
                        break;
                    case 1:
                        tier = TierSet.LevelOf(tier) < TierSet.LevelOf(target) ? target : tier;
                        break;
                    default:
                        tier = target;
                        break;
                }

                if (note is null && before == tier)
                {
                    note = "no change";
                }

                applications.Add(new OverrideApplication(rule.Id, rule.Label, rule.Action, before, tier, note));
            }
        }

        return applications;
    }
}
