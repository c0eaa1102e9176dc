using System.Globalization;
using EnterpriseScoring.Indicators;

namespace EnterpriseScoring.Engine;

// Part of PoolEvaluator: the indicator weights: fixed (rescaled to the total points) or computed on the firms with every indicator.
internal static partial class PoolEvaluator
{
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
}
