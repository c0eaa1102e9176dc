namespace EnterpriseScoring.Reporting;

/// <summary>The overview: headline figures, every status with its meaning, and why the not-rated firms are not rated.</summary>
public static partial class HtmlReport
{
    /// <summary>How many distinct reasons the not-rated table lists before counting the rest.</summary>
    private const int ListedReasons = 12;

    private static void WriteOverview(HtmlWriter html, ReportContext context)
    {
        var (evaluation, options, summaries) = context;
        var status = evaluation.StatusCounts;
        var total = summaries.Get(GroupKey.Pool, options.Summary).Total;
        var rejectedLines = options.InputRejections.Select(r => r.Line).Distinct().Count();
        html.Element("h2", "概况 / Overview");
        html.Raw("<div>");
        Kpi(html, "输入行 input rows", HtmlWriter.Number(evaluation.Table.Count + rejectedLines));
        Kpi(html, "参评 rated", HtmlWriter.Number(status[FirmStatus.Rated]));
        Kpi(html, "未参评 not rated", HtmlWriter.Number(evaluation.Table.Count - status[FirmStatus.Rated]));
        Kpi(html, "输入剔除 rejected at input", HtmlWriter.Number(rejectedLines));
        Kpi(html, "亩均税收 万元/亩", context.Figure(total.TaxPerMu.Value));
        Kpi(html, "D 类用地 亩", context.Figure(total.DLand) + (total.DLandShare is { } share ? $" ({HtmlWriter.Number(share * 100, "0.#")}%)" : string.Empty));
        html.Raw("</div>");
        html.Table(
            ["状态 status", "企业数 firms", "占比 share", "含义 meaning"],
            status.Where(s => s.Value > 0).Select(s => (IReadOnlyList<string>)
            [
                ReportText.Status(s.Key), HtmlWriter.Number(s.Value), Share(s.Value, evaluation.Table.Count), ReportText.StatusMeaning(s.Key),
            ]));
        WriteNotRatedReasons(html, context);
    }

    /// <summary>The not-rated firms counted by status and reason (most frequent first), so no row of the tier tables is unexplained.</summary>
    private static void WriteNotRatedReasons(HtmlWriter html, ReportContext context)
    {
        var evaluation = context.Evaluation;
        var counts = new Dictionary<(FirmStatus Status, string Reason), int>();
        for (var row = 0; row < evaluation.Table.Count; row++)
        {
            var status = evaluation.StatusOf(row);
            if (status == FirmStatus.Rated)
            {
                continue;
            }

            var key = (status, evaluation.ReasonOf(row) ?? string.Empty);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        if (counts.Count == 0)
        {
            return;
        }

        var ordered = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key.Status).ThenBy(c => c.Key.Reason, StringComparer.Ordinal).ToList();
        html.Element("h3", "未参评企业及原因 / Firms not rated, by reason");
        html.Table(
            ["状态 status", "原因 reason", "企业数 firms"],
            ordered.Take(ListedReasons).Select(c => (IReadOnlyList<string>)
            [
                ReportText.Status(c.Key.Status), IO.TextExcerpt.Of(c.Key.Reason.Length == 0 ? "—" : c.Key.Reason, IO.TextExcerpt.DefaultMaxCellLength), HtmlWriter.Number(c.Value),
            ]));
        More(html, ordered.Count, ListedReasons, "每家企业的原因见 results.csv / every firm's reason is in results.csv");
    }

    private static void Kpi(HtmlWriter html, string label, string value) =>
        html.Raw("<span class=\"kpi\"><b>").Text(value).Raw("</b>").Text(label).Raw("</span>");

    /// <summary>A count as a percentage of a whole, one decimal (<c>—</c> for an empty whole).</summary>
    private static string Share(int count, int whole) => whole == 0 ? "—" : HtmlWriter.Number(100.0 * count / whole, "0.0") + "%";
}
