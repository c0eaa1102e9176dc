namespace EnterpriseScoring.Reporting;

/// <summary>
/// Tells a .NET Interactive (Jupyter / Polyglot Notebooks) kernel how to show the library's results, without the library
/// depending on it: the kernel looks for an attribute whose type is <em>named</em> <c>TypeFormatterSourceAttribute</c>,
/// reads its public <see cref="FormatterSourceType"/> and <see cref="PreferredMimeTypes"/> properties, creates the source
/// and calls its <c>CreateTypeFormatters()</c> (<see cref="NotebookFormatterSource"/>).
/// </summary>
/// <remarks>The property names are the kernel's convention; do not rename them. <see cref="PreferredMimeTypes"/> must not be
/// empty (the kernel refuses an empty list).</remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
internal sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    /// <summary>The type whose <c>CreateTypeFormatters()</c> makes the formatters.</summary>
    public Type FormatterSourceType { get; } = formatterSourceType;

    /// <summary>The MIME types a cell shows the value in: HTML for the notebook, plain text for consoles and diffs.</summary>
    public string[] PreferredMimeTypes { get; set; } = [NotebookFormatter.Html, NotebookFormatter.PlainText];
}
