using EnterpriseScoring.Classification;
using EnterpriseScoring.Land;
using EnterpriseScoring.Policies;
using EnterpriseScoring.Pools;

namespace EnterpriseScoring;

/// <summary>
/// Everything one jurisdiction decides for one evaluation year: the land-area definition and the pools with their
/// indicators, weights, scoring, adjustments and ranking. Compile it with <see cref="Evaluator"/>.
/// </summary>
/// <remarks>Immutable once initialised. JSON loading and the built-in profiles live in <c>EnterpriseScoring.Profiles</c>.</remarks>
public sealed class EvaluationProfile
{
    /// <summary>The profile's name, e.g. <c>zhejiang-six-indicators</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The jurisdiction, e.g. 浙江省.</summary>
    public string Jurisdiction { get; init; } = string.Empty;

    /// <summary>The evaluation year (the data year is usually the calendar year before).</summary>
    public int EvaluationYear { get; init; }

    /// <summary>How each firm's land area is determined. <value>The default value is <see cref="KnownLandAreaStrategies.Certificate"/>.</value></summary>
    public ILandAreaStrategy Land { get; init; } = KnownLandAreaStrategies.Certificate;

    /// <summary>Eligibility rules checked before pools (exempt, transition, collect-only, T, ungraded); the first match wins.</summary>
    public IReadOnlyList<EligibilityRule> Eligibility { get; init; } = [];

    /// <summary>The pools, in matching order: a firm goes to the first pool whose selector matches.</summary>
    public required IReadOnlyList<PoolProfile> Pools { get; init; }

    /// <summary>Tier overrides (force A, cap at C, floor at C, force D), applied after quota tiers in every pool.</summary>
    public IReadOnlyList<OverrideRule> Overrides { get; init; } = [];

    /// <summary>Whether quota slots freed by overrides are re-filled by the next-ranked firms (quota bands only).
    /// <value>The default value is <see langword="false"/>.</value></summary>
    public bool ReflowOverriddenSlots { get; init; }

    /// <summary>The tier labels. <value>The default value is <see cref="KnownTierLabels.Plain"/>.</value></summary>
    public TierLabels Labels { get; init; } = KnownTierLabels.Plain;

    /// <summary>
    /// The differentiated policies (差别化政策) that follow from tiers and tier history — electricity surcharges,
    /// energy-quota cuts, policy lines — or null when the profile states none. The evaluation itself does not use it;
    /// apply it with <see cref="Policies.Consequences.ForEvaluation(Evaluation, IEnumerable{Policies.PriorResult})"/>.
    /// <value>The default value is <see langword="null"/> (no consequences).</value>
    /// </summary>
    public ConsequenceSchedule? Consequences { get; init; }
}
