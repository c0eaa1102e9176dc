using EnterpriseScoring.Adjustments;
using EnterpriseScoring.Aggregation;
using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Land;
using EnterpriseScoring.Policies;
using EnterpriseScoring.Pools;
using EnterpriseScoring.Scoring;
using EnterpriseScoring.Weighting;

namespace EnterpriseScoring.Profiles;

/// <summary>
/// Builds an <see cref="EvaluationProfile"/> in code, with its <see cref="ProfileMetadata"/>: the same object the
/// equivalent JSON loads into.
/// </summary>
/// <remarks><see cref="Build"/> validates the profile (as <see cref="Evaluator"/> does) and throws one
/// <see cref="ProfileException"/> listing every problem. Not thread-safe; the built profile is immutable.</remarks>
/// <example>
/// <code>
/// EvaluationProfile profile = new ProfileBuilder("my-county", 2025)
///     .Source("浙政发〔2018〕5号", what: "the six indicators")
///     .Pool("above_size", "规上企业", pool => pool
///         .Select(new FirmCondition { SizeClass = SizeClass.AboveDesignatedSize })
///         .Indicator(KnownIndicators.TaxPerMu, 60, KnownBenchmarks.PoolMeanRatioOfSums)
///         .Indicator(KnownIndicators.ValueAddedPerMu, 40, KnownBenchmarks.PoolMeanRatioOfSums)
///         .QuotaBands(20, 40, 35, 5))
///     .Build();
///
/// // A tier set other than A–D (乐清: A+ / A / B / C), with one band per tier and overrides naming tiers by code:
/// EvaluationProfile leqing = new ProfileBuilder("leqing-style", 2025)
///     .Tiers(["A+", "A", "B", "C"], ["A+类（优先发展类）", "A类（鼓励提升类）", "B类（调控帮扶类）", "C类（倒逼整治类）"])
///     .Pool("above", "规上企业", pool => pool
///         .Indicator(KnownIndicators.TaxPerMu, 100, KnownBenchmarks.PoolMeanRatioOfSums)
///         .QuotaBands([10, 30, 50, 10]))
///     .Override("accident", "发生较大安全生产事故，最高评为B类", OverrideAction.CapAt, "B", new FirmCondition { RequiredTags = ["accident"] })
///     .Build();
/// </code>
/// </example>
public sealed class ProfileBuilder
{
    private readonly string name;
    private readonly int year;
    private readonly List<EligibilityRule> eligibility = [];
    private readonly List<PoolProfile> pools = [];
    private readonly List<OverrideRule> overrides = [];
    private readonly List<ProfileSource> sources = [];
    private readonly List<string> notes = [];
    private readonly List<ProfileAssumption> assumptions = [];
    private readonly List<string> acceptMissing = [];
    private string jurisdiction = string.Empty;
    private string? description;
    private string currencyUnit = "万元";
    private string areaUnit = "亩";
    private ILandAreaStrategy land = KnownLandAreaStrategies.Certificate;
    private bool reflow;
    private TierLabels labels = KnownTierLabels.Plain;
    private ConsequenceSchedule? consequences;
    private List<string>? tierCodes;
    private List<string?>? tierLabels;
    private readonly Dictionary<int, string> overrideCodes = [];

    /// <summary>Starts a profile.</summary>
    /// <param name="name">The profile's name.</param>
    /// <param name="evaluationYear">The evaluation year.</param>
    public ProfileBuilder(string name, int evaluationYear)
    {
        ArgumentNullException.ThrowIfNull(name);
        this.name = name;
        year = evaluationYear;
    }

    /// <summary>Sets the jurisdiction.</summary>
    /// <param name="value">E.g. 浙江省临海市.</param>
    /// <returns>This builder.</returns>
    public ProfileBuilder Jurisdiction(string value)
    {
        jurisdiction = value ?? throw new ArgumentNullException(nameof(value));
        return this;
    }

