using System.Globalization;
using System.Text;

namespace EnterpriseScoring.Reporting;

/// <summary>
/// A self-contained HTML report of an evaluation for the officials who act on it: an overview with the not-rated firms
/// explained by reason, the D and C lists first (each firm's indicator scores and weakest indicator), tier counts and
/// shares per pool and region, each region's top and bottom firms, score distributions with the benchmarks in their
/// units, 亩均 figures per group (industries with their GB/T 4754-2017 names), the consequences (差别电价, quota cuts),
/// the movement from the prior year, the A list (collapsed) and the rejected rows. Chinese labels with English beside
/// them; inline CSS and SVG only — no script, no network — with a print stylesheet (A4); every firm-provided string is
/// escaped.
/// </summary>
/// <remarks>
/// Bounded whatever the input: the lists that grow with it — firms per tier, movers, rejected rows, groups — show at
/// most <see cref="HtmlReportOptions.MaxListedFirms"/>, <see cref="HtmlReportOptions.MaxListedRejections"/> and
/// <see cref="HtmlReportOptions.MaxListedGroups"/> entries and count the rest, and firm-provided text is shortened to
/// <see cref="HtmlReportOptions.MaxTextLength"/> characters. What the profile defines (pools, indicators) is shown whole.
/// Long lists are in <c>&lt;details&gt;</c> blocks, closed unless <see cref="HtmlReportOptions.ExpandLists"/>: a
/// browser prints only what is open, so the printed summary stays a few pages.
/// Deterministic: the same evaluation and options give the same bytes (the report never reads the clock;
/// pass the run time in <see cref="HtmlReportOptions.Subtitle"/>).
/// </remarks>
public static partial class HtmlReport
{
    /// <summary>A list with more rows than this starts closed (the D list always starts open, the A list always closed).</summary>
    private const int OpenListRows = 50;

    internal const string Style = """
        body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:24px;color:#222;max-width:1200px}
        h1{font-size:1.6em;margin-bottom:0}h2{border-bottom:2px solid #1565c0;padding-bottom:4px;margin-top:2em}
        .subtitle{color:#666;margin-top:4px}table{border-collapse:collapse;margin:8px 0;font-size:.9em}
        th,td{border:1px solid #ccc;padding:3px 8px;text-align:left}th{background:#eef3fa}td.n{text-align:right;white-space:nowrap}
        .chart{display:block;margin:8px 0;font-size:12px}
        .note{color:#666;font-size:.9em}.kpi{display:inline-block;margin-right:24px}.kpi b{font-size:1.4em;display:block}
        details>summary{cursor:pointer;font-weight:bold;margin:8px 0}table.list td{white-space:nowrap}table.list td:last-child{white-space:normal;min-width:12em}
        @page{size:A4;margin:14mm 12mm}
        @media print{body{margin:0;max-width:none;font-size:10pt}h2{break-before:auto;break-after:avoid}
        table{font-size:8pt;break-inside:auto}th,td{padding:1px 4px}tr{break-inside:avoid}thead{display:table-header-group}
        .chart{break-inside:avoid;max-width:100%;height:auto}section{break-inside:avoid-page}.screen{display:none}}
        """;

    /// <summary>Renders the report.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="options">Title, input rejections, consequences, prior results, migration, summary options, bounds.</param>
    /// <returns>The whole HTML document.</returns>
    public static string Render(Evaluation evaluation, HtmlReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        options ??= HtmlReportOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxListedFirms, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxListedRejections, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxListedGroups, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxTextLength, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.RegionExtremes, nameof(options));
        var title = options.Title ?? DefaultTitle(evaluation.Profile);
        var html = new HtmlWriter();
        html.Raw("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">")
            .Element("title", title).Raw("<style>").Raw(Style).Raw("</style></head><body>");
        html.Element("h1", title);
        html.Element("p", Subtitle(evaluation, options), "subtitle");

        var summaries = new Summaries(evaluation);
        var context = new ReportContext(evaluation, options with { Summary = options.Summary ?? evaluation.Profile.Display.SummaryOptions() }, summaries);
        WriteOverview(html, context);
        var tiers = evaluation.Profile.Tiers; // the bottom tier first (D of A–D), then the one above it; the best tier last
        WriteFirmList(html, context, tiers.Bottom, open: true);
        WriteFirmList(html, context, tiers.Levels[^2], open: null);
        WriteTierCounts(html, context);
        WriteRegionExtremes(html, context);
        WriteDistributions(html, context);
        WriteGroupFigures(html, context);
        WriteConsequences(html, context);
        WriteMigration(html, context);
        WriteFirmList(html, context, tiers.Levels[0], open: false);
        WriteRejections(html, context);
        html.Raw("</body></html>\n");
        return html.ToString();
    }

