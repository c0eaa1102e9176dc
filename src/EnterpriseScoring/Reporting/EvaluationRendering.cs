using System.Text;

namespace EnterpriseScoring.Reporting;

/// <summary>Renderings of an evaluation for notebooks and chat: Markdown tables and the self-contained HTML report.</summary>
public static class EvaluationRendering
{
    /// <summary>The HTML report (<see cref="HtmlReport.Render"/>), e.g. for <c>display(HTML(...))</c> in a notebook.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="options">Report options.</param>
    public static string ToHtml(this Evaluation evaluation, HtmlReportOptions? options = null) => HtmlReport.Render(evaluation, options);

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
