using System.Globalization;

namespace EnterpriseScoring.Reporting;

/// <summary>The movement from the prior year: the migration matrix, who moved up and down, and each region's change in 亩均 figures.</summary>
public static partial class HtmlReport
{
    /// <summary>The 亩均 indicators whose per-region change the report shows (ratio of sums of their numerators and denominators).</summary>
    private static readonly (string Id, string Name)[] TrendIndicators = [("tax_per_mu", "亩均税收"), ("value_added_per_mu", "亩均增加值")];

    private static void WriteMigration(HtmlWriter html, ReportContext context)
    {
        var (evaluation, options, _) = context;
        if (options.Migration is not { } migration)
        {
            return;
        }

        html.Raw("<section>");
        html.Element("h2", "等级变动 / Tier migration from the prior year");
        html.Element("p", string.Create(CultureInfo.InvariantCulture, $"{migration.Firms} 家企业 firms：升档 {migration.Upgraded} upgraded，降档 {migration.Downgraded} downgraded，不变 {migration.Unchanged} unchanged。行为上年档次，列为本年档次。Rows: last year; columns: this year."), "note");
        var states = migration.States;
        html.Table(
            ["上年 \\ 本年 from \\ to", .. states.Select(s => ReportText.State(s, migration))],
            states.Select(from => (IReadOnlyList<string>)[ReportText.State(from, migration), .. states.Select(to => HtmlWriter.Number(migration.Count(from, to)))]));
        WriteMovers(html, context, migration, up: true);
        WriteMovers(html, context, migration, up: false);
        WriteRegionTrend(html, context);
        html.Raw("</section>");
    }

    /// <summary>The firms that moved between levels of the tier set, most steps first, then by id.</summary>
    private static void WriteMovers(HtmlWriter html, ReportContext context, MigrationMatrix migration, bool up)
    {
        var (evaluation, options, _) = context;
        var graded = migration.States.Where(s => MigrationMatrix.LevelOf(s) > 0).ToArray();
        var movers = (from f in graded
                      from t in graded
                      where up ? t < f : t > f
                      from id in migration.Ids(f, t)
                      select (Id: id, From: f, To: t, Steps: Math.Abs(t - f)))
            .OrderByDescending(m => m.Steps).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();
        var title = up ? $"升档企业 / Moved up ({movers.Count})" : $"降档企业 / Moved down ({movers.Count})";
        html.Element("h3", title);
        if (movers.Count == 0)
        {
            html.Element("p", "无 none.", "note");
            return;
        }

        OpenDetails(html, context, movers.Count <= OpenListRows / 2, string.Create(CultureInfo.InvariantCulture, $"{movers.Count} 家企业 firms"));
        html.Table(
            ["统一社会信用代码 id", "企业名称 name", "区域 region", "上年 last year", "本年 this year"],
            movers.Take(options.MaxListedFirms).Select(m =>
            {
                var firm = evaluation.Find(m.Id);
                return (IReadOnlyList<string>)
                [
                    TextExcerpt(m.Id, options), TextExcerpt(firm?.Name ?? string.Empty, options), Label(firm?.Region ?? string.Empty, options),
                    migration.CodeOf(m.From), migration.CodeOf(m.To),
                ];
            }));
        More(html, movers.Count, options.MaxListedFirms, "完整名单见 results.csv 与上年结果 / compare results.csv with the prior year's");
        html.Raw("</details>");
    }

    /// <summary>
    /// Each region's 亩均税收 and 亩均增加值 last year and this year, as ratios of the sums of the indicator's numerators and
    /// denominators over the rated firms of each year's results (the same definition both years).
    /// </summary>
    private static void WriteRegionTrend(HtmlWriter html, ReportContext context)
    {
        var (evaluation, options, _) = context;
        var prior = options.Prior;
        html.Element("h3", "各区域亩均效益变化 / Change per region");
        if (prior.Count == 0)
        {
            html.Element("p", "未提供上年结果明细，无法比较各区域的亩均数。The prior year's results were not given: no per-region change.", "note");
            return;
        }

        var priorSums = new Dictionary<(string Region, string Indicator), (double Num, double Den)>();
        foreach (var record in prior)
        {
            if (record.Status != FirmStatus.Rated)
            {
                continue;
            }

            foreach (var (id, _) in TrendIndicators)
            {
                if (record.Indicators.TryGetValue(id, out var i) && i.Numerator is { } n && i.Denominator is { } d)
                {
                    Add(priorSums, (record.Region, id), n, d);
                }
            }
        }

        var currentSums = new Dictionary<(string Region, string Indicator), (double Num, double Den)>();
        for (var row = 0; row < evaluation.Table.Count; row++)
        {
            if (evaluation.StatusOf(row) != FirmStatus.Rated)
            {
                continue;
            }

            var k = evaluation.PositionOf(row);
            foreach (var column in evaluation.PoolOf(row)!.Indicators)
            {
                var id = column.Profile.Indicator.Id;
                if (!double.IsNaN(column.Numerators[k]) && !double.IsNaN(column.Denominators[k]) && TrendIndicators.Any(t => t.Id == id))
                {
                    Add(currentSums, (evaluation.Table.Regions[row], id), column.Numerators[k], column.Denominators[k]);
                }
            }
        }

        var shown = TrendIndicators.Where(t => priorSums.Keys.Any(k => k.Indicator == t.Id) && currentSums.Keys.Any(k => k.Indicator == t.Id)).ToList();
        if (shown.Count == 0)
        {
            html.Element("p", "上年或本年结果中没有亩均税收、亩均增加值的分子分母，无法比较。Neither year's results carry the numerators and denominators of 亩均税收 or 亩均增加值.", "note");
            return;
        }

        var regions = priorSums.Keys.Concat(currentSums.Keys).Select(k => k.Region).Distinct().Order(StringComparer.Ordinal).ToList();
        List<string> header = ["区域 region"];
        foreach (var (_, name) in shown)
        {
            header.AddRange([$"{name} 上年", $"{name} 本年", $"{name} 增减 %"]);
        }

        html.Table(header, regions.Take(options.MaxListedGroups).Select(region =>
        {
            var cells = new List<string> { region.Length == 0 ? "— 未填区域 no region" : Label(region, options) };
            foreach (var (id, _) in shown)
            {
                var before = Ratio(priorSums, (region, id));
                var now = Ratio(currentSums, (region, id));
                cells.AddRange([context.Figure(before), context.Figure(now), before is > 0 && now is { } v ? HtmlWriter.Number(((v / before.Value) - 1) * 100, "+0.0;-0.0;0.0") : "—"]);
            }

            return (IReadOnlyList<string>)cells;
        }));
        MoreGroups(html, regions.Count, options.MaxListedGroups);
        html.Element("p", "万元/亩；Σ 分子 / Σ 分母（参评企业）。万元 per 亩; Σ numerator / Σ denominator over each year's rated firms.", "note");
    }

    private static void Add(Dictionary<(string, string), (double Num, double Den)> sums, (string, string) key, double numerator, double denominator)
    {
        var (n, d) = sums.GetValueOrDefault(key);
        sums[key] = (n + numerator, d + denominator);
    }

    private static double? Ratio(Dictionary<(string, string), (double Num, double Den)> sums, (string, string) key) =>
        sums.TryGetValue(key, out var s) && s.Den > 0 ? s.Num / s.Den : null;
}
