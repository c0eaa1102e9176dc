using System.Buffers;
using System.Globalization;
using EnterpriseScoring.Aggregation;
using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Internal;
using EnterpriseScoring.Pools;
using EnterpriseScoring.Scoring;

namespace EnterpriseScoring.Engine;

/// <summary>
/// Runs the stages for one pool: indicators → data checks and policies → benchmarks → weights → normalisation and
/// scores → missing-value imputation → aggregation → adjustments → ranking.
/// </summary>
internal static class PoolEvaluator
{
    /// <summary>Evaluates one pool.</summary>
    /// <param name="pool">The compiled pool.</param>
    /// <param name="table">The firms.</param>
    /// <param name="land">The evaluated land area of every table row.</param>
    /// <param name="rows">The table rows in the pool, ascending.</param>
    /// <param name="context">Prior-year data.</param>
    /// <param name="evaluationProfile">The profile (overrides, year).</param>
    /// <param name="overrideMasks">The rows each override rule matches.</param>
    /// <param name="degree">The most threads to use for the pool's indicator columns (see <see cref="Parallelism"/>).</param>
    public static PoolEvaluation Run(CompiledPool pool, FirmTable table, double[] land, int[] rows, EvaluationContext context, EvaluationProfile evaluationProfile, ulong[][] overrideMasks, int degree = 1)
    {
        var profile = pool.Profile;
        var n = rows.Length;
        var m = profile.Indicators.Count;
        var columns = new IndicatorColumnResult[m];
        var work = (long)n * m;

        // Indicator columns are independent until the data policies combine them: computed, benchmarked and scored one
        // column per thread (each column sequentially, so the results do not depend on the thread count).
        Parallelism.For(m, degree, work, j =>
        {
            var column = new IndicatorColumnResult(profile.Indicators[j], pool.Scoring[j], n);
            column.Profile.Indicator.Compute(new IndicatorInput(table, land, rows), column.Numerators, column.Denominators, column.Values, column.Outcomes);
            var absent = column.Profile.Indicator.Measures.Where(measure => !table.HasMeasure(measure)).Select(measure => measure.Id).ToArray();
            if (absent.Length > 0 && n > 0)
            {
                column.Note = $"the input has no column for {string.Join(", ", absent)}: every firm is missing it / 输入数据缺少该列";
            }

            columns[j] = column;
        });

        PhaseTimer.Mark("indicators");
        var result = new PoolEvaluation(profile, table, rows, columns);
        PhaseTimer.Mark("alloc");
        ApplyDataPolicies(result, land);
        var rated = RatedPositions(result);
        PhaseTimer.Mark("policies");

        // A firm whose score or total is not a finite number (absurd data under a scoring that grows with the value, such
        // as an uncapped x / B) is rejected as out of range, and the pool is computed again without it, so that it
        // moves no benchmark, weight, average or ranking. Each pass removes at least one firm; usually there is one pass.
        var inputNotes = Array.ConvertAll(columns, c => c.Note);
        for (var pass = 0; ; pass++)
        {
            if (pass > 0)
            {
                rated = RatedPositions(result);
                for (var j = 0; j < m; j++)
                {
                    (columns[j].Note, columns[j].Fit, columns[j].Benchmark) = (inputNotes[j], null, null);
                }
            }

            Parallelism.For(m, degree, work, j => ComputeBenchmarkAndFit(profile.Id, columns[j], rated, context));

            PhaseTimer.Mark("bench+fit");
            ComputeWeights(pool, result, table, rated);
            var outOfRange = new int[m];
            Parallelism.For(m, degree, work, j => outOfRange[j] = ScoreColumn(columns[j], rated));

            PhaseTimer.Mark("score");
            if (outOfRange.Any(count => count > 0))
            {
                RejectScoresOutOfRange(result, rated);
                continue;
            }

            Aggregate(pool, result, rated);
            PhaseTimer.Mark("aggregate");
            if (Adjust(result, table, rated))
            {
                continue;
            }

            PhaseTimer.Mark("adjust");
            break;
        }

        result.RatedCount = rated.Length;
        foreach (var scope in Scopes(result, table, rated))
        {
            Rank(result, table, scope, degree != 1);
            PhaseTimer.Mark("rank");
            Tiering.Assign(result, scope, evaluationProfile, overrideMasks);
            PhaseTimer.Mark("tier");
        }

        return result;
    }

