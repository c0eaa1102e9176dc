using System.Globalization;
using System.Text.Json.Nodes;
using EnterpriseScoring.Adjustments;
using EnterpriseScoring.Aggregation;
using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Land;
using EnterpriseScoring.Pools;
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

    private static readonly Lazy<HashSet<string>> KnownKeys = new(() =>
        ProfileJson.DtoTypes.SelectMany(t => ProfileJson.Options.GetTypeInfo(t).Properties.Select(p => p.Name))
            .ToHashSet(StringComparer.Ordinal));

    private readonly ComponentRegistry registry;
    private readonly List<ProfileProblem> problems;
    private readonly HashSet<string> customMeasures = new(StringComparer.Ordinal);

    public ProfileCompiler(ComponentRegistry? registry, List<ProfileProblem> problems)
    {
        this.registry = registry ?? new ComponentRegistry();
        this.problems = problems;
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

        var land = doc.Land is null ? KnownLandAreaStrategies.Certificate : Land(doc.Land, "$.land");
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

    private ILandAreaStrategy? Land(LandDto d, string path)
    {
        if (d.Strategy is null)
        {
            return null;
        }

        if (d.Strategy != "shared_parcel")
        {
            NotAllowed(path, d.Strategy, ("parcel_area", d.ParcelArea));
        }

        switch (d.Strategy)
        {
            case "certificate":
            case "net":
                NotAllowed(path, d.Strategy, ("floor_area_ratio", d.FloorAreaRatio), ("inner", d.Inner));
                return d.Strategy == "net" ? KnownLandAreaStrategies.Net : KnownLandAreaStrategies.Certificate;
            case "building_area_conversion":
                return BuildingAreaConversion(d, path, d.Inner);
            case "shared_parcel":
                ILandAreaStrategy? own;
                if (d.Inner == "building_area_conversion")
                {
                    own = BuildingAreaConversion(d, path, null);
                    if (own is null)
                    {
                        return null;
                    }
                }
                else
                {
                    NotAllowed(path, "shared_parcel without inner building_area_conversion", ("floor_area_ratio", d.FloorAreaRatio));
                    if (!InnerLand(d.Inner, path, out own, conversionAllowed: true))
                    {
                        return null;
                    }
                }

                return new SharedParcelMerge(own, d.ParcelArea ?? ParcelAreaRule.Sum);
            default:
                if (registry.TryGet<ILandAreaStrategy>(d.Strategy, out var custom))
                {
                    return custom;
                }

                Problem(path + ".strategy", $"unknown land strategy '{d.Strategy}'", Suggest.Hint(d.Strategy, [.. Names.LandStrategies, .. registry.NamesOf<ILandAreaStrategy>()]));
                return null;
        }
    }

    /// <summary>A building-area conversion with the floor-area ratio of <paramref name="d"/> over the strategy named <paramref name="innerName"/>.</summary>
    private ILandAreaStrategy? BuildingAreaConversion(LandDto d, string path, string? innerName)
    {
        if (!InnerLand(innerName, path, out var inner))
        {
            return null;
        }

        if (d.FloorAreaRatio is null && inner is null)
        {
            return KnownLandAreaStrategies.BuildingAreaConversion;
        }

        return Try(path + ".floor_area_ratio", () => new BuildingAreaConversion(d.FloorAreaRatio ?? 1.0, inner), "a floor-area ratio > 0, e.g. 1.0");
    }

    /// <summary>Resolves the <c>inner</c> land strategy (certificate, net or a registered one; null when not given).</summary>
    private bool InnerLand(string? innerName, string path, out ILandAreaStrategy? inner, bool conversionAllowed = false)
    {
        inner = null;
        if (innerName is null)
        {
            return true;
        }

        if (innerName is "building_area_conversion" or "shared_parcel" || !KnownLandAreaStrategies.TryGet(innerName, out inner) && !registry.TryGet(innerName, out inner))
        {
            Problem(path + ".inner", $"unknown land strategy '{innerName}'", Suggest.Hint(innerName, ["certificate", "net", .. (conversionAllowed ? ["building_area_conversion"] : Array.Empty<string>()), .. registry.NamesOf<ILandAreaStrategy>()]));
            return false;
        }

        return true;
    }

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

        var computedWeights = d.Weighting is { Method: not null and not "fixed" } || d.Weighting is { Method: "fixed", Values: not null };
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
        var weighting = d.Weighting is null ? null : Weighting(d.Weighting, path + ".weighting", weights, topLevel: true);
        var aggregation = d.Aggregation is null ? null : Aggregation(d.Aggregation, path + ".aggregation");
        var adjustments = d.Adjustments is null ? AdjustmentRules.None : Adjustments(d.Adjustments, path + ".adjustments");
        var tiering = d.Tiering is null ? null : Tiering(d.Tiering, path + ".tiering");
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

        var scoring = d.Scoring is null ? null : Scoring(d.Scoring, path + ".scoring", indicator?.Direction);
        var benchmark = d.Benchmark is null ? null : Benchmark(d.Benchmark, path + ".benchmark", nested: false);
        var method = scoring ?? KnownScoringMethods.RatioToBenchmark;
        if (d.Scoring?.Method is null || scoring is not null)
        {
            if (method.RequiresBenchmark && d.Benchmark is null)
            {
                Problem(path + ".benchmark", $"scoring method '{method.Name}' needs a benchmark", "e.g. {\"type\": \"fixed\", \"value\": 15} or {\"type\": \"pool_mean\", \"mean\": \"ratio_of_sums\"}");
            }

            if (method is InverseBenchmarkScoring && indicator?.Direction == Direction.HigherIsBetter)
            {
                Problem(path + ".scoring.method", $"inverse_benchmark scores lower-is-better indicators; '{indicator.Id}' is higher-is-better", "use ratio_to_benchmark");
            }

            if (method is RatioToBenchmarkScoring { Options.Cap: null } && indicator?.Direction == Direction.LowerIsBetter)
            {
                Problem(path + ".scoring.cap", "a lower-is-better indicator scored by ratio_to_benchmark needs a cap", "e.g. \"cap\": 1.2");
            }
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

    private IScoringMethod? Scoring(ScoringDto d, string path, Direction? direction)
    {
        if (d.Method is null)
        {
            return null;
        }

        (string, object?)[] options = [("cap", d.Cap), ("floor", d.Floor), ("offset", d.Offset), ("scale", d.Scale)];
        switch (d.Method)
        {
            case RatioToBenchmarkScoring.MethodName:
                NotAllowed(path, d.Method, options[2..]);
                if (d.Cap is null && d.Floor is null)
                {
                    return KnownScoringMethods.RatioToBenchmark;
                }

                return Try(path, () => KnownScoringMethods.RatioToBenchmarkWith(d.Cap, d.Floor), "cap > 0 and floor ≤ cap");
            case MinMaxScoring.MethodName:
                NotAllowed(path, d.Method, options[0], options[2], options[3]);
                return d.Floor switch
                {
                    null or 0 => KnownScoringMethods.MinMax,
                    0.2 => KnownScoringMethods.MinMaxAnhui,
                    { } floor => Try(path + ".floor", () => KnownScoringMethods.MinMaxWithFloor(floor), "a floor in [0, 1), e.g. 0.2"),
                };
            case ZScoreScoring.MethodName:
                NotAllowed(path, d.Method, options[0], options[1]);
                if (d.Offset is null && d.Scale is null)
                {
                    return KnownScoringMethods.ZScore;
                }

                return Try(path, () => KnownScoringMethods.ZScoreLinear(d.Offset ?? 0, d.Scale ?? 1), "finite offset and non-zero scale");
            default:
                if (KnownScoringMethods.TryGet(d.Method, out var plain) || registry.TryGet(d.Method, out plain))
                {
                    NotAllowed(path, d.Method, options);
                    return plain;
                }

                Problem(path + ".method", $"unknown scoring method '{d.Method}'", Suggest.Hint(d.Method, [.. Names.ScoringMethods, .. registry.NamesOf<IScoringMethod>()]));
                return null;
        }
    }

    private IBenchmark? Benchmark(BenchmarkDto d, string path, bool nested)
    {
        if (d.Type is null)
        {
            return null;
        }

        (string, object?)[] options = [("value", d.Value), ("source", d.Source), ("mean", d.Mean), ("p", d.P), ("definition", d.Definition), ("multiplier", d.Multiplier), ("inner", d.Inner)];
        switch (d.Type)
        {
            case FixedBenchmark.BenchmarkName:
                NotAllowed(path, d.Type, options[2..]);
                if (d.Value is not { } value)
                {
                    Problem(path + ".value", "a fixed benchmark needs a value", "the published target, e.g. 15");
                    return null;
                }

                if (!(value > 0))
                {
                    Problem(path + ".value", $"{N(value)} is not > 0", "a benchmark is a divisor: use the published target, e.g. 15");
                    return null;
                }

                return KnownBenchmarks.Fixed(value, d.Source);
            case PoolMeanBenchmark.BenchmarkName:
                NotAllowed(path, d.Type, options[0], options[1], options[3], options[4], options[5], options[6]);
                if (d.Mean is not { } kind)
                {
                    Problem(path + ".mean", "pool_mean must say which mean", "\"mean\": \"ratio_of_sums\" (Σtax/Σland, what statistics publish) or \"mean_of_ratios\"");
                    return null;
                }

                return KnownBenchmarks.PoolMean(kind);
            case "pool_mean_ratio_of_sums":
            case "pool_mean_of_ratios":
            case MedianBenchmark.BenchmarkName:
            case MaxBenchmark.BenchmarkName:
            case MinBenchmark.BenchmarkName:
                NotAllowed(path, d.Type, options);
                KnownBenchmarks.TryGet(d.Type, out var simple);
                return simple;
            case PercentileBenchmark.BenchmarkName:
                NotAllowed(path, d.Type, options[0], options[1], options[2], options[5], options[6]);
                if (d.P is not { } p)
                {
                    Problem(path + ".p", "pool_percentile needs p", "p in [0, 1], e.g. 0.75");
                    return null;
                }

                return Try(path + ".p", () => KnownBenchmarks.Percentile(p, d.Definition ?? PercentileDefinition.Inclusive), "p in [0, 1]");
            case PriorYearBenchmark.BenchmarkName:
                NotAllowed(path, d.Type, options[..5]);
                if (nested)
                {
                    Problem(path + ".type", "prior_year cannot be nested in prior_year");
                    return null;
                }

                if (d.Inner is null)
                {
                    Problem(path + ".inner", "prior_year needs an inner benchmark", "e.g. {\"type\": \"pool_mean\", \"mean\": \"ratio_of_sums\"}");
                    return null;
                }

                var inner = Benchmark(d.Inner, path + ".inner", nested: true);
                if (d.Multiplier is { } k && !(k > 0))
                {
                    Problem(path + ".multiplier", $"{N(k)} is not > 0", "e.g. 2");
                    return null;
                }

                return inner is null ? null : KnownBenchmarks.PriorYear(inner, d.Multiplier ?? 1);
            default:
                if (registry.TryGet<IBenchmark>(d.Type, out var custom))
                {
                    NotAllowed(path, d.Type, options);
                    return custom;
                }

                Problem(path + ".type", $"unknown benchmark '{d.Type}'", Suggest.Hint(d.Type, [.. Names.BenchmarkTypes, .. registry.NamesOf<IBenchmark>()]));
                return null;
        }
    }

    private IWeightingMethod? Weighting(WeightingDto d, string path, double[] weights, bool topLevel)
    {
        if (d.Method is null)
        {
            return null;
        }

        (string, object?)[] options = [("values", d.Values), ("matrix", d.Matrix), ("reject_inconsistent", d.RejectInconsistent), ("consistency_threshold", d.ConsistencyThreshold),
            ("normalisation", d.Normalisation), ("degrees_of_freedom", d.DegreesOfFreedom), ("first", d.First), ("second", d.Second), ("alpha", d.Alpha)];
        var n = weights.Length;
        switch (d.Method)
        {
            case "fixed":
                NotAllowed(path, d.Method, options[1..]);
                if (d.Values is { } values)
                {
                    if (values.Count != n)
                    {
                        Problem(path + ".values", $"{values.Count} values for {n} indicators", "one value per indicator, in order");
                        return null;
                    }

                    return Try(path + ".values", () => KnownWeightingMethods.Fixed([.. values]), "values ≥ 0, not all 0");
                }

                if (topLevel)
                {
                    return null; // the default: each indicator's own weight
                }

                return weights.All(w => w > 0) ? KnownWeightingMethods.Fixed(weights) : null;
            case "equal":
                NotAllowed(path, d.Method, options);
                return KnownWeightingMethods.Equal;
            case "entropy":
                NotAllowed(path, d.Method, [.. options[..4], .. options[5..]]);
                return d.Normalisation is null or EntropyNormalisationName.None
                    ? KnownWeightingMethods.Entropy
                    : new EntropyWeighting(new EntropyWeightingOptions { Normalisation = EntropyNormalisation.MinMax });
            case "critic":
            case "coefficient_of_variation":
            case "standard_deviation":
                NotAllowed(path, d.Method, [.. options[..5], .. options[6..]]);
                if (d.DegreesOfFreedom is null or 0)
                {
                    KnownWeightingMethods.TryGet(d.Method, out var plain);
                    return plain;
                }

                var dof = d.DegreesOfFreedom.Value;
                return Try<IWeightingMethod>(path + ".degrees_of_freedom", () => d.Method switch
                {
                    "critic" => new CriticWeighting(new CriticWeightingOptions { DegreesOfFreedom = dof }),
                    "coefficient_of_variation" => new CoefficientOfVariationWeighting(new CoefficientOfVariationWeightingOptions { DegreesOfFreedom = dof }),
                    _ => new StandardDeviationWeighting(new StandardDeviationWeightingOptions { DegreesOfFreedom = dof }),
                }, "0 (population) or 1 (sample)");
            case "ahp":
                NotAllowed(path, d.Method, [options[0], .. options[4..]]);
                return Ahp(d, path, n);
            case "combination":
                NotAllowed(path, d.Method, options[..6]);
                if (d.First is null || d.Second is null)
                {
                    Problem(path + (d.First is null ? ".first" : ".second"), "combination needs first and second methods", "e.g. {\"method\": \"ahp\", …} and {\"method\": \"entropy\"}");
                    return null;
                }

                var first = Weighting(d.First, path + ".first", weights, topLevel: false);
                var second = Weighting(d.Second, path + ".second", weights, topLevel: false);
                if (d.Alpha is { } alpha && !(alpha is >= 0 and <= 1))
                {
                    Problem(path + ".alpha", $"{N(alpha)} is not in [0, 1]");
                    return null;
                }

                return first is null || second is null ? null : KnownWeightingMethods.Combination(first, second, d.Alpha ?? 0.5);
            default:
                if (registry.TryGet<IWeightingMethod>(d.Method, out var custom))
                {
                    NotAllowed(path, d.Method, options);
                    return custom;
                }

                Problem(path + ".method", $"unknown weighting method '{d.Method}'", Suggest.Hint(d.Method, [.. Names.WeightingMethods, .. registry.NamesOf<IWeightingMethod>()]));
                return null;
        }
    }

    private AhpWeighting? Ahp(WeightingDto d, string path, int n)
    {
        if (d.Matrix is not { } rows)
        {
            Problem(path + ".matrix", "ahp needs a pairwise comparison matrix", "n rows of n judgements on Saaty's 1–9 scale, rows in indicator order");
            return null;
        }

        if (rows.Count != n || rows.Any(r => r is null || r.Count != n))
        {
            Problem(path + ".matrix", $"must be {n} × {n} (one row and column per indicator)");
            return null;
        }

        var a = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                a[i, j] = rows[i][j];
            }
        }

        var matrix = Try(path + ".matrix", () => new PairwiseComparisonMatrix(a), "a_ji must be 1 / a_ij and the diagonal 1");
        if (d.ConsistencyThreshold is { } ct && !(ct >= 0))
        {
            Problem(path + ".consistency_threshold", $"{N(ct)} is negative", "e.g. 0.1");
            return null;
        }

        if (matrix is null)
        {
            return null;
        }

        var options = new AhpWeightingOptions { RejectInconsistent = d.RejectInconsistent ?? false, ConsistencyThreshold = d.ConsistencyThreshold ?? 0.1 };
        return Try(path + ".matrix", () => KnownWeightingMethods.Ahp(matrix, options), "revise the judgements or set reject_inconsistent to false");
    }

    private IAggregationMethod? Aggregation(AggregationDto d, string path)
    {
        if (d.Method is null)
        {
            return null;
        }

        if (d.Method != "topsis")
        {
            NotAllowed(path, d.Method, ("honour_directions", d.HonourDirections));
        }

        switch (d.Method)
        {
            case "weighted_sum":
                return null; // the default
            case "topsis":
                return d.HonourDirections == true ? new TopsisAggregation(new TopsisAggregationOptions { HonourDirections = true }) : KnownAggregationMethods.Topsis;
            case "weighted_product":
                return KnownAggregationMethods.WeightedProduct;
            default:
                if (registry.TryGet<IAggregationMethod>(d.Method, out var custom))
                {
                    return custom;
                }

                Problem(path + ".method", $"unknown aggregation method '{d.Method}'", Suggest.Hint(d.Method, [.. Names.AggregationMethods, .. registry.NamesOf<IAggregationMethod>()]));
                return null;
        }
    }

    private AdjustmentRules? Adjustments(AdjustmentsDto d, string path)
    {
        var rules = new List<IAdjustmentRule>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var ok = true;
        Each(d.Rules, path + ".rules", (r, rpath) =>
        {
            CheckId(r.Id, rpath + ".id", ids, "adjustment rule");
            var rule = AdjustmentRule(r, rpath);
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

    private IAdjustmentRule? AdjustmentRule(AdjustmentRuleDto d, string path)
    {
        if (d.Type is null || d.Id is null)
        {
            return null;
        }

        switch (d.Type)
        {
            case "tag":
                NotAllowed(path, d.Type, ("measure", d.Measure), ("first_unit_points", d.FirstUnitPoints), ("additional_unit_points", d.AdditionalUnitPoints), ("size_class", d.SizeClass));
                if (d.Tag is null || d.Points is null)
                {
                    Problem(path + (d.Tag is null ? ".tag" : ".points"), "a tag rule needs tag and points", "e.g. \"tag\": \"high_tech\", \"points\": 3");
                    return null;
                }

                return new TagAdjustment(d.Id, d.Label ?? string.Empty, d.Tag, d.Points.Value, d.Category);
            case "per_unit":
                NotAllowed(path, d.Type, ("tag", d.Tag), ("points", d.Points));
                if (d.Measure is null || d.FirstUnitPoints is null || d.AdditionalUnitPoints is null)
                {
                    Problem(path, "a per_unit rule needs measure, first_unit_points and additional_unit_points", "e.g. lessees, -10, -5");
                    return null;
                }

                var measure = ResolveMeasure(d.Measure, path + ".measure", allowLand: false);
                return measure is null ? null : new PerUnitAdjustment(d.Id, d.Label ?? string.Empty, measure, d.FirstUnitPoints.Value, d.AdditionalUnitPoints.Value, d.SizeClass, d.Category);
            default:
                Problem(path + ".type", $"unknown adjustment type '{d.Type}'", Suggest.Hint(d.Type, Names.AdjustmentTypes));
                return null;
        }
    }

    private ITierScheme? Tiering(TieringDto d, string path)
    {
        if (d.Scheme is null)
        {
            return null;
        }

        switch (d.Scheme)
        {
            case "quota_bands":
                if (d.A is not { } a || d.B is not { } b || d.C is not { } c || d.D is not { } dd)
                {
                    Problem(path, "quota_bands needs a, b, c and d (percent of rated firms)", "e.g. \"a\": 20, \"b\": 40, \"c\": 35, \"d\": 5");
                    return null;
                }

                if (new[] { a, b, c, dd }.Any(x => !(x >= 0)))
                {
                    Problem(path, $"bands {N(a)}/{N(b)}/{N(c)}/{N(dd)} include a negative percentage");
                    return null;
                }

                if (Math.Abs(a + b + c + dd - 100) > 1e-9)
                {
                    Problem(path, $"bands {N(a)}/{N(b)}/{N(c)}/{N(dd)} add up to {N(a + b + c + dd)}, not 100", "the four percentages must add up to 100");
                    return null;
                }

                if (d.MinimumScopeSizeForD is < 0)
                {
                    Problem(path + ".minimum_scope_size_for_d", "is negative");
                    return null;
                }

                return new QuotaBands(a, b, c, dd, d.Rounding ?? HeadcountRounding.Round, d.BoundaryTies ?? BoundaryTies.Majority, d.MinimumScopeSizeForD ?? 0);
            case "score_thresholds":
                NotAllowed(path, d.Scheme, ("d", d.D), ("rounding", d.Rounding), ("boundary_ties", d.BoundaryTies), ("minimum_scope_size_for_d", d.MinimumScopeSizeForD));
                if (d.A is not { } ta || d.B is not { } tb || d.C is not { } tc)
                {
                    Problem(path, "score_thresholds needs a, b and c (minimum totals)", "e.g. \"a\": 90, \"b\": 75, \"c\": 60");
                    return null;
                }

                if (!(ta >= tb && tb >= tc))
                {
                    Problem(path, $"thresholds A {N(ta)}, B {N(tb)}, C {N(tc)} do not descend", "a ≥ b ≥ c");
                    return null;
                }

                return new ScoreThresholds(ta, tb, tc);
            default:
                if (registry.TryGet<ITierScheme>(d.Scheme, out var custom))
                {
                    NotAllowed(path, d.Scheme, ("a", d.A), ("b", d.B), ("c", d.C), ("d", d.D), ("rounding", d.Rounding), ("boundary_ties", d.BoundaryTies), ("minimum_scope_size_for_d", d.MinimumScopeSizeForD));
                    return custom;
                }

                Problem(path + ".scheme", $"unknown tier scheme '{d.Scheme}'", Suggest.Hint(d.Scheme, [.. Names.TierSchemes, .. registry.NamesOf<ITierScheme>()]));
                return null;
        }
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

    private static bool PathExists(JsonNode root, string path)
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
                    return end == path.Length && KnownKeys.Value.Contains(key);
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
