namespace EnterpriseScoring;

/// <summary>
/// One part of a profile that reads a measure — an indicator, a condition, an adjustment, the land strategy — and what
/// happens to every firm when the input has no column for the measure and the measure is accepted as missing.
/// </summary>
/// <param name="NeededBy">What reads it, e.g. <c>indicator tax_per_mu (亩均税收)</c>, <c>land strategy net</c>, <c>eligibility rule big_revenue</c>.</param>
/// <param name="Pools">The pools it is part of, in profile order; empty when it is not part of a pool (land, eligibility, overrides).</param>
/// <param name="WhenMissing">What then happens to every firm, e.g. <c>tax_per_mu is missing for every firm → zero (缺失计0分)</c>.</param>
public sealed record MeasureUse(string NeededBy, IReadOnlyList<string> Pools, string WhenMissing)
{
    /// <summary>The pools it is part of, in profile order; empty when it is not part of a pool (land, eligibility, overrides).</summary>
    public IReadOnlyList<string> Pools { get; init => field = ReadOnlyCopy.List(value); } = ReadOnlyCopy.List(Pools);

    /// <summary>What reads the measure, with its pools: <c>indicator tax_per_mu (亩均税收) in pools above_size, below_size</c>.</summary>
    public override string ToString() => Pools.Count switch
    {
        0 => NeededBy,
        1 => $"{NeededBy} in pool {Pools[0]}",
        _ => $"{NeededBy} in pools {string.Join(", ", Pools)}",
    };
}
