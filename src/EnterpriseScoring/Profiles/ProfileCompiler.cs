using System.Globalization;
using System.Text.Json.Nodes;
using EnterpriseScoring.Adjustments;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Land;
using EnterpriseScoring.Pools;
using EnterpriseScoring.Profiles.Components;
using EnterpriseScoring.Profiles.Json;
using EnterpriseScoring.Reporting;

namespace EnterpriseScoring.Profiles;

/// <summary>
/// Turns a (shape-checked) <see cref="ProfileDocument"/> into an <see cref="EvaluationProfile"/>, collecting every
/// semantic problem with its JSON path. Null-tolerant: a required value that is null was already reported by the
/// <see cref="ShapeValidator"/> and is skipped here.
/// </summary>
internal sealed partial class ProfileCompiler
{
    private static readonly CultureInfo F = CultureInfo.InvariantCulture;

    private readonly ComponentRegistry registry;
    private readonly List<ProfileProblem> problems;
    private readonly HashSet<string> customMeasures = new(StringComparer.Ordinal);

    /// <summary>Every indicator defined by numerator/denominator (or pollution equivalents), in profile order: its id, its pool's path, its path.</summary>
    private readonly List<(string Id, string PoolPath, string Path, IndicatorDto D)> definitions = [];

    /// <summary>The indicators compiled so far, by path (each definition is compiled, and its problems reported, once).</summary>
    private readonly Dictionary<string, IIndicator?> compiledIndicators = new(StringComparer.Ordinal);
    private readonly ComponentScope scope;

    /// <summary>The profile's tier set once <c>tier_set</c> is compiled (A–D until then, and when it is absent or broken).</summary>
    private TierSet tierSet = TierSet.Standard;

    public ProfileCompiler(ComponentRegistry? registry, List<ProfileProblem> problems, ProfileDataFiles? dataFiles = null)
    {
        this.registry = registry ?? new ComponentRegistry();
        this.problems = problems;
        scope = new ComponentScope(this.registry, problems, ResolveMeasure) { DataFiles = dataFiles };
    }

