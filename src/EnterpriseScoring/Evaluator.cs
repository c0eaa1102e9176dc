using EnterpriseScoring.Aggregation;
using System.Diagnostics;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Diagnostics;
using EnterpriseScoring.Engine;
using EnterpriseScoring.Land;
using EnterpriseScoring.Scoring;

namespace EnterpriseScoring;

/// <summary>
/// A compiled, validated <see cref="EvaluationProfile"/>: evaluates batches of firms into an <see cref="Evaluation"/>.
/// </summary>
/// <remarks>
/// Immutable and thread-safe: one evaluator may evaluate many tables concurrently. Results do not depend on the
/// order of the input rows.
/// </remarks>
/// <example>
/// <code>
/// var evaluator = new Evaluator(profile);
/// var evaluation = evaluator.Evaluate(table);
/// Console.WriteLine(evaluation.Explain(evaluation.Results[0].Id));
/// </code>
/// </example>
public sealed class Evaluator
{
    private readonly CompiledPool[] pools;
    private readonly int degree;
    private readonly HashSet<string> acceptedMissing;

    /// <summary>Compiles and validates a profile.</summary>
    /// <param name="profile">The profile.</param>
    /// <exception cref="ProfileException">The profile is invalid; the message lists every problem.</exception>
    public Evaluator(EvaluationProfile profile)
        : this(profile, null)
    {
    }

