using System.Text;

namespace EnterpriseScoring.Reporting;

/// <summary>Renders small tables as aligned text (CJK characters counted as two columns) and as Markdown.</summary>
internal static class TextTable
{
    public static string Render(IReadOnlyList<string> header, IReadOnlyList<string[]> rows, int leftAligned = 1)
    {
        var widths = new int[header.Count];
        for (var c = 0; c < widths.Length; c++)
        {
            widths[c] = Width(header[c]);
            foreach (var row in rows)
            {
                widths[c] = Math.Max(widths[c], Width(row[c]));
            }
        }

        var sb = new StringBuilder();
        void Line(IReadOnlyList<string> cells)
        {
            for (var c = 0; c < cells.Count; c++)
            {
                var pad = new string(' ', widths[c] - Width(cells[c]));
                sb.Append(c == 0 ? string.Empty : "  ").Append(c < leftAligned ? cells[c] + pad : pad + cells[c]);
            }

            sb.Append('\n');
        }

        Line(header);
        sb.Append(string.Join("  ", widths.Select(w => new string('-', w)))).Append('\n');
        foreach (var row in rows)
        {
            Line(row);
        }

        return sb.ToString();
    }

    public static string Markdown(IReadOnlyList<string> header, IReadOnlyList<string[]> rows, int leftAligned = 1)
    {
        var sb = new StringBuilder();
        sb.Append("| ").Append(string.Join(" | ", header.Select(Escape))).Append(" |\n|");
        for (var c = 0; c < header.Count; c++)
        {
            sb.Append(c < leftAligned ? "---|" : "---:|");
        }

        sb.Append('\n');
        foreach (var row in rows)
        {
            sb.Append("| ").Append(string.Join(" | ", row.Select(Escape))).Append(" |\n");
        }

        return sb.ToString();
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static int Width(string text)
    {
        var w = 0;
        foreach (var ch in text)
        {
            w += ch is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3' or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6' ? 2 : 1;
        }

        return w;
    }
}