    public EvaluationProfile? Compile(ProfileDocument doc, JsonNode? resolved)
    {
        if (doc.Name is not null && string.IsNullOrWhiteSpace(doc.Name))
        {
            Problem("$.name", "is empty", "give the profile a name, e.g. my-county-2025");
        }

        if (resolved?["evaluation_year"] is not null && doc.EvaluationYear is < 1990 or > 2200)
        {
            Problem("$.evaluation_year", $"{doc.EvaluationYear} is not a plausible year", "e.g. 2025");
        }

        if (doc.CurrencyUnit is { } cu && !Names.CurrencyUnits.Contains(cu))
        {
            Problem("$.currency_unit", $"unknown unit '{cu}'", "one of " + string.Join(", ", Names.CurrencyUnits));
        }

        if (doc.AreaUnit is { } au && !Names.AreaUnits.Contains(au))
        {
            Problem("$.area_unit", $"unknown unit '{au}'", "one of " + string.Join(", ", Names.AreaUnits));
        }

        var sources = new List<ProfileSource>();
        Each(doc.Sources, "$.sources", (s, path) =>
        {
            if (s.Document is not null && string.IsNullOrWhiteSpace(s.Document))
            {
                Problem(path + ".document", "is empty", "the document's 文号 or title");
            }

            sources.Add(new ProfileSource(s.Document ?? string.Empty, s.Url, s.What));
        });
        var assumptions = new List<ProfileAssumption>();
        Each(doc.Assumptions, "$.assumptions", (a, path) =>
        {
            if (a.Path is not null && resolved is not null && !PathExists(resolved, a.Path))
            {
                Problem(path + ".path", $"'{a.Path}' does not point at anything in the profile",
                    "use a path like $.pools[0].indicators[1].weight; a profile that extends another and replaces the part an inherited assumption points at must restate \"assumptions\"");
            }

            assumptions.Add(new ProfileAssumption(a.Path ?? string.Empty, a.Note ?? string.Empty));
        });
        Each(doc.CustomMeasures, "$.custom_measures", (m, path) =>
        {
            if (KnownMeasures.TryGet(m, out _))
            {
                Problem(path, $"'{m}' is a built-in measure", "remove it from custom_measures");
            }
            else if (!IsIdentifier(m))
            {
                Problem(path, $"'{m}' is not a valid measure id", "use snake_case without spaces");
            }
            else
            {
                customMeasures.Add(m);
            }
        });

        var metadata = new ProfileMetadata
        {
            Description = doc.Description,
            CurrencyUnit = doc.CurrencyUnit ?? "万元",
            AreaUnit = doc.AreaUnit ?? "亩",
            Columns = Columns(doc.Columns),
            Sources = sources,
            Notes = doc.Notes?.Where(n => n is not null).ToArray() ?? [],
            Assumptions = assumptions,
        };

        var acceptMissing = new List<string>();
        Each(doc.AcceptMissingMeasures, "$.accept_missing_measures", (m, path) =>
        {
            if (ResolveMeasure(m, path, allowLand: false) is not null && !acceptMissing.Contains(m, StringComparer.Ordinal))
            {
                acceptMissing.Add(m);
            }
        });

        var land = doc.Land is null ? KnownLandAreaStrategies.Certificate : ComponentCatalogs.LandAreaStrategies.Create(doc.Land, "$.land", scope, ComponentUse.None);
        var eligibility = new List<EligibilityRule>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        Each(doc.Eligibility, "$.eligibility", (e, path) =>
        {
            CheckId(e.Id, path + ".id", ids, "eligibility rule");
            var when = e.When is null ? null : Condition(e.When, path + ".when");
            if (e.Id is not null && when is not null)
            {
                eligibility.Add(new EligibilityRule { Id = e.Id, Label = e.Label ?? string.Empty, Outcome = Outcome(e.Outcome), When = when });
            }
        });

        var pools = new List<PoolProfile>();
        var poolIds = new HashSet<string>(StringComparer.Ordinal);
        if (doc.Pools is { Count: 0 })
        {
            Problem("$.pools", "no pools", "define at least one pool, e.g. one that matches all firms");
        }

        // Every indicator defined by numerator/denominator in any pool, for growth indicators of other pools (growth.of).
        Each(doc.Pools, "$.pools", (p, path) => Each(p.Indicators, path + ".indicators", (i, ipath) =>
        {
            if (i.Growth is null && i.Id is not null && (i.Numerator is not null || i.Denominator is not null || i.PollutionEquivalents is not null))
            {
                definitions.Add((i.Id, path, ipath, i));
            }
        }));

        Each(doc.Pools, "$.pools", (p, path) =>
        {
            CheckId(p.Id, path + ".id", poolIds, "pool");
            var pool = Pool(p, path);
            if (pool is not null)
            {
                pools.Add(pool);
            }
        });

        var tiers = doc.TierSet is null ? TierSet.Standard : TierSetOf(doc.TierSet, "$.tier_set");
        tierSet = tiers ?? TierSet.Standard;
        if (tiers is not null)
        {
            for (var p = 0; p < (doc.Pools?.Count ?? 0); p++)
            {
                if (pools.FirstOrDefault(x => x.Id == doc.Pools![p]?.Id) is { Tiering: { } scheme } && scheme.TierCount != tierSet.Count)
                {
                    var keys = doc.Pools![p].Tiering!;
                    var key = keys.ContainsKey("percents") ? ".percents" : keys.ContainsKey("minimums") ? ".minimums" : string.Empty;
                    Problem($"$.pools[{p}].tiering{key}", $"grades into {scheme.TierCount} tiers but the profile's tier set {tierSet} has {tierSet.Count}",
                        tierSet.IsStandard ? "declare the tiers in tier_set, best first" : "give one band (percents) or one minimum per tier but the bottom one (minimums) for each tier of tier_set, best first");
                }
            }
        }

        var overrides = new List<OverrideRule>();
        ids.Clear();
        Each(doc.Overrides, "$.overrides", (o, path) =>
        {
            CheckId(o.Id, path + ".id", ids, "override");
            var when = o.When is null ? null : Condition(o.When, path + ".when");
            if (o.AppliesToIneligible is not null && o.Action is not (OverrideAction.CapAtC or OverrideAction.ForceD or OverrideAction.CapAt or OverrideAction.VetoPlaceIn))
            {
                Problem(path + ".applies_to_ineligible", $"only a veto (cap_at_c, force_d, cap_at, veto_place_in) reaches firms that eligibility took out of rating, not {ProfileJson.EnumName(o.Action)}", "remove it");
            }

            var action = tiers is null ? null : OverrideActionOf(o, tierSet, path);
            if (o.Id is not null && when is not null && action is { } a)
            {
                overrides.Add(new OverrideRule
                {
                    Id = o.Id,
                    Label = o.Label ?? string.Empty,
                    Action = a.Action,
                    Target = a.Target,
                    When = when,
                    AppliesToIneligible = o.AppliesToIneligible is null ? OverrideRule.DefaultIneligibleReach : [.. o.AppliesToIneligible.Distinct().Select(Outcome)],
                });
            }
        });

        var labels = doc.TierSet is not null ? (tiers is null ? null : TierSetLabels(doc.TierSet, tierSet, doc.Labels, "$.labels"))
            : doc.Labels is null ? KnownTierLabels.Plain : Labels(doc.Labels, "$.labels");
        var consequences = doc.Consequences is null ? null : Consequences(doc.Consequences, "$.consequences");
        var display = doc.Display is null ? DisplayFormat.Default : Display(doc.Display, "$.display");
        if (problems.Count > 0 || land is null || labels is null || display is null || tiers is null)
        {
            return null;
        }

        var profile = new EvaluationProfile
        {
            Name = doc.Name ?? string.Empty,
            Jurisdiction = doc.Jurisdiction ?? string.Empty,
            EvaluationYear = doc.EvaluationYear,
            Land = land,
            Eligibility = eligibility,
            Pools = pools,
            Overrides = overrides,
            ReflowOverriddenSlots = doc.ReflowOverriddenSlots ?? false,
            Labels = labels,
            Tiers = tiers,
            Consequences = consequences,
            Display = display,
            Metadata = metadata,
            AcceptMissingMeasures = acceptMissing,
        };
        return profile;
    }

