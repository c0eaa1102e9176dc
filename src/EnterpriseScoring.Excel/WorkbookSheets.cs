using System.Globalization;
using EnterpriseScoring.IO;
using EnterpriseScoring.Reporting;

namespace EnterpriseScoring.Excel;

/// <summary>
/// The sheets of results.xlsx, in order: a 公示名单 per pool, 未入池企业 (firms in no pool, when there are any), 汇总,
/// 剔除 and 说明. Every firm of the evaluated table is on exactly one list sheet.
/// </summary>
internal static class WorkbookSheets
{
    /// <summary>The sheets of <paramref name="evaluation"/>.</summary>
    public static IEnumerable<XlsxSheet> Of(Evaluation evaluation, ResultsXlsxWriterOptions options)
    {
        var display = options.Display ?? evaluation.Profile.Display;
        var names = new SheetNaming();
        var byPool = evaluation.Results.GroupBy(r => r.PoolId ?? string.Empty).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var pool in evaluation.Pools)
        {
            yield return PoolList(pool, byPool.GetValueOrDefault(pool.Id) ?? [], display, names, evaluation.TierAdjustments.Count > 0 ? evaluation.Profile.Tiers : null);
        }

        if (byPool.TryGetValue(string.Empty, out var unpooled))
        {
            yield return Unpooled(unpooled, names);
        }

