using System.Globalization;
using System.Net;
using System.Text;

namespace EnterpriseScoring.Reporting;

/// <summary>A tiny HTML builder: every piece of text goes through <see cref="Text"/>, so firm-provided strings are always escaped.</summary>
internal sealed class HtmlWriter
{
    private readonly StringBuilder sb = new();

    public HtmlWriter Raw(string html)
    {
        sb.Append(html);
        return this;
    }

    public HtmlWriter Text(string? text)
    {
        sb.Append(WebUtility.HtmlEncode(text ?? string.Empty));
        return this;
    }

    public HtmlWriter Element(string tag, string? text, string? cssClass = null)
    {
        sb.Append('<').Append(tag);
        if (cssClass is not null)
        {
            sb.Append(" class=\"").Append(cssClass).Append('"');
        }

        sb.Append('>');
        Text(text);
        sb.Append("</").Append(tag).Append('>');
        return this;
    }

    public HtmlWriter Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, string? cssClass = null)
    {
        sb.Append(cssClass is null ? "<table>" : $"<table class=\"{cssClass}\">").Append("<thead><tr>");
        foreach (var h in header)
        {
            Element("th", h);
        }

        sb.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            sb.Append("<tr>");
            foreach (var cell in row)
            {
                Element("td", cell, LooksNumeric(cell) ? "n" : null);
            }

            sb.Append("</tr>");
        }

        sb.Append("</tbody></table>");
        return this;
    }

    /// <summary>
    /// Whether a cell is a figure (right-aligned): it starts with a digit, a sign or a dash and holds no letter —
    /// <c>12.5</c>, <c>-3</c>, <c>494/519</c>, <c>85 (5.2%)</c>, <c>—</c>; names, ids and reasons are left-aligned.
    /// </summary>
    public static bool LooksNumeric(string? cell)
    {
        if (string.IsNullOrEmpty(cell) || !(char.IsAsciiDigit(cell[0]) || cell[0] is '-' or '+' or '—'))
        {
            return false;
        }

        foreach (var c in cell)
        {
            if (char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    public override string ToString() => sb.ToString();

    public static string Number(double? value, string format = "0.##") =>
        value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "—";

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
