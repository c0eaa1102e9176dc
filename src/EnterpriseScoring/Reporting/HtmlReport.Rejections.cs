namespace EnterpriseScoring.Reporting;

/// <summary>The rejected rows: at input (line, column, value, reason) and during evaluation (status and reason).</summary>
public static partial class HtmlReport
{
    private static void WriteRejections(HtmlWriter html, ReportContext context)
    {
        var (evaluation, options, _) = context;
        var unrated = new List<int>();
        for (var row = 0; row < evaluation.Table.Count; row++)
        {
            if (evaluation.StatusOf(row) is FirmStatus.Rejected or FirmStatus.Excluded)
            {
                unrated.Add(row);
            }
        }

        var max = options.MaxListedRejections;
        string Reason(string text) => IO.TextExcerpt.Of(text, IO.TextExcerpt.DefaultMaxCellLength); // the library's words, which may quote input
        var inputLines = options.InputRejections.Select(r => r.Line).Distinct().Count();
        html.Element("h2", $"剔除记录 / Rejected rows ({inputLines} at input 输入, {unrated.Count} in evaluation 评价)");
        OpenDetails(html, context, options.InputRejections.Count + unrated.Count <= OpenListRows / 2, $"{options.InputRejections.Count + unrated.Count} 条 rows");
        html.Table(
            ["行 line", "统一社会信用代码 id", "列 column", "值 value", "原因 reason"],
            options.InputRejections.Take(max).Select(r => (IReadOnlyList<string>)
                [HtmlWriter.Number(r.Line), TextExcerpt(r.Id, options), TextExcerpt(r.Column, options), TextExcerpt(r.Value, options), Reason(r.Reason)]));
        More(html, options.InputRejections.Count, max, "完整名单见 rejects.csv / the full list is in rejects.csv");
        html.Table(
            ["统一社会信用代码 id", "企业名称 name", "状态 status", "原因 reason"],
            unrated.Take(max).Select(row => (IReadOnlyList<string>)
                [TextExcerpt(evaluation.Table.Ids[row], options), TextExcerpt(evaluation.Table.Names[row], options), ReportText.Status(evaluation.StatusOf(row)), Reason(evaluation.ReasonOf(row) ?? string.Empty)]));
        More(html, unrated.Count, max, "每家企业的状态见 results.csv / every firm and its status are in results.csv");
        html.Raw("</details>");
    }
}
