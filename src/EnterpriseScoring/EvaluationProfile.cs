using EnterpriseScoring.Classification;
using EnterpriseScoring.Land;
using EnterpriseScoring.Policies;
using EnterpriseScoring.Pools;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Reporting;

namespace EnterpriseScoring;

/// <summary>
/// Everything one jurisdiction decides for one evaluation year: the land-area definition and the pools with their
/// indicators, weights, scoring, adjustments and ranking. Compile it with <see cref="Evaluator"/>.
/// </summary>
/// <remarks>
/// <para>
/// A value: immutable in fact — the lists given to it are copied on initialisation, so changing them afterwards changes
/// neither the profile nor an <see cref="Evaluator"/> compiled from it. Derive a variant with <see langword="with"/>
/// (<c>profile with { Overrides = [] }</c>) or with <see cref="WithPool"/>; <see cref="Metadata"/> travels with every copy.
/// </para>
/// <para>
/// Equality is by value: two profiles are equal when every property is equal, lists item by item. Components
/// (indicators, scoring methods, benchmarks, weightings …) compare as they define it — the built-in catalog instances
/// (<c>KnownBenchmarks.PoolMean</c> …) are shared, so a profile and a variant derived from it compare as expected.
/// JSON loading and the built-in profiles live in <c>EnterpriseScoring.Profiles</c>. Thread-safe.
/// </para>
/// </remarks>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed partial record EvaluationProfile
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
    public IReadOnlyList<EligibilityRule> Eligibility { get; init => field = ReadOnlyCopy.List(value); } = ValueList<EligibilityRule>.Empty;

    /// <summary>The pools, in matching order: a firm goes to the first pool whose selector matches.</summary>
    public required IReadOnlyList<PoolProfile> Pools { get; init => field = ReadOnlyCopy.List(value); }

    /// <summary>Tier overrides (force A, cap at C, floor at C, force D), applied after quota tiers in every pool.</summary>
    public IReadOnlyList<OverrideRule> Overrides { get; init => field = ReadOnlyCopy.List(value); } = ValueList<OverrideRule>.Empty;

    /// <summary>
    /// Ids of measures the profile reads that may be missing entirely from the input (no column) — e.g. the emissions of a
    /// county that collects none. Each then reads as missing for every firm, under the policy of what reads it
    /// (<see cref="MeasureUse.WhenMissing"/>). Any other measure the profile reads (<see cref="Evaluator.RequiredMeasures"/>)
    /// that the input lacks makes <see cref="Evaluator.Evaluate(FirmTable, EvaluationContext?)"/> throw <see cref="MissingMeasuresException"/>.
    /// <value>The default value is empty: every measure the profile reads must have a column.</value>
    /// </summary>
    public IReadOnlyList<string> AcceptMissingMeasures { get; init => field = ReadOnlyCopy.List(value); } = ValueList<string>.Empty;

    /// <summary>Whether quota slots freed by overrides are re-filled by the next-ranked firms (quota bands only).
    /// <value>The default value is <see langword="false"/>.</value></summary>
    public bool ReflowOverriddenSlots { get; init; }

    /// <summary>The tier labels, by level (<see cref="TierLabels.A"/> labels level 1 of <see cref="Tiers"/>).
    /// <value>The default value is <see cref="KnownTierLabels.Plain"/>.</value></summary>
    public TierLabels Labels { get; init; } = KnownTierLabels.Plain;

    /// <summary>
    /// The ordered tiers firms are graded into and the codes results show for them, e.g. 乐清's A+ / A / B / C. Every pool's
    /// tier scheme must give as many tiers (<see cref="ITierScheme.TierCount"/>), limits and overrides act on its levels, and
    /// outputs show its codes.
    /// <value>The default value is <see cref="TierSet.Standard"/> (A / B / C / D).</value>
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public TierSet Tiers { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = TierSet.Standard;

    /// <summary>
    /// The differentiated policies (差别化政策) that follow from tiers and tier history — electricity surcharges,
    /// energy-quota cuts, policy lines — or null when the profile states none. The evaluation itself does not use it;
    /// apply it with <see cref="Policies.Consequences.ForEvaluation(Evaluation, IEnumerable{Policies.PriorResult})"/>.
    /// <value>The default value is <see langword="null"/> (no consequences).</value>
    /// </summary>
    public ConsequenceSchedule? Consequences { get; init; }

    /// <summary>
    /// How the profile's numbers are shown where people read them — indicator scores, totals and group figures, each to
    /// how many decimal places and rounded how (e.g. 丽水's lists truncate: 73.7156 → 73.71). Used by the group summaries
    /// (<see cref="GroupSummary"/>), summary.csv, results.xlsx, the report and results.csv's optional display columns;
    /// results.csv's own columns keep full precision. The evaluation itself does not use it.
    /// <value>The default value is <see cref="DisplayFormat.Default"/> (2 places, half away from zero).</value>
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public DisplayFormat Display { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = DisplayFormat.Default;

    /// <summary>
    /// What the profile says about itself — description, the units of the input data (<c>currency_unit</c>,
    /// <c>area_unit</c>), sources, notes, assumptions — or null when none was given. <see cref="ProfileLoader"/> and
    /// <see cref="ProfileBuilder"/> set it; it is part of the profile, so every copy (<see cref="WithEvaluationYear"/>)
    /// keeps it and <see cref="ProfileWriter"/> writes it back. The evaluation does not read it; readers of input data
    /// take the units from it.
    /// <value>The default value is <see langword="null"/> (no metadata: 万元 and 亩).</value>
    /// </summary>
    public ProfileMetadata? Metadata { get; init; }

    /// <summary>The profile at a glance as an HTML fragment (text escaped): per pool its selector, weighting, aggregation,
    /// tiers and a table of the indicators with weight, scoring, benchmark and missing-value policy.</summary>
    public string ToHtml() => NotebookViews.Of(this).ToHtml();

    /// <summary>The same as <see cref="ToHtml"/> in Markdown.</summary>
    public string ToMarkdown() => NotebookViews.Of(this).ToMarkdown();

    /// <summary>
    /// The same profile for another evaluation year — e.g. last year's profile run on this year's data, so that
    /// "started fewer than N years ago", tier history and calendar-year surcharges count from <paramref name="year"/>.
    /// </summary>
    /// <param name="year">The evaluation year.</param>
    /// <returns>A copy with every other setting, <see cref="Metadata"/> included, unchanged.</returns>
    public EvaluationProfile WithEvaluationYear(int year) => this with { EvaluationYear = year };

    /// <summary>
    /// The same profile with pool <paramref name="id"/> replaced by what <paramref name="change"/> makes of it — one
    /// expression for a common derivation, e.g.
    /// <c>profile.WithPool("above_size", p =&gt; p with { Weighting = KnownWeightingMethods.Entropy })</c>.
    /// </summary>
    /// <param name="id">The <see cref="PoolProfile.Id"/> of the pool to change.</param>
    /// <param name="change">Makes the new pool from the current one (usually a <see langword="with"/> expression).</param>
    /// <returns>A copy with the pool replaced in place and every other setting, <see cref="Metadata"/> included, unchanged.</returns>
    /// <exception cref="ArgumentException">No pool has id <paramref name="id"/>, or <paramref name="change"/> returned null.</exception>
    public EvaluationProfile WithPool(string id, Func<PoolProfile, PoolProfile> change) =>
        this with { Pools = ValueDerivation.Replace(Pools, id, static p => p.Id, change, "pool", nameof(id)) };
}
