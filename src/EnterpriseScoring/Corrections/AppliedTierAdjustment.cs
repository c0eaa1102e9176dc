namespace EnterpriseScoring.Corrections;

/// <summary>A manual tier decision as applied (<see cref="TierAdjustments.ApplyTo"/>): the decision and the tier the rules and quotas gave (初评).</summary>
/// <param name="Decision">The decision.</param>
/// <param name="InitialTier">The tier before the decision (初评): the scheme's, after limits, re-flow and overrides.</param>
public sealed record AppliedTierAdjustment(TierAdjustment Decision, Tier InitialTier)
{
    /// <summary>The adjusted tier (调档后).</summary>
    public Tier Tier => Decision.Tier;

    /// <summary>The firm's id.</summary>
    public string Id => Decision.Id;

    /// <summary>The decision in one line: <c>初评 B → 调档 A by …, date: reason</c>.</summary>
    public override string ToString() => Describe(Classification.TierSet.Standard);

    /// <summary>The decision in one line with the codes of <paramref name="tiers"/> (e.g. <c>初评 initial tier A → 调档 manual adjustment to A+ …</c>).</summary>
    /// <param name="tiers">The profile's tier set.</param>
    public string Describe(Classification.TierSet tiers)
    {
        ArgumentNullException.ThrowIfNull(tiers);
        return $"初评 initial tier {tiers.CodeOf(InitialTier)} → {Decision.Describe(tiers)}";
    }
}
