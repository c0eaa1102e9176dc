using System.Globalization;
using EnterpriseScoring.Aggregation;
using EnterpriseScoring.Engine;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Scoring;

namespace EnterpriseScoring.Analysis;

/// <summary>
/// A finished evaluation with everything about the pools held as it is — benchmarks, scoring fits, weights, imputed
/// averages, the other firms' totals — so that one firm's figures can be changed and its total, rank and tier computed
/// again by the engine's own stages (ranking, tier scheme, limits, overrides, re-flow) without evaluating anything else.
/// </summary>
/// <remarks>Thread-safe after construction: every call works on its own buffers.</remarks>
internal sealed class HeldEvaluation
{
    private readonly Evaluation evaluation;
    private readonly FirmTable table;
    private readonly double[] land;
    private readonly ulong[][] overrideMasks;
    private readonly Lazy<PoolState>[] pools;

    public HeldEvaluation(Evaluation evaluation)
    {
        this.evaluation = evaluation;
        table = evaluation.UnitTable ?? evaluation.Table;
        land = new double[table.Count];
        if (evaluation.UnitTable is null)
        {
            evaluation.LandArea.CopyTo(land);
        }
        else
        {
            Array.Fill(land, double.NaN);
            for (var row = 0; row < evaluation.Table.Count; row++)
            {
                if (evaluation.PoolOf(row) is { } pool)
                {
                    land[pool.Rows[evaluation.PositionOf(row)]] = evaluation.LandArea[row];
                }
            }
        }

        var year = evaluation.Profile.EvaluationYear;
        overrideMasks = evaluation.Profile.Overrides.Select(rule => ConditionMask.Evaluate(rule.When, table, land, year)).ToArray();
        pools = Enumerable.Range(0, evaluation.PoolCount).Select(p => new Lazy<PoolState>(() => new PoolState(evaluation.PoolColumnsAt(p), table))).ToArray();
    }

    /// <summary>The evaluation held.</summary>
    public Evaluation Evaluation => evaluation;

    /// <summary>The table the pools' rows index: the evaluation's table, or its table of evaluation units when firms share parcels.</summary>
    public FirmTable Table => table;

    /// <summary>For each override rule of the profile, the rows of <see cref="Table"/> it matches.</summary>
    public ulong[][] OverrideMasks => overrideMasks;