    /// <summary>Compiles and validates a profile, with options.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="options">Options (defaults when null).</param>
    /// <exception cref="ProfileException">The profile is invalid; the message lists every problem.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="EvaluatorOptions.MaxDegreeOfParallelism"/> is 0 or below −1.</exception>
    /// <exception cref="ArgumentException"><see cref="EvaluatorOptions.AcceptMissingMeasures"/> holds an id that is empty or has white space.</exception>
    public Evaluator(EvaluationProfile profile, EvaluatorOptions? options)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Options = options ?? EvaluatorOptions.Default;
        if (Options.MaxDegreeOfParallelism is 0 or < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), Options.MaxDegreeOfParallelism, "MaxDegreeOfParallelism must be -1 or at least 1.");
        }

        foreach (var id in Options.AcceptMissingMeasures ?? [])
        {
            if (!IsMeasureId(id))
            {
                throw new ArgumentException($"AcceptMissingMeasures: '{id}' is not a measure id.", nameof(options));
            }
        }

        degree = Options.MaxDegreeOfParallelism;
        Validate(profile);
        Profile = profile;
        RequiredMeasures = RequiredMeasureCollector.Of(profile);
        acceptedMissing = new HashSet<string>(profile.AcceptMissingMeasures.Concat(Options.AcceptMissingMeasures ?? []), StringComparer.Ordinal);
        pools = profile.Pools.Select(p => new CompiledPool(
            p,
            p.Indicators.Select(i => i.Scoring ?? KnownScoringMethods.RatioToBenchmark).ToArray(),
            p.Aggregation ?? KnownAggregationMethods.WeightedSum)).ToArray();
    }

    /// <summary>The profile this evaluator was compiled from.</summary>
    public EvaluationProfile Profile { get; }

    /// <summary>The options.</summary>
    public EvaluatorOptions Options { get; }

    /// <summary>
    /// Every measure the profile reads — in the land strategy (and the strategies it wraps), eligibility conditions, pool
    /// selectors, indicators (every term), adjustments and overrides — with what reads it and what every firm gets when
    /// the measure is accepted as missing. The table evaluated must have a column for each (one whose cells are all blank
    /// counts) unless it is accepted as missing.
    /// </summary>
    public IReadOnlyList<MeasureRequirement> RequiredMeasures { get; }

    /// <summary>
    /// The measures of <see cref="RequiredMeasures"/> that <paramref name="table"/> has no column for, each with what needs
    /// it, the table's headers that look like it (<see cref="FirmTable.SourceHeaders"/>, or the ids of its custom measures
    /// for a table built in code) and whether it is accepted as missing (<see cref="EvaluationProfile.AcceptMissingMeasures"/>,
    /// <see cref="EvaluatorOptions.AcceptMissingMeasures"/>). Empty when the table has every column, and for a table built
    /// in code from no rows (such as <see cref="FirmTable.Empty"/>: no columns, no firm whose results could be wrong).
    /// </summary>
    /// <param name="table">The firms.</param>
    public IReadOnlyList<MissingMeasure> FindMissingMeasures(FirmTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.Count == 0 && table.SourceHeaders.Count == 0)
        {
            return []; // a table built in code from no rows (FirmTable.Empty) has no columns to check, and no firm to get wrong
        }

        List<MissingMeasure>? missing = null;
        foreach (var requirement in RequiredMeasures)
        {
            if (table.HasMeasure(requirement.Measure))
            {
                continue;
            }

            IEnumerable<string> headers = table.SourceHeaders.Count > 0 ? table.SourceHeaders : table.Measures.Where(m => !m.IsKnown).Select(m => m.Id);
            missing ??= [];
            missing.Add(new MissingMeasure(requirement.Measure, requirement.Uses, IO.HeaderSuggestions.For(requirement.Measure, headers), acceptedMissing.Contains(requirement.Measure.Id)));
        }

        return missing ?? (IReadOnlyList<MissingMeasure>)[];
    }

    /// <summary>Evaluates every firm of <paramref name="table"/>.</summary>
    /// <param name="table">The firms.</param>
    /// <param name="context">Prior-year data for prior-year benchmarks; none when null.</param>
    /// <returns>One result per row of <paramref name="table"/>.</returns>
    /// <remarks>
    /// A measure the profile reads that the table has no column for is an error (<see cref="MissingMeasuresException"/>)
    /// unless it is accepted as missing; then it counts as missing for every firm and the pool summary notes it (see
    /// <see cref="FindMissingMeasures"/>). Under a <see cref="SharedParcelMerge"/> land strategy the firms of a shared
    /// parcel are evaluated as one unit and each gets the unit's result.
    /// </remarks>
    /// <exception cref="MissingMeasuresException">The table lacks a measure the profile reads that is not accepted as missing.</exception>
    public Evaluation Evaluate(FirmTable table, EvaluationContext? context = null) => Evaluate(table, context, CancellationToken.None);

    /// <summary>Evaluates every firm of <paramref name="table"/>, stopping early when <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <param name="table">The firms.</param>
    /// <param name="context">Prior-year data for prior-year benchmarks; none when null.</param>
    /// <param name="cancellationToken">Checked between the stages of the evaluation and before every piece of work a stage
    /// splits into (a condition, a pool, an indicator column): a cancelled evaluation stops within one such piece.</param>
    /// <returns>One result per row of <paramref name="table"/>: the same as <see cref="Evaluate(FirmTable, EvaluationContext?)"/>.</returns>
    /// <remarks>
    /// Evaluation is CPU-bound and synchronous (a million firms take a fraction of a second); call it on a worker thread
    /// (<c>Task.Run</c>) when the caller must not block.
    /// </remarks>
    /// <exception cref="MissingMeasuresException">The table lacks a measure the profile reads that is not accepted as missing.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; nothing is returned.</exception>
    public Evaluation Evaluate(FirmTable table, EvaluationContext? context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        cancellationToken.ThrowIfCancellationRequested();
        var missing = FindMissingMeasures(table);
        if (missing.Any(m => !m.IsAccepted))
        {
            throw new MissingMeasuresException([.. missing.Where(m => !m.IsAccepted)]);
        }

        EvaluationDiagnostics.MissingAccepted(Profile.Name, missing, Options.Logger);
        using var activity = EvaluationDiagnostics.Start(Profile.Name, table.Count);
        var start = Stopwatch.GetTimestamp();
        try
        {
            var evaluation = EvaluateChecked(table, context, cancellationToken);
            EvaluationDiagnostics.Completed(activity, evaluation, start, Options.Logger);
            return evaluation;
        }
        catch (OperationCanceledException)
        {
            EvaluationDiagnostics.Cancelled(activity, Profile.Name, start, Options.Logger);
            throw;
        }
    }

    /// <summary>Evaluates a table that has every measure the profile needs.</summary>
    private Evaluation EvaluateChecked(FirmTable table, EvaluationContext? context, CancellationToken cancellationToken)
    {
        context ??= EvaluationContext.Empty;
        var evaluationUnits = Profile.Land.EvaluationUnits(table);
        context = Land.ParcelPriors.Align(context, table, evaluationUnits);
        if (evaluationUnits is { MergedUnits: > 0 } groups)
        {
            var units = groups.UnitTable(table);
            var merged = Run(units, (double[])groups.UnitArea.Clone(), context, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            return merged.Spread(table, groups, units);
        }

        var land = new double[table.Count];
        Profile.Land.Compute(table, land);
        return Run(table, land, context, cancellationToken);
    }

    /// <summary>Evaluates the rows of <paramref name="table"/>, whose evaluated areas are <paramref name="land"/>.</summary>
    private Evaluation Run(FirmTable table, double[] land, EvaluationContext context, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var n = table.Count;

        // Conditions are evaluated column-wise into bitsets, once per evaluation; a firm takes the first eligibility rule
        // that matches, else the first pool.
        var poolOf = new int[n];
        var eligibilityOf = new int[n];
        Array.Fill(poolOf, -1);
        Array.Fill(eligibilityOf, -1);
        var counts = new int[pools.Length];
        var eligibility = Profile.Eligibility;
        var overrides = Profile.Overrides;
        var conditions = new FirmCondition[eligibility.Count + pools.Length + overrides.Count];
        for (var c = 0; c < conditions.Length; c++)
        {
            conditions[c] = c < eligibility.Count ? eligibility[c].When
                : c < eligibility.Count + pools.Length ? pools[c - eligibility.Count].Profile.Selector
                : overrides[c - eligibility.Count - pools.Length].When;
        }

        var masks = new ulong[conditions.Length][];
        Parallelism.For(conditions.Length, degree, (long)n * conditions.Length, c => masks[c] = ConditionMask.Evaluate(conditions[c], table, land, Profile.EvaluationYear), cancellationToken);
        PhaseTimer.Mark("land+masks");
        cancellationToken.ThrowIfCancellationRequested();
        var remaining = Bitset.All(n);
        for (var e = 0; e < eligibility.Count; e++)
        {
            Claim(masks[e], remaining, eligibilityOf, e);
        }

        for (var p = 0; p < pools.Length; p++)
        {
            counts[p] = Claim(masks[eligibility.Count + p], remaining, poolOf, p);
        }

        var overrideMasks = masks[(eligibility.Count + pools.Length)..];
        var poolRows = new int[pools.Length][];
        var fill = new int[pools.Length];
        var positions = new int[n];
        for (var p = 0; p < pools.Length; p++)
        {
            poolRows[p] = new int[counts[p]];
        }

        for (var row = 0; row < n; row++)
        {
            var p = poolOf[row];
            if (p >= 0)
            {
                positions[row] = fill[p];
                poolRows[p][fill[p]++] = row;
            }
        }

        PhaseTimer.Mark("assign");
        var results = new PoolColumns[pools.Length];
        Parallelism.For(
            pools.Length,
            degree,
            n,
            p =>
            {
                var id = pools[p].Profile.Id;
                using var activity = EvaluationDiagnostics.StartPool(Profile.Name, id, poolRows[p].Length);
                var start = Stopwatch.GetTimestamp();
                results[p] = PoolEvaluator.Run(pools[p], table, land, poolRows[p], context, Profile, overrideMasks, degree, cancellationToken).ToColumns();
                EvaluationDiagnostics.PoolCompleted(Profile.Name, id, poolRows[p].Length, start, Options.Logger);
            },
            cancellationToken);

        PhaseTimer.Mark("pools");
        cancellationToken.ThrowIfCancellationRequested();
        var vetoes = IneligibleVetoes.Apply(Profile, eligibilityOf, overrideMasks);
        var evaluation = new Evaluation(Profile, table, land, poolOf, eligibilityOf, positions, results, vetoes) { Context = context };
        PhaseTimer.Mark("evaluation");
        return evaluation;
    }

    /// <summary>Assigns <paramref name="value"/> to the rows set in both <paramref name="mask"/> and <paramref name="remaining"/>, and takes them out of <paramref name="remaining"/>.</summary>
    /// <returns>The number of rows assigned.</returns>
    private static int Claim(ulong[] mask, ulong[] remaining, int[] target, int value)
    {
        var count = 0;
        for (var w = 0; w < mask.Length; w++)
        {
            var hit = mask[w] & remaining[w];
            remaining[w] &= ~hit;
            while (hit != 0)
            {
                target[(w << 6) + System.Numerics.BitOperations.TrailingZeroCount(hit)] = value;
                hit &= hit - 1;
                count++;
            }
        }

        return count;
    }

    /// <summary>Whether <paramref name="id"/> can be a measure id: not empty, no white space or control characters.</summary>
    private static bool IsMeasureId(string? id) => !string.IsNullOrWhiteSpace(id) && !id.Any(c => char.IsWhiteSpace(c) || char.IsControl(c));

    private static void Validate(EvaluationProfile profile)
    {
        var problems = new List<ProfileProblem>();
        if (string.IsNullOrWhiteSpace(profile.Name))
        {
            problems.Add(new("name", "is empty", "give the profile a name"));
        }

        for (var i = 0; i < (profile.AcceptMissingMeasures?.Count ?? 0); i++)
        {
            if (!IsMeasureId(profile.AcceptMissingMeasures![i]))
            {
                problems.Add(new($"accept_missing_measures[{i}]", $"'{profile.AcceptMissingMeasures[i]}' is not a measure id", "a measure id such as cod, without spaces"));
            }
        }

        if (profile.Pools is null || profile.Pools.Count == 0)
        {
            problems.Add(new("pools", "no pools", "define at least one pool, e.g. one that matches all firms"));
            throw new ProfileException(problems);
        }

        var poolIds = new HashSet<string>(StringComparer.Ordinal);
        for (var p = 0; p < profile.Pools.Count; p++)
        {
            var pool = profile.Pools[p];
            var path = $"pools[{p}]";
            if (string.IsNullOrWhiteSpace(pool.Id))
            {
                problems.Add(new(path + ".id", "is empty"));
            }
            else if (!poolIds.Add(pool.Id))
            {
                problems.Add(new(path + ".id", $"'{pool.Id}' is used by another pool", "pool ids must be unique"));
            }

            if (pool.Indicators is null || pool.Indicators.Count == 0)
            {
                problems.Add(new(path + ".indicators", "no indicators", "a pool needs at least one indicator"));
                continue;
            }

            var indicatorIds = new HashSet<string>(StringComparer.Ordinal);
            for (var j = 0; j < pool.Indicators.Count; j++)
            {
                var indicator = pool.Indicators[j];
                var ipath = $"{path}.indicators[{j}]";
                if (!indicatorIds.Add(indicator.Indicator.Id))
                {
                    problems.Add(new(ipath, $"indicator '{indicator.Indicator.Id}' appears twice in the pool"));
                }

                var scoring = indicator.Scoring ?? KnownScoringMethods.RatioToBenchmark;
                if (scoring.RequiresBenchmark && indicator.Benchmark is null)
                {
                    problems.Add(new(ipath + ".benchmark", $"scoring method '{scoring.Name}' needs a benchmark", "e.g. a fixed target or the pool mean"));
                }

                // A standard table scores each firm against its own industry × size row, so a per-firm industry benchmark beside
                // it would be computed and then ignored (or, worse, scored instead of the row): refuse the pair.
                if (scoring is EfficacyCoefficientScoring { HasTable: true } && indicator.Benchmark is Benchmarks.IndustryMeanBenchmark)
                {
                    problems.Add(new(ipath + ".benchmark", "an industry_mean benchmark cannot be given with efficacy_coefficient's standard_table, which already takes each firm's standards from its industry × size row", "remove the benchmark (the table's rows are the industry figures)"));
                }

                // Probe the method with an empty pool and B = 1: it rejects a direction it cannot score (e.g. an uncapped ratio for lower-is-better).
                try
                {
                    scoring.Fit([], 1.0, indicator.Indicator.Direction);
                }
                catch (ArgumentException ex)
                {
                    problems.Add(new(ipath + ".scoring", $"'{scoring.Name}' cannot score {indicator.Indicator.Id} ({indicator.Indicator.Direction}): {ex.Message}"));
                }
            }
        }

        for (var o = 0; o < (profile.Overrides?.Count ?? 0); o++)
        {
            var reach = profile.Overrides![o].AppliesToIneligible;
            if (reach is null || reach.Any(s => s is FirmStatus.Rated or FirmStatus.Rejected or FirmStatus.Excluded or FirmStatus.NotPooled))
            {
                problems.Add(new($"overrides[{o}].applies_to_ineligible", "lists a status that is not an eligibility outcome", "exempt, transition, collect_only, t_class or ungraded_as_b"));
            }
        }

        CheckTierSet(profile, problems);

        // Every numeric parameter in its documented range: then no total can be made non-finite by the profile alone.
        ProfileRanges.Check(profile, problems);
        if (problems.Count > 0)
        {
            throw new ProfileException(problems);
        }
    }

    /// <summary>Every pool's scheme grades into the profile's tier set, and every override names a tier of it.</summary>
    private static void CheckTierSet(EvaluationProfile profile, List<ProfileProblem> problems)
    {
        var set = profile.Tiers;
        for (var p = 0; p < profile.Pools.Count; p++)
        {
            if (profile.Pools[p].Tiering is { } scheme && scheme.TierCount != set.Count)
            {
                problems.Add(new($"pools[{p}].tiering", $"grades into {scheme.TierCount} tiers but the profile's tier set {set} has {set.Count}", "give one band (or one minimum per tier but the bottom one) for each tier of tier_set, best first"));
            }
        }

        for (var o = 0; o < (profile.Overrides?.Count ?? 0); o++)
        {
            var rule = profile.Overrides![o];
            if (OverrideRule.NeedsTarget(rule.Action) && rule.Target is null)
            {
                problems.Add(new($"overrides[{o}].tier", $"{Profiles.Json.ProfileJson.EnumName(rule.Action)} needs a tier", $"one of {string.Join(", ", set.Codes)}"));
            }
            else if (!OverrideRule.NeedsTarget(rule.Action) && rule.Target is not null)
            {
                problems.Add(new($"overrides[{o}].tier", $"{Profiles.Json.ProfileJson.EnumName(rule.Action)} names its own tier", "remove it, or use cap_at, floor_at, place_in or veto_place_in"));
            }
            else if (!set.Contains(rule.TargetTier))
            {
                problems.Add(new($"overrides[{o}].tier", $"'{set.CodeOf(rule.TargetTier)}' is not a tier of the profile's tier set {set}", $"one of {string.Join(", ", set.Codes)}"));
            }
        }

        if (profile.Consequences is { } schedule)
        {
            if (!Policies.KnownConsequenceSchedules.TryFitTo(schedule, set, out _, out var problem))
            {
                problems.Add(new("consequences", problem, Profiles.ProfileCompiler.OwnScheduleHint(schedule, set)));
                return;
            }

            void Check<TRule>(IReadOnlyList<TRule> rules, string key, Func<TRule, Tier> tierOf)
            {
                for (var r = 0; r < rules.Count; r++)
                {
                    var tier = tierOf(rules[r]);
                    if (tier is not (Tier.T or Tier.UngradedAsB) && !set.Contains(tier) && !Policies.KnownConsequenceSchedules.IsBuiltIn(schedule))
                    {
                        problems.Add(new($"consequences.{key}[{r}].tier", $"'{set.CodeOf(tier)}' is not a tier of the profile's tier set {set}", $"one of {string.Join(", ", set.Codes)}, t, ungraded_as_b"));
                    }
                }
            }

            Check(schedule.Surcharges, "surcharges", r => r.Tier);
            Check(schedule.QuotaCuts, "quota_cuts", r => r.Tier);
            Check(schedule.Notes, "notes", r => r.Tier);
        }
    }
}
