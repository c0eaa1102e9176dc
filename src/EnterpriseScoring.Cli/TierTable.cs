using System.Globalization;
using EnterpriseScoring.Cli.Commands;
using EnterpriseScoring.Cli.Text;
using EnterpriseScoring.Reporting;

namespace EnterpriseScoring.Cli;

/// <summary>The tier table printed by <c>score</c>: firms per pool × tier, with statuses for firms without a tier.</summary>
internal static class TierTable
{
    /// <summary>Renders the table for <paramref name="evaluation"/>.</summary>
    /// <remarks>The counts come from the evaluation's summary by pool (<see cref="GroupSummary"/>: made once, shared with
    /// summary.csv and the report), not from a result per firm.</remarks>
    public static string Render(Evaluation evaluation)
    {
        var set = evaluation.Profile.Tiers;
        var header = Messages.TierTableHeader(set.Codes);
        var noPool = Messages.NoPool;
        var summary = GroupSummary.By(evaluation, GroupKey.Pool);
        var rows = new List<string[]>();
        var groups = summary.Rows
            .GroupBy(r => r.Group.Length == 0 ? noPool : r.Group, StringComparer.Ordinal)
            .OrderBy(g => g.Key == noPool ? 1 : 0)
            .ThenBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            rows.Add(Line(group.Key, [.. group], set));
        }

        rows.Add(Line(Messages.Total, [summary.Total], set));
        return Text(header, rows);
    }

    /// <summary>An aligned text table (CJK characters count double): the first <paramref name="leftAligned"/> columns left-aligned, the others right-aligned.</summary>
    public static string Text(IReadOnlyList<string> header, IReadOnlyList<string[]> rows, int leftAligned = 1)
    {
        var widths = header.Select((h, c) => Math.Max(ValidateCommand.DisplayWidth(h), rows.Count == 0 ? 0 : rows.Max(r => ValidateCommand.DisplayWidth(r[c])))).ToArray();
        var lines = new List<string>();
        string Format(IReadOnlyList<string> cells) => string.Join("  ", cells.Select((cell, c) =>
        {
            var pad = new string(' ', widths[c] - ValidateCommand.DisplayWidth(cell));
            return c < leftAligned ? cell + pad : pad + cell;
        })).TrimEnd();
        lines.Add(Format(header));
        lines.Add(string.Join("  ", widths.Select(w => new string('-', w))));
        lines.AddRange(rows.Select(r => Format(r)));
        return string.Join(Environment.NewLine, lines);
    }

    private static string[] Line(string label, IReadOnlyList<GroupSummaryRow> rows, Classification.TierSet set)
    {
        var f = CultureInfo.InvariantCulture;
        var cells = new List<string> { label, rows.Sum(r => r.Firms).ToString(f) };
        cells.AddRange(set.AllTiers.Select(t => rows.Sum(r => r.TierCounts[t]).ToString(f)));
        cells.Add(rows.Sum(r => r.Untiered).ToString(f));
        return [.. cells];
    }
}
