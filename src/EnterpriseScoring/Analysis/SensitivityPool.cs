using System.Globalization;
using EnterpriseScoring.Aggregation;
using EnterpriseScoring.Engine;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Scoring;

namespace EnterpriseScoring.Analysis;

/// <summary>
/// One pool of an evaluation prepared for Monte Carlo draws of its weights and benchmarks: what does not change is taken
/// once (the rated firms, their normalised values, bonuses and deductions, the ranking scopes, the override matches); a
/// draw recomputes the scores and totals, then ranks and tiers every scope with the engine's own stages
/// (<see cref="PoolEvaluator.Rank"/> and <see cref="Tiering.Assign"/>: scheme, limits, overrides, re-flow).
/// </summary>
/// <remarks>
/// A draw follows the engine's formulas exactly: score = w × normalised (0 under a degenerate benchmark), a missing value
/// scores the pool-average score (the sorted Neumaier mean of the draw's scores), the fixed points or 0 as the policy says,
/// the total is the sum of the scores (or the pool's aggregation of the normalised matrix) + bonus − deduction. With the
/// weights and benchmarks the pool used, a draw gives the baseline's totals, ranks and tiers bit for bit (tested).
/// Thread-safe: every draw works on a <see cref="Work"/> of its own thread.
/// </remarks>
internal sealed class SensitivityPool
{
    private readonly FirmTable table;
    private readonly ulong[][] overrideMasks;
    private readonly EvaluationProfile profile;
    private readonly int m;
    private readonly double[] weights;
    private readonly double weightSum;
    private readonly double[][] normalised; // per column, per rated index
    private readonly ScoreSource[][] sources; // per column, per rated index
    private readonly bool[] plain; // every rated firm has a computed score (no missing, no degenerate benchmark)
    private readonly int[][] present; // per column, rated indexes with a computed value
    private readonly double[][] presentValues; // per column, their values used (for a re-fit)
    private readonly double[] baselineAverage; // per column, the pool-average score of the baseline
    private readonly double[] bonus;
    private readonly double[] deduction;
    private readonly IAggregationMethod aggregation;
    private readonly bool sums;
    private readonly ulong[]? ruleBits; // the override rules each position matches: the same in every draw
    private readonly bool writesNotes; // whether tiering can leave a note (limits, re-flow) that the next draw must clear
    private readonly bool scopeIsRated; // one ranking scope, the rated positions in order: a draw's totals per rated index are the scope's

    /// <summary>Prepares pool <paramref name="index"/> of <paramref name="held"/>'s evaluation.</summary>
    public SensitivityPool(HeldEvaluation held, int index)
    {
        var evaluation = held.Evaluation;
        Index = index;
        Columns = evaluation.PoolColumnsAt(index);
        table = held.Table;
        overrideMasks = held.OverrideMasks;
        profile = evaluation.Profile;
        var pool = Columns;
        m = pool.Indicators.Count;
        var rated = new List<int>(pool.RatedCount);
        for (var k = 0; k < pool.Count; k++)
        {
            if (pool.Status[k] == FirmStatus.Rated)
            {
                rated.Add(k);
            }
        }

        Rated = [.. rated];
        var n = Rated.Length;
        Rows = pool.Rows.ToArray();
        Scopes = [.. PoolEvaluator.Scopes(new PoolEvaluation(pool.Profile, table, Rows, []), table, Rated)];
        weights = new double[m];
        normalised = new double[m][];
        sources = new ScoreSource[m][];
        plain = new bool[m];
        present = new int[m][];
        presentValues = new double[m][];
        baselineAverage = new double[m];
        for (var j = 0; j < m; j++)
        {
            var column = pool.Indicators[j];
            weights[j] = column.Weight;
            weightSum += column.Weight;
            normalised[j] = new double[n];
            sources[j] = new ScoreSource[n];
            var presentList = new List<int>(n);
            for (var i = 0; i < n; i++)
            {
                var k = Rated[i];
                normalised[j][i] = column.Normalised[k];
                sources[j][i] = column.Sources[k];
                if (column.Outcomes[k] == IndicatorOutcome.Computed)
                {
                    presentList.Add(i);
                }

                if (column.Sources[k] == ScoreSource.MissingPoolAverage)
                {
                    baselineAverage[j] = column.Scores[k];
                }
            }

            present[j] = [.. presentList];
            presentValues[j] = presentList.Select(i => column.ValuesUsed[Rated[i]]).ToArray();
            plain[j] = Array.TrueForAll(sources[j], s => s == ScoreSource.Computed);
        }

        bonus = Rated.Select(k => pool.Bonus[k]).ToArray();
        deduction = Rated.Select(k => pool.Deduction[k]).ToArray();
        aggregation = pool.Profile.Aggregation ?? KnownAggregationMethods.WeightedSum;
        sums = CompiledPool.SumsScoresWith(aggregation);
        BaselineTotals = Rated.Select(k => pool.Totals[k]).ToArray();
        SharesRanks = pool.Profile.Ties == Classification.TiePolicy.Competition && Scopes.Length == 1 && Scopes[0].Length == Rated.Length;
        Ranking = new BaselineRanking(BaselineTotals);
        ruleBits = Tiering.RuleBits(Rows, profile.Overrides.Count, overrideMasks);
        writesNotes = !pool.Profile.Limits.IsEmpty || (profile.ReflowOverriddenSlots && profile.Overrides.Count > 0);
        scopeIsRated = Scopes.Length == 1 && Scopes[0].AsSpan().SequenceEqual(Rated);
    }

