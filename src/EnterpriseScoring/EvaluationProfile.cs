using EnterpriseScoring.Classification;
using EnterpriseScoring.Land;
using EnterpriseScoring.Policies;
using EnterpriseScoring.Pools;
using EnterpriseScoring.Profiles;

namespace EnterpriseScoring;

/// <summary>
/// Everything one jurisdiction decides for one evaluation year: the land-area definition and the pools with their
/// indicators, weights, scoring, adjustments and ranking. Compile it with <see cref="Evaluator"/>.
/// </summary>
/// <remarks>Immutable once initialised. JSON loading and the built-in profiles live in <c>EnterpriseScoring.Profiles</c>.</remarks>
public sealed class EvaluationProfile
{
    private int evaluationYear;

    /// <summary>The profile's name, e.g. <c>zhejiang-six-indicators</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The jurisdiction, e.g. 浙江省.</summary>
    public string Jurisdiction { get; init; } = string.Empty;

    /// <summary>The evaluation year (the data year is usually the calendar year before).</summary>
    public int EvaluationYear { get => evaluationYear; init => evaluationYear = value; }

    /// <summary>How each firm's land area is determined. <value>The default value is <see cref="KnownLandAreaStrategies.Certificate"/>.</value></summary>
    public ILandAreaStrategy Land { get; init; } = KnownLandAreaStrategies.Certificate;

    /// <summary>Eligibility rules checked before pools (exempt, transition, collect-only, T, ungraded); the first match wins.</summary>
    public IReadOnlyList<EligibilityRule> Eligibility { get; init; } = [];

    /// <summary>The pools, in matching order: a firm goes to the first pool whose selector matches.</summary>
    public required IReadOnlyList<PoolProfile> Pools { get; init; }

    /// <summary>Tier overrides (force A, cap at C, floor at C, force D), applied after quota tiers in every pool.</summary>
    public IReadOnlyList<OverrideRule> Overrides { get; init; } = [];

    /// <summary>
    /// Ids of measures the profile reads that may be missing entirely from the input (no column) — e.g. the emissions of a
    /// county that collects none. Each then reads as missing for every firm, under the policy of what reads it
    /// (<see cref="MeasureUse.WhenMissing"/>). Any other measure the profile reads (<see cref="Evaluator.RequiredMeasures"/>)
    /// that the input lacks makes <see cref="Evaluator.Evaluate"/> throw <see cref="MissingMeasuresException"/>.
    /// <value>The default value is empty: every measure the profile reads must have a column.</value>
    /// </summary>
    public IReadOnlyList<string> AcceptMissingMeasures { get; init; } = [];

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

    /// <summary>
    /// What the profile says about itself — description, the units of the input data (<c>currency_unit</c>,
    /// <c>area_unit</c>), sources, notes, assumptions — or null when none was given. <see cref="ProfileLoader"/> and
    /// <see cref="ProfileBuilder"/> set it; it is part of the profile, so every copy (<see cref="WithEvaluationYear"/>)
    /// keeps it and <see cref="ProfileWriter"/> writes it back. The evaluation does not read it; readers of input data
    /// take the units from it.
    /// <value>The default value is <see langword="null"/> (no metadata: 万元 and 亩).</value>
    /// </summary>
    public ProfileMetadata? Metadata { get; init; }

    /// <summary>
    /// The same profile for another evaluation year — e.g. last year's profile run on this year's data, so that
    /// "started fewer than N years ago", tier history and calendar-year surcharges count from <paramref name="year"/>.
    /// </summary>
    /// <param name="year">The evaluation year.</param>
    /// <returns>A copy with every other setting, <see cref="Metadata"/> included, unchanged.</returns>
    public EvaluationProfile WithEvaluationYear(int year)
    {
        var copy = (EvaluationProfile)MemberwiseClone();
        copy.evaluationYear = year;
        return copy;
    }
}
