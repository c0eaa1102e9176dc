using System.Globalization;

namespace EnterpriseScoring.Engine;

// Part of PoolEvaluator: the totals: aggregation of the scores, then bonuses and deductions.
internal static partial class PoolEvaluator
{
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
}
