using System.Text.Json;
using System.Text.Json.Nodes;
using EnterpriseScoring.Adjustments;
using EnterpriseScoring.Aggregation;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Land;
using EnterpriseScoring.Policies;
using EnterpriseScoring.Pools;
using EnterpriseScoring.Profiles.Components;
using EnterpriseScoring.Profiles.Json;
using EnterpriseScoring.Reporting;
using EnterpriseScoring.Scoring;

namespace EnterpriseScoring.Profiles;

/// <summary>
/// Writes an <see cref="EvaluationProfile"/> as JSON in canonical form: resolved (no <c>extends</c>), keys in the
/// documented order, defaults omitted, built-in components by name with their options, registered components by
/// their registered name. Loading the output gives an equal profile.
/// </summary>
/// <remarks>Thread-safe. A component that is neither built-in nor registered cannot be written: register it in a
/// <see cref="ComponentRegistry"/> and pass the registry.</remarks>
public static class ProfileWriter
{
    /// <summary>The profile as JSON, with its metadata (<see cref="EvaluationProfile.Metadata"/>, if any).</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>Indented JSON with LF line endings.</returns>
    /// <exception cref="NotSupportedException">A component is custom code that is not registered.</exception>
    public static string ToJson(EvaluationProfile profile) => ToJson(profile, null, null);

    /// <summary>The profile as JSON.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="metadata">The metadata to write; the profile's own (<see cref="EvaluationProfile.Metadata"/>) when null.</param>
    /// <param name="registry">Registered custom components, written by name; or null.</param>
    /// <returns>Indented JSON with LF line endings, ending with a newline.</returns>
    /// <exception cref="NotSupportedException">A component is custom code that is not registered.</exception>
    public static string ToJson(EvaluationProfile profile, ProfileMetadata? metadata, ComponentRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var doc = new Writer(registry ?? new ComponentRegistry()).Document(profile, metadata ?? ProfileMetadata.Of(profile) ?? ProfileMetadata.Empty);
        return JsonSerializer.Serialize(doc, ProfileJson.Options.TypeInfo<ProfileDocument>()) + "\n";
    }

