namespace EnterpriseScoring.Reporting;

/// <summary>Tiers per pool and region (counts and shares), each region's top and bottom firms, and 亩均 figures per group.</summary>
public static partial class HtmlReport
{
    private static void WriteTierCounts(HtmlWriter html, ReportContext context)
    {
        var (evaluation, options, summaries) = context;
        html.Element("h2", "分档结果 / Tiers by pool and region");
        var labels = evaluation.Profile.Labels;
        var tiers = evaluation.Profile.Tiers;
        html.Element("p", $"{string.Join(" · ", tiers.Levels.Select(t => $"{tiers.CodeOf(t)} {labels.Of(t)}"))}. 每格为企业数（占该组企业的比例）; “未分档” 为未参评企业，原因见概况。Each cell: firms (share of the group's firms); \"no tier\" counts the firms not rated (reasons in the overview).", "note");
        var max = options.MaxListedGroups;
        foreach (var (key, name) in new[] { (GroupKey.Pool, "评价分组 pool"), (GroupKey.Region, "区域 region") })
        {
            var summary = summaries.Get(key, GroupSummaryOptions.Default);
            var rows = summary.Rows.Where(r => r.TierCounts.Values.Sum() > 0).Take(max).ToList();
            html.Raw(SvgCharts.StackedTierBars($"{name} 分档", rows.Select(r => (GroupLabel(context, key, r.Group), r.TierCounts)).ToList(), tiers));
            html.Table(
                [name, .. tiers.Codes, "T", "不定等级 ungraded", "未分档 no tier", "合计 firms"],
                summary.Rows.Take(max).Append(summary.Total).Select(r => (IReadOnlyList<string>)
                [
                    r == summary.Total ? "合计 total" : GroupLabel(context, key, r.Group),
                    .. tiers.AllTiers.Select(t => CountShare(r.TierCounts[t], r.Firms)),
                    CountShare(r.Untiered, r.Firms), HtmlWriter.Number(r.Firms),
                ]));
            MoreGroups(html, summary.Rows.Count, max);
        }
    }

    /// <summary>Each region's best and worst rated firms by percentile in their pool (comparable across pools).</summary>
    private static void WriteRegionExtremes(HtmlWriter html, ReportContext context)
    {
        var (evaluation, options, _) = context;
        var n = options.RegionExtremes;
        if (n == 0)
        {
            return;
        }

        var byRegion = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        var percentiles = new double[evaluation.Table.Count]; // read once per firm: the sort below compares them often
        for (var row = 0; row < evaluation.Table.Count; row++)
        {
            if (evaluation.StatusOf(row) == FirmStatus.Rated)
            {
                percentiles[row] = evaluation.Figure(row, static (p, k) => p.Percentiles[k]) ?? 0;
                var region = evaluation.Table.Regions[row];
                if (!byRegion.TryGetValue(region, out var rows))
                {
                    byRegion[region] = rows = [];
                }

                rows.Add(row);
            }
        }

        if (byRegion.Count == 0)
        {
            return;
        }

        string Firm(int row) =>
            $"{TextExcerpt(evaluation.Table.Names[row].Length > 0 ? evaluation.Table.Names[row] : evaluation.Table.Ids[row], options)} "
            + $"({context.Total(evaluation.Figure(row, static (p, k) => p.Totals[k]))}, {evaluation.TierOf(row)?.ToString() ?? "—"})";

        html.Raw("<section>");
        html.Element("h2", "各区域前后位企业 / Top and bottom firms per region");
        html.Element("p", $"按企业在本组内的百分位排序（各组可比）；括号内为总分和档次。Ordered by percentile within the firm's pool (comparable across pools); total and tier in brackets. {n} each.", "note");
        var order = Comparer<int>.Create((a, b) =>
        {
            var c = percentiles[b].CompareTo(percentiles[a]);
            return c != 0 ? c : string.CompareOrdinal(evaluation.Table.Ids[a], evaluation.Table.Ids[b]) is var d && d != 0 ? d : a.CompareTo(b);
        });
        html.Table(
            ["区域 region", "参评 rated", "前列 top", "后列 bottom"],
            byRegion.Take(options.MaxListedGroups).Select(region =>
            {
                var rows = region.Value;
                rows.Sort(order);
                var top = rows.Take(n).ToList();
                var bottom = rows.Skip(Math.Max(n, rows.Count - n)).Reverse().ToList();
                return (IReadOnlyList<string>)
                [
                    Label(region.Key, options), HtmlWriter.Number(rows.Count), string.Join("；", top.Select(Firm)), string.Join("；", bottom.Select(Firm)),
                ];
            }));
        MoreGroups(html, byRegion.Count, options.MaxListedGroups);
        html.Raw("</section>");
    }

    private static void WriteGroupFigures(HtmlWriter html, ReportContext context)
    {
        var (_, options, summaries) = context;
        html.Element("h2", "分组亩均效益 / Figures per group (ratio of sums)");
        html.Element("p", "亩均数 = 组内参评企业的 Σ 数值 / Σ 用地（总量之比，不是企业比值的平均）；D 类用地为 D 类企业占用的土地。亩均 figures are Σ / Σland over the group's rated firms (ratio of sums, not the mean of firm ratios); D land is the land held by tier-D firms.", "note");
        foreach (var (key, name) in new[] { (GroupKey.Region, "区域 region"), (GroupKey.Pool, "评价分组 pool"), (GroupKey.Industry, "行业 industry"), (GroupKey.Platform, "平台 platform") })
        {
            var summary = summaries.Get(key, options.Summary);
            var open = summary.Rows.Count <= OpenListRows / 2;
            OpenDetails(html, context, open, $"{name} ({summary.Rows.Count})");
            html.Table(
                [name, "企业 firms", "亩均税收 万元/亩", "亩均增加值 万元/亩", "亩均营业收入 万元/亩", "用地 亩", "D 类用地 亩", "D 类用地占比"],
                summary.Rows.Take(options.MaxListedGroups).Append(summary.Total).Select(r => (IReadOnlyList<string>)
                [
                    r == summary.Total ? "合计 total" : GroupLabel(context, key, r.Group), HtmlWriter.Number(r.Firms),
                    context.Figure(r.TaxPerMu.Value), context.Figure(r.ValueAddedPerMu.Value), context.Figure(r.RevenuePerMu.Value),
                    context.Figure(r.Land), context.Figure(r.DLand),
                    r.DLandShare is { } s ? HtmlWriter.Number(s * 100, "0.#") + "%" : "—",
                ]));
            MoreGroups(html, summary.Rows.Count, options.MaxListedGroups);
            html.Raw("</details>");
        }
    }

    /// <summary>A group's label: pools by name, industries with their GB/T 4754-2017 name, an empty group explained.</summary>
    private static string GroupLabel(ReportContext context, GroupKey key, string group) => key switch
    {
        GroupKey.Pool => context.PoolName(group.Length == 0 ? null : group),
        _ when group.Length == 0 => key switch
        {
            GroupKey.Region => "— 未填区域 no region",
            GroupKey.Platform => "— 不在平台 no platform",
            _ => "— 未填行业 no industry",
        },
        GroupKey.Industry => TextExcerpt(IndustryNames.Label(group), context.Options),
        _ => Label(group, context.Options),
    };

    private static string CountShare(int count, int whole) => count == 0 ? "0" : $"{HtmlWriter.Number(count)} ({Share(count, whole)})";
}
