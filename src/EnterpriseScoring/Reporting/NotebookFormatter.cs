using EnterpriseScoring.Analysis;
using EnterpriseScoring.Weighting;

namespace EnterpriseScoring.Reporting;

/// <summary>
/// One formatter of <see cref="NotebookFormatterSource"/>, in the shape a .NET Interactive kernel expects by convention
/// (public <see cref="MimeType"/>, <see cref="Type"/> and <see cref="Format"/>): it writes the library's own public
/// renderings — <c>ToHtml()</c>, and for plain text the aligned tables, a firm's explanation or <c>ToString()</c>.
/// Every rendering is bounded (<see cref="NotebookView.DefaultRows"/> firms, then "… N more").
/// </summary>
internal sealed class NotebookFormatter(string mimeType)
{
    public const string Html = "text/html";

    public const string PlainText = "text/plain";

    /// <summary>The MIME type written.</summary>
    public string MimeType { get; } = mimeType;

    /// <summary>The type formatted: any object; <see cref="Format"/> declines what it does not know.</summary>
    public Type Type => typeof(object);

    /// <summary>Writes <paramref name="instance"/> in <see cref="MimeType"/>.</summary>
    /// <param name="instance">The value of the cell.</param>
    /// <param name="writer">Where the rendering goes.</param>
    /// <returns>Whether <paramref name="instance"/> was one of the library's results.</returns>
    public bool Format(object instance, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var text = MimeType == Html ? HtmlOf(instance) : TextOf(instance);
        if (text is null)
        {
            return false;
        }

        writer.Write(text);
        return true;
    }

    private static string? HtmlOf(object? instance) => instance switch
    {
        Evaluation e => e.ToHtmlSummary(),
        FirmResult f => f.ToHtml(),
        IEnumerable<FirmResult> results => results.ToHtml(),
        GroupSummary g => g.ToHtml(),
        MigrationMatrix m => m.ToHtml(),
        WeightingResult w => w.ToHtml(),
        EvaluationProfile p => p.ToHtml(),
        WhatIfResult w => w.ToHtml(),
        PromotionPath p => p.ToHtml(),
        SensitivityResult s => s.ToHtml(),
        MethodComparison c => c.ToHtml(),
        _ => null,
    };

    private static string? TextOf(object? instance) => instance switch
    {
        Evaluation e => e.ToTextSummary(),
        FirmResult f => f.Explain(),
        IEnumerable<FirmResult> results => results.ToText(),
        GroupSummary or MigrationMatrix or WeightingResult => instance.ToString(),
        EvaluationProfile p => NotebookViews.Of(p).ToText(),
        WhatIfResult w => NotebookViews.Of(w).ToText(),
        PromotionPath p => PromotionPathText.Write(p),
        SensitivityResult s => NotebookViews.Of(s, NotebookView.DefaultRows).ToText(),
        MethodComparison c => NotebookViews.Of(c).ToText(),
        _ => null,
    };
}
