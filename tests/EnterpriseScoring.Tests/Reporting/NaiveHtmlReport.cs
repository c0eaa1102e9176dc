using System.Text;

using EnterpriseScoring.Reporting;

namespace EnterpriseScoring.Tests.Reporting;
/// <summary>
/// A self-contained HTML report of an evaluation: tier counts per pool and region, score distributions, group 亩均
/// figures, land held by D firms, lists of A and D firms, the tier migration from the prior year, and every rejected
/// row. Inline CSS and SVG only — no script, no network — and every firm-provided string is escaped.
/// </summary>
/// <remarks>Deterministic: the same evaluation and options give the same bytes (the report never reads the clock;
/// pass the run time in <see cref="HtmlReportOptions.Subtitle"/>).</remarks>
internal static class NaiveHtmlReport
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
        var results = evaluation.Results;
        var title = options.Title ?? $"{evaluation.Profile.Name} 亩均效益综合评价";
        var html = new HtmlWriter();
        html.Raw("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">")
            .Element("title", title).Raw("<style>").Raw(Style).Raw("</style></head><body>");
        html.Element("h1", title);
        html.Element("p", Subtitle(evaluation, options), "subtitle");

        WriteOverview(html, evaluation, options);
        WriteTierCounts(html, evaluation);
        WriteDistributions(html, evaluation, results);
        WriteGroupFigures(html, evaluation, options);
        WriteFirmList(html, results, Tier.A, options.MaxListedFirms, "A 类企业 / Tier A firms");
        WriteFirmList(html, results, Tier.D, options.MaxListedFirms, "D 类企业 / Tier D firms");
        if (options.Migration is { } migration)
        {
            html.Element("h2", "等级变动 / Tier migration from the prior year");
            html.Element("p", $"{migration.Firms} firms: {migration.Upgraded} upgraded, {migration.Downgraded} downgraded, {migration.Unchanged} unchanged.", "note");
            WriteMigration(html, migration);
        }

        WriteRejections(html, results, options);
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

    private static void WriteOverview(HtmlWriter html, Evaluation evaluation, HtmlReportOptions options)
    {
        var status = evaluation.StatusCounts;
        var total = GroupSummary.By(evaluation, GroupKey.Pool, options.Summary).Total;
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

    private static void WriteTierCounts(HtmlWriter html, Evaluation evaluation)
    {
        html.Element("h2", "分档结果 / Tiers by pool and region");
        var labels = evaluation.Profile.Labels;
        html.Element("p", $"A {labels.A} · B {labels.B} · C {labels.C} · D {labels.D}", "note");
        foreach (var (key, name) in new[] { (GroupKey.Pool, "pool 分组"), (GroupKey.Region, "region 区域") })
        {
            var summary = GroupSummary.By(evaluation, key);
            var rows = summary.Rows.Where(r => r.TierCounts.Values.Sum() > 0).ToList();
            html.Raw(SvgCharts.StackedTierBars($"tiers by {name}", rows.Select(r => (Label(r.Group), r.TierCounts)).ToList()));
            html.Table(
                [name, "A", "B", "C", "D", "T", "ungraded", "no tier"],
                summary.Rows.Append(summary.Total).Select(r => (IReadOnlyList<string>)
                [
                    r == summary.Total ? "total 合计" : Label(r.Group),
                    HtmlWriter.Number(r.TierCounts[Tier.A]), HtmlWriter.Number(r.TierCounts[Tier.B]), HtmlWriter.Number(r.TierCounts[Tier.C]),
                    HtmlWriter.Number(r.TierCounts[Tier.D]), HtmlWriter.Number(r.TierCounts[Tier.T]), HtmlWriter.Number(r.TierCounts[Tier.UngradedAsB]),
                    HtmlWriter.Number(r.Untiered),
                ]));
        }
    }

    private static void WriteDistributions(HtmlWriter html, Evaluation evaluation, IReadOnlyList<FirmResult> results)
    {
        html.Element("h2", "得分分布 / Score distribution");
        foreach (var pool in evaluation.Pools)
        {
            var totals = results.Where(r => r.PoolId == pool.Id && r.Total is not null).Select(r => r.Total!.Value).ToList();
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

    private static void WriteGroupFigures(HtmlWriter html, Evaluation evaluation, HtmlReportOptions options)
    {
        html.Element("h2", "亩均效益 / Figures per group (ratio of sums)");
        html.Element("p", "亩均 figures are Σ / Σland over the group's rated firms (ratio of sums, not the mean of firm ratios); D land is the land held by tier-D firms (低效用地).", "note");
        foreach (var (key, name) in new[] { (GroupKey.Region, "region 区域"), (GroupKey.Platform, "platform 平台"), (GroupKey.Industry, "industry 行业"), (GroupKey.Pool, "pool 分组") })
        {
            var summary = GroupSummary.By(evaluation, key, options.Summary);
            html.Element("h3", name);
            html.Table(
                [name, "firms", "亩均税收", "亩均增加值", "亩均营业收入", "land 亩", "D land 亩", "D share"],
                summary.Rows.Append(summary.Total).Select(r => (IReadOnlyList<string>)
                [
                    r == summary.Total ? "total 合计" : Label(r.Group), HtmlWriter.Number(r.Firms),
                    HtmlWriter.Number(r.TaxPerMu.Value), HtmlWriter.Number(r.ValueAddedPerMu.Value), HtmlWriter.Number(r.RevenuePerMu.Value),
                    HtmlWriter.Number(r.Land), HtmlWriter.Number(r.DLand),
                    r.DLandShare is { } s ? HtmlWriter.Number(s * 100, "0.#") + "%" : "—",
                ]));
        }
    }

    private static void WriteFirmList(HtmlWriter html, IReadOnlyList<FirmResult> results, Tier tier, int max, string title)
    {
        var firms = results.Where(r => r.Tier == tier).OrderBy(r => r.PoolId, StringComparer.Ordinal).ThenBy(r => r.Rank).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        html.Element("h2", $"{title} ({firms.Count})");
        html.Table(
            ["id 统一社会信用代码", "name 企业名称", "region", "pool", "score", "rank", "reason 分档依据"],
            firms.Take(max).Select(r => (IReadOnlyList<string>)
            [
                r.Id, r.Name, Label(r.Region), r.PoolId ?? string.Empty, HtmlWriter.Number(r.Total),
                $"{r.Rank}/{r.PoolSize}", r.TierReason ?? string.Empty,
            ]));
        if (firms.Count > max)
        {
            html.Element("p", $"… and {firms.Count - max} more (see results.csv).", "note");
        }
    }

    private static void WriteRejections(HtmlWriter html, IReadOnlyList<FirmResult> results, HtmlReportOptions options)
    {
        var unrated = results.Where(r => r.Status is FirmStatus.Rejected or FirmStatus.Excluded).ToList();
        html.Element("h2", $"剔除记录 / Rejected rows ({options.InputRejections.Select(r => r.Line).Distinct().Count()} at input, {unrated.Count} in evaluation)");
        html.Table(
            ["line 行", "id", "column 列", "value 值", "reason 原因"],
            options.InputRejections.Select(r => (IReadOnlyList<string>)[HtmlWriter.Number(r.Line), r.Id, r.Column, r.Value, r.Reason]));
        html.Table(
            ["id", "name", "status", "reason 原因"],
            unrated.Select(r => (IReadOnlyList<string>)[r.Id, r.Name, r.Status.ToString(), r.Reason ?? string.Empty]));
    }

    private static string Label(string group) => group.Length == 0 ? "—" : group;

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