    /// <summary>
    /// SHA-256 (lower-case hex) of the profile's canonical JSON (<see cref="ToJson(EvaluationProfile, ProfileMetadata?, ComponentRegistry?)"/>
    /// with its own metadata, UTF-8): what run.json and the evaluation document (<see cref="Results.EvaluationJson"/>) record.
    /// </summary>
    /// <param name="profile">The profile.</param>
    /// <param name="registry">Registered custom components, written by name; or null.</param>
    /// <exception cref="NotSupportedException">A component is custom code that is not registered.</exception>
    public static string Sha256(EvaluationProfile profile, ComponentRegistry? registry = null) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(ToJson(profile, null, registry))));

    /// <summary>Writes the profile to a file (UTF-8 without BOM).</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="path">The file.</param>
    /// <param name="registry">Registered custom components, or null.</param>
    /// <exception cref="NotSupportedException">A component is custom code that is not registered.</exception>
    public static void Save(EvaluationProfile profile, string path, ComponentRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        File.WriteAllText(path, ToJson(profile, null, registry), new System.Text.UTF8Encoding(false));
    }

    private sealed class Writer
    {
        private readonly SortedSet<string> custom = new(StringComparer.Ordinal);
        private readonly ComponentRegistry registry;
        private readonly ComponentWriting components;

        public Writer(ComponentRegistry registry)
        {
            this.registry = registry;
            components = new ComponentWriting(registry, Note);
        }

        public ProfileDocument Document(EvaluationProfile p, ProfileMetadata m)
        {
            var doc = new ProfileDocument
            {
                Name = p.Name,
                Description = m.Description,
                Jurisdiction = Empty(p.Jurisdiction),
                EvaluationYear = p.EvaluationYear,
                CurrencyUnit = m.CurrencyUnit == "万元" ? null : m.CurrencyUnit,
                AreaUnit = m.AreaUnit == "亩" ? null : m.AreaUnit,
                Sources = m.Sources.Count == 0 ? null : m.Sources.Select(s => new SourceDto { Document = s.Document, Url = s.Url, What = s.What }).ToList(),
                Notes = m.Notes.Count == 0 ? null : [.. m.Notes],
                Assumptions = m.Assumptions.Count == 0 ? null : m.Assumptions.Select(a => new AssumptionDto { Path = a.Path, Note = a.Note }).ToList(),
                Land = ReferenceEquals(p.Land, KnownLandAreaStrategies.Certificate) ? null : ComponentCatalogs.LandAreaStrategies.Write(p.Land, components, ComponentUse.None),
                Eligibility = p.Eligibility.Count == 0 ? null : p.Eligibility.Select(e => new EligibilityDto { Id = e.Id, Label = Empty(e.Label), Outcome = Outcome(e.Outcome), When = Condition(e.When)! }).ToList(),
                Pools = p.Pools.Select(Pool).ToList(),
                Overrides = p.Overrides.Count == 0 ? null : p.Overrides.Select(o => new OverrideDto { Id = o.Id, Label = Empty(o.Label), Action = o.Action, Tier = o.Target is { } target ? p.Tiers.CodeOf(target) : null, When = Condition(o.When)!, AppliesToIneligible = Reach(o) }).ToList(),
                ReflowOverriddenSlots = p.ReflowOverriddenSlots ? true : null,
                Labels = p.Tiers.IsStandard ? Labels(p.Labels) : OwnLabels(p.Labels),
                TierSet = p.Tiers.IsStandard ? null : p.Tiers.Levels.Select(t => new TierDto { Code = p.Tiers.CodeOf(t), Label = p.Labels.Of(t) == TierSet.DefaultLabel(p.Tiers.CodeOf(t)) ? null : p.Labels.Of(t) }).ToList(),
                Consequences = p.Consequences is null ? null : Consequences(p.Consequences, p.Tiers),
                Display = Display(p.Display),
            };
            doc.Columns = m.Columns.Count == 0 ? null : m.Columns.Select(c => new ColumnDto { Header = c.Header, Measure = c.Measure, Unit = c.Unit }).ToList();
            foreach (var c in m.Columns)
            {
                Note(c.Measure);
            }

            doc.AcceptMissingMeasures = p.AcceptMissingMeasures.Count == 0 ? null : [.. p.AcceptMissingMeasures];
            foreach (var id in p.AcceptMissingMeasures)
            {
                Note(id);
            }

            doc.CustomMeasures = custom.Count == 0 ? null : [.. custom];
            return doc;
        }

        /// <summary>The <c>display</c> section: null for the default, else each part that is not the default.</summary>
        private static DisplayDto? Display(DisplayFormat display)
        {
            static PrecisionDto? Part(DisplayPrecision p) => p == DisplayPrecision.Default ? null : new PrecisionDto
            {
                Decimals = p.Decimals,
                Rounding = ProfileCompiler.RoundingKind(p.Rounding),
            };
            return display == DisplayFormat.Default ? null : new DisplayDto { Scores = Part(display.Scores), Totals = Part(display.Totals), Figures = Part(display.Figures) };
        }

        private static string? Empty(string? s) => string.IsNullOrEmpty(s) ? null : s;

        /// <summary>A veto's <c>applies_to_ineligible</c> when it is not the default (then it is left out); never for other rules.</summary>
        private static List<EligibilityOutcome>? Reach(OverrideRule rule) =>
            !rule.IsVeto || rule.AppliesToIneligible.ToHashSet().SetEquals(OverrideRule.DefaultIneligibleReach)
                ? null
                : [.. rule.AppliesToIneligible.Distinct().Order().Select(Outcome)];

        private static EligibilityOutcome Outcome(FirmStatus status) => status switch
        {
            FirmStatus.Exempt => EligibilityOutcome.Exempt,
            FirmStatus.Transition => EligibilityOutcome.Transition,
            FirmStatus.CollectOnly => EligibilityOutcome.CollectOnly,
            FirmStatus.TClass => EligibilityOutcome.TClass,
            FirmStatus.UngradedAsB => EligibilityOutcome.UngradedAsB,
            _ => throw new NotSupportedException($"Eligibility outcome {status} cannot be written; use exempt, transition, collect_only, t_class or ungraded_as_b."),
        };

        private ConditionDto? Condition(FirmCondition c)
        {
            foreach (var threshold in c.MeasureThresholds())
            {
                Note(threshold.Measure);
            }

            return new ConditionDto
            {
                SizeClass = c.SizeClass,
                MinLand = c.MinLand,
                MinLandInclusive = c.MinLandInclusive ? null : false,
                MaxLand = c.MaxLand,
                MaxLandInclusive = c.MaxLandInclusive ? true : null,
                IndustryPrefixes = c.IndustryPrefixes.Count == 0 ? null : [.. c.IndustryPrefixes],
                IndustryCodes = c.IndustryCodes.Count == 0 ? null : [.. c.IndustryCodes],
                RequiredTags = c.RequiredTags.Count == 0 ? null : [.. c.RequiredTags],
                AnyTags = c.AnyTags.Count == 0 ? null : [.. c.AnyTags],
                MeasureGreaterThan = Thresholds(c.MeasureGreaterThan),
                MeasureGreaterOrEqual = Thresholds(c.MeasureAtLeast),
                MeasureLessThan = Thresholds(c.MeasureBelow),
                MeasureLessOrEqual = Thresholds(c.MeasureAtMost),
                StartedWithinYears = c.StartedWithinYears,
                Regions = c.Regions.Count == 0 ? null : [.. c.Regions],
            };
        }

        private static Dictionary<string, double>? Thresholds(IReadOnlyDictionary<string, double> values) =>
            values.Count == 0 ? null : values.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);

        private void Note(string measureId)
        {
            if (!KnownMeasures.TryGet(measureId, out _))
            {
                custom.Add(measureId);
            }
        }

        private PoolDto Pool(PoolProfile p)
        {
            var selector = Condition(p.Selector);
            var weights = p.Indicators.Select(i => i.Weight).ToArray();
            return new PoolDto
            {
                Id = p.Id,
                Name = Empty(p.Name),
                Selector = p.Selector.ToString() == FirmCondition.All.ToString() ? null : selector,
                Indicators = p.Indicators.Select(Indicator).ToList(),
                Weighting = p.Weighting is null ? null : ComponentCatalogs.WeightingMethods.Write(p.Weighting, components, new ComponentUse { Weights = weights }),
                TotalPoints = p.TotalPoints,
                Aggregation = p.Aggregation is null or WeightedSumAggregation ? null : ComponentCatalogs.AggregationMethods.Write(p.Aggregation, components, ComponentUse.None),
                Adjustments = Adjustments(p.Adjustments),
                Ties = p.Ties == TiePolicy.Competition ? null : p.Ties,
                Scope = p.Scope == RankingScope.Pool ? null : p.Scope,
                Tiering = p.Tiering is null ? null : ComponentCatalogs.TierSchemes.Write(p.Tiering, components, ComponentUse.None),
                Limits = p.Limits.IsEmpty ? null : new LimitsDto { MaxAPercent = p.Limits.MaxAPercent, MinDPercent = p.Limits.MinDPercent, MaxDPercent = p.Limits.MaxDPercent },
            };
        }

        private IndicatorDto Indicator(IndicatorProfile i)
        {
            var dto = IndicatorDefinition(i.Indicator);
            dto.Weight = i.Weight == 0 ? null : i.Weight;
            dto.Scoring = i.Scoring is null ? null : ComponentCatalogs.ScoringMethods.Write(i.Scoring, components, ComponentUse.None);
            dto.Benchmark = i.Benchmark is null ? null : ComponentCatalogs.Benchmarks.Write(i.Benchmark, components, ComponentUse.None);
            dto.Missing = i.Missing.Treatment switch
            {
                MissingValueTreatment.Zero => null,
                MissingValueTreatment.PoolAverageScore => new MissingDto { Policy = MissingPolicyKind.PoolAverage },
                MissingValueTreatment.FixedScore => new MissingDto { Policy = MissingPolicyKind.FixedScore, Points = i.Missing.Points },
                _ => new MissingDto { Policy = MissingPolicyKind.Exclude },
            };
            dto.Negative = i.Negative == NegativeValuePolicy.Allow ? null : i.Negative;
            return dto;
        }

        private IndicatorDto IndicatorDefinition(IIndicator indicator)
        {
            if (registry.NameOf(indicator) is { } name || KnownIndicators.TryGet(indicator.Id, out var known) && ReferenceEquals(known, indicator))
            {
                return new IndicatorDto { Id = indicator.Id };
            }

            if (indicator is GrowthIndicator growth)
            {
                return new IndicatorDto
                {
                    Id = growth.Id,
                    ChineseName = growth.ChineseName == new GrowthIndicator(growth.Id, growth.Base, growth.Form).ChineseName ? null : growth.ChineseName,
                    EnglishName = growth.EnglishName == new GrowthIndicator(growth.Id, growth.Base, growth.Form).EnglishName ? null : growth.EnglishName,
                    Direction = growth.Direction == growth.Base.Direction ? null : growth.Direction,
                    Growth = new GrowthDto
                    {
                        Of = growth.Base.Id,
                        Form = growth.Form == GrowthForm.Rate ? null : growth.Form,
                        NegativePrior = growth.NegativePrior == NegativePriorPolicy.Missing || growth.Form != GrowthForm.Rate ? null : growth.NegativePrior,
                    },
                };
            }

            if (indicator is not RatioIndicator ratio)
            {
                throw Unsupported("indicator", indicator);
            }

            return new IndicatorDto
            {
                Id = ratio.Id,
                ChineseName = ratio.ChineseName == ratio.Id ? null : ratio.ChineseName,
                EnglishName = ratio.EnglishName == ratio.Id ? null : ratio.EnglishName,
                Unit = Empty(ratio.Unit),
                Direction = ratio.Direction == Direction.HigherIsBetter ? null : ratio.Direction,
                Numerator = ratio.Numerator.Select(Term).ToList(),
                Denominator = ratio.Denominator.Select(Term).ToList(),
                Scale = ratio.Scale == 1 ? null : ratio.Scale,
            };
        }

        private TermDto Term(IndicatorTerm t)
        {
            if (t.Measure is { } m)
            {
                Note(m.Id);
            }

            return new TermDto { Measure = t.Id, Coefficient = t.Coefficient == 1 ? null : t.Coefficient, Blank = t.BlankIsZero ? BlankTermKind.Zero : null };
        }

        private AdjustmentsDto? Adjustments(AdjustmentRules rules)
        {
            if (rules.Rules.Count == 0 && rules.CategoryCaps.Count == 0)
            {
                return null;
            }

            return new AdjustmentsDto
            {
                Rules = rules.Rules.Count == 0 ? null : rules.Rules.Select(r => ComponentCatalogs.AdjustmentRules.Write(r, components, ComponentUse.None)).ToList(),
                CategoryCaps = rules.CategoryCaps.Count == 0 ? null : rules.CategoryCaps.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal),
            };
        }

        /// <summary>The labels a profile with its own tier set states outside it: t and ungraded, when not the defaults.</summary>
        private static LabelsDto? OwnLabels(TierLabels labels)
        {
            var defaults = new TierLabels("A", "B", "C", "D");
            return labels.T == defaults.T && labels.Ungraded == defaults.Ungraded
                ? null
                : new LabelsDto { T = labels.T == defaults.T ? null : labels.T, Ungraded = labels.Ungraded == defaults.Ungraded ? null : labels.Ungraded };
        }

        private static LabelsDto? Labels(TierLabels labels)
        {
            foreach (var set in Names.LabelSets)
            {
                if (KnownTierLabels.TryGet(set, out var known) && known == labels)
                {
                    return set == "plain" ? null : new LabelsDto { Set = set };
                }
            }

            var defaults = new TierLabels("A", "B", "C", "D");
            return new LabelsDto
            {
                A = labels.A,
                B = labels.B,
                C = labels.C,
                D = labels.D,
                T = labels.T == defaults.T ? null : labels.T,
                Ungraded = labels.Ungraded == defaults.Ungraded ? null : labels.Ungraded,
            };
        }

        private static JsonNode Consequences(ConsequenceSchedule schedule, TierSet tiers)
        {
            string Code(Tier tier) => tiers.IsStandard ? ProfileJson.EnumName(tier) : tiers.CodeOf(tier);
            if (KnownConsequenceSchedules.All.Any(k => ReferenceEquals(k, schedule)))
            {
                return JsonValue.Create(schedule.Id);
            }

            var dto = new ConsequencesDto
            {
                Id = schedule.Id,
                Source = Empty(schedule.Source),
                Surcharges = schedule.Surcharges.Count == 0 ? null : schedule.Surcharges.Select(s => new SurchargeDto
                {
                    Id = s.Id,
                    Tier = Code(s.Tier),
                    Basis = s.Basis,
                    Amounts = s.Basis == SurchargeBasis.ConsecutiveYears ? [.. s.Amounts] : null,
                    ByYear = s.Basis == SurchargeBasis.CalendarYear
                        ? s.FromYears.Select((y, i) => (y, i)).ToDictionary(x => x.y.ToString(System.Globalization.CultureInfo.InvariantCulture), x => s.Amounts[x.i], StringComparer.Ordinal)
                        : null,
                    Source = Empty(s.Source),
                }).ToList(),
                QuotaCuts = schedule.QuotaCuts.Count == 0 ? null : schedule.QuotaCuts.Select(c => new QuotaCutDto { Id = c.Id, Tier = Code(c.Tier), Percent = c.Percent, Source = Empty(c.Source) }).ToList(),
                Notes = schedule.Notes.Count == 0 ? null : schedule.Notes.Select(n => new PolicyNoteDto { Id = n.Id, Tier = Code(n.Tier), Chinese = n.Chinese, English = n.English }).ToList(),
                TreatUngradedAsB = schedule.TreatUngradedAsB ? null : false,
            };
            return JsonSerializer.SerializeToNode(dto, ProfileJson.Options.TypeInfo<ConsequencesDto>())!;
        }

        private static NotSupportedException Unsupported(string what, object component) =>
            new($"The {what} {component.GetType().FullName} ('{component}') is custom code that JSON cannot express; register it in a ComponentRegistry and pass the registry to ProfileWriter.");
    }
}
