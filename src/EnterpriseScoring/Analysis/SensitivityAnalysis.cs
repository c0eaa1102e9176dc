using System.Globalization;
using System.Runtime.ExceptionServices;

namespace EnterpriseScoring.Analysis;

/// <summary>
/// Tier stability (敏感性分析): Monte Carlo draws of the weights (Dirichlet or ± p % uniform), the benchmarks (± p %) and the
/// data (± p % on chosen measures), each draw ranked and tiered by the engine's own stages (quotas and bands, thresholds,
/// limits, overrides and vetoes, re-flow); per firm the probability of each tier and the 5–95 % interval of its rank, per
/// pool the share of stable firms and the mean rank correlation with the baseline.
/// </summary>
/// <remarks>
/// <para>Reproducible: draw d takes its random numbers from <see cref="DrawRandom"/> streams that depend only on (seed, d,
/// pool or measure, firm id), and the results are integer counts and per-draw values combined in draw order, so the output
/// is bit-identical at every <see cref="SensitivityOptions.MaxDegreeOfParallelism"/> (tested), on one machine and runtime
/// (Math.Log, Cos and Pow come from the platform's math library).</para>
/// <para>Only what a draw changes is computed again: weights alone re-aggregate the held normalised values, benchmarks
/// re-fit the scoring of the columns that have one, and data errors evaluate the perturbed table again in full (land,
/// indicators, eligibility, pools, benchmarks, computed weights), then draw weights and benchmarks on that evaluation.
/// docs/analysis.md explains the rules.</para>
/// </remarks>
/// <example>
/// <code>
/// var result = SensitivityAnalysis.Run(evaluation, new SensitivityOptions { Draws = 1000, Seed = 7, Weights = WeightPerturbation.Dirichlet(200) });
/// var unstable = result.Firms.Where(f => !f.IsStable);
/// </code>
/// </example>
public static class SensitivityAnalysis
{
    private const int Outcomes = 9; // no tier, A, B, C, D, T, UngradedAsB, E, F (indexed by the value of Tier)

    /// <summary>Evaluates <paramref name="table"/> with <paramref name="evaluator"/>, then draws around that baseline.</summary>
    /// <param name="evaluator">The evaluator (its profile and options); also evaluates the perturbed tables of data draws.</param>
    /// <param name="table">The firms.</param>
    /// <param name="options">What to draw.</param>
    /// <param name="context">Prior-year data, as for <see cref="Evaluator.Evaluate(FirmTable, EvaluationContext?)"/>.</param>
    /// <param name="cancellationToken">Checked before every draw.</param>
    /// <exception cref="ArgumentException">An option is out of range (every problem listed), or a data measure has no column in the table.</exception>
    public static SensitivityResult Run(Evaluator evaluator, FirmTable table, SensitivityOptions options, EvaluationContext? context = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        ArgumentNullException.ThrowIfNull(table);
        Validate(options, table);
        return Run(evaluator.Evaluate(table, context, cancellationToken), options, evaluator, context, cancellationToken);
    }