    /// <summary>Writes the report to a file (UTF-8, no BOM).</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="path">The file.</param>
    /// <param name="options">Report options.</param>
    public static void Write(Evaluation evaluation, string path, HtmlReportOptions? options = null) =>
        File.WriteAllText(path, Render(evaluation, options), new UTF8Encoding(false));

    /// <summary>
    /// The title when <see cref="HtmlReportOptions.Title"/> is not given: <c>{jurisdiction}{year}年度工业企业亩均效益综合评价</c>
    /// from the profile (e.g. 浙江省临海市2014年度工业企业亩均效益综合评价), or the profile's name when it states no jurisdiction.
    /// </summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The title.</returns>
    public static string DefaultTitle(EvaluationProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var year = profile.EvaluationYear > 0 ? profile.EvaluationYear.ToString(CultureInfo.InvariantCulture) + "年度" : string.Empty;
        return profile.Jurisdiction.Length > 0
            ? $"{profile.Jurisdiction}{year}工业企业亩均效益综合评价"
            : $"{profile.Name} {year}亩均效益综合评价".Replace("  ", " ", StringComparison.Ordinal);
    }

    private static string Subtitle(Evaluation evaluation, HtmlReportOptions options)
    {
        var profile = evaluation.Profile;
        var parts = new List<string> { "评价方案 profile " + profile.Name };
        if (profile.Metadata?.Description is { Length: > 0 } description)
        {
            parts.Add(description);
        }

        if (profile.EvaluationYear > 0)
        {
            parts.Add("评价年度 evaluation year " + HtmlWriter.Number(profile.EvaluationYear));
        }

        if (options.Subtitle is not null)
        {
            parts.Add(options.Subtitle);
        }

        return string.Join(" · ", parts);
    }

    /// <summary>Opens a <c>&lt;details&gt;</c> block (open when <paramref name="open"/> or the options expand every list).</summary>
    private static void OpenDetails(HtmlWriter html, ReportContext context, bool open, string summary)
    {
        html.Raw(open || context.Options.ExpandLists ? "<details open><summary>" : "<details><summary>").Text(summary).Raw("</summary>");
    }

    /// <summary>The note under a group table cut at <paramref name="max"/> groups: how many more there are.</summary>
    private static void MoreGroups(HtmlWriter html, int groups, int max)
    {
        if (groups > max)
        {
            html.Element("p", string.Create(CultureInfo.InvariantCulture, $"… 另有 {groups - max:N0} 组 and {groups - max:N0} more groups (the total row counts them; summary.csv lists every group)."), "note");
        }
    }

    /// <summary>The note under a list cut at <paramref name="max"/> entries: how many more there are and where they all are.</summary>
    private static void More(HtmlWriter html, int count, int max, string where)
    {
        if (count > max)
        {
            html.Element("p", string.Create(CultureInfo.InvariantCulture, $"… 另有 {count - max:N0} 条 and {count - max:N0} more — {where}."), "note");
        }
    }

    private static string Label(string group, HtmlReportOptions options) => group.Length == 0 ? "—" : TextExcerpt(group, options);

    private static string TextExcerpt(string text, HtmlReportOptions options) => IO.TextExcerpt.Of(text, options.MaxTextLength);

    /// <summary>What one rendering shares between its sections.</summary>
    private sealed record ReportContext(Evaluation Evaluation, HtmlReportOptions Options, Summaries Summaries)
    {
        /// <summary>The pool's display name, e.g. 规上企业 (above_size).</summary>
        public string PoolName(string? id)
        {
            if (id is null)
            {
                return "— 未入组 no pool";
            }

            var pool = Evaluation.Pools.FirstOrDefault(p => p.Id == id);
            return ReportText.Pool(id, pool?.Name ?? string.Empty);
        }

        /// <summary>An indicator score as the profile's display says (e.g. 2 places, half up: <c>17.80</c>).</summary>
        public string Score(double? value) => value is { } v ? Evaluation.Profile.Display.Scores.Format(v) : "—";

        /// <summary>A total as the profile's display says.</summary>
        public string Total(double? value) => value is { } v ? Evaluation.Profile.Display.Totals.Format(v) : "—";

        /// <summary>A group figure (亩均税收, land) as the profile's display says (already rounded by the group summary).</summary>
        public string Figure(double? value) => value is { } v ? Evaluation.Profile.Display.Figures.Format(v) : "—";

        /// <summary>The unit of an indicator in the profile, or empty.</summary>
        public string UnitOf(string poolId, string indicatorId) =>
            Evaluation.Profile.Pools.FirstOrDefault(p => p.Id == poolId)?.Indicators.FirstOrDefault(i => i.Indicator.Id == indicatorId)?.Indicator.Unit ?? string.Empty;
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
}
