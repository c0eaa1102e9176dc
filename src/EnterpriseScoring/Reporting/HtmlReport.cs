using System.Globalization;
using System.Text;
using EnterpriseScoring.IO;

namespace EnterpriseScoring.Reporting;

/// <summary>
/// A self-contained HTML report of an evaluation: tier counts per pool and region, score distributions, group 亩均
/// figures, land held by D firms, lists of A and D firms, the tier migration from the prior year, and the rejected
/// rows. Inline CSS and SVG only — no script, no network — and every firm-provided string is escaped.
/// </summary>
/// <remarks>
/// Bounded whatever the input: the lists that grow with it — A and D firms, rejected rows, groups — show at most
/// <see cref="HtmlReportOptions.MaxListedFirms"/>, <see cref="HtmlReportOptions.MaxListedRejections"/> and
/// <see cref="HtmlReportOptions.MaxListedGroups"/> entries and count the rest, and firm-provided text is shortened to
/// <see cref="HtmlReportOptions.MaxTextLength"/> characters. What the profile defines (pools, indicators) is shown whole.
/// Deterministic: the same evaluation and options give the same bytes (the report never reads the clock;
/// pass the run time in <see cref="HtmlReportOptions.Subtitle"/>).
/// </remarks>
public static class HtmlReport
{
    private const string Style = """
        body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:24px;color:#222;max-width:1200px}
        h1{font-size:1.6em;margin-bottom:0}h2{border-bottom:2px solid #1565c0;padding-bottom:4px;margin-top:2em}
        .subtitle{color:#666;margin-top:4px}table{border-collapse:collapse;margin:8px 0;font-size:.9em}
        th,td{border:1px solid #ccc;padding:3px 8px;text-align:right}th{background:#eef3fa}
        td:first-child,th:first-child{text-align:left}.chart{display:block;margin:8px 0;font-size:12px}
        .note{color:#666;font-size:.9em}.kpi{display:inline-block;margin-right:24px}.kpi b{font-size:1.4em;display:block}
        """;

    /// <summary>Renders the report.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="options">Input rejections, migration, summary options.</param>
    /// <returns>The whole HTML document.</returns>
    public static string Render(Evaluation evaluation, HtmlReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        options ??= HtmlReportOptions.Default;
        var title = options.Title ?? $"{evaluation.Profile.Name} 亩均效益综合评价";
        var html = new HtmlWriter();
        html.Raw("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">")
            .Element("title", title).Raw("<style>").Raw(Style).Raw("</style></head><body>");
        html.Element("h1", title);
        html.Element("p", Subtitle(evaluation, options), "subtitle");

        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxListedRejections, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxListedGroups, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxTextLength, nameof(options));
        var summaries = new Summaries(evaluation);
        WriteOverview(html, evaluation, options, summaries);
        WriteTierCounts(html, evaluation, options, summaries);
        WriteDistributions(html, evaluation);
        WriteGroupFigures(html, options, summaries);
        WriteFirmList(html, evaluation, Tier.A, options, "A 类企业 / Tier A firms");
        WriteFirmList(html, evaluation, Tier.D, options, "D 类企业 / Tier D firms");
        if (options.Migration is { } migration)
        {
            html.Element("h2", "等级变动 / Tier migration from the prior year");
            html.Element("p", $"{migration.Firms} firms: {migration.Upgraded} upgraded, {migration.Downgraded} downgraded, {migration.Unchanged} unchanged.", "note");
            WriteMigration(html, migration);
        }

        WriteRejections(html, evaluation, options);
        html.Raw("</body></html>\n");
        return html.ToString();
    }

    /// <summary>Writes the report to a file (UTF-8, no BOM).</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="path">The file.</param>
    /// <param name="options">Report options.</param>
    public static void Write(Evaluation evaluation, string path, HtmlReportOptions? options = null) =>
        File.WriteAllText(path, Render(evaluation, options), new UTF8Encoding(false));

    private static string Subtitle(Evaluation evaluation, HtmlReportOptions options)
    {
        var profile = evaluation.Profile;
        var parts = new List<string> { "profile " + profile.Name };
        if (profile.Jurisdiction.Length > 0)
        {
            parts.Add(profile.Jurisdiction);
        }

        if (profile.EvaluationYear > 0)
        {
            parts.Add("evaluation year " + HtmlWriter.Number(profile.EvaluationYear));
        }

        if (options.Subtitle is not null)
        {
            parts.Add(options.Subtitle);
        }

        return string.Join(" · ", parts);
    }