    private static void ApplyDataPolicies(PoolEvaluation result, double[] land)
    {
        var f = CultureInfo.InvariantCulture;
        for (var k = 0; k < result.Rows.Length; k++)
        {
            foreach (var column in result.Indicators)
            {
                var indicator = column.Profile.Indicator;
                var outcome = column.Outcomes[k];
                column.ValuesUsed[k] = column.Values[k];
                if (result.Status[k] != FirmStatus.Rated)
                {
                    continue;
                }

                if (outcome == IndicatorOutcome.InvalidLand)
                {
                    result.Status[k] = FirmStatus.Rejected;
                    result.Reasons[k] = InvalidLandReason(indicator, land[result.Rows[k]], column.Numerators[k]);
                }
                else if (outcome != IndicatorOutcome.Computed && column.Profile.Missing.Treatment == MissingValueTreatment.Exclude)
                {
                    result.Status[k] = FirmStatus.Excluded;
                    result.Reasons[k] = $"{indicator.Id} ({indicator.ChineseName}) {Describe(outcome)}; policy: exclude / 指标缺失不参评";
                }
                else if (outcome == IndicatorOutcome.Computed && column.Values[k] < 0)
                {
                    switch (column.Profile.Negative)
                    {
                        case NegativeValuePolicy.Reject:
                            result.Status[k] = FirmStatus.Rejected;
                            result.Reasons[k] = $"{indicator.Id} ({indicator.ChineseName}) is negative ({column.Values[k].ToString("R", f)}); policy: reject / 指标为负";
                            break;
                        case NegativeValuePolicy.ClampToZero:
                            column.ValuesUsed[k] = 0;
                            break;
                    }
                }
            }
        }
    }

    /// <summary>Why <paramref name="indicator"/> could not use the land area <paramref name="area"/>: missing or ≤ 0, below the minimum, or a value that overflows.</summary>
    private static string InvalidLandReason(Indicators.IIndicator indicator, double area, double numerator)
    {
        var f = CultureInfo.InvariantCulture;
        if (!(area > 0))
        {
            return $"land area missing or ≤ 0, needed by {indicator.Id} ({indicator.ChineseName}) / 用地面积缺失或为0";
        }

        if (!Land.LandAreaLimits.IsUsable(area))
        {
            return $"land area {area.ToString("R", f)} 亩 is below the minimum {Land.LandAreaLimits.MinimumMu.ToString("R", f)} 亩 (1 ㎡), needed by {indicator.Id} ({indicator.ChineseName}) / 用地面积过小";
        }

        return $"{indicator.Id} ({indicator.ChineseName}) over the land area {area.ToString("R", f)} 亩 is not a finite number (numerator {numerator.ToString("R", f)}): the land area is too small for the figure / 亩均值溢出";
    }

    internal static string Describe(IndicatorOutcome outcome) => outcome switch
    {
        IndicatorOutcome.MissingMeasure => "is missing (a measure is not reported)",
        IndicatorOutcome.ZeroDenominator => "is missing (its denominator is 0)",
        IndicatorOutcome.NegativeDenominator => "is missing (its denominator is negative)",
        IndicatorOutcome.InvalidLand => "is missing (land area missing, ≤ 0 or too small)",
        _ => "computed",
    };

    private static int[] RatedPositions(PoolEvaluation result)
    {
        var count = 0;
        foreach (var s in result.Status)
        {
            count += s == FirmStatus.Rated ? 1 : 0;
        }

        var rated = new int[count];
        var i = 0;
        for (var k = 0; k < result.Status.Length; k++)
        {
            if (result.Status[k] == FirmStatus.Rated)
            {
                rated[i++] = k;
            }
        }

        return rated;
    }

    private static void ComputeBenchmarkAndFit(string poolId, IndicatorColumnResult column, int[] rated, EvaluationContext context)
    {
        var present = 0;
        foreach (var k in rated)
        {
            present += column.Outcomes[k] == IndicatorOutcome.Computed ? 1 : 0;
        }

        var values = ArrayPool<double>.Shared.Rent(Math.Max(1, present));
        var numerators = ArrayPool<double>.Shared.Rent(Math.Max(1, present));
        var denominators = ArrayPool<double>.Shared.Rent(Math.Max(1, present));
        try
        {
            var i = 0;
            foreach (var k in rated)
            {
                if (column.Outcomes[k] == IndicatorOutcome.Computed)
                {
                    values[i] = column.ValuesUsed[k];
                    // A negative value clamped to 0 contributes 0 to a ratio-of-sums benchmark too.
                    numerators[i] = column.ValuesUsed[k] == column.Values[k] ? column.Numerators[k] : 0;
                    denominators[i] = column.Denominators[k];
                    i++;
                }
            }

            var v = values.AsSpan(0, present);
            var benchmark = double.NaN;
            if (column.Profile.Benchmark is { } b)
            {
                var prior = context.GetPrior(poolId, column.Profile.Indicator.Id);
                var input = new BenchmarkInput(v, numerators.AsSpan(0, present), denominators.AsSpan(0, present))
                {
                    PriorValues = prior is null ? default : prior.Values,
                    PriorNumerators = prior is null ? default : prior.Numerators,
                    PriorDenominators = prior is null ? default : prior.Denominators,
                };
                var computed = b.Compute(input);
                column.Benchmark = computed;
                benchmark = computed.Value;
            }

            if (column.Scoring.RequiresBenchmark && !(benchmark > 0))
            {
                column.Note = (column.Note is null ? string.Empty : column.Note + "; ") + $"benchmark is {benchmark.ToString("R", CultureInfo.InvariantCulture)} (not > 0): every firm scores 0 on {column.Profile.Indicator.Id} / 基准值不大于0，该指标计0分";
                return;
            }

            column.Fit = column.Scoring.Fit(FitIgnoresValues(column.Scoring) ? ReadOnlySpan<double>.Empty : v, benchmark, column.Profile.Indicator.Direction);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(values);
            ArrayPool<double>.Shared.Return(numerators);
            ArrayPool<double>.Shared.Return(denominators);
        }
    }

