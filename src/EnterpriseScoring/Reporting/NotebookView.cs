using System.Globalization;
using System.Text;

namespace EnterpriseScoring.Reporting;

/// <summary>
/// What a notebook cell shows of a result — a title, lines of text, tables (each bounded: the first rows, then
/// "… N more"), and a collapsed preformatted block — rendered as an HTML fragment, aligned text or Markdown. Every
/// piece of text is escaped in HTML (<see cref="HtmlWriter"/>): firm names are input, never markup.
/// </summary>
internal sealed class NotebookView(string title)
{
    /// <summary>How many rows of a long list (firms, stability rows) are shown before "… N more".</summary>
    public const int DefaultRows = 20;

    private const string Style = "<style>.escore-view table{border-collapse:collapse;margin:.3em 0 .8em}.escore-view td,.escore-view th{border:1px solid #ccc;padding:1px 6px}.escore-view td.n{text-align:right}</style>";

    private readonly List<Part> parts = [];

    /// <summary>Adds a line of text.</summary>
    public NotebookView Line(string text)
    {
        parts.Add(new Part(text, null, null, 0, 0, null, null));
        return this;
    }

    /// <summary>Adds a table; <paramref name="more"/> rows of <paramref name="what"/> were left out.</summary>
    public NotebookView Table(string? heading, string[] header, IReadOnlyList<string[]> rows, int more = 0, string what = "rows", int leftAligned = 1)
    {
        parts.Add(new Part(heading, header, rows, more, leftAligned, what, null));
        return this;
    }

    /// <summary>Adds a block of preformatted text (collapsed in HTML, under <paramref name="summary"/>).</summary>
    public NotebookView Preformatted(string summary, string text)
    {
        parts.Add(new Part(summary, null, null, 0, 0, null, text));
        return this;
    }

    /// <summary>The first <paramref name="max"/> items as rows, and how many were left out (counted without materialising
    /// them when the sequence knows its count).</summary>
    public static (IReadOnlyList<string[]> Rows, int More) Bounded<T>(IEnumerable<T> items, int max, Func<T, string[]> row)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        var rows = new List<string[]>(Math.Min(max, 256));
        var seen = 0;
        using var e = items.GetEnumerator();
        while (seen < max && e.MoveNext())
        {
            rows.Add(row(e.Current));
            seen++;
        }

        if (items.TryGetNonEnumeratedCount(out var count))
        {
            return (rows, count - seen);
        }

        var more = 0;
        while (e.MoveNext())
        {
            more++;
        }

        return (rows, more);
    }

    public static string Num(double? value, string format = "0.##") =>
        value is { } v ? (double.IsNaN(v) ? "NaN" : v.ToString(format, CultureInfo.InvariantCulture)) : "—";

    public static string Int(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "—";

    public static string Percent(double? share) => share is { } s && !double.IsNaN(s) ? (s * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %" : "—";

    public string ToHtml()
    {
        var html = new HtmlWriter().Raw(Style).Raw("<div class=\"escore-view\">").Raw("<p><strong>").Text(title).Raw("</strong></p>");
        foreach (var part in parts)
        {
            if (part.IsPreformatted)
            {
                html.Raw("<details><summary>").Text(part.Text).Raw("</summary><pre>").Text(part.Block).Raw("</pre></details>");
            }
            else if (part.Header is null)
            {
                html.Element("p", part.Text);
            }
            else
            {
                if (part.Text is not null)
                {
                    html.Raw("<p><em>").Text(part.Text).Raw("</em></p>");
                }

                html.Table(part.Header, part.Rows!);
                if (part.More > 0)
                {
                    html.Element("p", More(part));
                }
            }
        }

        return html.Raw("</div>").ToString();
    }

    public string ToText()
    {
        var sb = new StringBuilder().Append(title).Append('\n');
        foreach (var part in parts)
        {
            if (part.IsPreformatted)
            {
                sb.Append('\n').Append(part.Text).Append(":\n").Append(part.Block).Append('\n');
            }
            else if (part.Header is null)
            {
                sb.Append(part.Text).Append('\n');
            }
            else
            {
                sb.Append('\n');
                if (part.Text is not null)
                {
                    sb.Append(part.Text).Append('\n');
                }

                sb.Append(TextTable.Render(part.Header, part.Rows!, part.LeftAligned));
                if (part.More > 0)
                {
                    sb.Append(More(part)).Append('\n');
                }
            }
        }

        return sb.ToString();
    }

    public string ToMarkdown()
    {
        var sb = new StringBuilder().Append("**").Append(MarkdownText(title)).Append("**\n\n");
        foreach (var part in parts)
        {
            if (part.IsPreformatted)
            {
                sb.Append("<details><summary>").Append(System.Net.WebUtility.HtmlEncode(part.Text)).Append("</summary>\n\n```text\n")
                    .Append(part.Block!.Replace("```", "ʼʼʼ", StringComparison.Ordinal)).Append("\n```\n\n</details>\n\n");
            }
            else if (part.Header is null)
            {
                sb.Append(MarkdownText(part.Text!)).Append("\n\n");
            }
            else
            {
                if (part.Text is not null)
                {
                    sb.Append('*').Append(MarkdownText(part.Text)).Append("*\n\n");
                }

                sb.Append(TextTable.Markdown(part.Header.Select(MarkdownCell).ToArray(), part.Rows!.Select(r => r.Select(MarkdownCell).ToArray()).ToArray(), part.LeftAligned));
                if (part.More > 0)
                {
                    sb.Append('\n').Append(More(part)).Append('\n');
                }

                sb.Append('\n');
            }
        }

        return sb.ToString();
    }

    private static string More(Part part) => $"… {part.More.ToString(CultureInfo.InvariantCulture)} more {part.What}";

    /// <summary>A table cell in Markdown: angle brackets and ampersands as entities, so that no cell becomes HTML.</summary>
    private static string MarkdownCell(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>Text in Markdown: characters that would start markup or HTML are escaped.</summary>
    private static string MarkdownText(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' or '|')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private sealed record Part(string? Text, string[]? Header, IReadOnlyList<string[]>? Rows, int More, int LeftAligned, string? What, string? Block)
    {
        public bool IsPreformatted => Block is not null;
    }
}