    private static void WriteOverview(HtmlWriter html, Evaluation evaluation, HtmlReportOptions options, Summaries summaries)
    {
        var status = evaluation.StatusCounts;
        var total = summaries.Get(GroupKey.Pool, options.Summary).Total;
        html.Element("h2", "概况 / Overview");
        html.Raw("<div>");
        Kpi(html, "input rows 输入", HtmlWriter.Number(evaluation.Table.Count + options.InputRejections.Select(r => r.Line).Distinct().Count()));
        Kpi(html, "rated 参评", HtmlWriter.Number(status[FirmStatus.Rated]));
        Kpi(html, "not rated 未参评", HtmlWriter.Number(evaluation.Table.Count - status[FirmStatus.Rated]));
        Kpi(html, "rejected at input 输入剔除", HtmlWriter.Number(options.InputRejections.Select(r => r.Line).Distinct().Count()));
        Kpi(html, "亩均税收 万元/亩", HtmlWriter.Number(total.TaxPerMu.Value));
        Kpi(html, "D 类用地 亩", HtmlWriter.Number(total.DLand) + (total.DLandShare is { } share ? $" ({HtmlWriter.Number(share * 100, "0.#")}%)" : string.Empty));
        html.Raw("</div>");
        html.Table(
            ["status 状态", "firms 企业数"],
            status.Where(s => s.Value > 0).Select(s => (IReadOnlyList<string>)[s.Key.ToString(), HtmlWriter.Number(s.Value)]));
    }

    private static void Kpi(HtmlWriter html, string label, string value) =>
        html.Raw("<span class=\"kpi\"><b>").Text(value).Raw("</b>").Text(label).Raw("</span>");

    private static void WriteTierCounts(HtmlWriter html, Evaluation evaluation, HtmlReportOptions options, Summaries summaries)
    {
        html.Element("h2", "分档结果 / Tiers by pool and region");
        var labels = evaluation.Profile.Labels;
        html.Element("p", $"A {labels.A} · B {labels.B} · C {labels.C} · D {labels.D}", "note");
        var max = options.MaxListedGroups;
        foreach (var (key, name) in new[] { (GroupKey.Pool, "pool 分组"), (GroupKey.Region, "region 区域") })
        {
            var summary = summaries.Get(key, GroupSummaryOptions.Default);
            var rows = summary.Rows.Where(r => r.TierCounts.Values.Sum() > 0).Take(max).ToList();
            html.Raw(SvgCharts.StackedTierBars($"tiers by {name}", rows.Select(r => (Label(r.Group, options), r.TierCounts)).ToList()));
            html.Table(
                [name, "A", "B", "C", "D", "T", "ungraded", "no tier"],
                summary.Rows.Take(max).Append(summary.Total).Select(r => (IReadOnlyList<string>)
                [
                    r == summary.Total ? "total 合计" : Label(r.Group, options),
                    HtmlWriter.Number(r.TierCounts[Tier.A]), HtmlWriter.Number(r.TierCounts[Tier.B]), HtmlWriter.Number(r.TierCounts[Tier.C]),
                    HtmlWriter.Number(r.TierCounts[Tier.D]), HtmlWriter.Number(r.TierCounts[Tier.T]), HtmlWriter.Number(r.TierCounts[Tier.UngradedAsB]),
                    HtmlWriter.Number(r.Untiered),
                ]));
            MoreGroups(html, summary.Rows.Count, max);
        }
    }

    /// <summary>The note under a group table cut at <paramref name="max"/> groups: how many more there are.</summary>
    private static void MoreGroups(HtmlWriter html, int groups, int max)
    {
        if (groups > max)
        {
            html.Element("p", string.Create(CultureInfo.InvariantCulture, $"… and {groups - max:N0} more groups (the total row counts them; summary.csv lists every group)."), "note");
        }
    }

    private static void WriteDistributions(HtmlWriter html, Evaluation evaluation)
    {
        html.Element("h2", "得分分布 / Score distribution");
        // The totals of each pool's rated firms in table order, read from the pool columns (one pass over the rows).
        var totalsByPool = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        for (var row = 0; row < evaluation.Table.Count; row++)
        {
            if (evaluation.PoolOf(row) is { } p && p.Status[evaluation.PositionOf(row)] == FirmStatus.Rated)
            {
                if (!totalsByPool.TryGetValue(p.Profile.Id, out var list))
                {
                    totalsByPool[p.Profile.Id] = list = [];
                }

                list.Add(p.Totals[evaluation.PositionOf(row)]);
            }
        }

        foreach (var pool in evaluation.Pools)
        {
            var totals = totalsByPool.TryGetValue(pool.Id, out var list) ? list : [];
            html.Element("h3", $"{pool.Id} {pool.Name} — {pool.RatedCount} rated");
            html.Raw(SvgCharts.Histogram($"score distribution of pool {pool.Id}", totals));
            html.Table(
                ["indicator 指标", "weight 权重", "benchmark 基准值", "note"],
                pool.Indicators.Select(i => (IReadOnlyList<string>)
                [
                    $"{i.ChineseName} {i.IndicatorId}", HtmlWriter.Number(i.Weight, "0.####"),
                    i.Benchmark is { } b ? HtmlWriter.Number(b.Value, "0.####") : "—", i.Note ?? string.Empty,
                ]));
        }
    }

    private static void WriteGroupFigures(HtmlWriter html, HtmlReportOptions options, Summaries summaries)
    {
        html.Element("h2", "亩均效益 / Figures per group (ratio of sums)");
        html.Element("p", "亩均 figures are Σ / Σland over the group's rated firms (ratio of sums, not the mean of firm ratios); D land is the land held by tier-D firms (低效用地).", "note");
        foreach (var (key, name) in new[] { (GroupKey.Region, "region 区域"), (GroupKey.Platform, "platform 平台"), (GroupKey.Industry, "industry 行业"), (GroupKey.Pool, "pool 分组") })
        {
            var summary = summaries.Get(key, options.Summary);
            html.Element("h3", name);
            html.Table(
                [name, "firms", "亩均税收", "亩均增加值", "亩均营业收入", "land 亩", "D land 亩", "D share"],
                summary.Rows.Take(options.MaxListedGroups).Append(summary.Total).Select(r => (IReadOnlyList<string>)
                [
                    r == summary.Total ? "total 合计" : Label(r.Group, options), HtmlWriter.Number(r.Firms),
                    HtmlWriter.Number(r.TaxPerMu.Value), HtmlWriter.Number(r.ValueAddedPerMu.Value), HtmlWriter.Number(r.RevenuePerMu.Value),
                    HtmlWriter.Number(r.Land), HtmlWriter.Number(r.DLand),
                    r.DLandShare is { } s ? HtmlWriter.Number(s * 100, "0.#") + "%" : "—",
                ]));
            MoreGroups(html, summary.Rows.Count, options.MaxListedGroups);
        }
    }

    private static void WriteFirmList(HtmlWriter html, Evaluation evaluation, Tier tier, HtmlReportOptions options, string title)
    {
        var max = options.MaxListedFirms;
        string Text(string text) => TextExcerpt.Of(text, options.MaxTextLength);
        // Bounded top-k: keep the first max firms in (pool id, rank, id, row) order without sorting the whole tier.
        var order = new FirmOrder(evaluation);
        var worstFirst = Comparer<int>.Create((a, b) => order.Compare(b, a));
        var kept = new PriorityQueue<int, int>(worstFirst);
        var count = 0;
        for (var row = 0; row < evaluation.Table.Count; row++)
        {
            if (evaluation.TierOf(row) != tier)
            {
                continue;
            }

            count++;
            if (max <= 0)
            {
                continue;
            }

            if (kept.Count < max)
            {
                kept.Enqueue(row, row);
            }
            else if (order.Compare(row, kept.Peek()) < 0)
            {
                kept.DequeueEnqueue(row, row);
            }
        }

        var listed = new List<int>(kept.Count);
        while (kept.Count > 0)
        {
            listed.Add(kept.Dequeue());
        }

        listed.Sort(order);
        html.Element("h2", $"{title} ({count})");
        html.Table(
            ["id 统一社会信用代码", "name 企业名称", "region", "pool", "score", "rank", "reason 分档依据"],
            listed.Select(row => evaluation.Results[row]).Select(r => (IReadOnlyList<string>)
            [
                Text(r.Id), Text(r.Name), Label(r.Region, options), r.PoolId ?? string.Empty, HtmlWriter.Number(r.Total),
                $"{r.Rank}/{r.PoolSize}", r.TierReason ?? string.Empty,
            ]));
        if (count > max)
        {
            html.Element("p", $"… and {count - max} more (see results.csv).", "note");
        }
    }

    private static void WriteRejections(HtmlWriter html, Evaluation evaluation, HtmlReportOptions options)
    {
        var unrated = new List<int>();
        for (var row = 0; row < evaluation.Table.Count; row++)
        {
            if (evaluation.StatusOf(row) is FirmStatus.Rejected or FirmStatus.Excluded)
            {
                unrated.Add(row);
            }
        }

        var max = options.MaxListedRejections;
        string Text(string text) => TextExcerpt.Of(text, options.MaxTextLength);
        string Reason(string text) => TextExcerpt.Of(text, TextExcerpt.DefaultMaxCellLength); // the library's words, which may quote input
        html.Element("h2", $"剔除记录 / Rejected rows ({options.InputRejections.Select(r => r.Line).Distinct().Count()} at input, {unrated.Count} in evaluation)");
        html.Table(
            ["line 行", "id", "column 列", "value 值", "reason 原因"],
            options.InputRejections.Take(max).Select(r => (IReadOnlyList<string>)[HtmlWriter.Number(r.Line), Text(r.Id), Text(r.Column), Text(r.Value), Reason(r.Reason)]));
        More(html, options.InputRejections.Count, max, "the full list is in rejects.csv");
        html.Table(
            ["id", "name", "status", "reason 原因"],
            unrated.Take(max).Select(row => (IReadOnlyList<string>)
                [Text(evaluation.Table.Ids[row]), Text(evaluation.Table.Names[row]), evaluation.StatusOf(row).ToString(), Reason(evaluation.ReasonOf(row) ?? string.Empty)]));
        More(html, unrated.Count, max, "every firm and its status are in results.csv");
    }

    /// <summary>The note under a list cut at <paramref name="max"/> entries: how many more there are and where they all are.</summary>
    private static void More(HtmlWriter html, int count, int max, string where)
    {
        if (count > max)
        {
            html.Element("p", string.Create(CultureInfo.InvariantCulture, $"… and {count - max:N0} more — {where}."), "note");
        }
    }

    /// <summary>The A/D list order: pool id (ordinal; no pool first), rank (none first), id (ordinal), then table row.</summary>
    private sealed class FirmOrder(Evaluation evaluation) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            var c = string.CompareOrdinal(evaluation.PoolOf(x)?.Profile.Id, evaluation.PoolOf(y)?.Profile.Id);
            if (c != 0)
            {
                return c;
            }

            c = Nullable.Compare(RankOf(x), RankOf(y));
            if (c != 0)
            {
                return c;
            }

            c = string.CompareOrdinal(evaluation.Table.Ids[x], evaluation.Table.Ids[y]);
            return c != 0 ? c : x.CompareTo(y);
        }

        private int? RankOf(int row) =>
            evaluation.StatusOf(row) == FirmStatus.Rated ? evaluation.PoolOf(row)!.Ranks[evaluation.PositionOf(row)] : null;
    }