    /// <summary>
    /// Whether <paramref name="scoring"/> scores from B and the direction alone, never from the pool's values
    /// (<see cref="IScoringMethod.FitReadsValues"/> is false): then the fit
    /// is made from no values, which skips <see cref="ScoringFit"/>'s sort of the whole column (the largest cost of a big
    /// pool) and gives the same scores and explanations (tested in Performance/FitShortcutTests).
    /// </summary>
    internal static bool FitIgnoresValues(IScoringMethod scoring) => !scoring.FitReadsValues;

    private static void ComputeWeights(CompiledPool pool, PoolEvaluation result, FirmTable table, int[] rated)
    {
        var profile = pool.Profile;
        var columns = result.Indicators;
        var m = columns.Length;
        var f = CultureInfo.InvariantCulture;
        if (profile.Weighting is null)
        {
            double sum = 0;
            foreach (var c in columns)
            {
                sum += c.Profile.Weight;
            }

            var scale = profile.TotalPoints is { } total ? total / sum : 1.0;
            for (var j = 0; j < m; j++)
            {
                columns[j].Weight = columns[j].Profile.Weight * scale;
            }

            result.WeightNote = scale == 1.0
                ? $"fixed weights (sum {sum.ToString("0.####", f)})"
                : $"fixed weights rescaled from sum {sum.ToString("0.####", f)} to {profile.TotalPoints!.Value.ToString("0.####", f)}";
            return;
        }

        // Computed weights: on the rated firms that have every indicator.
        var complete = new List<int>(rated.Length);
        foreach (var k in rated)
        {
            var all = true;
            foreach (var c in columns)
            {
                all &= c.Outcomes[k] == IndicatorOutcome.Computed;
            }

            if (all)
            {
                complete.Add(k);
            }
        }

        // The weighting kernels sum in row order; feeding them the firms in id order makes the weights independent of
        // the input's row order, bit for bit (equal ids, possible outside the readers, fall back to the values).
        complete.Sort((x, y) =>
        {
            var byId = string.CompareOrdinal(table.Ids[result.Rows[x]], table.Ids[result.Rows[y]]);
            for (var j = 0; byId == 0 && j < columns.Length; j++)
            {
                byId = columns[j].ValuesUsed[x].CompareTo(columns[j].ValuesUsed[y]);
            }

            return byId;
        });

        var points = profile.TotalPoints ?? 100.0;
        if (complete.Count < 2)
        {
            for (var j = 0; j < m; j++)
            {
                columns[j].Weight = points / m;
            }

            result.WeightNote = $"{profile.Weighting.Name}: fewer than 2 firms with every indicator; equal weights used";
            return;
        }

        var matrixColumns = new double[m][];
        for (var j = 0; j < m; j++)
        {
            matrixColumns[j] = new double[complete.Count];
            for (var i = 0; i < complete.Count; i++)
            {
                matrixColumns[j][i] = columns[j].ValuesUsed[complete[i]];
            }
        }

        var matrix = new DecisionMatrix(
            matrixColumns,
            columns.Select(c => c.Profile.Indicator.Id).ToArray(),
            columns.Select(c => c.Profile.Indicator.Direction).ToArray());
        var weighting = profile.Weighting.ComputeWeights(matrix);
        result.Weighting = weighting;
        for (var j = 0; j < m; j++)
        {
            columns[j].Weight = weighting.Weights[j] * points;
        }

        result.WeightNote = $"{weighting.Method} weights computed on {complete.Count} firms with every indicator, × {points.ToString("0.####", f)} points";
    }