    /// <summary>Sets the one-line description.</summary>
    /// <param name="value">The description.</param>
    /// <returns>This builder.</returns>
    public ProfileBuilder Description(string value)
    {
        description = value ?? throw new ArgumentNullException(nameof(value));
        return this;
    }

    /// <summary>Sets the units of the input data.</summary>
    /// <param name="currency">万元 or 元.</param>
    /// <param name="area">亩, ㎡ or 公顷.</param>
    /// <returns>This builder.</returns>
    public ProfileBuilder Units(string currency, string area)
    {
        currencyUnit = currency ?? throw new ArgumentNullException(nameof(currency));
        areaUnit = area ?? throw new ArgumentNullException(nameof(area));
        return this;
    }

    /// <summary>Adds a source document.</summary>
    /// <param name="document">Its 文号 or title.</param>
    /// <param name="url">Where it was published.</param>
    /// <param name="what">What was taken from it.</param>
    /// <returns>This builder.</returns>
    public ProfileBuilder Source(string document, string? url = null, string? what = null)
    {
        sources.Add(new ProfileSource(document ?? throw new ArgumentNullException(nameof(document)), url, what));
        return this;
    }

    /// <summary>Adds a note.</summary>
    /// <param name="note">The note.</param>
    /// <returns>This builder.</returns>
    public ProfileBuilder Note(string note)
    {
        notes.Add(note ?? throw new ArgumentNullException(nameof(note)));
        return this;
    }

    /// <summary>Marks a number or choice as an assumption.</summary>
    /// <param name="path">Its JSON path, e.g. <c>$.pools[0].indicators[0].weight</c>.</param>
    /// <param name="note">Why it was assumed.</param>
    /// <returns>This builder.</returns>
    public ProfileBuilder Assume(string path, string note)
    {
        assumptions.Add(new ProfileAssumption(path ?? throw new ArgumentNullException(nameof(path)), note ?? throw new ArgumentNullException(nameof(note))));
        return this;
    }

    /// <summary>Sets the land-area strategy.</summary>
    /// <param name="strategy">E.g. <see cref="KnownLandAreaStrategies.Net"/>.</param>
    /// <returns>This builder.</returns>
    public ProfileBuilder Land(ILandAreaStrategy strategy)
    {
        land = strategy ?? throw new ArgumentNullException(nameof(strategy));
        return this;
    }

    /// <summary>Adds an eligibility rule.</summary>
    /// <param name="id">snake_case id.</param>
    /// <param name="label">Label and reason.</param>
    /// <param name="outcome">Exempt, Transition, CollectOnly, TClass or UngradedAsB.</param>
    /// <param name="when">Which firms.</param>
    /// <returns>This builder.</returns>
    public ProfileBuilder Eligibility(string id, string label, FirmStatus outcome, FirmCondition when)
    {
        eligibility.Add(new EligibilityRule { Id = id, Label = label, Outcome = outcome, When = when });
        return this;
    }

    /// <summary>Adds a pool.</summary>
    /// <param name="id">snake_case id.</param>
    /// <param name="displayName">Display name, e.g. 规上企业.</param>
    /// <param name="configure">Configures the pool.</param>
    /// <returns>This builder.</returns>
    public ProfileBuilder Pool(string id, string displayName, Action<PoolBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var pool = new PoolBuilder(id, displayName);
        configure(pool);
        pools.Add(pool.Build());
        return this;
    }

    /// <summary>Adds a tier override.</summary>
    /// <param name="id">snake_case id.</param>
    /// <param name="label">Display label.</param>
    /// <param name="action">What it does.</param>
    /// <param name="when">Which firms.</param>
    /// <param name="appliesToIneligible">For a veto, the eligibility outcomes whose firms it also reaches
    /// (<see cref="OverrideRule.AppliesToIneligible"/>); <see cref="OverrideRule.DefaultIneligibleReach"/> when null.</param>
    /// <returns>This builder.</returns>
    public ProfileBuilder Override(string id, string label, OverrideAction action, FirmCondition when, IReadOnlyList<FirmStatus>? appliesToIneligible = null)
    {
        overrides.Add(new OverrideRule { Id = id, Label = label, Action = action, When = when, AppliesToIneligible = appliesToIneligible ?? OverrideRule.DefaultIneligibleReach });
        return this;
    }