    private static FirmStatus Outcome(EligibilityOutcome outcome) => outcome switch
    {
        EligibilityOutcome.Exempt => FirmStatus.Exempt,
        EligibilityOutcome.Transition => FirmStatus.Transition,
        EligibilityOutcome.CollectOnly => FirmStatus.CollectOnly,
        EligibilityOutcome.TClass => FirmStatus.TClass,
        _ => FirmStatus.UngradedAsB,
    };

    private FirmCondition? Condition(ConditionDto d, string path)
    {
        var ok = true;
        if (d.MinLand is { } min && !(min >= 0))
        {
            ok = Problem(path + ".min_land", $"{N(min)} is negative");
        }

        if (d.MaxLand is { } max && (!(max >= 0) || d.MinLand is { } lo && max < lo))
        {
            ok = Problem(path + ".max_land", $"{N(max)} is below min_land or negative");
        }

        if (d.StartedWithinYears is { } years && years <= 0)
        {
            ok = Problem(path + ".started_within_years", $"{years} is not > 0", "e.g. 3 for firms in production fewer than 3 years");
        }

        var greaterThan = Thresholds(d.MeasureGreaterThan, null, path, "measure_greater_than", null, ref ok);
        var atLeast = Thresholds(d.MeasureGreaterOrEqual, d.MeasureAtLeast, path, "measure_greater_or_equal", "measure_at_least", ref ok);
        var lessThan = Thresholds(d.MeasureLessThan, d.MeasureBelow, path, "measure_less_than", "measure_below", ref ok);
        var atMost = Thresholds(d.MeasureLessOrEqual, null, path, "measure_less_or_equal", null, ref ok);

        if (!ok)
        {
            return null;
        }

        return new FirmCondition
        {
            SizeClass = d.SizeClass,
            MinLand = d.MinLand,
            MinLandInclusive = d.MinLandInclusive ?? true,
            MaxLand = d.MaxLand,
            MaxLandInclusive = d.MaxLandInclusive ?? false,
            IndustryPrefixes = d.IndustryPrefixes?.Where(s => s is not null).ToArray() ?? [],
            IndustryCodes = d.IndustryCodes?.Where(s => s is not null).ToArray() ?? [],
            RequiredTags = d.RequiredTags?.Where(s => s is not null).ToArray() ?? [],
            AnyTags = d.AnyTags?.Where(s => s is not null).ToArray() ?? [],
            MeasureGreaterThan = greaterThan,
            MeasureAtLeast = atLeast,
            MeasureBelow = lessThan,
            MeasureAtMost = atMost,
            StartedWithinYears = d.StartedWithinYears,
            Regions = d.Regions?.Where(s => s is not null).ToArray() ?? [],
        };
    }