    /// <summary>The firm's figures as they are (no change), or with <paramref name="changes"/> applied to its measures.</summary>
    /// <param name="row">A rated row of the evaluation.</param>
    /// <param name="changes">New values of some of the firm's measures; none for today's figures.</param>
    /// <param name="landArea">The firm's evaluated land area (亩) instead of the one its land measures give; null for that one. Not for a firm of a shared parcel.</param>
    public HeldFigures Figures(int row, IReadOnlyList<MeasureChange> changes, double? landArea = null)
    {
        var pool = evaluation.PoolOf(row)!;
        var position = evaluation.PositionOf(row);
        var unit = pool.Rows[position];
        var m = pool.Indicators.Count;
        var rules = evaluation.Profile.Overrides;
        var figures = new HeldFigures(m, rules.Count);
        if (changes.Count == 0 && landArea is null)
        {
            for (var j = 0; j < m; j++)
            {
                var column = pool.Indicators[j];
                figures.Values[j] = column.Values[position];
                figures.Numerators[j] = column.Numerators[position];
                figures.Denominators[j] = column.Denominators[position];
                figures.Outcomes[j] = column.Outcomes[position];
                figures.Scoring[j] = column.ScoringAt(position);
            }

            for (var r = 0; r < rules.Count; r++)
            {
                figures.OverrideMatches[r] = Internal.Bitset.IsSet(overrideMasks[r], unit);
            }

            figures.Land = land[unit];
            figures.Bonus = pool.Bonus[position];
            figures.Deduction = pool.Deduction[position];
            return figures;
        }

        var one = ChangedUnit(row, unit, changes);
        var area = new double[1];
        if (landArea is { } given)
        {
            if (evaluation.SharedParcelOf(row) is { } parcel)
            {
                throw new ArgumentException($"Firm {evaluation.Table.Ids[row]} shares parcel {parcel}: its land area cannot be held for a shared parcel; use WhatIfMode.Refitted with its land measures.", nameof(landArea));
            }

            area[0] = given;
        }
        else if (changes.Any(c => evaluation.Profile.Land.Measures.Contains(c.Measure)))
        {
            if (evaluation.SharedParcelOf(row) is { } parcel)
            {
                throw new ArgumentException($"Firm {evaluation.Table.Ids[row]} shares parcel {parcel}: a change of a land measure cannot be held for a shared parcel; use WhatIfMode.Refitted.", nameof(changes));
            }

            evaluation.Profile.Land.Compute(one, area);
        }
        else
        {
            area[0] = land[unit];
        }

        figures.Land = area[0];
        var only = new[] { 0 };
        for (var j = 0; j < m; j++)
        {
            pool.Indicators[j].Profile.Indicator.Compute(
                new IndicatorInput(one, area, only) { Context = evaluation.Context },
                figures.Numerators.AsSpan(j, 1),
                figures.Denominators.AsSpan(j, 1),
                figures.Values.AsSpan(j, 1),
                figures.Outcomes.AsSpan(j, 1));
            figures.Scoring[j] = pool.Indicators[j].Scoring;
            if (pool.Indicators[j].Scoring is EfficacyCoefficientScoring { HasTable: true } banded)
            {
                // The changed figures may move the firm to another size class: its row is looked up again.
                var outcome = new[] { figures.Outcomes[j] };
                figures.Scoring[j] = FirmStandards.Match(banded, one, only, outcome).MethodAt(0);
                figures.Outcomes[j] = outcome[0];
            }
        }

        var adjustments = new CompiledAdjustments(pool.Profile.Adjustments, one);
        adjustments.Points(0, out var bonus, out var deduction);
        (figures.Bonus, figures.Deduction) = (bonus, deduction);
        var year = evaluation.Profile.EvaluationYear;
        for (var r = 0; r < rules.Count; r++)
        {
            figures.OverrideMatches[r] = Internal.Bitset.IsSet(ConditionMask.Evaluate(rules[r].When, one, area, year), 0);
        }

        figures.ClassificationNote = Reclassified(row, one, area);
        return figures;
    }