        yield return Summary(evaluation, display, names);
        yield return Rejects(options.Rejects ?? [], names);
        yield return Notes(evaluation, options, display, names);
    }

    /// <summary>The header of the initial-tier column: 初评等级 beside 等级 (the decided tier), in Chinese as every header of the
    /// 公示名单 (results.csv's machine column is <c>initial_tier</c>).</summary>
    public const string InitialTierHeader = "初评等级";

    /// <summary>The tier as the list shows it: A–D, T, 参照B类 for firms ungraded but managed as B.</summary>
    public static string TierText(Tier? tier) => tier is Tier.UngradedAsB ? "参照B类" : ResultsCsvFormat.TierCode(tier);

    /// <summary>A firm's tier as the list shows it: the code of the profile's tier set (A–D, or e.g. A+), T, 参照B类.</summary>
    private static string TierText(FirmResult firm) => firm.Tier is Tier.UngradedAsB ? "参照B类" : firm.TierCode;

    /// <summary>
    /// A pool's 公示名单. With manual tier decisions (<paramref name="initialTiers"/> set: the evaluation's tier set), a last
    /// column 初评等级 (results.csv's <c>initial_tier</c>): the tier code the rules and quotas gave.
    /// </summary>
    private static XlsxSheet PoolList(PoolSummary pool, List<FirmResult> firms, DisplayFormat display, SheetNaming names, Classification.TierSet? initialTiers)
    {
        var indicators = pool.Indicators;
        string[] header =
        [
            "排名", "企业名称", "统一社会信用代码", "所属区域",
            .. indicators.Select(i => (string.IsNullOrEmpty(i.ChineseName) ? i.IndicatorId : i.ChineseName) + "得分"),
            "综合得分", "等级", "等级名称", "状态", "说明",
            .. initialTiers is null ? Array.Empty<string>() : [InitialTierHeader],
        ];
        double[] widths = [6, 34, 22, 14, .. indicators.Select(_ => 11.0), 10, 8, 18, 14, 40, .. initialTiers is null ? Array.Empty<double>() : [10.0]];
        var ordered = firms
            .OrderBy(f => f.Rank ?? int.MaxValue)
            .ThenBy(f => f.Status)
            .ThenBy(f => f.Id, StringComparer.Ordinal);
        var rows = ordered.Select(f =>
        {
            var scores = f.Indicators;
            var cells = new List<XlsxCell>(header.Length)
            {
                XlsxCell.Of(f.Rank), XlsxCell.Of(f.Name), XlsxCell.Of(f.Id), XlsxCell.Of(f.Region),
            };
            foreach (var indicator in indicators)
            {
                var score = scores.FirstOrDefault(s => string.Equals(s.IndicatorId, indicator.IndicatorId, StringComparison.Ordinal))?.Score;
                cells.Add(Number(score, display.Scores));
            }

            cells.Add(Number(f.Total, display.Totals));
            cells.Add(XlsxCell.Of(TierText(f)));
            cells.Add(XlsxCell.Of(f.TierLabel));
            cells.Add(XlsxCell.Of(StatusNames.Of(f.Status)));
            cells.Add(XlsxCell.Of(f.Status == FirmStatus.Rated ? null : f.Reason));
            if (initialTiers is not null)
            {
                cells.Add(XlsxCell.Of(initialTiers.CodeOf(f.InitialTier)));
            }

            return cells.ToArray();
        });
        var title = string.IsNullOrWhiteSpace(pool.Name) ? pool.Id : pool.Name;
        return new XlsxSheet(names.Make("公示名单-" + title), header, widths, rows, Landscape: true);
    }

    private static XlsxSheet Unpooled(List<FirmResult> firms, SheetNaming names)
    {
        string[] header = ["企业名称", "统一社会信用代码", "所属区域", "等级", "等级名称", "状态", "说明"];
        var rows = firms.OrderBy(f => f.Status).ThenBy(f => f.Id, StringComparer.Ordinal).Select(f => new[]
        {
            XlsxCell.Of(f.Name), XlsxCell.Of(f.Id), XlsxCell.Of(f.Region), XlsxCell.Of(TierText(f)), XlsxCell.Of(f.TierLabel),
            XlsxCell.Of(StatusNames.Of(f.Status)), XlsxCell.Of(f.Reason),
        });
        return new XlsxSheet(names.Make("未入池企业"), header, [34, 22, 14, 8, 18, 16, 50], rows, Landscape: true);
    }

    private static XlsxSheet Summary(Evaluation evaluation, DisplayFormat display, SheetNaming names)
    {
        string[] header =
        [
            "分组方式", "分组", "企业数", "参评", .. evaluation.Profile.Tiers.Codes.Select(c => c + "类"), "T类", "不定等级", "无等级",
            "亩均税收", "亩均增加值", "亩均营业收入", "用地面积", $"{evaluation.Profile.Tiers.Codes[^1]}类用地面积", $"{evaluation.Profile.Tiers.Codes[^1]}类用地占比",
        ];
        var keys = new (GroupKey Key, string Name)[] { (GroupKey.Region, "区域"), (GroupKey.Platform, "平台"), (GroupKey.Industry, "行业"), (GroupKey.Pool, "评价组") };
        var figures = display.Figures;
        var land = DisplayPrecision.Default;
        var share = new DisplayPrecision(4, SummaryRounding.Round);
        var rows = keys.SelectMany(k =>
        {
            var summary = GroupSummary.By(evaluation, k.Key, display.SummaryOptions());
            return summary.Rows.Select(r => (Row: r, Label: r.Group)).Append((Row: summary.Total, Label: "合计")).Select(x => (XlsxCell[])
            [
                XlsxCell.Of(k.Name), XlsxCell.Of(x.Label.Length == 0 ? "（空）" : x.Label),
                XlsxCell.Of(x.Row.Firms), XlsxCell.Of(x.Row.StatusCounts[FirmStatus.Rated]),
                .. evaluation.Profile.Tiers.AllTiers.Select(t => XlsxCell.Of(x.Row.TierCounts[t])),
                XlsxCell.Of(x.Row.Untiered),
                XlsxCell.Of(x.Row.TaxPerMu.Value, figures.SpreadsheetFormat), XlsxCell.Of(x.Row.ValueAddedPerMu.Value, figures.SpreadsheetFormat),
                XlsxCell.Of(x.Row.RevenuePerMu.Value, figures.SpreadsheetFormat),
                Number(x.Row.Land, land), Number(x.Row.DLand, land),
                x.Row.DLandShare is { } s ? XlsxCell.Of(share.Apply(s), "0.00%") : XlsxCell.Empty,
            ]);
        });
        return new XlsxSheet(names.Make("汇总"), header, [10, 24, 8, 8, .. evaluation.Profile.Tiers.Codes.Select(_ => 7), 7, 9, 8, 11, 11, 13, 12, 13, 12], rows, Landscape: true);
    }

    private static XlsxSheet Rejects(IReadOnlyList<Validation.RowIssue> rejects, SheetNaming names)
    {
        string[] header = ["行号", "企业代码", "列", "值", "原因"];
        var rows = rejects.Select(r => new[] { XlsxCell.Of(r.Line), XlsxCell.Of(r.Id), XlsxCell.Of(r.Column), XlsxCell.Of(r.Value), XlsxCell.Of(r.Reason) });
        return new XlsxSheet(names.Make("剔除"), header, [8, 22, 18, 18, 70], rows, Landscape: true);
    }

    private static XlsxSheet Notes(Evaluation evaluation, ResultsXlsxWriterOptions options, DisplayFormat display, SheetNaming names)
    {
        var profile = evaluation.Profile;
        var f = CultureInfo.InvariantCulture;
        var lines = new List<(string, string?)>
        {
            ("评价方案", profile.Name),
            ("方案说明", profile.Metadata?.Description),
            ("地区", profile.Jurisdiction),
            ("评价年度", profile.EvaluationYear > 0 ? profile.EvaluationYear.ToString(f) : null),
        };
        lines.AddRange((profile.Metadata?.Sources ?? []).Select(s => ("依据文件", (string?)(s.What is { Length: > 0 } what ? $"{s.Document}（{what}）" : s.Document))));
        lines.Add(("运行编号", options.RunId));
        lines.Add(("输入数据", options.Input));
        lines.Add(("输入数据 SHA-256", options.InputSha256));
        lines.Add(("评价方案 SHA-256", options.ProfileSha256));
        lines.Add(("企业数", evaluation.Table.Count.ToString(f)));
        lines.Add(("剔除行数", (options.Rejects?.Count ?? 0).ToString(f)));
        lines.Add(("显示精度", $"指标得分 {Describe(display.Scores)}；综合得分 {Describe(display.Totals)}；汇总指标 {Describe(display.Figures)}"));
        lines.Add(("说明", "表中得分为按上述精度修约后的数值；完整精度见 results.csv。"));
        lines.Add(("生成工具", options.Tool));
        var rows = lines.Where(l => !string.IsNullOrEmpty(l.Item2)).Select(l => new[] { XlsxCell.Of(l.Item1), XlsxCell.Of(l.Item2) });
        return new XlsxSheet(names.Make("说明"), ["项目", "内容"], [18, 90], rows, Landscape: false);
    }

    /// <summary>E.g. 保留2位小数（四舍五入）.</summary>
    internal static string Describe(DisplayPrecision precision) => precision.Rounding switch
    {
        SummaryRounding.None => "不修约",
        SummaryRounding.Round => $"保留{precision.Decimals}位小数（四舍五入）",
        SummaryRounding.HalfEven => $"保留{precision.Decimals}位小数（四舍六入五成双）",
        _ => $"保留{precision.Decimals}位小数（截断）",
    };

    private static XlsxCell Number(double? value, DisplayPrecision precision) =>
        value is { } v ? XlsxCell.Of(precision.Apply(v), precision.SpreadsheetFormat) : XlsxCell.Empty;
}