    /// <summary>
    /// Adds a tier override that names its tier by code in the profile's tier set (<see cref="Tiers"/>; A–D when none):
    /// <see cref="OverrideAction.CapAt"/>, <see cref="OverrideAction.FloorAt"/>, <see cref="OverrideAction.PlaceIn"/> or
    /// <see cref="OverrideAction.VetoPlaceIn"/>, as <c>"tier": "B"</c> does in a profile. The code is resolved by
    /// <see cref="Build"/>, which reports one the set does not have.
    /// </summary>
    /// <param name="id">snake_case id.</param>
    /// <param name="label">Display label.</param>
    /// <param name="action">A named-tier action.</param>
    /// <param name="tier">The tier's code, e.g. <c>B</c> or <c>A+</c>.</param>
    /// <param name="when">Which firms.</param>
    /// <param name="appliesToIneligible">For a veto, the eligibility outcomes whose firms it also reaches; <see cref="OverrideRule.DefaultIneligibleReach"/> when null.</param>
    /// <returns>This builder.</returns>
    public ProfileBuilder Override(string id, string label, OverrideAction action, string tier, FirmCondition when, IReadOnlyList<FirmStatus>? appliesToIneligible = null)
    {
        ArgumentNullException.ThrowIfNull(tier);
        overrideCodes[overrides.Count] = tier;
        return Override(id, label, action, when, appliesToIneligible);
    }

    /// <summary>
    /// Grades into a tier set of 3–6 tiers, best first, as <c>tier_set</c> does in a profile: each pool then needs one quota
    /// band (<see cref="PoolBuilder.QuotaBands(IReadOnlyList{double}, HeadcountRounding, BoundaryTies, int, QuotaBandRounding?)"/>)
    /// or one score minimum but the bottom one (<see cref="PoolBuilder.Thresholds(IReadOnlyList{double})"/>) per tier;
    /// overrides name tiers by code; a built-in consequence schedule is fitted to the set
    /// (<see cref="KnownConsequenceSchedules.TryFitTo"/>) or refused. <see cref="Build"/> reports what is wrong with the
    /// codes, as the profile loader does for <c>$.tier_set</c>.
    /// </summary>
    /// <param name="codes">The codes, best first, e.g. A+, A, B, C.</param>
    /// <param name="labels">A label per tier (e.g. A+类（优先发展类）), or null for the defaults (the code followed by 类).
    /// T and ungraded firms keep the labels of <see cref="Labels"/>.</param>
    /// <returns>This builder.</returns>
    public ProfileBuilder Tiers(IReadOnlyList<string> codes, IReadOnlyList<string>? labels = null)
    {
        ArgumentNullException.ThrowIfNull(codes);
        tierCodes = [.. codes];
        tierLabels = labels is null ? null : [.. labels];
        return this;
    }

    /// <summary>
    /// Accepts measures the profile reads as missing entirely from the input (see <see cref="EvaluationProfile.AcceptMissingMeasures"/>),
    /// e.g. the emissions of a county that collects none.
    /// </summary>
    /// <param name="measureIds">The measure ids.</param>
    /// <returns>This builder.</returns>
    public ProfileBuilder AcceptMissing(params string[] measureIds)
    {
        ArgumentNullException.ThrowIfNull(measureIds);
        acceptMissing.AddRange(measureIds.Where(id => !acceptMissing.Contains(id, StringComparer.Ordinal)));
        return this;
    }

    /// <summary>Re-fills quota slots freed by overrides.</summary>
    /// <param name="value">Whether to re-flow.</param>
    /// <returns>This builder.</returns>
    public ProfileBuilder Reflow(bool value = true)
    {
        reflow = value;
        return this;
    }