    /// <summary>
    /// The firm's scores and total from <paramref name="figures"/> under the held pool: its data policies, the held scoring
    /// fits and weights, the missing-value policy (a pool-average score is the other firms' average as it is) and the
    /// aggregation (a method that does not sum scores, such as TOPSIS, aggregates the pool's normalised matrix with the
    /// firm's row replaced).
    /// </summary>
    /// <param name="row">A rated row of the evaluation.</param>
    /// <param name="figures">The firm's figures.</param>
    /// <param name="improve">Applied to each computed value (indicator index, value) before the data policies; null for none.</param>
    public HeldScore Score(int row, HeldFigures figures, Func<int, double, double>? improve = null)
    {
        var pool = evaluation.PoolOf(row)!;
        var position = evaluation.PositionOf(row);
        var m = pool.Indicators.Count;
        var score = new HeldScore(m);
        var f = CultureInfo.InvariantCulture;
        for (var j = 0; j < m && score.Status == FirmStatus.Rated; j++)
        {
            var column = pool.Indicators[j];
            var indicator = column.Profile.Indicator;
            var outcome = figures.Outcomes[j];
            var value = outcome == IndicatorOutcome.Computed && improve is not null ? improve(j, figures.Values[j]) : figures.Values[j];
            score.ValuesUsed[j] = value;
            if (outcome == IndicatorOutcome.InvalidLand)
            {
                (score.Status, score.Reason) = (FirmStatus.Rejected, $"{indicator.Id}: land area missing, ≤ 0 or too small / 用地面积无效");
            }
            else if (outcome != IndicatorOutcome.Computed && column.Profile.Missing.Treatment == MissingValueTreatment.Exclude)
            {
                (score.Status, score.Reason) = (FirmStatus.Excluded, $"{indicator.Id} ({indicator.ChineseName}) {PoolEvaluator.Describe(outcome)}; policy: exclude / 指标缺失不参评");
            }
            else if (outcome == IndicatorOutcome.Computed && value < 0)
            {
                if (column.Profile.Negative == NegativeValuePolicy.Reject)
                {
                    (score.Status, score.Reason) = (FirmStatus.Rejected, $"{indicator.Id} ({indicator.ChineseName}) is negative ({value.ToString("R", f)}); policy: reject / 指标为负");
                }
                else if (column.Profile.Negative == NegativeValuePolicy.ClampToZero)
                {
                    score.ValuesUsed[j] = 0;
                }
            }
        }

        if (score.Status != FirmStatus.Rated)
        {
            return score;
        }

        for (var j = 0; j < m; j++)
        {
            var column = pool.Indicators[j];
            var weight = column.Weight;
            if (figures.Outcomes[j] == IndicatorOutcome.Computed)
            {
                var fit = column.FitAt(position); // the firm's own benchmark (its industry group's, under an industry-mean benchmark)
                var normalised = fit is null ? 0 : figures.Scoring[j]!.Normalise(score.ValuesUsed[j], fit);
                var indicatorScore = fit is null ? 0 : weight * normalised;
                (score.Normalised[j], score.Scores[j]) = (normalised, indicatorScore);
                score.Sources[j] = fit is null ? ScoreSource.DegenerateBenchmark : ScoreSource.Computed;
                if (!double.IsFinite(indicatorScore) || !double.IsFinite(normalised))
                {
                    (score.Status, score.Reason) = (FirmStatus.Rejected, $"{column.Profile.Indicator.Id} = {score.ValuesUsed[j].ToString("R", f)} is out of range / 指标值超出可计算范围");
                    return score;
                }

                continue;
            }

            var missing = column.Profile.Missing;
            (score.Scores[j], score.Sources[j]) = missing.Treatment switch
            {
                MissingValueTreatment.PoolAverageScore => (PoolAverageScore(pool, j, position), ScoreSource.MissingPoolAverage),
                MissingValueTreatment.FixedScore => (missing.Points, ScoreSource.MissingFixedScore),
                _ => (0.0, ScoreSource.MissingScoredZero),
            };
            score.Normalised[j] = weight == 0 ? 0 : score.Scores[j] / weight;
        }

        score.Aggregate = Aggregate(pool, position, score);
        score.Total = score.Aggregate + figures.Bonus - figures.Deduction;
        if (!double.IsFinite(score.Total))
        {
            (score.Status, score.Reason) = (FirmStatus.Rejected, "total out of range / 总分超出可计算范围");
        }

        return score;
    }

    /// <summary>
    /// The firm's rank and tier in its ranking scope when its total is <paramref name="total"/> and it matches the override
    /// rules <paramref name="overrideMatches"/>, every other firm's total and matches held: the engine's ranking and tiering
    /// (scheme, limits, overrides, re-flow) on the scope.
    /// </summary>
    public HeldPlacement Place(int row, double total, bool[] overrideMatches)
    {
        var pool = evaluation.PoolOf(row)!;
        var state = pools[evaluation.PoolIndexOf(row)].Value;
        var position = evaluation.PositionOf(row);
        var scope = state.ScopeOf(position);
        var work = new PoolEvaluation(pool.Profile, table, state.Rows, []);
        foreach (var k in scope)
        {
            work.Totals[k] = pool.Totals[k];
        }

        work.Totals[position] = total;
        var masks = overrideMasks;
        var unit = state.Rows[position];
        for (var r = 0; r < masks.Length; r++)
        {
            if (Internal.Bitset.IsSet(masks[r], unit) != overrideMatches[r])
            {
                masks = masks == overrideMasks ? (ulong[][])overrideMasks.Clone() : masks;
                masks[r] = (ulong[])overrideMasks[r].Clone();
                masks[r][unit >> 6] ^= 1UL << (unit & 63);
            }
        }

        PoolEvaluator.Rank(work, table, scope, false);
        Tiering.Assign(work, scope, evaluation.Profile, masks);
        var tier = work.Tiers[position];
        return new HeldPlacement(work.Ranks[position], scope.Length, tier == 0 ? null : work.SchemeTiers[position], tier == 0 ? null : tier, work.Overrides[position] ?? [], work.TierNotes[position]);
    }