    /// <summary>Draws around a finished evaluation.</summary>
    /// <param name="baseline">The evaluation the draws are compared with.</param>
    /// <param name="options">What to draw.</param>
    /// <param name="evaluator">For data draws: the evaluator that made <paramref name="baseline"/> (its options, such as accepted missing measures); a new one of the baseline's profile when null.</param>
    /// <param name="context">For data draws: the prior-year data the baseline used.</param>
    /// <param name="cancellationToken">Checked before every draw.</param>
    /// <exception cref="ArgumentException">An option is out of range (every problem listed), or a data measure has no column in the table.</exception>
    /// <exception cref="InvalidOperationException">A draw gives a total that is not a finite number, or every Dirichlet weight of a pool underflows.</exception>
    public static SensitivityResult Run(Evaluation baseline, SensitivityOptions options, Evaluator? evaluator = null, EvaluationContext? context = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(options);
        Validate(options, baseline.Table);
        var held = new HeldEvaluation(baseline);
        var pools = Enumerable.Range(0, baseline.PoolCount).Select(p => new SensitivityPool(held, p)).ToArray();
        var draws = options.Draws;
        var n = baseline.Table.Count;
        // A data draw may move a firm into any pool: its rank is then at most the table's size; else at most its scope's.
        var maxRank = options.Data.Count > 0 ? n : pools.SelectMany(p => p.Scopes).Select(s => s.Length).DefaultIfEmpty(0).Max();
        var ranks = new DrawRanks(draws, n, maxRank);
        var rho = pools.Select(_ => new double[draws]).ToArray();
        var tau = pools.Select(_ => new double[draws]).ToArray();
        var counts = new int[n * Outcomes];
        var baseOutcome = new int[n];
        var ratedPool = new int[n]; // the pool of a rated row, −1 for the others
        var position = new int[n];
        for (var row = 0; row < n; row++)
        {
            baseOutcome[row] = baseline.TierOf(row) is { } t ? (int)t : 0;
            ratedPool[row] = baseline.PoolIndexOf(row) >= 0 && baseline.StatusOf(row) == FirmStatus.Rated ? baseline.PoolIndexOf(row) : -1;
            position[row] = ratedPool[row] >= 0 ? baseline.PositionOf(row) : -1;
        }

        var data = options.Data.Count == 0 ? null : new DataDraws(baseline, options, evaluator ?? new Evaluator(baseline.Profile), context);
        void Body(int d, Worker worker)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var rankRow = worker.RankRow;
            if (data is null)
            {
                FastDraw(pools, options, d, worker, rankRow, baseOutcome, ratedPool, position, rho, tau); // counts its outcomes
            }
            else
            {
                data.Draw(baseline, pools, options, d, worker, rankRow, rho, tau, cancellationToken);
                var c = worker.Counts;
                for (var row = 0; row < n; row++)
                {
                    c[(row * Outcomes) + worker.Outcome[row]]++;
                }
            }

            ranks.Store(d, rankRow);
        }

