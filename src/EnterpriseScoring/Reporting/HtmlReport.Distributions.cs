using System.Globalization;

namespace EnterpriseScoring.Reporting;

/// <summary>Per pool: the histogram of totals (axes titled, a tie at the top explained) and the indicators' weights and benchmarks in their units.</summary>
public static partial class HtmlReport
{
    /// <summary>A tie at the top is explained when at least this many firms share the highest total.</summary>
    private const int TopTieFirms = 5;

    private static void WriteDistributions(HtmlWriter html, ReportContext context)
    {
        var evaluation = context.Evaluation;
        html.Element("h2", "得分分布 / Score distribution");
        // The rated rows of each pool in table order, read from the pool columns (one pass over the rows).
        var rowsByPool = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var row = 0; row < evaluation.Table.Count; row++)
        {
            if (evaluation.PoolOf(row) is { } p && p.Status[evaluation.PositionOf(row)] == FirmStatus.Rated)
            {
                if (!rowsByPool.TryGetValue(p.Profile.Id, out var list))
                {
                    rowsByPool[p.Profile.Id] = list = [];
                }

                list.Add(row);
            }
        }

        foreach (var pool in evaluation.Pools)
        {
            var rows = rowsByPool.TryGetValue(pool.Id, out var list) ? list : [];
            var totals = rows.Select(row => evaluation.Figure(row, static (p, k) => p.Totals[k]) ?? 0).ToList();
            html.Raw("<section>");
            html.Element("h3", $"{context.PoolName(pool.Id)} — {pool.RatedCount} 家参评 rated");
            html.Raw(SvgCharts.Histogram($"{pool.Id} 总分分布 score distribution", totals, xTitle: "总分 total score", yTitle: "企业数 firms"));
            if (TopTie(evaluation, rows, totals) is { } tie)
            {
                html.Element("p", tie, "note");
            }

            html.Table(
                ["指标 indicator", "单位 unit", "权重 weight", "基准值 benchmark", "说明 note"],
                pool.Indicators.Select(i =>
                {
                    var unit = context.UnitOf(pool.Id, i.IndicatorId);
                    return (IReadOnlyList<string>)
                    [
                        $"{i.ChineseName} {i.IndicatorId}", ReportText.IsRatio(unit) ? "%" : unit, HtmlWriter.Number(i.Weight, "0.####"),
                        i.Benchmark is { } b ? ReportText.Number(b.Value, unit, "0.####") : "—",
                        i.Note ?? string.Empty,
                    ];
                }));
            html.Raw("</section>");
        }
    }

    /// <summary>
    /// The note on a spike at the top of a histogram: how many firms share the highest total and — when every one of
    /// them has every indicator at the highest score any firm of the pool reached on it — that the scores are capped.
    /// </summary>
    private static string? TopTie(Evaluation evaluation, List<int> rows, List<double> totals)
    {
        if (totals.Count == 0)
        {
            return null;
        }

        var max = totals.Max();
        var tied = rows.Where((_, i) => totals[i] == max).ToList();
        if (tied.Count < TopTieFirms)
        {
            return null;
        }

        // Read from the pool's score columns (no per-firm result objects: a pool may hold a million firms).
        var pool = evaluation.PoolOf(rows[0])!;
        var capped = true;
        foreach (var column in pool.Indicators)
        {
            if (column.Weight == 0)
            {
                continue;
            }

            var scores = column.Scores;
            var best = double.NegativeInfinity;
            foreach (var row in rows)
            {
                best = Math.Max(best, scores[evaluation.PositionOf(row)]);
            }

            foreach (var row in tied)
            {
                capped &= scores[evaluation.PositionOf(row)] == best;
            }

            if (!capped)
            {
                break;
            }
        }

        var share = Share(tied.Count, totals.Count);
        var text = string.Create(CultureInfo.InvariantCulture, $"{tied.Count:N0} 家企业（{share}）并列最高分 {HtmlWriter.Number(max)}");
        return capped
            ? text + "：这些企业每项指标都达到了该指标的最高得分，即方案规定的单项得分上限（封顶），故分布在最高分处堆积。"
                + string.Create(CultureInfo.InvariantCulture, $" {tied.Count:N0} firms share the highest total {HtmlWriter.Number(max)}: each has every indicator at its highest score — the profile's cap on an indicator's score — hence the spike at the top.")
            : text + "。" + string.Create(CultureInfo.InvariantCulture, $" {tied.Count:N0} firms share the highest total {HtmlWriter.Number(max)}.");
    }
}
