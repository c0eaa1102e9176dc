using System.Buffers;
using System.Globalization;
using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Scoring;

namespace EnterpriseScoring.Engine;

// Part of PoolEvaluator: benchmarks, scoring fits, normalised values and scores (missing values imputed), and firms whose score is out of range.
internal static partial class PoolEvaluator
{
    private static void ComputeBenchmarkAndFit(PoolEvaluation pool, FirmTable table, IndicatorColumnResult column, int[] rated, EvaluationContext context)
    {
        var poolId = pool.Profile.Id;
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
            if (column.Profile.Benchmark is IndustryMeanBenchmark industry)
            {
                ComputeIndustryBenchmarks(industry, pool.Rows, table, column, rated, new BenchmarkInput(v, numerators.AsSpan(0, present), denominators.AsSpan(0, present)));
                return;
            }

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
    /// Computes an industry-mean benchmark: the group figures in one pass, then one slot per industry code of the pool
    /// (its group's figure, or the pool figure) and one fit per distinct group.
    /// </summary>
    private static void ComputeIndustryBenchmarks(IndustryMeanBenchmark industry, int[] rows, FirmTable table, IndicatorColumnResult column, int[] rated, BenchmarkInput input)
    {
        var codes = table.Industries.Codes;
        var categories = table.Industries.Categories;
        var groupOfCategory = new Dictionary<int, string?>();
        var groupOfValue = new string?[input.Values.Length];
        var i = 0;
        foreach (var k in rated)
        {
            if (column.Outcomes[k] == IndicatorOutcome.Computed)
            {
                var category = codes[rows[k]];
                if (!groupOfCategory.TryGetValue(category, out var id))
                {
                    id = industry.GroupOf(categories[category]);
                    groupOfCategory.Add(category, id);
                }

                groupOfValue[i++] = id;
            }
        }

        var figures = industry.ComputeGroups(input, groupOfValue);
        column.Benchmark = figures.Pool;
        var direction = column.Profile.Indicator.Direction;
        var fitValues = FitIgnoresValues(column.Scoring) ? [] : input.Values.ToArray();
        var fitOfGroup = new Dictionary<string, ScoringFit?>(StringComparer.Ordinal);
        var degenerate = new SortedSet<string>(StringComparer.Ordinal);
        ScoringFit? FitOf(string key, double b)
        {
            if (fitOfGroup.TryGetValue(key, out var fit))
            {
                return fit;
            }

            if (column.Scoring.RequiresBenchmark && !(b > 0))
            {
                degenerate.Add($"{(key.Length == 0 ? "pool figure" : "group " + key)} = {b.ToString("R", CultureInfo.InvariantCulture)}");
                fit = null;
            }
            else
            {
                fit = column.Scoring.Fit(fitValues, b, direction);
            }

            fitOfGroup.Add(key, fit);
            return fit;
        }

        var slotOfCategory = new Dictionary<int, int>();
        var slotOf = new int[rows.Length];
        var (groups, benchmarks, fits) = (new List<IndustryBenchmarkGroup?>(), new List<BenchmarkValue>(), new List<ScoringFit?>());
        for (var k = 0; k < rows.Length; k++)
        {
            var category = codes[rows[k]];
            if (!slotOfCategory.TryGetValue(category, out var slot))
            {
                slot = groups.Count;
                slotOfCategory.Add(category, slot);
                var (group, benchmark) = figures.ForCode(categories[category]);
                groups.Add(group);
                benchmarks.Add(benchmark);
                fits.Add(FitOf(group is null || group.UsesPoolFigure ? string.Empty : group.Id, benchmark.Value));
            }

            slotOf[k] = slot;
        }

        column.Fit = FitOf(string.Empty, figures.Pool.Value);
        column.FirmBenchmarks = new FirmBenchmarks(figures, slotOf, [.. groups], [.. benchmarks], [.. fits]);
        if (degenerate.Count > 0)
        {
            column.Note = (column.Note is null ? string.Empty : column.Note + "; ") +
                $"benchmark not > 0 ({string.Join(", ", degenerate)}): those firms score 0 on {column.Profile.Indicator.Id} / 基准值不大于0，该组企业该指标计0分";
        }
    }

    /// <summary>
    /// Whether <paramref name="scoring"/> scores from B and the direction alone, never from the pool's values
    /// (<see cref="IScoringMethod.FitReadsValues"/> is false): then the fit
    /// is made from no values, which skips <see cref="ScoringFit"/>'s sort of the whole column (the largest cost of a big
    /// pool) and gives the same scores and explanations (tested in Performance/FitShortcutTests).
    /// </summary>
    internal static bool FitIgnoresValues(IScoringMethod scoring) => !scoring.FitReadsValues;

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

            var firmBenchmarks = column.FirmBenchmarks;
            if (column.FirmStandards is { } standards && column.Fit is { } standardsFit)
            {
                // Every present firm has a row (or the default standards): the others were marked NoStandardRow.
                for (var i = 0; i < presentCount; i++)
                {
                    normalised[i] = standards.MethodAt(positions[i])!.Normalise(gathered[i], standardsFit);
                }
            }
            else if (firmBenchmarks is not null)
            {
                for (var i = 0; i < presentCount; i++)
                {
                    normalised[i] = firmBenchmarks.FitAt(positions[i]) is { } fit ? column.Scoring.Normalise(gathered[i], fit) : 0;
                }
            }
            else if (column.Fit is null)
            {
                normalised.AsSpan(0, presentCount).Clear();
            }
            else
            {
                column.Scoring.NormaliseAll(gathered.AsSpan(0, presentCount), column.Fit, normalised.AsSpan(0, presentCount));
            }

            for (var i = 0; i < presentCount; i++)
            {
                var k = positions[i];
                var fitted = firmBenchmarks is null ? column.Fit is not null : firmBenchmarks.FitAt(k) is not null;
                var source = fitted ? ScoreSource.Computed : ScoreSource.DegenerateBenchmark;
                var score = fitted ? weight * normalised[i] : 0;
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
}
