using EnterpriseScoring.Adjustments;
using EnterpriseScoring.Aggregation;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Weighting;

namespace EnterpriseScoring.Pools;

/// <summary>
/// One pool of an evaluation: which firms it holds, the indicators they are scored on, how weights and totals
/// are formed, bonus and deduction rules, and how ties are ranked. Firms are scored and ranked within their pool.
/// </summary>
/// <remarks>A value: immutable in fact (lists are copied on initialisation), derived with <see langword="with"/>, equal by value (lists item by item). Thread-safe.</remarks>
public sealed record PoolProfile
{
    /// <summary>snake_case id, e.g. <c>above_size</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Display name, e.g. 规上企业.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Which firms belong here. A firm goes to the first pool (in profile order) whose selector matches.</summary>
    public FirmCondition Selector { get; init; } = FirmCondition.All;

    /// <summary>The indicators and how each is scored.</summary>
    public required IReadOnlyList<IndicatorProfile> Indicators { get; init => field = ReadOnlyCopy.List(value); }

    /// <summary>
    /// A weighting method that computes weights from the pool's data (entropy, CRITIC, …); <see langword="null"/>
    /// uses each indicator's fixed <see cref="IndicatorProfile.Weight"/>. Computed weights (fractions) are multiplied by
    /// <see cref="TotalPoints"/>.
    /// </summary>
    public IWeightingMethod? Weighting { get; init; }

    /// <summary>The points the weights add up to. With fixed weights, when set, the given weights are rescaled to
    /// this sum and the explanation says so; when <see langword="null"/>, fixed weights are used exactly as given and
    /// computed weights sum to 100.</summary>
    public double? TotalPoints { get; init; }

    /// <summary>How normalised indicator values and weights become a total. <value>The default value is the weighted sum.</value></summary>
    public IAggregationMethod? Aggregation { get; init; }

    /// <summary>Bonus and deduction rules applied after aggregation.</summary>
    public AdjustmentRules Adjustments { get; init; } = AdjustmentRules.None;

    /// <summary>How equal totals are ranked. <value>The default value is <see cref="TiePolicy.Competition"/>.</value></summary>
    public TiePolicy Ties { get; init; } = TiePolicy.Competition;

    /// <summary>Within what group firms are ranked and tiered. <value>The default value is <see cref="RankingScope.Pool"/>.</value></summary>
    public RankingScope Scope { get; init; } = RankingScope.Pool;

    /// <summary>How ranked firms become tiers A–D; <see langword="null"/> ranks without tiers.</summary>
    public ITierScheme? Tiering { get; init; }

    /// <summary>Limits applied after <see cref="Tiering"/> (A ≤ x%, D ≥ y%, D ≤ z%). <value>The default value is <see cref="TierLimits.None"/>.</value></summary>
    public TierLimits Limits { get; init; } = TierLimits.None;

    /// <summary>
    /// The same pool with the indicator whose <see cref="IIndicator.Id"/> is <paramref name="indicatorId"/> replaced by
    /// what <paramref name="change"/> makes of it, e.g. <c>pool.WithIndicator("tax_per_mu", i =&gt; i with { Weight = 40 })</c>.
    /// </summary>
    /// <param name="indicatorId">The indicator's id.</param>
    /// <param name="change">Makes the new indicator profile from the current one (usually a <see langword="with"/> expression).</param>
    /// <returns>A copy with the indicator replaced in place and every other setting unchanged.</returns>
    /// <exception cref="ArgumentException">No indicator of the pool has that id, or <paramref name="change"/> returned null.</exception>
    public PoolProfile WithIndicator(string indicatorId, Func<IndicatorProfile, IndicatorProfile> change) =>
        this with { Indicators = ValueDerivation.Replace(Indicators, indicatorId, static i => i.Indicator?.Id, change, "indicator", nameof(indicatorId)) };
}
