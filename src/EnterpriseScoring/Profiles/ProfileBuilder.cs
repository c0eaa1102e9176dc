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
        var profile = new EvaluationProfile
        {
            Name = name,
            Jurisdiction = jurisdiction,
            EvaluationYear = year,
            Land = land,
            Eligibility = [.. eligibility],
            Pools = [.. pools],
            Overrides = [.. overrides],
            ReflowOverriddenSlots = reflow,
            Labels = labels,
            Consequences = consequences,
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
