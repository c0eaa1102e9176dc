using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using EnterpriseScoring.Adjustments;
using EnterpriseScoring.Aggregation;
using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Land;
using EnterpriseScoring.Pools;
using EnterpriseScoring.Profiles.Components;
using EnterpriseScoring.Profiles.Json;
using EnterpriseScoring.Scoring;
using EnterpriseScoring.Weighting;

namespace EnterpriseScoring.Profiles;

/// <summary>
/// Turns a (shape-checked) <see cref="ProfileDocument"/> into an <see cref="EvaluationProfile"/>, collecting every
/// semantic problem with its JSON path. Null-tolerant: a required value that is null was already reported by the
/// <see cref="ShapeValidator"/> and is skipped here.
/// </summary>
internal sealed partial class ProfileCompiler
{
    private static readonly CultureInfo F = CultureInfo.InvariantCulture;

    /// <summary>Every key of the format's objects: the DTOs' (walked from the root through the serializer's metadata) and the built-in components'.</summary>
    private static readonly Lazy<HashSet<string>> KnownKeys = new(() =>
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<Type>();
        Walk(typeof(ProfileDocument));
        Walk(typeof(ConsequencesDto)); // held as a JsonNode (a name or an object)
        foreach (var (_, catalog) in ComponentCatalogs.All)
        {
            keys.UnionWith(catalog.AllKeys(null));
        }

        return keys;

        void Walk(Type type)
        {
            if (!seen.Add(type))
            {
                return;
            }

            var info = ProfileJson.Options.GetTypeInfo(type);
            if (info.Kind == JsonTypeInfoKind.Object)
            {
                foreach (var property in info.Properties)
                {
                    keys.Add(property.Name);
                    Walk(property.PropertyType);
                }
            }
            else if (info.ElementType is { } element)
            {
                Walk(element);
            }
        }
    });

    private readonly ComponentRegistry registry;
    private readonly List<ProfileProblem> problems;
    private readonly HashSet<string> customMeasures = new(StringComparer.Ordinal);
    private readonly ComponentScope scope;

    public ProfileCompiler(ComponentRegistry? registry, List<ProfileProblem> problems)
    {
        this.registry = registry ?? new ComponentRegistry();
        this.problems = problems;
        scope = new ComponentScope(this.registry, problems, ResolveMeasure);
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

        Each(doc.Pools, "$.pools", (p, path) =>
        {
            CheckId(p.Id, path + ".id", poolIds, "pool");
            var pool = Pool(p, path);
            if (pool is not null)
            {
                pools.Add(pool);
            }
        });

        var overrides = new List<OverrideRule>();
        ids.Clear();
        Each(doc.Overrides, "$.overrides", (o, path) =>
        {
            CheckId(o.Id, path + ".id", ids, "override");
            var when = o.When is null ? null : Condition(o.When, path + ".when");
            if (o.AppliesToIneligible is not null && o.Action is not (OverrideAction.CapAtC or OverrideAction.ForceD))
            {
                Problem(path + ".applies_to_ineligible", $"only a veto (cap_at_c, force_d) reaches firms that eligibility took out of rating, not {ProfileJson.EnumName(o.Action)}", "remove it");
            }

            if (o.Id is not null && when is not null)
            {
                overrides.Add(new OverrideRule
                {
                    Id = o.Id,
                    Label = o.Label ?? string.Empty,
                    Action = o.Action,
                    When = when,
                    AppliesToIneligible = o.AppliesToIneligible is null ? OverrideRule.DefaultIneligibleReach : [.. o.AppliesToIneligible.Distinct().Select(Outcome)],
                });
            }
        });

        var labels = doc.Labels is null ? KnownTierLabels.Plain : Labels(doc.Labels, "$.labels");
        var consequences = doc.Consequences is null ? null : Consequences(doc.Consequences, "$.consequences");
        if (problems.Count > 0 || land is null || labels is null)
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
            Consequences = consequences,
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

        foreach (var key in d.MeasureAtLeast?.Keys ?? Enumerable.Empty<string>())
        {
            ok &= ResolveMeasure(key, ShapeValidator.Child(path + ".measure_at_least", key), allowLand: false) is not null;
        }

        foreach (var key in d.MeasureBelow?.Keys ?? Enumerable.Empty<string>())
        {
            ok &= ResolveMeasure(key, ShapeValidator.Child(path + ".measure_below", key), allowLand: false) is not null;
        }

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
            RequiredTags = d.RequiredTags?.Where(s => s is not null).ToArray() ?? [],
            AnyTags = d.AnyTags?.Where(s => s is not null).ToArray() ?? [],
            MeasureAtLeast = d.MeasureAtLeast is null ? new Dictionary<string, double>() : new Dictionary<string, double>(d.MeasureAtLeast, StringComparer.Ordinal),
            MeasureBelow = d.MeasureBelow is null ? new Dictionary<string, double>() : new Dictionary<string, double>(d.MeasureBelow, StringComparer.Ordinal),
            StartedWithinYears = d.StartedWithinYears,
            Regions = d.Regions?.Where(s => s is not null).ToArray() ?? [],
        };
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

            var indicator = IndicatorProfile(i, ipath, computedWeights);
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

    private IndicatorProfile? IndicatorProfile(IndicatorDto d, string path, bool computedWeights)
    {
        var indicator = Indicator(d, path);
        if (d.Weight is { } w)
        {
            if (!(w > 0))
            {
                Problem(path + ".weight", $"{N(w)} is not > 0", "weights are points > 0, e.g. 30");
            }
        }
        else if (!computedWeights)
        {
            Problem(path + ".weight", "missing weight", "fixed weights are points > 0, e.g. 30; or set the pool's weighting method");
        }

        var use = new ComponentUse { Direction = indicator?.Direction, IndicatorId = indicator?.Id };
        var scoring = d.Scoring is null ? null : ComponentCatalogs.ScoringMethods.Create(d.Scoring, path + ".scoring", scope, use);
        var benchmark = d.Benchmark is null ? null : ComponentCatalogs.Benchmarks.Create(d.Benchmark, path + ".benchmark", scope, use);
        var method = scoring ?? KnownScoringMethods.RatioToBenchmark;
        var scoringName = NameIn(d.Scoring, ComponentCatalogs.ScoringMethods.Key);
        if (scoringName is null || scoring is not null)
        {
            if (method.RequiresBenchmark && d.Benchmark is null)
            {
                Problem(path + ".benchmark", $"scoring method '{method.Name}' needs a benchmark", "e.g. {\"type\": \"fixed\", \"value\": 15} or {\"type\": \"pool_mean\", \"mean\": \"ratio_of_sums\"}");
            }

            // The descriptor checks the method against the indicator (e.g. inverse_benchmark vs direction).
            ComponentCatalogs.ScoringMethods.CheckUse(scoring is null ? RatioToBenchmarkScoring.MethodName : scoringName!, method, path + ".scoring", scope, use);
        }

        var missing = MissingValuePolicy.Zero;
        if (d.Missing is { } m)
        {
            missing = m.Policy switch
            {
                MissingPolicyKind.PoolAverage => MissingValuePolicy.PoolAverageScore,
                MissingPolicyKind.Exclude => MissingValuePolicy.Exclude,
                MissingPolicyKind.FixedScore => MissingValuePolicy.Zero,
                _ => MissingValuePolicy.Zero,
            };
            if (m.Policy == MissingPolicyKind.FixedScore)
            {
                if (m.Points is { } points)
                {
                    missing = MissingValuePolicy.FixedPenalty(points);
                }
                else
                {
                    Problem(path + ".missing.points", "fixed_score needs points", "e.g. \"points\": -3");
                }
            }
            else if (m.Points is not null)
            {
                Problem(path + ".missing.points", $"'points' is only used by fixed_score, not {ProfileJson.EnumName(m.Policy)}", "remove it");
            }
        }

        if (indicator is null || (d.Scoring is not null && scoring is null) || (d.Benchmark is not null && benchmark is null))
        {
            return null;
        }

        return new IndicatorProfile
        {
            Indicator = indicator,
            Weight = d.Weight ?? 0,
            Scoring = scoring,
            Benchmark = benchmark,
            Missing = missing,
            Negative = d.Negative ?? NegativeValuePolicy.Allow,
        };
    }

    private IIndicator? Indicator(IndicatorDto d, string path)
    {
        if (d.Id is null)
        {
            return null;
        }

        if (!IsIdentifier(d.Id))
        {
            Problem(path + ".id", $"'{d.Id}' is not a valid id", "use snake_case without spaces");
            return null;
        }

        var defined = d.Numerator is not null || d.Denominator is not null || d.PollutionEquivalents is not null;
        if (!defined)
        {
            NotAllowed(path, "a built-in or registered indicator (give numerator and denominator to define one)",
                ("chinese_name", d.ChineseName), ("english_name", d.EnglishName), ("unit", d.Unit), ("direction", d.Direction), ("scale", d.Scale));
            if (KnownIndicators.TryGet(d.Id, out var known) || registry.TryGet(d.Id, out known))
            {
                return known;
            }

            Problem(path + ".id", $"unknown indicator '{d.Id}'",
                Suggest.Hint(d.Id, [.. Names.IndicatorIds, .. registry.NamesOf<IIndicator>()], "a built-in id (e.g. tax_per_mu), a registered indicator, or define it with numerator and denominator"));
            return null;
        }

        IReadOnlyList<IndicatorTerm>? numerator;
        IReadOnlyList<IndicatorTerm>? denominator;
        if (d.PollutionEquivalents is { } pe)
        {
            if (d.Numerator is not null || d.Denominator is not null)
            {
                Problem(path + ".pollution_equivalents", "give either numerator/denominator or pollution_equivalents, not both");
                return null;
            }

            numerator = pe.Numerator is null ? [new IndicatorTerm(KnownMeasures.ValueAdded)] : Terms(pe.Numerator, path + ".pollution_equivalents.numerator");
            var pollutants = new List<(Measure, double)>();
            var ok = true;
            Each(pe.Pollutants, path + ".pollution_equivalents.pollutants", (p, ppath) =>
            {
                var measure = p.Measure is null ? null : ResolveMeasure(p.Measure, ppath + ".measure", allowLand: false);
                if (!(p.KgPerEquivalent > 0))
                {
                    ok = Problem(ppath + ".kg_per_equivalent", $"{N(p.KgPerEquivalent)} is not > 0", "e.g. COD 1, NH₃-N 0.8, SO₂ 0.95, NOₓ 0.95");
                }

                if (measure is null)
                {
                    ok = false;
                }
                else
                {
                    pollutants.Add((measure, p.KgPerEquivalent));
                }
            });
            if (pe.Pollutants is { Count: 0 })
            {
                ok = Problem(path + ".pollution_equivalents.pollutants", "is empty", "omit it for the statutory four");
            }

            denominator = ok ? PollutionEquivalents.Terms(pe.Pollutants is null ? null : pollutants) : null;
        }
        else
        {
            if (d.Numerator is null)
            {
                Problem(path + ".numerator", "missing numerator", "e.g. [{\"measure\": \"tax\"}]");
            }

            if (d.Denominator is null)
            {
                Problem(path + ".denominator", "missing denominator", "e.g. [{\"measure\": \"land\"}]");
            }

            numerator = d.Numerator is null ? null : Terms(d.Numerator, path + ".numerator");
            denominator = d.Denominator is null ? null : Terms(d.Denominator, path + ".denominator");
        }

        if (d.Scale is { } scale && (scale == 0 || !double.IsFinite(scale)))
        {
            Problem(path + ".scale", $"{N(scale)} is not a finite non-zero number", "e.g. 100 for a percentage");
            return null;
        }

        if (numerator is null || denominator is null)
        {
            return null;
        }

        return Try(path, () => new RatioIndicator(d.Id, d.ChineseName ?? d.Id, d.EnglishName ?? d.Id, d.Unit ?? string.Empty,
            d.Direction ?? Direction.HigherIsBetter, numerator, denominator, d.Scale ?? 1));
    }

    private IReadOnlyList<IndicatorTerm>? Terms(List<TermDto> terms, string path)
    {
        if (terms.Count == 0)
        {
            Problem(path, "is empty", "give at least one term");
            return null;
        }

        var result = new List<IndicatorTerm>();
        var ok = true;
        Each(terms, path, (t, tpath) =>
        {
            if (t.Coefficient is { } c && (c == 0 || !double.IsFinite(c)))
            {
                ok = Problem(tpath + ".coefficient", $"{N(c)} is not a finite non-zero number");
            }

            if (t.Measure is null)
            {
                ok = false;
                return;
            }

            if (t.Measure == "land")
            {
                result.Add(new IndicatorTerm(null, t.Coefficient ?? 1));
                return;
            }

            var measure = ResolveMeasure(t.Measure, tpath + ".measure", allowLand: true);
            if (measure is null)
            {
                ok = false;
            }
            else
            {
                result.Add(new IndicatorTerm(measure, t.Coefficient ?? 1));
            }
        });
        return ok && result.Count == terms.Count ? result : null;
    }

    private Measure? ResolveMeasure(string id, string path, bool allowLand)
    {
        if (KnownMeasures.TryGet(id, out var known))
        {
            return known;
        }

        if (customMeasures.Contains(id))
        {
            return Measure.Custom(id);
        }

        IEnumerable<string> candidates = [.. KnownMeasures.All.Select(m => m.Id), .. customMeasures, .. (allowLand ? ["land"] : Array.Empty<string>())];
        Problem(path, $"unknown measure '{id}'", Suggest.Hint(id, candidates, $"a built-in measure id (tax, value_added, …){(allowLand ? ", land" : string.Empty)}, or declare it in custom_measures"));
        return null;
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
                ok = Problem(ShapeValidator.Child(path + ".category_caps", category), $"{N(cap)} is not > 0", "the largest number of points the category may give or take");
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

        return ok ? new TierLimits { MaxAPercent = d.MaxAPercent, MinDPercent = d.MinDPercent } : null;
    }

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

    private bool PathExists(JsonNode root, string path)
    {
        if (!path.StartsWith('$'))
        {
            return false;
        }

        JsonNode? node = root;
        var i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = i + 1;
                while (end < path.Length && path[end] is not '.' and not '[')
                {
                    end++;
                }

                var key = path[(i + 1)..end];
                if (node is not JsonObject obj)
                {
                    return false;
                }

                if (!obj.TryGetPropertyValue(key, out node))
                {
                    // A known key left out (its default applies) is a valid target: canonical output omits defaults.
                    return end == path.Length && (KnownKeys.Value.Contains(key) || ComponentCatalogs.All.Any(c => c.Catalog.AllKeys(registry).Contains(key)));
                }

                i = end;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                if (end < 0)
                {
                    return false;
                }

                var inside = path[(i + 1)..end];
                if (inside.StartsWith('\'') && inside.EndsWith('\'') && inside.Length >= 2)
                {
                    if (node is not JsonObject obj || !obj.TryGetPropertyValue(inside[1..^1], out node))
                    {
                        return false;
                    }
                }
                else if (!int.TryParse(inside, NumberStyles.None, F, out var index) || node is not JsonArray array || index >= array.Count)
                {
                    return false;
                }
                else
                {
                    node = array[index];
                }

                i = end + 1;
            }
            else
            {
                return false;
            }
        }

        return true;
    }
}