    /// <summary>The pool's index in the profile.</summary>
    public int Index { get; }

    /// <summary>The baseline pool.</summary>
    public PoolColumns Columns { get; }

    /// <summary>The table rows (of <see cref="HeldEvaluation.Table"/>) of the pool's positions.</summary>
    public int[] Rows { get; }

    /// <summary>The positions of the rated firms, ascending.</summary>
    public int[] Rated { get; }

    /// <summary>The ranking scopes (positions of rated firms).</summary>
    public int[][] Scopes { get; }

    /// <summary>The baseline totals of the rated firms, per rated index.</summary>
    public double[] BaselineTotals { get; }

    /// <summary>The baseline ranking, for the rank correlations of a draw.</summary>
    public BaselineRanking Ranking { get; }

    /// <summary>Whether the engine ranks the pool as one scope with competition ranks: then a draw's ranks are the competition ranks of its totals, and the rank correlations reuse them.</summary>
    public bool SharesRanks { get; }

    /// <summary>Whether the pool is ranked as one scope of all its rated firms, in rated order: then a draw ranks and tiers <see cref="Work.Totals"/> as they are (<see cref="RankAndTier"/>).</summary>
    public bool RanksAsOneScope => scopeIsRated;

    /// <summary>The number of indicators.</summary>
    public int IndicatorCount => m;

    /// <summary>A working state for the draws of one thread.</summary>
    public Work NewWork() => new(this);

    /// <summary>
    /// Draws the weights (stream 2 × pool index) and benchmarks (stream 2 × pool index + 1) of draw <paramref name="draw"/>,
    /// computes the totals of the rated firms into <see cref="Work.Totals"/> (per rated index) and the ranks and tiers into
    /// <see cref="Work.Pool"/> (per position).
    /// </summary>
    public void Draw(ulong seed, long draw, SensitivityOptions options, Work work)
    {
        var w = work.Weights;
        DrawWeights(seed, draw, options.Weights, w);
        var refit = options.BenchmarkPercent is { } percent ? Refit(seed, draw, percent, work) : null;
        var n = Rated.Length;
        var totals = work.Totals;
        if (sums)
        {
            Array.Clear(totals, 0, n);
            for (var j = 0; j < m; j++)
            {
                var values = refit?[j] ?? normalised[j];
                var weight = w[j];
                if (plain[j] && (refit is null || !work.Degenerate[j]))
                {
                    // total += w × normalised, vector by vector: a multiply then an add per element, as the scalar loop.
                    var i = 0;
                    var width = System.Numerics.Vector<double>.Count;
                    for (; i <= n - width; i += width)
                    {
                        var sum = new System.Numerics.Vector<double>(totals, i) + (new System.Numerics.Vector<double>(values, i) * weight);
                        sum.CopyTo(totals, i);
                    }

                    for (; i < n; i++)
                    {
                        totals[i] += weight * values[i];
                    }
                }
                else
                {
                    var scores = work.Scores;
                    Scores(j, values, weight, refit is not null && work.Degenerate[j], refit is not null || weight != weights[j], scores);
                    for (var i = 0; i < n; i++)
                    {
                        totals[i] += scores[i];
                    }
                }
            }
        }
        else
        {
            Aggregate(refit, work);
        }

        var pool = work.Pool;
        for (var i = 0; i < n; i++)
        {
            var total = totals[i] + bonus[i] - deduction[i];
            if (!double.IsFinite(total))
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Draw {draw}: the total of firm {table.Ids[Rows[Rated[i]]]} in pool {Columns.Profile.Id} is not a finite number; lower the spread / 抽样总分溢出"));
            }

            totals[i] = total;
            pool.Totals[Rated[i]] = total;
        }