    /// <summary>Sets the tier labels.</summary>
    /// <param name="value">E.g. <see cref="KnownTierLabels.Development"/>.</param>
    /// <returns>This builder.</returns>
    public ProfileBuilder Labels(TierLabels value)
    {
        labels = value ?? throw new ArgumentNullException(nameof(value));
        return this;
    }

    /// <summary>Sets the differentiated policies that follow from tiers and tier history.</summary>
    /// <param name="schedule">E.g. <see cref="KnownConsequenceSchedules.Shandong"/> or an own <see cref="ConsequenceSchedule"/>.</param>
    /// <returns>This builder.</returns>
    public ProfileBuilder Consequences(ConsequenceSchedule schedule)
    {
        consequences = schedule ?? throw new ArgumentNullException(nameof(schedule));
        return this;
    }

    /// <summary>Builds and validates the profile, with its metadata.</summary>
    /// <returns>The profile.</returns>
    /// <exception cref="ProfileException">The profile is invalid; every problem is listed.</exception>
    public EvaluationProfile Build()
    {
        var problems = new List<ProfileProblem>();
        var tiers = TierSetOf(problems);
        var built = OverridesUnder(tiers, problems);
        var schedule = consequences;
        if (schedule is not null && !KnownConsequenceSchedules.TryFitTo(schedule, tiers, out schedule, out var problem))
        {
            problems.Add(new ProfileProblem("consequences", problem, ProfileCompiler.OwnScheduleHint(consequences!, tiers)));
        }

        if (problems.Count > 0)
        {
            throw new ProfileException(problems);
        }

        var profile = new EvaluationProfile
        {
            Name = name,
            Jurisdiction = jurisdiction,
            EvaluationYear = year,
            Land = land,
            Eligibility = [.. eligibility],
            Pools = [.. pools],
            Overrides = built,
            ReflowOverriddenSlots = reflow,
            Labels = LabelsOf(tiers),
            Tiers = tiers,
            Consequences = schedule,
            Metadata = new ProfileMetadata
            {
                Description = description,
                CurrencyUnit = currencyUnit,
                AreaUnit = areaUnit,
                Sources = [.. sources],
                Notes = [.. notes],
                Assumptions = [.. assumptions],
            },
            AcceptMissingMeasures = [.. acceptMissing],
        };
        _ = new Evaluator(profile);
        return profile;
    }

    /// <summary>The tier set of <see cref="Tiers"/> (A–D when not called); problems of its codes and labels as <c>tier_set[i]</c>.</summary>
    private TierSet TierSetOf(List<ProfileProblem> problems)
    {
        if (tierCodes is null)
        {
            return TierSet.Standard;
        }

        foreach (var (index, message) in TierSet.ProblemsOf(tierCodes))
        {
            problems.Add(new ProfileProblem(index is { } i ? $"tier_set[{i}].code" : "tier_set", message,
                index is null ? "3 to 6 tiers, best first, e.g. A+, A, B, C" : "a short code such as A+, unique ignoring case; T and ungraded_as_b are taken"));
        }

        if (tierLabels is not null && tierLabels.Count != tierCodes.Count)
        {
            problems.Add(new ProfileProblem("tier_set", $"has {tierCodes.Count} codes but {tierLabels.Count} labels", "one label per tier, or none for the defaults (code + 类)"));
        }

        for (var i = 0; i < (tierLabels?.Count ?? 0); i++)
        {
            if (string.IsNullOrWhiteSpace(tierLabels![i]))
            {
                problems.Add(new ProfileProblem($"tier_set[{i}].label", "is empty", "e.g. A+类（优先发展类）, or no labels for the defaults"));
            }
        }

        return problems.Count == 0 ? new TierSet(tierCodes) : TierSet.Standard;
    }