    /// <summary>The group summaries of one rendering, each made once (the report shows some twice).</summary>
    private sealed class Summaries(Evaluation evaluation)
    {
        private readonly Dictionary<(GroupKey, GroupSummaryOptions), GroupSummary> made = [];

        public GroupSummary Get(GroupKey key, GroupSummaryOptions? options)
        {
            options ??= GroupSummaryOptions.Default;
            if (!made.TryGetValue((key, options), out var summary))
            {
                // Every key the report shows, at once: statuses, tiers and the total row are then made once.
                GroupKey[] keys = [GroupKey.Region, GroupKey.Platform, GroupKey.Industry, GroupKey.Pool];
                var all = GroupSummary.By(evaluation, keys, options);
                for (var i = 0; i < keys.Length; i++)
                {
                    made[(keys[i], options)] = all[i];
                }

                summary = made.TryGetValue((key, options), out var s) ? s : made[(key, options)] = GroupSummary.By(evaluation, key, options);
            }

            return summary;
        }
    }

    private static string Label(string group, HtmlReportOptions options) => group.Length == 0 ? "—" : TextExcerpt.Of(group, options.MaxTextLength);

    private static void WriteMigration(HtmlWriter html, MigrationMatrix migration)
    {
        var states = Enum.GetValues<MigrationState>();
        html.Table(
            ["from \\ to", .. states.Select(StateLabel)],
            states.Select(from => (IReadOnlyList<string>)[StateLabel(from), .. states.Select(to => HtmlWriter.Number(migration.Count(from, to)))]));
    }

    private static string StateLabel(MigrationState state) => state switch
    {
        MigrationState.Absent => "absent (new / gone)",
        MigrationState.UngradedAsB => "ungraded",
        _ => state.ToString(),
    };
}
