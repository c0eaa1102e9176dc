namespace EnterpriseScoring.Analysis;

/// <summary>
/// The data draws of a <see cref="SensitivityAnalysis"/>: each draw perturbs the chosen measures of every firm
/// (× (1 + p/100 × u), u from the firm's own <see cref="DrawRandom"/> stream keyed by its id) and evaluates the table again in
/// full, then draws weights and benchmarks on that evaluation when asked.
/// </summary>
internal sealed class DataDraws
{
    private readonly Evaluator evaluator;
    private readonly EvaluationContext? context;
    private readonly MeasureColumn[] columns;
    private readonly double[] percents;
    private readonly ulong[] keys;

    public DataDraws(Evaluation baseline, SensitivityOptions options, Evaluator evaluator, EvaluationContext? context)
    {
        this.evaluator = evaluator;
        this.context = context;
        var table = baseline.Table;
        columns = options.Data.Select(x => table.GetMeasure(x.Measure)).ToArray();
        percents = options.Data.Select(x => x.Percent).ToArray();
        keys = table.Ids.Select(DrawRandom.Hash).ToArray();
    }

    /// <summary>The table of draw <paramref name="draw"/>: measure i of firm r × (1 + pᵢ/100 × u), u the first variate of stream i keyed by the firm's id.</summary>
    public FirmTable Perturb(FirmTable table, ulong seed, long draw)
    {
        var replaced = new MeasureColumn[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            var source = columns[i];
            var values = source.Values.ToArray();
            for (var r = 0; r < values.Length; r++)
            {
                if (source.Presence[r])
                {
                    var random = DrawRandom.ForKey(seed, draw, (ulong)i, keys[r]);
                    values[r] *= 1 + (percents[i] / 100 * random.NextSigned());
                }
            }

            replaced[i] = new MeasureColumn(source.Measure, values, source.Presence);
        }

        return table.WithMeasureColumns(replaced);
    }

    /// <summary>Draw <paramref name="draw"/>: each row's outcome into the worker, its rank into <paramref name="rankRow"/>, each pool's ρ and τ-b against the baseline.</summary>
    public void Draw(Evaluation baseline, SensitivityPool[] basePools, SensitivityOptions options, int draw, SensitivityAnalysis.Worker worker, int[] rankRow, double[][] rho, double[][] tau, CancellationToken cancellationToken)
    {
        var evaluation = evaluator.Evaluate(Perturb(baseline.Table, options.Seed, draw), context, cancellationToken);
        var redraw = options.Weights.Kind != WeightPerturbationKind.None || options.BenchmarkPercent is not null;
        SensitivityPool.Work[]? works = null;
        if (redraw)
        {
            var held = new HeldEvaluation(evaluation);
            works = new SensitivityPool.Work[evaluation.PoolCount];
            for (var p = 0; p < works.Length; p++)
            {
                var pool = new SensitivityPool(held, p);
                works[p] = pool.NewWork();
                pool.Draw(options.Seed, draw, options, works[p]);
            }
        }

        var n = baseline.Table.Count;
        var totals = new double[n];
        var outcome = worker.Outcome;
        for (var row = 0; row < n; row++)
        {
            var p = evaluation.PoolIndexOf(row);
            if (p >= 0 && evaluation.StatusOf(row) == FirmStatus.Rated)
            {
                var k = evaluation.PositionOf(row);
                if (works is null)
                {
                    var pool = evaluation.PoolColumnsAt(p);
                    (outcome[row], rankRow[row], totals[row]) = ((int)pool.Tiers[k], pool.Ranks[k], pool.Totals[k]);
                }
                else
                {
                    var pool = works[p].Pool;
                    (outcome[row], rankRow[row], totals[row]) = ((int)pool.Tiers[k], pool.Ranks[k], pool.Totals[k]);
                }
            }
            else
            {
                outcome[row] = evaluation.TierOf(row) is { } t ? (int)t : 0;
                rankRow[row] = 0;
                totals[row] = double.NaN;
            }
        }

        // ρ and τ-b over the firms rated in the pool both in the baseline and in the draw (one row per evaluated unit).
        foreach (var pool in basePools)
        {
            var x = new List<double>();
            var y = new List<double>();
            for (var row = 0; row < n; row++)
            {
                if (baseline.PoolIndexOf(row) == pool.Index && baseline.StatusOf(row) == FirmStatus.Rated && !baseline.IsParcelFollower(row)
                    && evaluation.PoolIndexOf(row) == pool.Index && !double.IsNaN(totals[row]))
                {
                    x.Add(pool.Columns.Totals[baseline.PositionOf(row)]);
                    y.Add(totals[row]);
                }
            }

            (rho[pool.Index][draw], tau[pool.Index][draw]) = (RankCorrelation.Spearman(x.ToArray(), y.ToArray()), RankCorrelation.KendallTauB(x.ToArray(), y.ToArray()));
        }
    }
}