        var degree = options.MaxDegreeOfParallelism;
        if (degree == 1 || draws == 1)
        {
            var worker = new Worker(pools, n);
            for (var d = 0; d < draws; d++)
            {
                Body(d, worker);
            }

            worker.AddTo(counts);
        }
        else
        {
            // One worker per thread for the whole run, each taking the next draw until none is left. (Parallel.For's own
            // thread-local state is created again every time the runtime re-dispatches a loop replica — a few times a
            // second, each a few MB for a large table.) Which thread computes a draw does not matter: ranks and
            // correlations are stored by draw, counts are integer sums.
            var threads = Math.Min(degree == -1 ? Environment.ProcessorCount : degree, draws);
            var workers = new Worker?[threads];
            var next = -1;
            var failed = 0;
            try
            {
                Parallel.For(
                    0,
                    threads,
                    new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken },
                    t =>
                    {
                        var worker = workers[t] = new Worker(pools, n);
                        try
                        {
                            for (int d; Volatile.Read(ref failed) == 0 && (d = Interlocked.Increment(ref next)) < draws;)
                            {
                                Body(d, worker);
                            }
                        }
                        catch
                        {
                            Volatile.Write(ref failed, 1);
                            throw;
                        }
                    });
                foreach (var worker in workers)
                {
                    worker?.AddTo(counts);
                }
            }
            catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
            {
                ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
                throw;
            }
        }

        return Summarise(baseline, pools, options, counts, ranks, rho, tau, cancellationToken);
    }

    /// <summary>Every problem with <paramref name="options"/>, as one <see cref="ArgumentException"/>.</summary>
    internal static void Validate(SensitivityOptions options, FirmTable table)
    {
        ArgumentNullException.ThrowIfNull(options);
        var f = CultureInfo.InvariantCulture;
        var problems = new List<string>();
        if (options.Draws is < 1 or > 1_000_000)
        {
            problems.Add(string.Create(f, $"draws must be 1 to 1,000,000, got {options.Draws}"));
        }
        else if ((long)options.Draws * table.Count > 500_000_000)
        {
            problems.Add(string.Create(f, $"{options.Draws} draws × {table.Count} firms is more than 500 million ranks to keep for the rank intervals (2 or 4 bytes each): use fewer draws"));
        }

        if (options.Weights is null)
        {
            problems.Add("weights must not be null (use WeightPerturbation.None)");
        }
        else if (options.Weights.Problem() is { } weights)
        {
            problems.Add(weights);
        }

        if (options.BenchmarkPercent is { } b && !(b >= 0 && b < 100))
        {
            problems.Add(string.Create(f, $"the benchmark spread must be a percentage ≥ 0 and < 100, got {b}"));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in options.Data ?? [])
        {
            if (item?.Measure is null)
            {
                problems.Add("a data perturbation has no measure");
                continue;
            }

            if (!(item.Percent >= 0 && item.Percent < 100))
            {
                problems.Add(string.Create(f, $"the data spread of {item.Measure.Id} must be a percentage ≥ 0 and < 100, got {item.Percent}"));
            }

            if (!table.HasMeasure(item.Measure))
            {
                problems.Add($"the input has no column for measure '{item.Measure.Id}': its data cannot be perturbed");
            }

            if (!seen.Add(item.Measure.Id))
            {
                problems.Add($"measure '{item.Measure.Id}' is perturbed twice");
            }
        }

        if (options.MaxDegreeOfParallelism is 0 or < -1)
        {
            problems.Add(string.Create(f, $"the degree of parallelism must be −1 or ≥ 1, got {options.MaxDegreeOfParallelism}"));
        }

        if (!(options.StableShare > 0 && options.StableShare <= 1))
        {
            problems.Add(string.Create(f, $"the stable share must be > 0 and ≤ 1, got {options.StableShare}"));
        }

        if (options.NearestCutCount < 0)
        {
            problems.Add(string.Create(f, $"the number of firms nearest a cut-off must be ≥ 0, got {options.NearestCutCount}"));
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid sensitivity options / 敏感性分析参数无效: " + string.Join("; ", problems), nameof(options));
        }
    }

    /// <summary>A draw of weights and benchmarks on the baseline's held figures: ranks into <paramref name="rankRow"/>, outcomes added to the worker's counts.</summary>
    private static void FastDraw(SensitivityPool[] pools, SensitivityOptions options, int d, Worker worker, int[] rankRow, int[] baseOutcome, int[] ratedPool, int[] position, double[][] rho, double[][] tau)
    {
        for (var p = 0; p < pools.Length; p++)
        {
            var work = worker.Pools[p];
            pools[p].Draw(options.Seed, d, options, work);
            var n = pools[p].Rated.Length;
            (rho[p][d], tau[p][d]) = pools[p].Ranking.Compare(work.Totals.AsSpan(0, n), pools[p].SharesRanks ? work.Ranks.AsSpan(0, n) : [], worker.Scratch);
        }

        // Each row's outcome counted as it is read (one pass over the rows, not a second one over an outcome array).
        var counts = worker.Counts;
        for (var row = 0; row < rankRow.Length; row++)
        {
            var p = ratedPool[row];
            int outcome;
            if (p >= 0)
            {
                var pool = worker.Pools[p].Pool;
                var k = position[row];
                outcome = (int)pool.Tiers[k];
                rankRow[row] = pool.Ranks[k];
            }
            else
            {
                outcome = baseOutcome[row]; // not rated: its status (and any veto) does not depend on weights or benchmarks
                rankRow[row] = 0;
            }

            counts[(row * Outcomes) + outcome]++;
        }
    }

    private static SensitivityResult Summarise(Evaluation baseline, SensitivityPool[] pools, SensitivityOptions options, int[] counts, DrawRanks ranks, double[][] rho, double[][] tau, CancellationToken cancellationToken)
    {
        var n = baseline.Table.Count;
        var draws = options.Draws;
        var margins = pools.Select(CutMargins).ToArray();
        var firms = new FirmStability[n];
        const int block = 256;
        Parallelism.For((n + block - 1) / block, options.MaxDegreeOfParallelism, (long)n * draws, b =>
        {
            var from = b * block;
            var to = Math.Min(n, from + block);
            // Pooled: a block of 256 rows × 1,000 draws is a 1 MB large-object array, and there are n / 256 blocks.
            var buffer = System.Buffers.ArrayPool<int>.Shared.Rent((to - from) * draws);
            var histogram = Array.Empty<int>();
            ranks.Gather(from, to, draws, buffer);

            for (var row = from; row < to; row++)
            {
                var span = buffer.AsSpan((row - from) * draws, draws);
                var ranked = 0;
                foreach (var r in span)
                {
                    if (r > 0)
                    {
                        span[ranked++] = r;
                    }
                }

                var quantiles = RankQuantiles(span[..ranked], ref histogram);
                firms[row] = Firm(baseline, row, counts.AsSpan(row * Outcomes, Outcomes).ToArray(), ranked, quantiles, margins, options);
            }

            System.Buffers.ArrayPool<int>.Shared.Return(buffer);
        }, cancellationToken);

        var poolResults = pools.Select(pool =>
        {
            var rows = Enumerable.Range(0, n).Where(row => baseline.PoolIndexOf(row) == pool.Index && baseline.StatusOf(row) == FirmStatus.Rated).ToArray();
            var stable = rows.Count(row => firms[row].IsStable);
            return new PoolStability
            {
                PoolId = pool.Columns.Profile.Id,
                RatedFirms = rows.Length,
                StableShare = rows.Length == 0 ? double.NaN : (double)stable / rows.Length,
                MeanSpearman = Mean(rho[pool.Index]),
                MeanKendall = Mean(tau[pool.Index]),
                NearestCut = rows.Where(row => firms[row].CutMargin is not null)
                    .OrderBy(row => firms[row].CutMargin!.Value)
                    .ThenBy(row => firms[row].Id, StringComparer.Ordinal)
                    .Take(options.NearestCutCount)
                    .Select(row => firms[row].Id)
                    .ToArray(),
            };
        }).ToArray();
        return new SensitivityResult { Options = options, Firms = firms, Pools = poolResults, Notes = Notes(options), Tiers = baseline.Profile.Tiers };
    }

    private static FirmStability Firm(Evaluation baseline, int row, int[] tierDraws, int count, (int? P5, int? P50, int? P95) quantiles, double[][] margins, SensitivityOptions options)
    {
        var result = baseline.Results[row];
        var pool = baseline.PoolIndexOf(row);
        var rated = pool >= 0 && baseline.StatusOf(row) == FirmStatus.Rated;
        var baseOutcome = result.Tier is { } t ? (int)t : 0;
        var margin = rated ? margins[pool][baseline.PositionOf(row)] : double.NaN;
        return new FirmStability
        {
            Id = result.Id,
            Name = result.Name,
            PoolId = result.PoolId,
            BaselineTier = result.Tier,
            BaselineRank = result.Rank,
            BaselineTotal = result.Total,
            Draws = options.Draws,
            TierDraws = tierDraws,
            RankedDraws = count,
            RankP5 = quantiles.P5,
            RankP50 = quantiles.P50,
            RankP95 = quantiles.P95,
            CutMargin = double.IsNaN(margin) ? null : margin,
            HeldByOverride = baseline.OverridesOf(row).Count > 0,
            IsStable = tierDraws[baseOutcome] >= options.StableShare * options.Draws,
        };
    }

    /// <summary>
    /// The 5th, 50th and 95th nearest-rank quantiles (<see cref="NearestRank"/>) of <paramref name="ranks"/> (positive; the
    /// span may be reordered). When the ranks span a range no wider than a few times their number — a firm's ranks over the
    /// draws usually do — they are counted into <paramref name="histogram"/> (grown as needed, left cleared) and the
    /// quantiles read off the cumulative counts, O(draws + range); else the ranks are sorted. Both give the same values.
    /// </summary>
    internal static (int? P5, int? P50, int? P95) RankQuantiles(Span<int> ranks, ref int[] histogram)
    {
        var count = ranks.Length;
        if (count == 0)
        {
            return (null, null, null);
        }

        int min = int.MaxValue, max = int.MinValue;
        foreach (var r in ranks)
        {
            min = Math.Min(min, r);
            max = Math.Max(max, r);
        }

        var range = max - min + 1;
        if (range > (4 * count) + 64)
        {
            ranks.Sort();
            return (NearestRank(ranks, 5), NearestRank(ranks, 50), NearestRank(ranks, 95));
        }

        if (histogram.Length < range)
        {
            histogram = new int[Math.Max(range, 2 * histogram.Length)];
        }

        var bins = histogram.AsSpan(0, range);
        foreach (var r in ranks)
        {
            bins[r - min]++;
        }

        // The k-th smallest (1-based) for each quantile, ascending k, read off one walk of the cumulative counts.
        Span<int> k = [Position(5), Position(50), Position(95)];
        Span<int> value = stackalloc int[3];
        var q = 0;
        var seen = 0;
        for (var b = 0; b < range && q < 3; b++)
        {
            seen += bins[b];
            while (q < 3 && seen >= k[q])
            {
                value[q++] = b + min;
            }
        }

        bins.Clear();
        return (value[0], value[1], value[2]);

        int Position(int percent) => Math.Max(1, ((percent * count) + 99) / 100);
    }

    /// <summary>The nearest-rank quantile: the ⌈p·n/100⌉-th smallest of the n sorted values (integer arithmetic), or null when there is none.</summary>
    internal static int? NearestRank(ReadOnlySpan<int> sorted, int percent) =>
        sorted.IsEmpty ? null : sorted[Math.Max(1, ((percent * sorted.Length) + 99) / 100) - 1];

    /// <summary>
    /// Per position, the baseline distance in total to the nearest firm of the same ranking scope with another final tier,
    /// among the firms no override rule matched (NaN for the others, the untiered and scopes with a single tier).
    /// </summary>
    private static double[] CutMargins(SensitivityPool pool)
    {
        var columns = pool.Columns;
        var margins = new double[columns.Count];
        Array.Fill(margins, double.NaN);
        foreach (var scope in pool.Scopes)
        {
            var free = scope.Where(k => columns.Tiers[k] != 0 && columns.Overrides[k] is not { Count: > 0 }).ToArray();
            var totals = columns.Totals;
            Array.Sort(free, (a, b) => columns.Totals[b] != columns.Totals[a] ? columns.Totals[b].CompareTo(columns.Totals[a]) : a.CompareTo(b));
            var count = free.Length;
            var previous = new int[count]; // nearest index above with another tier, or −1
            var next = new int[count];
            for (var i = 0; i < count; i++)
            {
                previous[i] = i == 0 ? -1 : columns.Tiers[free[i - 1]] != columns.Tiers[free[i]] ? i - 1 : previous[i - 1];
            }

            for (var i = count - 1; i >= 0; i--)
            {
                next[i] = i == count - 1 ? -1 : columns.Tiers[free[i + 1]] != columns.Tiers[free[i]] ? i + 1 : next[i + 1];
            }

            for (var i = 0; i < count; i++)
            {
                var total = columns.Totals[free[i]];
                var margin = double.PositiveInfinity;
                if (previous[i] >= 0)
                {
                    margin = Math.Abs(columns.Totals[free[previous[i]]] - total);
                }

                if (next[i] >= 0)
                {
                    margin = Math.Min(margin, Math.Abs(total - columns.Totals[free[next[i]]]));
                }

                margins[free[i]] = double.IsPositiveInfinity(margin) ? double.NaN : margin;
            }
        }

        return margins;
    }

    /// <summary>The mean of the values that are not NaN, in index order; NaN when all are.</summary>
    private static double Mean(double[] values)
    {
        double sum = 0;
        var count = 0;
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                sum += v;
                count++;
            }
        }

        return count == 0 ? double.NaN : sum / count;
    }

    private static IReadOnlyList<string> Notes(SensitivityOptions options)
    {
        var f = CultureInfo.InvariantCulture;
        var notes = new List<string>
        {
            string.Create(f, $"{options.Draws} draws, seed {options.Seed}; generator: SplitMix64 streams per (seed, draw, pool or measure, firm id) / 随机抽样"),
            options.Weights.Kind switch
            {
                WeightPerturbationKind.Dirichlet => string.Create(f, $"weights: Dirichlet around each pool's weights, concentration K = {options.Weights.Value} (α_j = K × w_j / Σw) / 权重扰动"),
                WeightPerturbationKind.Uniform => string.Create(f, $"weights: each × (1 ± {options.Weights.Value} % uniform), rescaled to the pool's weight sum / 权重扰动"),
                _ => "weights: held as each pool used them / 权重不变",
            },
            options.BenchmarkPercent is { } b
                ? string.Create(f, $"benchmarks: each computed benchmark × (1 ± {b} % uniform), scoring re-fitted / 基准值扰动")
                : "benchmarks: held / 基准值不变",
            options.Data.Count == 0
                ? "data: held; indicator values, land and eligibility as in the baseline / 数据不变"
                : "data: " + string.Join(", ", options.Data.Select(x => string.Create(f, $"{x.Measure.Id} × (1 ± {x.Percent} % uniform) per firm"))) + "; every draw evaluates the perturbed table again in full / 数据扰动（全部重新计算）",
            "ranks and tiers of every draw by the engine's ranking and tiering: tier scheme, limits, overrides (a vetoed firm keeps its tier), re-flow / 档次按原规则确定",
            string.Create(f, $"stable: the baseline tier in at least {options.StableShare:P0} of the draws; rank interval: nearest-rank quantiles (the ⌈p·n⌉-th smallest of the n ranked draws)"),
        };
        return notes;
    }

    /// <summary>The working state of one thread.</summary>
    internal sealed class Worker
    {
        public Worker(SensitivityPool[] pools, int rows)
        {
            Pools = pools.Select(p => p.NewWork()).ToArray();
            Counts = new int[rows * Outcomes];
            Outcome = new int[rows];
            RankRow = new int[rows];
        }

        /// <summary>The current draw's rank per row (0: not ranked).</summary>
        public int[] RankRow { get; }

        /// <summary>Per pool, its working state.</summary>
        public SensitivityPool.Work[] Pools { get; }

        /// <summary>This thread's outcome counts per row (row × 9 + outcome, the outcome being the value of <see cref="Tier"/>, 0 for none).</summary>
        public int[] Counts { get; }

        /// <summary>The current draw's outcome per row (data draws; the weights-and-benchmarks path counts without it).</summary>
        public int[] Outcome { get; }

        /// <summary>Buffers of the rank correlations.</summary>
        public BaselineRanking.Scratch Scratch { get; } = new();

        /// <summary>Adds this thread's counts to <paramref name="total"/> (integer sums: the order does not matter).</summary>
        public void AddTo(int[] total)
        {
            for (var i = 0; i < total.Length; i++)
            {
                total[i] += Counts[i];
            }
        }
    }
}