    /// <summary>Normalises and scores the column for the rated firms.</summary>
    /// <returns>The number of firms whose value gives a score that is not a finite number.</returns>
    private static int ScoreColumn(IndicatorColumnResult column, int[] rated)
    {
        var outOfRange = 0;
        var weight = column.Weight;
        column.Sources.AsSpan().Fill(ScoreSource.NotRated);

        // The rated firms with a value are normalised in one NormaliseAll call (same results as Normalise, by contract and
        // tested for the built-ins) on a gathered, pooled buffer, then scattered back.
        double presentScoreSum = 0;
        var presentCount = 0;
        var outcomes = column.Outcomes;
        var valuesUsed = column.ValuesUsed;
        var positions = ArrayPool<int>.Shared.Rent(Math.Max(1, rated.Length));
        var gathered = ArrayPool<double>.Shared.Rent(Math.Max(1, rated.Length));
        var normalised = ArrayPool<double>.Shared.Rent(Math.Max(1, rated.Length));
        try
        {
            foreach (var k in rated)
            {
                if (outcomes[k] == IndicatorOutcome.Computed)
                {
                    positions[presentCount] = k;
                    gathered[presentCount] = valuesUsed[k];
                    presentCount++;
                }
            }

            if (column.Fit is null)
            {
                normalised.AsSpan(0, presentCount).Clear();
            }
            else
            {
                column.Scoring.NormaliseAll(gathered.AsSpan(0, presentCount), column.Fit, normalised.AsSpan(0, presentCount));
            }

            var source = column.Fit is null ? ScoreSource.DegenerateBenchmark : ScoreSource.Computed;
            for (var i = 0; i < presentCount; i++)
            {
                var k = positions[i];
                var score = column.Fit is null ? 0 : weight * normalised[i];
                outOfRange += double.IsFinite(score) && double.IsFinite(normalised[i]) ? 0 : 1;
                column.Normalised[k] = normalised[i];
                column.Scores[k] = score;
                column.Sources[k] = source;
                gathered[i] = score;
            }

            // The pool-average score imputes missing values; it is needed only when the policy asks for it and a rated firm
            // lacks the value (an order-independent sum of the whole column costs a sort).
            if (column.Profile.Missing.Treatment == MissingValueTreatment.PoolAverageScore && presentCount < rated.Length)
            {
                presentScoreSum = SortedNeumaier.Sum(gathered.AsSpan(0, presentCount)); // = CompensatedSum.SortedSum, bit for bit, without a comparison sort
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(positions);
            ArrayPool<double>.Shared.Return(gathered);
            ArrayPool<double>.Shared.Return(normalised);
        }

        column.PoolAverageScore = presentCount == 0 ? 0 : presentScoreSum / presentCount;
        var missing = column.Profile.Missing;
        foreach (var k in rated)
        {
            if (column.Outcomes[k] == IndicatorOutcome.Computed)
            {
                continue;
            }

            (column.Scores[k], column.Sources[k]) = missing.Treatment switch
            {
                MissingValueTreatment.PoolAverageScore => (column.PoolAverageScore, ScoreSource.MissingPoolAverage),
                MissingValueTreatment.FixedScore => (missing.Points, ScoreSource.MissingFixedScore),
                _ => (0.0, ScoreSource.MissingScoredZero),
            };
            column.Normalised[k] = weight == 0 ? 0 : column.Scores[k] / weight;
        }

        return outOfRange;
    }

    /// <summary>
    /// Rejects each rated firm with an indicator whose computed value gives a score that is not a finite number (the
    /// firms that only received such a score as the pool average are not the cause and stay: the next pass recomputes it).
    /// </summary>
    private static void RejectScoresOutOfRange(PoolEvaluation result, int[] rated)
    {
        var f = CultureInfo.InvariantCulture;
        foreach (var k in rated)
        {
            foreach (var column in result.Indicators)
            {
                if (column.Sources[k] == ScoreSource.Computed && !(double.IsFinite(column.Scores[k]) && double.IsFinite(column.Normalised[k])))
                {
                    var indicator = column.Profile.Indicator;
                    result.Status[k] = FirmStatus.Rejected;
                    result.Reasons[k] = $"{indicator.Id} ({indicator.ChineseName}) = {column.ValuesUsed[k].ToString("R", f)} is out of range: its score ({column.Scoring.Name}, weight {column.Weight.ToString("R", f)}) is not a finite number / 指标值超出可计算范围";
                    result.Adjustments.Unmark(k); // adjusted in an earlier pass
                    break;
                }
            }
        }
    }

    private static void Aggregate(CompiledPool pool, PoolEvaluation result, int[] rated)
    {
        var columns = result.Indicators;
        if (pool.SumsScores)
        {
            foreach (var k in rated)
            {
                double total = 0;
                foreach (var c in columns)
                {
                    total += c.Scores[k];
                }

                result.Aggregates[k] = total;
            }

            return;
        }

        var matrixColumns = new double[columns.Length][];
        var weights = new double[columns.Length];
        for (var j = 0; j < columns.Length; j++)
        {
            weights[j] = columns[j].Weight;
            matrixColumns[j] = new double[rated.Length];
            for (var i = 0; i < rated.Length; i++)
            {
                matrixColumns[j][i] = columns[j].Normalised[rated[i]];
            }
        }

        var totals = new double[rated.Length];
        var matrix = DecisionMatrix.Wrap(matrixColumns, columns.Select(c => c.Profile.Indicator.Id).ToArray(), new Direction[columns.Length], rated.Length);
        pool.Aggregation.Aggregate(matrix, weights, totals);
        for (var i = 0; i < rated.Length; i++)
        {
            result.Aggregates[rated[i]] = totals[i];
        }
    }

    /// <summary>Adds bonuses and deductions to the aggregates of the rated firms.</summary>
    /// <returns>Whether a firm was rejected because its total is not a finite number.</returns>
    private static bool Adjust(PoolEvaluation result, FirmTable table, int[] rated)
    {
        var rejected = false;
        var rules = new CompiledAdjustments(result.Profile.Adjustments, table);
        var rows = result.Rows;
        var aggregates = result.Aggregates;
        var totals = result.Totals;
        foreach (var k in rated)
        {
            double bonus = 0, deduction = 0;
            if (!rules.IsEmpty && rules.Points(rows[k], out bonus, out deduction))
            {
                result.Adjustments.Mark(k);
            }

            result.Bonus[k] = bonus;
            result.Deduction[k] = deduction;
            totals[k] = aggregates[k] + bonus - deduction;
            if (!double.IsFinite(totals[k]))
            {
                var f = CultureInfo.InvariantCulture;
                result.Status[k] = FirmStatus.Rejected;
                result.Reasons[k] = $"total out of range: indicator total {aggregates[k].ToString("R", f)} + bonus {bonus.ToString("R", f)} − deduction {deduction.ToString("R", f)} is not a finite number / 总分超出可计算范围";
                result.Adjustments.Unmark(k);
                rejected = true;
            }
        }

        return rejected;
    }

    private static IEnumerable<int[]> Scopes(PoolEvaluation result, FirmTable table, int[] rated)
    {
        var codes = result.Profile.Scope switch
        {
            RankingScope.Region => table.Regions.Codes,
            RankingScope.Platform => table.Platforms.Codes,
            _ => default,
        };
        if (codes.IsEmpty)
        {
            return [rated];
        }

        var groups = new SortedDictionary<int, List<int>>();
        foreach (var k in rated)
        {
            var code = codes[result.Rows[k]];
            if (!groups.TryGetValue(code, out var list))
            {
                groups[code] = list = [];
            }

            list.Add(k);
        }

        return groups.Values.Select(g => g.ToArray()).ToArray();
    }

    private static void Rank(PoolEvaluation result, FirmTable table, int[] rated, bool parallel)
    {
        var n = rated.Length;
        var totals = ArrayPool<double>.Shared.Rent(n);
        var ranks = ArrayPool<int>.Shared.Rent(n);
        try
        {
            for (var i = 0; i < n; i++)
            {
                totals[i] = result.Totals[rated[i]];
            }

            Ranking.Rank(totals.AsSpan(0, n), new ScopeIds(table, result.Rows, rated), result.Profile.Ties, ranks.AsSpan(0, n), parallel);
            for (var i = 0; i < n; i++)
            {
                var k = rated[i];
                result.Ranks[k] = ranks[i];
                result.Percentiles[k] = n == 1 ? 100.0 : 100.0 * (n - ranks[i]) / (n - 1);
                result.ScopeSizes[k] = n;
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(totals);
            ArrayPool<int>.Shared.Return(ranks);
        }
    }

    /// <summary>The ids of a scope's firms, looked up on demand (ranking needs them only to break ties by id and in messages).</summary>
    private sealed class ScopeIds(FirmTable table, int[] rows, int[] positions) : IReadOnlyList<string>
    {
        public int Count => positions.Length;

        public string this[int index] => table.Ids[rows[positions[index]]];

        public IEnumerator<string> GetEnumerator()
        {
            for (var i = 0; i < positions.Length; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
