using EnterpriseScoring.Adjustments;
using EnterpriseScoring.Aggregation;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Weighting;

namespace EnterpriseScoring.Pools;

/// <summary>
/// One pool of an evaluation: which firms it holds, the indicators they are scored on, how weights and totals
/// are formed, bonus and deduction rules, and how ties are ranked. Firms are scored and ranked within their pool.
/// </summary>
/// <remarks>Immutable once initialised.</remarks>
public sealed class PoolProfile
{
    /// <summary>snake_case id, e.g. <c>above_size</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Display name, e.g. 规上企业.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Which firms belong here. A firm goes to the first pool (in profile order) whose selector matches.</summary>
    public FirmCondition Selector { get; init; } = FirmCondition.All;

    /// <summary>The indicators and how each is scored.</summary>
    public required IReadOnlyList<IndicatorProfile> Indicators { get; init; }

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

    /// <summary>Limits applied after <see cref="Tiering"/> (A ≤ x%, D ≥ y%). <value>The default value is <see cref="TierLimits.None"/>.</value></summary>
    public TierLimits Limits { get; init; } = TierLimits.None;
}
