using EnterpriseScoring.Indicators;
using EnterpriseScoring.Profiles.Components;
using EnterpriseScoring.Profiles.Json;
using EnterpriseScoring.Scoring;

namespace EnterpriseScoring.Profiles;

/// <summary>The indicators of a pool: built-in, registered or defined as a ratio of measure sums; their weight, scoring, benchmark and policies.</summary>
internal sealed partial class ProfileCompiler
{
    private IndicatorProfile? IndicatorProfile(IndicatorDto d, string path, bool computedWeights, IReadOnlyList<IndicatorProfile> earlier)
    {
        var indicator = d.Growth is { } growth ? Growth(d, growth, path, earlier) : DefinedIndicator(d, path);
        if (d.Weight is { } w)
        {
            if (EnterpriseScoring.IndicatorProfile.WeightProblem(w) is { } problem)
            {
                Problem(path + ".weight", problem.Message, problem.Hint);
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
            if (denominator is not null && pe.BlankPollutant == BlankPollutantKind.NotEmitted)
            {
                denominator = [.. denominator.Select(t => t with { BlankIsZero = true })];
            }
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

        // Redefining a built-in id (e.g. over a custom measure) keeps what the id means to a reader: its names, its unit
        // and its direction are inherited when not given, and a different unit or direction is refused.
        var builtIn = KnownIndicators.TryGet(d.Id, out var redefined) ? redefined : null;
        if (builtIn is not null && d.Unit is { } unit && unit != builtIn.Unit)
        {
            Problem(path + ".unit", $"'{unit}' is not the unit of the built-in indicator {d.Id} ({builtIn.ChineseName}, {builtIn.Unit})",
                $"a redefinition of {d.Id} keeps its unit: omit 'unit', or give the indicator another id");
            return null;
        }

        if (builtIn is not null && d.Direction is { } direction && direction != builtIn.Direction)
        {
            Problem(path + ".direction", $"{d.Id} ({builtIn.ChineseName}) is {(builtIn.Direction == Direction.HigherIsBetter ? "higher_is_better" : "lower_is_better")}",
                $"a redefinition of {d.Id} keeps its direction: omit 'direction', or give the indicator another id");
            return null;
        }

        return Try(path, () => new RatioIndicator(d.Id, d.ChineseName ?? builtIn?.ChineseName ?? d.Id, d.EnglishName ?? builtIn?.EnglishName ?? d.Id,
            d.Unit ?? builtIn?.Unit ?? string.Empty, d.Direction ?? builtIn?.Direction ?? Direction.HigherIsBetter, numerator, denominator, d.Scale ?? 1));
    }

    /// <summary>The indicator of <paramref name="d"/> at <paramref name="path"/>, compiled once (a growth of another pool may need it first).</summary>
    private IIndicator? DefinedIndicator(IndicatorDto d, string path)
    {
        if (!compiledIndicators.TryGetValue(path, out var indicator))
        {
            compiledIndicators[path] = indicator = Indicator(d, path);
        }

        return indicator;
    }

    /// <summary>
    /// The indicator a growth of pool <paramref name="poolPath"/> grows when <paramref name="of"/> is defined (numerator and
    /// denominator) only in other pools: their one definition — the figure is the firm's own, whatever pool defines it —, or
    /// null with a problem when it is defined later in the growth's own pool or differently in two pools (and quietly when
    /// its definition has problems of its own, reported at its path).
    /// </summary>
    private IIndicator? DefinedElsewhere(string of, string poolPath, string path, out bool found)
    {
        var candidates = definitions.Where(x => x.Id == of).ToList();
        found = candidates.Count > 0;
        if (!found)
        {
            return null;
        }

        if (candidates.FirstOrDefault(x => x.PoolPath == poolPath) is { D: not null } later)
        {
            Problem(path + ".growth.of", $"'{of}' is defined later in this pool ({later.Path})", "list its definition before the growth indicator");
            return null;
        }

        var compiled = candidates.Select(x => (x.Path, Indicator: DefinedIndicator(x.D, x.Path))).ToList();
        if (compiled.Any(x => x.Indicator is null))
        {
            return null;
        }

        var first = compiled[0];
        if (compiled.FirstOrDefault(x => !SameFigure(x.Indicator!, first.Indicator!)) is { Path: not null } other)
        {
            Problem(path + ".growth.of", $"'{of}' is defined differently in {first.Path} and {other.Path}: which figure grows is ambiguous", "give the definitions one meaning, or define the figure in this pool before the growth indicator");
            return null;
        }

        return first.Indicator;
    }

    /// <summary>Whether two definitions compute the same figure: formula, unit, scale and direction.</summary>
    private static bool SameFigure(IIndicator a, IIndicator b) =>
        a.Formula == b.Formula && a.Unit == b.Unit && a.Scale.Equals(b.Scale) && a.Direction == b.Direction && a.UsesLand == b.UsesLand;

    /// <summary>A growth indicator: the growth of a built-in or registered indicator, of one listed earlier in the pool, or of one defined in another pool.</summary>
    private GrowthIndicator? Growth(IndicatorDto d, GrowthDto g, string path, IReadOnlyList<IndicatorProfile> earlier)
    {
        NotAllowed(path, "a growth indicator (its unit and scale follow from growth.form)",
            ("numerator", d.Numerator), ("denominator", d.Denominator), ("pollution_equivalents", d.PollutionEquivalents), ("unit", d.Unit), ("scale", d.Scale));
        if (d.Id is null || g.Of is null)
        {
            return null;
        }

        if (!IsIdentifier(d.Id))
        {
            Problem(path + ".id", $"'{d.Id}' is not a valid id", "use snake_case without spaces");
            return null;
        }

        if (KnownIndicators.TryGet(d.Id, out var taken))
        {
            Problem(path + ".id", $"'{d.Id}' is the built-in indicator {taken.ChineseName}", "give the growth indicator its own id, e.g. " + g.Of + "_growth");
            return null;
        }

        var form = g.Form ?? GrowthForm.Rate;
        if (form == GrowthForm.PercentagePoints && g.NegativePrior is not null)
        {
            Problem(path + ".growth.negative_prior", "'negative_prior' is only used by the rate form", "remove it: percentage points use any prior value");
        }

        IIndicator? of = earlier.FirstOrDefault(i => i.Indicator.Id == g.Of)?.Indicator;
        if (of is null && !KnownIndicators.TryGet(g.Of, out of) && !registry.TryGet(g.Of, out of))
        {
            of = DefinedElsewhere(g.Of, path[..path.LastIndexOf(".indicators[", StringComparison.Ordinal)], path, out var defined);
            if (of is null)
            {
                if (!defined)
                {
                    Problem(path + ".growth.of", $"unknown indicator '{g.Of}'",
                        Suggest.Hint(g.Of, [.. Names.IndicatorIds, .. registry.NamesOf<IIndicator>(), .. earlier.Select(i => i.Indicator.Id), .. definitions.Select(x => x.Id).Distinct()], "a built-in id (e.g. tax_per_mu), a registered indicator, an indicator listed earlier in the same pool, or one defined in another pool"));
                }

                return null;
            }
        }

        if (of is GrowthIndicator)
        {
            Problem(path + ".growth.of", $"'{g.Of}' is itself a growth indicator", "grow the underlying figure instead, e.g. " + ((GrowthIndicator)of).Base.Id);
            return null;
        }

        if (of.Id == d.Id)
        {
            Problem(path + ".growth.of", $"'{d.Id}' cannot be the growth of itself", "give the growth indicator its own id, e.g. " + g.Of + "_growth");
            return null;
        }

        return Try(path, () => new GrowthIndicator(d.Id, of, form, g.NegativePrior ?? NegativePriorPolicy.Missing, d.ChineseName, d.EnglishName, d.Direction));
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
                if (t.Blank == BlankTermKind.Zero)
                {
                    ok = Problem(tpath + ".blank", "the land term cannot count a blank as 0", "a missing land area is a data error for the firm; remove 'blank'");
                }

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
                result.Add(new IndicatorTerm(measure, t.Coefficient ?? 1) { BlankIsZero = t.Blank == BlankTermKind.Zero });
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
}
