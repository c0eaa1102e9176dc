using EnterpriseScoring.Indicators;
using EnterpriseScoring.Scoring;

namespace EnterpriseScoring.Engine;

/// <summary>
/// Runs the stages for one pool: indicators → data checks and policies → benchmarks → weights → normalisation and
/// scores → missing-value imputation → aggregation → adjustments → ranking.
/// </summary>
internal static partial class PoolEvaluator
{
    /// <summary>Evaluates one pool.</summary>
    /// <param name="pool">The compiled pool.</param>
    /// <param name="table">The firms.</param>
    /// <param name="land">The evaluated land area of every table row.</param>
    /// <param name="rows">The table rows in the pool, ascending.</param>
    /// <param name="context">Prior-year data (pool values for benchmarks, each firm's figures for growth indicators).</param>
    /// <param name="evaluationProfile">The profile (overrides, year).</param>
    /// <param name="overrideMasks">The rows each override rule matches.</param>
    /// <param name="degree">The most threads to use for the pool's indicator columns (see <see cref="Parallelism"/>).</param>
    /// <param name="cancellationToken">Checked between the stages and before every indicator column.</param>
    public static PoolEvaluation Run(CompiledPool pool, FirmTable table, double[] land, int[] rows, EvaluationContext context, EvaluationProfile evaluationProfile, ulong[][] overrideMasks, int degree = 1, CancellationToken cancellationToken = default)
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
            var input = new IndicatorInput(table, land, rows) { Context = context };
            if (column.Profile.Indicator is GrowthIndicator growth)
            {
                column.Growth = (new double[n], new double[n]);
                growth.Compute(input, column.Growth.Value.Current, column.Growth.Value.Prior, column.Numerators, column.Denominators, column.Values, column.Outcomes);
            }
            else
            {
                column.Profile.Indicator.Compute(input, column.Numerators, column.Denominators, column.Values, column.Outcomes);
            }

            if (column.Scoring is EfficacyCoefficientScoring { HasTable: true } banded)
            {
                column.FirmStandards = FirmStandards.Match(banded, table, rows, column.Outcomes);
            }

            var absent = column.Profile.Indicator.Measures.Where(measure => !table.HasMeasure(measure)).Select(measure => measure.Id).ToArray();
            if (absent.Length > 0 && n > 0)
            {
                column.Note = $"the input has no column for {string.Join(", ", absent)}: every firm is missing it / 输入数据缺少该列";
            }

            columns[j] = column;
        }, cancellationToken);

        PhaseTimer.Mark("indicators");
        cancellationToken.ThrowIfCancellationRequested();
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
                    (columns[j].Note, columns[j].Fit, columns[j].Benchmark, columns[j].FirmBenchmarks) = (inputNotes[j], null, null, null);
                }
            }

            Parallelism.For(m, degree, work, j => ComputeBenchmarkAndFit(result, table, columns[j], rated, context), cancellationToken);

            PhaseTimer.Mark("bench+fit");
            ComputeWeights(pool, result, table, rated);
            var outOfRange = new int[m];
            Parallelism.For(m, degree, work, j => outOfRange[j] = ScoreColumn(columns[j], rated), cancellationToken);

            PhaseTimer.Mark("score");
            if (outOfRange.Any(count => count > 0))
            {
                RejectScoresOutOfRange(result, rated);
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
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
            cancellationToken.ThrowIfCancellationRequested();
            Rank(result, table, scope, degree != 1);
            PhaseTimer.Mark("rank");
            Tiering.Assign(result, scope, evaluationProfile, overrideMasks);
            PhaseTimer.Mark("tier");
        }

        return result;
    }

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
}