    /// <summary>The labels: those of <see cref="Labels"/> under A–D without <see cref="Tiers"/>; else each tier's label (default code + 类), T and ungraded from <see cref="Labels"/>.</summary>
    private TierLabels LabelsOf(TierSet tiers)
    {
        if (tierCodes is null)
        {
            return labels;
        }

        string Label(int level) => level <= tiers.Count ? tierLabels?[level - 1] ?? TierSet.DefaultLabel(tiers.Codes[level - 1]) : TierSet.DefaultLabel(TierSet.TierAt(level).ToString());
        return new TierLabels(Label(1), Label(2), Label(3), Label(4)) { E = Label(5), F = Label(6), T = labels.T, Ungraded = labels.Ungraded };
    }

    /// <summary>
    /// The overrides under <paramref name="tiers"/>: a code given to <see cref="Override(string, string, OverrideAction, string, FirmCondition, IReadOnlyList{FirmStatus}?)"/>
    /// resolved to its tier; a lettered action (force_a, cap_at_c, floor_at_c, force_d) under another set than A–D the
    /// named-tier action of the tier coded by its letter, as in a profile.
    /// </summary>
    private List<OverrideRule> OverridesUnder(TierSet tiers, List<ProfileProblem> problems)
    {
        var codes = string.Join(", ", tiers.Codes);
        var result = new List<OverrideRule>(overrides.Count);
        for (var o = 0; o < overrides.Count; o++)
        {
            var rule = overrides[o];
            var name = Json.ProfileJson.EnumName(rule.Action);
            if (overrideCodes.TryGetValue(o, out var code))
            {
                if (!OverrideRule.NeedsTarget(rule.Action))
                {
                    problems.Add(new ProfileProblem($"overrides[{o}].tier", $"{name} names its own tier", "remove it, or use cap_at, floor_at, place_in or veto_place_in"));
                }
                else if (!tiers.TryParseLevel(code, out var target))
                {
                    problems.Add(new ProfileProblem($"overrides[{o}].tier", $"'{code}' is not a tier of the profile's tier set {tiers}", $"one of {codes}"));
                }
                else
                {
                    rule = rule with { Target = target };
                }
            }
            else if (OverrideRule.LetteredTier(rule.Action) is { } letter && !tiers.IsStandard)
            {
                if (tiers.TryParseLevel(letter.ToString(), out var level))
                {
                    rule = rule with { Action = ProfileCompiler.NamedAction(rule.Action), Target = level };
                }
                else
                {
                    problems.Add(new ProfileProblem($"overrides[{o}].action", $"{name} names tier {letter}, which the tier set {tiers} does not have", $"name the tier: cap_at, floor_at, place_in or veto_place_in with \"tier\": one of {codes}"));
                }
            }

            result.Add(rule);
        }

        return result;
    }
}

/// <summary>Configures one pool of a <see cref="ProfileBuilder"/>.</summary>
public sealed class PoolBuilder
{
    private readonly string id;
    private readonly string name;
    private readonly List<IndicatorProfile> indicators = [];
    private readonly List<IAdjustmentRule> rules = [];
    private readonly Dictionary<string, double> caps = new(StringComparer.Ordinal);
    private FirmCondition selector = FirmCondition.All;
    private IWeightingMethod? weighting;
    private double? totalPoints;
    private IAggregationMethod? aggregation;
    private TiePolicy ties = TiePolicy.Competition;
    private RankingScope scope = RankingScope.Pool;
    private ITierScheme? tiering;
    private TierLimits limits = TierLimits.None;

    internal PoolBuilder(string id, string name)
    {
        this.id = id;
        this.name = name;
    }

    /// <summary>Sets which firms belong to the pool.</summary>
    /// <param name="condition">The selector.</param>
    /// <returns>This builder.</returns>
    public PoolBuilder Select(FirmCondition condition)
    {
        selector = condition ?? throw new ArgumentNullException(nameof(condition));
        return this;
    }

