namespace EnterpriseScoring.Reporting;

/// <summary>
/// The formatter source named by <see cref="TypeFormatterSourceAttribute"/>: one formatter per MIME type. The kernel
/// finds <see cref="CreateTypeFormatters"/> by name and needs a public parameterless constructor.
/// </summary>
internal sealed class NotebookFormatterSource
{
    /// <summary>The formatters (HTML and plain text), found by the kernel by name.</summary>
    /// <returns>One <see cref="NotebookFormatter"/> per MIME type.</returns>
    public IEnumerable<object> CreateTypeFormatters() => [new NotebookFormatter(NotebookFormatter.Html), new NotebookFormatter(NotebookFormatter.PlainText)];
}
