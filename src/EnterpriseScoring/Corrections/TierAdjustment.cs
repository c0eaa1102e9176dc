namespace EnterpriseScoring.Corrections;

/// <summary>One row of a tier adjustments file (调档): a manual decision that places a rated firm in a tier after all rules and quotas — a level of the tier set, T or ungraded-as-B.</summary>
/// <param name="Line">The row's line in the file (header = line 1).</param>
/// <param name="Id">The firm's 统一社会信用代码.</param>
/// <param name="Tier">The tier decided.</param>
/// <param name="Reason">Why the firm is placed there.</param>
/// <param name="ApprovedBy">Who decided.</param>
/// <param name="Date">The date of the decision, when given.</param>
public sealed record TierAdjustment(int Line, string Id, Tier Tier, string Reason, string ApprovedBy, DateOnly? Date)
{
    /// <summary>The decision as the tier reason says it: <c>调档 manual adjustment by …, date: reason</c>.</summary>
    public override string ToString() => Describe(Classification.TierSet.Standard);

    /// <summary>The decision as the tier reason says it, with the codes of <paramref name="tiers"/>.</summary>
    /// <param name="tiers">The profile's tier set.</param>
    public string Describe(Classification.TierSet tiers) =>
        $"调档 manual adjustment to {(tiers ?? throw new ArgumentNullException(nameof(tiers))).CodeOf(Tier)} by {ApprovedBy}{(Date is { } d ? ", " + d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : string.Empty)}: {Reason}";
}