    /// <summary>Adds an indicator.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="weight">Weight in points (0 when the pool computes weights).</param>
    /// <param name="benchmark">The benchmark, for benchmark-based scoring.</param>
    /// <param name="scoring">The scoring method; ratio-to-benchmark when null.</param>
    /// <param name="missing">The missing-value policy; zero when null.</param>
    /// <param name="negative">The negative-value policy.</param>
    /// <returns>This builder.</returns>
    public PoolBuilder Indicator(IIndicator indicator, double weight, IBenchmark? benchmark = null, IScoringMethod? scoring = null, MissingValuePolicy? missing = null, NegativeValuePolicy negative = NegativeValuePolicy.Allow)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        indicators.Add(new IndicatorProfile { Indicator = indicator, Weight = weight, Benchmark = benchmark, Scoring = scoring, Missing = missing ?? MissingValuePolicy.Zero, Negative = negative });
        return this;
    }

    /// <summary>Computes weights with a method instead of the indicators' fixed weights.</summary>
    /// <param name="method">E.g. <see cref="KnownWeightingMethods.Entropy"/>.</param>
    /// <returns>This builder.</returns>
    public PoolBuilder Weighting(IWeightingMethod method)
    {
        weighting = method ?? throw new ArgumentNullException(nameof(method));
        return this;
    }

    /// <summary>Sets the points the weights add up to.</summary>
    /// <param name="points">E.g. 100.</param>
    /// <returns>This builder.</returns>
    public PoolBuilder TotalPoints(double points)
    {
        totalPoints = points;
        return this;
    }

    /// <summary>Sets the aggregation method.</summary>
    /// <param name="method">E.g. <see cref="KnownAggregationMethods.Topsis"/>.</param>
    /// <returns>This builder.</returns>
    public PoolBuilder Aggregation(IAggregationMethod method)
    {
        aggregation = method ?? throw new ArgumentNullException(nameof(method));
        return this;
    }

    /// <summary>Adds a bonus or deduction rule.</summary>
    /// <param name="rule">E.g. a <see cref="TagAdjustment"/>.</param>
    /// <returns>This builder.</returns>
    public PoolBuilder Adjust(IAdjustmentRule rule)
    {
        rules.Add(rule ?? throw new ArgumentNullException(nameof(rule)));
        return this;
    }

    /// <summary>Caps a category's points.</summary>
    /// <param name="category">The category.</param>
    /// <param name="cap">The cap (&gt; 0).</param>
    /// <returns>This builder.</returns>
    public PoolBuilder CategoryCap(string category, double cap)
    {
        caps[category ?? throw new ArgumentNullException(nameof(category))] = cap;
        return this;
    }

    /// <summary>Sets the tie policy.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>This builder.</returns>
    public PoolBuilder Ties(TiePolicy policy)
    {
        ties = policy;
        return this;
    }

    /// <summary>Sets the ranking scope.</summary>
    /// <param name="value">E.g. <see cref="RankingScope.Region"/> for quotas per county.</param>
    /// <returns>This builder.</returns>
    public PoolBuilder Scope(RankingScope value)
    {
        scope = value;
        return this;
    }

    /// <summary>Tiers by quota bands.</summary>
    /// <param name="a">Percent in A.</param>
    /// <param name="b">Percent in B.</param>
    /// <param name="c">Percent in C.</param>
    /// <param name="d">Percent in D.</param>
    /// <param name="rounding">Head-count rounding.</param>
    /// <param name="boundaryTies">Where tied firms at a boundary go.</param>
    /// <param name="minimumScopeSizeForD">Scopes smaller than this have no D.</param>
    /// <returns>This builder.</returns>
    public PoolBuilder QuotaBands(double a, double b, double c, double d, HeadcountRounding rounding = HeadcountRounding.Round, BoundaryTies boundaryTies = BoundaryTies.Majority, int minimumScopeSizeForD = 0)
    {
        tiering = new QuotaBands(a, b, c, d, rounding, boundaryTies, minimumScopeSizeForD);
        return this;
    }

    /// <summary>Tiers by quota bands, one per tier of the profile's tier set (<see cref="ProfileBuilder.Tiers"/>), as <c>percents</c> does in a profile.</summary>
    /// <param name="percents">Percent in each tier, best first (3–6, adding up to 100), e.g. [10, 30, 50, 10] for A+/A/B/C.</param>
    /// <param name="rounding">Head-count rounding of the cumulative percentages.</param>
    /// <param name="boundaryTies">Where tied firms at a boundary go.</param>
    /// <param name="minimumScopeSizeForBottom">Scopes smaller than this have no bottom tier.</param>
    /// <param name="bandRounding">Bands with their own head count (e.g. the bottom band floored, the remainder moved up), by level; none when null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The percentages or the band rounding are not valid (<see cref="Classification.QuotaBands"/>).</exception>
    public PoolBuilder QuotaBands(IReadOnlyList<double> percents, HeadcountRounding rounding = HeadcountRounding.Round, BoundaryTies boundaryTies = BoundaryTies.Majority, int minimumScopeSizeForBottom = 0, QuotaBandRounding? bandRounding = null)
    {
        tiering = new QuotaBands(percents, rounding, boundaryTies, minimumScopeSizeForBottom) { BandRounding = bandRounding ?? QuotaBandRounding.None };
        return this;
    }

    /// <summary>Tiers by score minimums, one per tier of the profile's tier set but the bottom one, as <c>minimums</c> does in a profile.</summary>
    /// <param name="minimums">The minimum totals, best tier first, strictly descending, e.g. [90, 80, 60] for A+/A/B/C.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">Not 2–5 minimums, or they do not strictly descend.</exception>
    public PoolBuilder Thresholds(IReadOnlyList<double> minimums)
    {
        tiering = new ScoreThresholds(minimums);
        return this;
    }

    /// <summary>Tiers by score thresholds.</summary>
    /// <param name="a">Minimum total for A.</param>
    /// <param name="b">Minimum total for B.</param>
    /// <param name="c">Minimum total for C.</param>
    /// <returns>This builder.</returns>
    public PoolBuilder Thresholds(double a, double b, double c)
    {
        tiering = new ScoreThresholds(a, b, c);
        return this;
    }

    /// <summary>Tiers by any scheme.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <returns>This builder.</returns>
    public PoolBuilder Tiering(ITierScheme scheme)
    {
        tiering = scheme ?? throw new ArgumentNullException(nameof(scheme));
        return this;
    }

    /// <summary>Sets tier limits.</summary>
    /// <param name="maxAPercent">At most this percent in A, or null.</param>
    /// <param name="minDPercent">At least this percent in D, or null.</param>
    /// <returns>This builder.</returns>
    public PoolBuilder Limits(double? maxAPercent, double? minDPercent) => Limits(maxAPercent, minDPercent, null);

    /// <summary>Sets tier limits, with a maximum for D (the bottom tier).</summary>
    /// <param name="maxAPercent">At most this percent in A, or null.</param>
    /// <param name="minDPercent">At least this percent in D, or null.</param>
    /// <param name="maxDPercent">At most this percent in D (head count rounded down), or null.</param>
    /// <returns>This builder.</returns>
    public PoolBuilder Limits(double? maxAPercent, double? minDPercent, double? maxDPercent)
    {
        limits = new TierLimits { MaxAPercent = maxAPercent, MinDPercent = minDPercent, MaxDPercent = maxDPercent };
        return this;
    }

    internal PoolProfile Build() => new()
    {
        Id = id,
        Name = name,
        Selector = selector,
        Indicators = [.. indicators],
        Weighting = weighting,
        TotalPoints = totalPoints,
        Aggregation = aggregation,
        Adjustments = rules.Count == 0 && caps.Count == 0 ? AdjustmentRules.None : new AdjustmentRules { Rules = [.. rules], CategoryCaps = new Dictionary<string, double>(caps, StringComparer.Ordinal) },
        Ties = ties,
        Scope = scope,
        Tiering = tiering,
        Limits = limits,
    };
}