        RankAndTier(work);
    }

    /// <summary>
    /// Ranks and tiers the totals in <see cref="Work.Pool"/> (the second half of <see cref="Draw"/>; a phase of its own for
    /// the benchmarks; <see cref="Work.Totals"/> must hold the same totals per rated index). A pool ranked as one scope of
    /// all its rated firms ranks <see cref="Work.Totals"/> straight into <see cref="Work.Ranks"/> and tiers from both
    /// (<see cref="PoolEvaluator.RankGathered"/>, <see cref="Tiering.AssignGathered"/>): the same stages on the same
    /// values, without gathering the pool's totals and ranks again (tested against the general path).
    /// </summary>
    internal void RankAndTier(Work work)
    {
        var pool = work.Pool;
        if (scopeIsRated)
        {
            var scope = Scopes[0];
            ClearNotes(pool, scope);
            PoolEvaluator.RankGathered(pool, table, scope, work.Totals.AsSpan(0, scope.Length), work.Ranks.AsSpan(0, scope.Length), false);
            Tiering.AssignGathered(pool, scope, profile, overrideMasks, ruleBits, work.Totals, work.Ranks.AsSpan(0, scope.Length));
            return;
        }

        RankAndTierByScope(work);
    }

    /// <summary>The general path of <see cref="RankAndTier"/>: each scope ranked and tiered from the pool's columns.</summary>
    internal void RankAndTierByScope(Work work)
    {
        var pool = work.Pool;
        foreach (var scope in Scopes)
        {
            ClearNotes(pool, scope);
            PoolEvaluator.Rank(pool, table, scope, false);
            Tiering.Assign(pool, scope, profile, overrideMasks, ruleBits);
        }

        if (SharesRanks)
        {
            for (var i = 0; i < Rated.Length; i++)
            {
                work.Ranks[i] = pool.Ranks[Rated[i]];
            }
        }
    }

    /// <summary>Clears the tier notes of a scope when tiering can write one (re-flow appends to a note: each draw starts without one).</summary>
    private void ClearNotes(PoolEvaluation pool, int[] scope)
    {
        if (writesNotes)
        {
            foreach (var k in scope)
            {
                pool.TierNotes[k] = null;
            }
        }
    }

    /// <summary>The weights of draw <paramref name="draw"/> into <paramref name="w"/>, summing to the pool's weight sum.</summary>
    internal void DrawWeights(ulong seed, long draw, WeightPerturbation perturbation, double[] w)
    {
        if (perturbation.Kind == WeightPerturbationKind.None)
        {
            weights.CopyTo(w, 0);
            return;
        }

        var random = new DrawRandom(seed, draw, 2 * (ulong)Index);
        double sum = 0;
        for (var j = 0; j < m; j++)
        {
            w[j] = perturbation.Kind == WeightPerturbationKind.Dirichlet
                ? weights[j] > 0 ? random.NextGamma(perturbation.Value * weights[j] / weightSum) : 0
                : weights[j] * (1 + (perturbation.Value / 100 * random.NextSigned()));
            sum += w[j];
        }

        if (!(sum > 0))
        {
            throw new InvalidOperationException($"Draw {draw}: every drawn weight of pool {Columns.Profile.Id} is 0; use a larger concentration / 浓度参数过小");
        }

        // Dirichlet: g_j / Σg × Σw; uniform: rescaled to Σw (a factor of exactly 1 when nothing moved).
        var scale = weightSum / sum;
        for (var j = 0; j < m; j++)
        {
            w[j] = perturbation.Kind == WeightPerturbationKind.Dirichlet ? w[j] / sum * weightSum : w[j] * scale;
        }
    }

    /// <summary>Each computed benchmark × (1 + p/100 × u), the scoring fitted again and the present values normalised again; null entries for columns without a benchmark.</summary>
    private double[]?[] Refit(ulong seed, long draw, double percent, Work work)
    {
        var random = new DrawRandom(seed, draw, (2 * (ulong)Index) + 1);
        var result = work.Refitted;
        for (var j = 0; j < m; j++)
        {
            var u = random.NextSigned(); // one variate per column, used or not
            var column = Columns.Indicators[j];
            result[j] = null;
            work.Degenerate[j] = false;
            if (column.Profile.Benchmark is null || column.Benchmark is not { } benchmark || column.FirmStandards is not null)
            {
                // (A standard-value table does not move with the benchmark: its scores stay as they are.)
                continue;
            }

            var factor = 1 + (percent / 100 * u);
            var target = work.RefitBuffer(j);
            if (column.FirmBenchmarks is { } firmBenchmarks)
            {
                RefitByFirm(j, firmBenchmarks, factor, normalised[j], target);
                result[j] = target;
                continue;
            }

            var b = benchmark.Value * factor;
            normalised[j].CopyTo(target, 0);
            if (column.Scoring.RequiresBenchmark && !(b > 0))
            {
                work.Degenerate[j] = true;
                foreach (var i in present[j])
                {
                    target[i] = 0;
                }
            }
            else
            {
                var fit = column.Scoring.Fit(PoolEvaluator.FitIgnoresValues(column.Scoring) ? ReadOnlySpan<double>.Empty : presentValues[j], b, column.Profile.Indicator.Direction);
                var scratch = work.Gathered(presentValues[j].Length);
                column.Scoring.NormaliseAll(presentValues[j], fit, scratch.AsSpan(0, presentValues[j].Length));
                for (var x = 0; x < present[j].Length; x++)
                {
                    target[present[j][x]] = scratch[x];
                }
            }

            result[j] = target;
        }

        return result;
    }

    /// <summary>
    /// Refits a column whose benchmark differs by firm (industry groups): every firm's own benchmark × the draw's factor,
    /// one fit per slot, each present value normalised with its firm's fit (0 when that benchmark is degenerate).
    /// </summary>
    private void RefitByFirm(int j, Engine.FirmBenchmarks firmBenchmarks, double factor, double[] baseline, double[] target)
    {
        var column = Columns.Indicators[j];
        baseline.CopyTo(target, 0);
        var fits = new ScoringFit?[firmBenchmarks.Benchmarks.Length];
        var fitted = new bool[fits.Length];
        var direction = column.Profile.Indicator.Direction;
        for (var x = 0; x < present[j].Length; x++)
        {
            var slot = firmBenchmarks.SlotOf[Rated[present[j][x]]];
            if (!fitted[slot])
            {
                var b = firmBenchmarks.Benchmarks[slot].Value * factor;
                fits[slot] = column.Scoring.RequiresBenchmark && !(b > 0)
                    ? null
                    : column.Scoring.Fit(PoolEvaluator.FitIgnoresValues(column.Scoring) ? ReadOnlySpan<double>.Empty : presentValues[j], b, direction);
                fitted[slot] = true;
            }

            target[present[j][x]] = fits[slot] is { } fit ? column.Scoring.Normalise(presentValues[j][x], fit) : 0;
        }
    }

    /// <summary>The scores of column <paramref name="j"/> per rated index, by the engine's rules for each score source.</summary>
    private void Scores(int j, double[] values, double weight, bool degenerate, bool averageMoves, double[] scores)
    {
        var n = Rated.Length;
        var source = sources[j];
        var missing = Columns.Indicators[j].Profile.Missing;
        for (var i = 0; i < n; i++)
        {
            scores[i] = source[i] switch
            {
                ScoreSource.Computed => degenerate ? 0 : weight * values[i],
                ScoreSource.DegenerateBenchmark => 0,
                ScoreSource.MissingFixedScore => missing.Points,
                _ => 0,
            };
        }

        if (missing.Treatment != MissingValueTreatment.PoolAverageScore || present[j].Length == n)
        {
            return;
        }

        double average;
        if (!averageMoves)
        {
            average = baselineAverage[j];
        }
        else if (present[j].Length == 0)
        {
            average = 0;
        }
        else
        {
            var gathered = new double[present[j].Length];
            for (var x = 0; x < gathered.Length; x++)
            {
                gathered[x] = scores[present[j][x]];
            }

            average = Internal.SortedNeumaier.Sum(gathered) / gathered.Length;
        }

        for (var i = 0; i < n; i++)
        {
            if (source[i] == ScoreSource.MissingPoolAverage)
            {
                scores[i] = average;
            }
        }
    }

    /// <summary>An aggregation that does not sum the scores (TOPSIS, weighted product): the pool's method on the normalised matrix of the draw.</summary>
    private void Aggregate(double[]?[]? refit, Work work)
    {
        var n = Rated.Length;
        var w = work.Weights;
        var columns = work.Matrix;
        for (var j = 0; j < m; j++)
        {
            var values = refit?[j] ?? normalised[j];
            var degenerate = refit is not null && work.Degenerate[j];
            Scores(j, values, w[j], degenerate, refit is not null || w[j] != weights[j], work.Scores);
            var target = columns[j];
            for (var i = 0; i < n; i++)
            {
                // As the engine: a computed value keeps its normalised value (0 under a degenerate benchmark), a missing one score ÷ weight.
                target[i] = sources[j][i] switch
                {
                    ScoreSource.Computed => degenerate ? 0 : values[i],
                    ScoreSource.DegenerateBenchmark => values[i],
                    _ => w[j] == 0 ? 0 : work.Scores[i] / w[j],
                };
            }
        }

        var matrix = DecisionMatrix.Wrap(columns, Columns.Indicators.Select(c => c.Profile.Indicator.Id).ToArray(), new Direction[m], n);
        aggregation.Aggregate(matrix, w, work.Totals.AsSpan(0, n));
    }

    /// <summary>The working state of one thread's draws of the pool.</summary>
    internal sealed class Work
    {
        private readonly double[][] refitBuffers;
        private double[] gathered = [];

        public Work(SensitivityPool owner)
        {
            var n = owner.Rated.Length;
            Weights = new double[owner.m];
            Totals = new double[n];
            Scores = new double[n];
            Ranks = new int[n];
            Refitted = new double[owner.m][];
            Degenerate = new bool[owner.m];
            refitBuffers = new double[owner.m][];
            Matrix = owner.sums ? [] : Enumerable.Range(0, owner.m).Select(_ => new double[n]).ToArray();
            Pool = new PoolEvaluation(owner.Columns.Profile, owner.table, owner.Rows, []);
        }

        /// <summary>The draw's weights.</summary>
        public double[] Weights { get; }

        /// <summary>The draw's totals per rated index.</summary>
        public double[] Totals { get; }

        /// <summary>The draw's ranks per rated index (filled when the pool <see cref="SharesRanks"/>).</summary>
        public int[] Ranks { get; }

        /// <summary>Scores of one column per rated index.</summary>
        public double[] Scores { get; }

        /// <summary>The re-fitted normalised columns of the draw (null = unchanged).</summary>
        public double[]?[] Refitted { get; }

        /// <summary>Whether the draw's benchmark of a column is degenerate (not &gt; 0 where the scoring needs one).</summary>
        public bool[] Degenerate { get; }

        /// <summary>The normalised matrix for an aggregation that does not sum scores.</summary>
        public double[][] Matrix { get; }

        /// <summary>The engine's working state the draw ranks and tiers (per position).</summary>
        public PoolEvaluation Pool { get; }

        public double[] RefitBuffer(int j) => refitBuffers[j] ??= new double[Totals.Length];

        public double[] Gathered(int size) => gathered.Length >= size ? gathered : gathered = new double[size];
    }
}