    /// <summary>The index of row <paramref name="row"/>'s ranking scope within its pool.</summary>
    public int ScopeKey(int row) => pools[evaluation.PoolIndexOf(row)].Value.ScopeIndexOf(evaluation.PositionOf(row));

    /// <summary>The totals of the other rated firms of row <paramref name="row"/>'s ranking scope.</summary>
    public double[] OtherTotals(int row)
    {
        var pool = evaluation.PoolOf(row)!;
        var position = evaluation.PositionOf(row);
        var scope = pools[evaluation.PoolIndexOf(row)].Value.ScopeOf(position);
        return scope.Where(k => k != position).Select(k => pool.Totals[k]).ToArray();
    }

    /// <summary>The id of a firm of the scope (other than row <paramref name="row"/>) whose total is <paramref name="total"/>, the smallest such id; null when none.</summary>
    public string? FirmWithTotal(int row, double total)
    {
        var pool = evaluation.PoolOf(row)!;
        var position = evaluation.PositionOf(row);
        var state = pools[evaluation.PoolIndexOf(row)].Value;
        return state.ScopeOf(position).Where(k => k != position && pool.Totals[k] == total)
            .Select(k => table.Ids[state.Rows[k]]).Order(StringComparer.Ordinal).FirstOrDefault();
    }

    private static double Aggregate(PoolColumns pool, int position, HeldScore score)
    {
        var aggregation = pool.Profile.Aggregation ?? KnownAggregationMethods.WeightedSum;
        if (CompiledPool.SumsScoresWith(aggregation))
        {
            double total = 0;
            foreach (var s in score.Scores)
            {
                total += s;
            }

            return total;
        }

        // The pool's normalised matrix of its rated firms (in position order, as the engine builds it), with this firm's row replaced.
        var m = pool.Indicators.Count;
        var rated = new List<int>(pool.RatedCount + 1);
        for (var k = 0; k < pool.Count; k++)
        {
            if (pool.Status[k] == FirmStatus.Rated || k == position)
            {
                rated.Add(k);
            }
        }

        var columns = new double[m][];
        var weights = new double[m];
        var self = rated.IndexOf(position);
        for (var j = 0; j < m; j++)
        {
            weights[j] = pool.Indicators[j].Weight;
            columns[j] = new double[rated.Count];
            for (var i = 0; i < rated.Count; i++)
            {
                columns[j][i] = i == self ? score.Normalised[j] : pool.Indicators[j].Normalised[rated[i]];
            }
        }

        var totals = new double[rated.Count];
        aggregation.Aggregate(DecisionMatrix.Wrap(columns, pool.Indicators.Select(c => c.Profile.Indicator.Id).ToArray(), new Direction[m], rated.Count), weights, totals);
        return totals[self];
    }

    /// <summary>The pool-average score a missing value gets: the firm's own imputed score when it had one, else the mean score of the other rated firms with a value.</summary>
    private static double PoolAverageScore(PoolColumns pool, int column, int position)
    {
        var c = pool.Indicators[column];
        if (c.Sources[position] == ScoreSource.MissingPoolAverage)
        {
            return c.Scores[position];
        }

        var scores = new List<double>(pool.RatedCount);
        for (var k = 0; k < pool.Count; k++)
        {
            if (k != position && pool.Status[k] == FirmStatus.Rated && c.Outcomes[k] == IndicatorOutcome.Computed)
            {
                scores.Add(c.Scores[k]);
            }
        }

        return scores.Count == 0 ? 0 : Internal.SortedNeumaier.Sum(scores.ToArray()) / scores.Count;
    }

