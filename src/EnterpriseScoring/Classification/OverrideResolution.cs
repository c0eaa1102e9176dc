namespace EnterpriseScoring.Classification;

/// <summary>
/// The override rules applied to one rated firm's scheme tier, in the documented order: floor at C, cap at C, force A,
/// force D. A firm that matches a veto (cap at C or force D) is never lifted by floor at C or force A (一票否决); every
/// matched rule is listed with what it did ("no change", "not applied: veto").
/// </summary>
internal static class OverrideResolution
{
    private static readonly OverrideAction[] ActionOrder = [OverrideAction.FloorAtC, OverrideAction.CapAtC, OverrideAction.ForceA, OverrideAction.ForceD];

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
        foreach (var action in ActionOrder)
        {
            for (var r = 0; r < rules.Count; r++)
            {
                var rule = rules[r];
                if (rule.Action != action || !matched.Contains(r))
                {
                    continue;
                }

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

        return applications;
    }
}
