using System.Globalization;
using EnterpriseScoring.Cli.Commands;

namespace EnterpriseScoring.Cli;

/// <summary>The tier table printed by <c>score</c>: firms per pool × tier, with statuses for firms without a tier.</summary>
internal static class TierTable
{
    private static readonly Tier[] Tiers = [Tier.A, Tier.B, Tier.C, Tier.D, Tier.T, Tier.UngradedAsB];

    /// <summary>Renders the table for <paramref name="evaluation"/>.</summary>
    public static string Render(Evaluation evaluation)
    {
        var header = new List<string> { "pool", "firms", "A", "B", "C", "D", "T", "ungraded", "no tier" };
        var rows = new List<string[]>();
        var groups = evaluation.Results
            .GroupBy(r => r.PoolId ?? "(no pool)")
            .OrderBy(g => g.Key == "(no pool)" ? 1 : 0)
            .ThenBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            rows.Add(Line(group.Key, [.. group]));
        }

        rows.Add(Line("total", evaluation.Results));
        return Text(header, rows);
    }

    /// <summary>An aligned text table (CJK characters count double).</summary>
    public static string Text(IReadOnlyList<string> header, IReadOnlyList<string[]> rows)
    {
        var widths = header.Select((h, c) => Math.Max(ValidateCommand.DisplayWidth(h), rows.Count == 0 ? 0 : rows.Max(r => ValidateCommand.DisplayWidth(r[c])))).ToArray();
        var lines = new List<string>();
        string Format(IReadOnlyList<string> cells) => string.Join("  ", cells.Select((cell, c) =>
        {
            var pad = new string(' ', widths[c] - ValidateCommand.DisplayWidth(cell));
            return c == 0 ? cell + pad : pad + cell;
        })).TrimEnd();
        lines.Add(Format(header));
        lines.Add(string.Join("  ", widths.Select(w => new string('-', w))));
        lines.AddRange(rows.Select(r => Format(r)));
        return string.Join(Environment.NewLine, lines);
    }

    private static string[] Line(string label, IReadOnlyCollection<FirmResult> results)
    {
        var f = CultureInfo.InvariantCulture;
        var cells = new List<string> { label, results.Count.ToString(f) };
        cells.AddRange(Tiers.Select(t => results.Count(r => r.Tier == t).ToString(f)));
        cells.Add(results.Count(r => r.Tier is null).ToString(f));
        return [.. cells];
    }
}