    /// <summary>The evaluated unit of <paramref name="row"/> as a one-row table with <paramref name="changes"/> applied (for a firm of a shared parcel, each change moves the parcel's sum by the firm's own change).</summary>
    private FirmTable ChangedUnit(int row, int unit, IReadOnlyList<MeasureChange> changes)
    {
        var firm = table.GetFirm(unit);
        var measures = new Dictionary<string, double>(firm.Measures, StringComparer.Ordinal);
        var merged = evaluation.SharedParcelOf(row) is not null;
        foreach (var change in changes)
        {
            if (!table.HasMeasure(change.Measure))
            {
                throw new ArgumentException($"The input has no column for measure '{change.Measure.Id}': it cannot be changed.", nameof(changes));
            }

            if (merged)
            {
                if (change.Value is not { } value)
                {
                    throw new ArgumentException($"Firm {evaluation.Table.Ids[row]} shares a parcel: a measure cannot be set missing for a shared parcel; use WhatIfMode.Refitted.", nameof(changes));
                }

                var own = evaluation.Table.GetMeasure(change.Measure).TryGet(row, out var v) ? v : 0;
                measures[change.Measure.Id] = (measures.TryGetValue(change.Measure.Id, out var sum) ? sum : 0) + (value - own);
            }
            else if (change.Value is { } value)
            {
                measures[change.Measure.Id] = value;
            }
            else
            {
                measures.Remove(change.Measure.Id);
            }
        }

        var builder = new FirmTableBuilder(table.Measures, 1);
        builder.Add(firm.WithMeasures(measures));
        return builder.Build();
    }

    /// <summary>A note when the changed firm would take another eligibility rule or pool than it does today (the held figures keep it where it is).</summary>
    private string? Reclassified(int row, FirmTable one, double[] area)
    {
        var profile = evaluation.Profile;
        var year = profile.EvaluationYear;
        for (var e = 0; e < profile.Eligibility.Count; e++)
        {
            if (Internal.Bitset.IsSet(ConditionMask.Evaluate(profile.Eligibility[e].When, one, area, year), 0))
            {
                return $"with these figures eligibility rule '{profile.Eligibility[e].Id}' ({profile.Eligibility[e].Outcome}) would take the firm out of rating; the held figures keep it in its pool — evaluate with the re-fit to see it / 按变化后的数据该企业将不参评";
            }
        }

        for (var p = 0; p < profile.Pools.Count; p++)
        {
            if (Internal.Bitset.IsSet(ConditionMask.Evaluate(profile.Pools[p].Selector, one, area, year), 0))
            {
                return p == evaluation.PoolIndexOf(row) ? null
                    : $"with these figures the firm would belong to pool '{profile.Pools[p].Id}'; the held figures keep it in pool '{profile.Pools[evaluation.PoolIndexOf(row)].Id}' — evaluate with the re-fit to see it / 按变化后的数据该企业将属于其他分组";
            }
        }

        return "with these figures no pool matches the firm; the held figures keep it in its pool / 按变化后的数据该企业不属于任何分组";
    }

    /// <summary>A pool's rows and ranking scopes (computed once).</summary>
    private sealed class PoolState
    {
        private readonly int[] scopeIndex;
        private readonly int[][] scopes;

        public PoolState(PoolColumns pool, FirmTable table)
        {
            Rows = pool.Rows.ToArray();
            var work = new PoolEvaluation(pool.Profile, table, Rows, []);
            var rated = new List<int>(pool.RatedCount);
            for (var k = 0; k < pool.Count; k++)
            {
                if (pool.Status[k] == FirmStatus.Rated)
                {
                    rated.Add(k);
                }
            }

            scopes = PoolEvaluator.Scopes(work, table, rated.ToArray()).ToArray();
            scopeIndex = new int[Rows.Length];
            Array.Fill(scopeIndex, -1);
            for (var s = 0; s < scopes.Length; s++)
            {
                foreach (var k in scopes[s])
                {
                    scopeIndex[k] = s;
                }
            }
        }

        public int[] Rows { get; }

        public int[] ScopeOf(int position) => scopes[scopeIndex[position]];

        public int ScopeIndexOf(int position) => scopeIndex[position];
    }
}
