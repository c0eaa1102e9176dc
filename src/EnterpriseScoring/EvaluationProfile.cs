using EnterpriseScoring.Land;
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

    /// <summary>The pools, in matching order: a firm goes to the first pool whose selector matches.</summary>
    public required IReadOnlyList<PoolProfile> Pools { get; init; }
}