    /// <summary>
    /// The thresholds of one comparison, from its key and (for ≥ and &lt;) its older alias: every measure resolved at
    /// its own path; a measure under both names is a problem (the two could disagree).
    /// </summary>
    private Dictionary<string, double> Thresholds(Dictionary<string, double>? main, Dictionary<string, double>? alias, string path, string key, string? aliasKey, ref bool ok)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (values, name) in new[] { (main, key), (alias, aliasKey) })
        {
            foreach (var (measure, value) in values ?? [])
            {
                var at = JsonPath.Child(path + "." + name, measure);
                if (!result.TryAdd(measure, value))
                {
                    ok = Problem(at, $"'{measure}' is also under {key}", $"{name} is another name for {key}: give each threshold once");
                    continue;
                }

                ok &= ResolveMeasure(measure, at, allowLand: false) is not null;
            }
        }

        return result;
    }

    private PoolProfile? Pool(PoolDto d, string path)
    {
        var indicators = new List<IndicatorProfile>();
        var indicatorIds = new HashSet<string>(StringComparer.Ordinal);
        if (d.Indicators is { Count: 0 })
        {
            Problem(path + ".indicators", "no indicators", "a pool needs at least one indicator");
        }

        var weightingMethod = NameIn(d.Weighting, ComponentCatalogs.WeightingMethods.Key);
        var computedWeights = weightingMethod is not null && (weightingMethod != "fixed" || d.Weighting!["values"] is not null);
        Each(d.Indicators, path + ".indicators", (i, ipath) =>
        {
            if (i.Id is not null && !indicatorIds.Add(i.Id))
            {
                Problem(ipath + ".id", $"indicator '{i.Id}' appears twice in the pool");
            }

            var indicator = IndicatorProfile(i, ipath, computedWeights, indicators);
            if (indicator is not null)
            {
                indicators.Add(indicator);
            }
        });

        var selector = d.Selector is null ? FirmCondition.All : Condition(d.Selector, path + ".selector");
        if (d.TotalPoints is { } total && !(total > 0))
        {
            Problem(path + ".total_points", $"{N(total)} is not > 0", "e.g. 100");
        }

        var weights = d.Indicators?.Select(i => i?.Weight ?? 0).ToArray() ?? [];
        var weighting = d.Weighting is null ? null : ComponentCatalogs.WeightingMethods.Create(d.Weighting, path + ".weighting", scope, new ComponentUse { Weights = weights });
        var aggregation = d.Aggregation is null ? null : ComponentCatalogs.AggregationMethods.Create(d.Aggregation, path + ".aggregation", scope, ComponentUse.None);
        var adjustments = d.Adjustments is null ? AdjustmentRules.None : Adjustments(d.Adjustments, path + ".adjustments");
        var tiering = d.Tiering is null ? null : ComponentCatalogs.TierSchemes.Create(d.Tiering, path + ".tiering", scope, ComponentUse.None);
        var limits = d.Limits is null ? TierLimits.None : Limits(d.Limits, path + ".limits");
        if (d.Id is null || selector is null || adjustments is null || limits is null || d.Indicators is null
            || indicators.Count != d.Indicators.Count)
        {
            return null;
        }

        return new PoolProfile
        {
            Id = d.Id,
            Name = d.Name ?? string.Empty,
            Selector = selector,
            Indicators = indicators,
            Weighting = weighting,
            TotalPoints = d.TotalPoints,
            Aggregation = aggregation,
            Adjustments = adjustments,
            Ties = d.Ties ?? TiePolicy.Competition,
            Scope = d.Scope ?? RankingScope.Pool,
            Tiering = tiering,
            Limits = limits,
        };
    }

    private AdjustmentRules? Adjustments(AdjustmentsDto d, string path)
    {
        var rules = new List<IAdjustmentRule>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var ok = true;
        Each(d.Rules, path + ".rules", (r, rpath) =>
        {
            CheckId(NameIn(r, "id"), rpath + ".id", ids, "adjustment rule");
            var rule = ComponentCatalogs.AdjustmentRules.Create(r, rpath, scope, ComponentUse.None);
            if (rule is null)
            {
                ok = false;
            }
            else
            {
                rules.Add(rule);
            }
        });
        foreach (var (category, cap) in d.CategoryCaps ?? [])
        {
            if (!(cap > 0))
            {
                ok = Problem(JsonPath.Child(path + ".category_caps", category), $"{N(cap)} is not > 0", "the largest number of points the category may give or take");
            }
        }

        return ok ? new AdjustmentRules { Rules = rules, CategoryCaps = new Dictionary<string, double>(d.CategoryCaps ?? [], StringComparer.Ordinal) } : null;
    }

    private TierLimits? Limits(LimitsDto d, string path)
    {
        var ok = true;
        if (d.MaxAPercent is { } a && !(a is >= 0 and <= 100))
        {
            ok = Problem(path + ".max_a_percent", $"{N(a)} is not in [0, 100]");
        }

        if (d.MinDPercent is { } dd && !(dd is >= 0 and <= 100))
        {
            ok = Problem(path + ".min_d_percent", $"{N(dd)} is not in [0, 100]");
        }

        if (d.MaxDPercent is { } maxD && !(maxD is >= 0 and <= 100))
        {
            ok = Problem(path + ".max_d_percent", $"{N(maxD)} is not in [0, 100]");
        }
        else if (d.MaxDPercent is { } maxD2 && d.MinDPercent is { } minD && minD > maxD2)
        {
            ok = Problem(path + ".max_d_percent", $"{N(maxD2)} is below min_d_percent {N(minD)}", "the maximum of D must be at least its minimum");
        }

        return ok ? new TierLimits { MaxAPercent = d.MaxAPercent, MinDPercent = d.MinDPercent, MaxDPercent = d.MaxDPercent } : null;
    }

    /// <summary>The tier set of <c>tier_set</c>, every problem reported at its code; null when there is one.</summary>
    private TierSet? TierSetOf(List<TierDto> tiers, string path)
    {
        var ok = true;
        foreach (var (index, message) in TierSet.ProblemsOf(tiers.Select(t => t?.Code).ToList()))
        {
            ok = Problem(index is { } i ? $"{path}[{i}].code" : path, message,
                index is null ? "3 to 6 tiers, best first, e.g. A+, A, B, C" : "a short code such as A+, unique ignoring case; T and ungraded_as_b are taken");
        }

        return ok ? new TierSet([.. tiers.Select(t => t.Code)]) : null;
    }

    /// <summary>The labels of a profile with <c>tier_set</c>: each tier's label (default: code + 类), T and ungraded from <c>labels</c>.</summary>
    private TierLabels? TierSetLabels(List<TierDto> tiers, TierSet set, LabelsDto? d, string path)
    {
        if (d is not null)
        {
            NotAllowed(path, "labels with tier_set (label each tier in tier_set)", ("set", d.Set), ("a", d.A), ("b", d.B), ("c", d.C), ("d", d.D));
        }

        string Label(int level) => level <= tiers.Count ? tiers[level - 1].Label ?? TierSet.DefaultLabel(set.Codes[level - 1]) : TierSet.DefaultLabel(TierSet.TierAt(level).ToString());
        var defaults = new TierLabels("A", "B", "C", "D");
        return new TierLabels(Label(1), Label(2), Label(3), Label(4))
        {
            E = Label(5),
            F = Label(6),
            T = d?.T ?? defaults.T,
            Ungraded = d?.Ungraded ?? defaults.Ungraded,
        };
    }

    /// <summary>
    /// The action and target of an override under <paramref name="set"/>: a named-tier action takes its <c>tier</c> by code;
    /// a lettered action (force_a, cap_at_c, floor_at_c, force_d) names the tier coded by its letter — unchanged under A–D,
    /// the named-tier action of that tier under another set (e.g. cap_at_c under A+/A/B/C caps at the bottom tier C).
    /// </summary>
    private (OverrideAction Action, Tier? Target)? OverrideActionOf(OverrideDto o, TierSet set, string path)
    {
        var codes = string.Join(", ", set.Codes);
        if (OverrideRule.LetteredTier(o.Action) is { } letter)
        {
            if (o.Tier is not null)
            {
                Problem(path + ".tier", $"{ProfileJson.EnumName(o.Action)} names its own tier", "remove it, or use cap_at, floor_at, place_in or veto_place_in");
                return null;
            }

            if (set.IsStandard)
            {
                return (o.Action, null);
            }

            if (!set.TryParseLevel(letter.ToString(), out var level))
            {
                Problem(path + ".action", $"{ProfileJson.EnumName(o.Action)} names tier {letter}, which the tier set {set} does not have", $"name the tier: cap_at, floor_at, place_in or veto_place_in with \"tier\": one of {codes}");
                return null;
            }

            return (NamedAction(o.Action), level);
        }

        if (o.Tier is null)
        {
            Problem(path, $"{ProfileJson.EnumName(o.Action)} needs a tier", $"\"tier\": one of {codes}");
            return null;
        }

        if (!set.TryParseLevel(o.Tier, out var target))
        {
            Problem(path + ".tier", $"'{o.Tier}' is not a tier of the profile's tier set {set}", $"one of {codes}");
            return null;
        }

        return (o.Action, target);
    }

    /// <summary>The named-tier action a lettered one becomes under a tier set other than A–D (force_a → place_in, cap_at_c → cap_at, floor_at_c → floor_at, force_d → veto_place_in).</summary>
    internal static OverrideAction NamedAction(OverrideAction lettered) => lettered switch
    {
        OverrideAction.ForceA => OverrideAction.PlaceIn,
        OverrideAction.CapAtC => OverrideAction.CapAt,
        OverrideAction.FloorAtC => OverrideAction.FloorAt,
        _ => OverrideAction.VetoPlaceIn,
    };

    private TierLabels? Labels(LabelsDto d, string path)
    {
        if (d.Set is { } set)
        {
            NotAllowed(path, "a known label set", ("a", d.A), ("b", d.B), ("c", d.C), ("d", d.D), ("t", d.T), ("ungraded", d.Ungraded));
            if (KnownTierLabels.TryGet(set, out var known))
            {
                return known;
            }

            Problem(path + ".set", $"unknown label set '{set}'", Suggest.Hint(set, Names.LabelSets));
            return null;
        }

        if (d.A is null || d.B is null || d.C is null || d.D is null)
        {
            Problem(path, "give a set name or all of a, b, c and d", "e.g. \"set\": \"development\"");
            return null;
        }

        var labels = new TierLabels(d.A, d.B, d.C, d.D);
        return labels with { T = d.T ?? labels.T, Ungraded = d.Ungraded ?? labels.Ungraded };
    }

    private void NotAllowed(string path, string owner, params (string Key, object? Value)[] options)
    {
        foreach (var (key, value) in options)
        {
            if (value is not null)
            {
                Problem(path + "." + key, $"'{key}' is not an option of {owner}", "remove it");
            }
        }
    }

    /// <summary>The string under <paramref name="key"/> in a component object (its name), or null.</summary>
    private static string? NameIn(JsonObject? obj, string key) => obj?[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private void CheckId(string? id, string path, HashSet<string> seen, string what)
    {
        if (id is null)
        {
            return;
        }

        if (!IsIdentifier(id))
        {
            Problem(path, $"'{id}' is not a valid id", "use snake_case without spaces");
        }
        else if (!seen.Add(id))
        {
            Problem(path, $"'{id}' is used by another {what}", $"{what} ids must be unique");
        }
    }

    private static bool IsIdentifier(string id) => id.Length > 0 && !id.Any(c => char.IsWhiteSpace(c) || char.IsControl(c));

    private void Each<T>(List<T>? items, string path, Action<T, string> action)
        where T : class
    {
        if (items is null)
        {
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is { } item)
            {
                action(item, $"{path}[{i}]");
            }
        }
    }

    private T? Try<T>(string path, Func<T> create, string? hint = null)
        where T : class
    {
        try
        {
            return create();
        }
        catch (ArgumentException e)
        {
            var message = e.Message;
            var cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
            Problem(path, cut >= 0 ? message[..cut] : message, hint);
            return null;
        }
    }

    private bool Problem(string path, string message, string? hint = null)
    {
        problems.Add(new ProfileProblem(path, message, hint));
        return false;
    }

    private static string N(double value) => value.ToString("0.######", F);
}
