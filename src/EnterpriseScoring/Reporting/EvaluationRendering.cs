using System.Text;

namespace EnterpriseScoring.Reporting;

/// <summary>Renderings of an evaluation for notebooks and chat: Markdown tables and the self-contained HTML report.</summary>
public static class EvaluationRendering
{
    /// <summary>How many firms <see cref="ToHtmlSummary"/>, <see cref="ToTextSummary"/> and the firm-list renderings show
    /// before "… N more firms" (a notebook cell of a million-firm evaluation stays small).</summary>
    public const int DefaultFirmRows = NotebookView.DefaultRows;

    /// <summary>The HTML report (<see cref="HtmlReport.Render"/>), e.g. for <c>display(HTML(...))</c> in a notebook.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="options">Report options.</param>
    public static string ToHtml(this Evaluation evaluation, HtmlReportOptions? options = null) => HtmlReport.Render(evaluation, options);

    /// <summary>
    /// A compact HTML fragment for a notebook cell: the counts, tiers and 亩均 figures per pool, each pool's weights and
    /// benchmarks, and the first <paramref name="maxFirms"/> firms (then "… N more firms"). All text is escaped.
    /// </summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="maxFirms">How many firms to list (≥ 0).</param>
    /// <returns>An HTML fragment (a <c>div</c>), not a whole page; <see cref="ToHtml(Evaluation, HtmlReportOptions?)"/> is the full report.</returns>
    public static string ToHtmlSummary(this Evaluation evaluation, int maxFirms = DefaultFirmRows) => NotebookViews.Of(evaluation, maxFirms).ToHtml();

    /// <summary>The same as <see cref="ToHtmlSummary"/> as aligned text tables (CJK counted as two columns).</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="maxFirms">How many firms to list (≥ 0).</param>
    public static string ToTextSummary(this Evaluation evaluation, int maxFirms = DefaultFirmRows) => NotebookViews.Of(evaluation, maxFirms).ToText();

    /// <summary>Firm results (e.g. <c>evaluation.Results.Where(r =&gt; r.Tier == Tier.D)</c>) as an HTML table: id, name,
    /// pool, status, total, rank, percentile, tier and label of the first <paramref name="maxFirms"/>, then "… N more firms".</summary>
    /// <param name="results">The results.</param>
    /// <param name="maxFirms">How many firms to list (≥ 0).</param>
    public static string ToHtml(this IEnumerable<FirmResult> results, int maxFirms = DefaultFirmRows) => NotebookViews.Of(results, maxFirms).ToHtml();

    /// <summary>The same table as <see cref="ToHtml(IEnumerable{FirmResult}, int)"/> in Markdown.</summary>
    /// <param name="results">The results.</param>
    /// <param name="maxFirms">How many firms to list (≥ 0).</param>
    public static string ToMarkdown(this IEnumerable<FirmResult> results, int maxFirms = DefaultFirmRows) => NotebookViews.Of(results, maxFirms).ToMarkdown();

    /// <summary>The same table as <see cref="ToHtml(IEnumerable{FirmResult}, int)"/> as aligned text.</summary>
    /// <param name="results">The results.</param>
    /// <param name="maxFirms">How many firms to list (≥ 0).</param>
    public static string ToText(this IEnumerable<FirmResult> results, int maxFirms = DefaultFirmRows) => NotebookViews.Of(results, maxFirms).ToText();

    /// <summary>Tier counts per pool and the pools' 亩均 figures as Markdown tables.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="options">How group figures are computed and rounded.</param>
    public static string ToMarkdown(this Evaluation evaluation, GroupSummaryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var sb = new StringBuilder();
        sb.Append("## ").Append(evaluation.Profile.Name).AppendLine().AppendLine();
        sb.AppendLine(evaluation.ToString()).AppendLine();
        sb.AppendLine(GroupSummary.By(evaluation, GroupKey.Pool, options).ToMarkdown());
        return sb.ToString();
    }
}
