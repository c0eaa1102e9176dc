using System.Globalization;
using EnterpriseScoring.IO;
using EnterpriseScoring.Platforms;

namespace EnterpriseScoring.Scorecards;

/// <summary>
/// Writes scorecard.csv: one row per scored platform, in <see cref="Scorecard.Rows"/> order — the platform, then per
/// indicator its value, target, % attained and points, then the total, (with event classes) the deductions and events, veto, peer group, rank, lists, history rules, type with its reason and flags
/// (docs/scorecard.md, "Outputs"). UTF-8 with BOM, for Excel; numbers in the shortest round-trip form, empty when
/// missing; text cells protected from formula injection (<see cref="FormulaGuard"/>) unless asked not to.
/// </summary>
public static class ScorecardCsvWriter
{
    /// <summary>The columns before the indicators.</summary>
    public static IReadOnlyList<string> LeadingColumns { get; } = ["platform", "name", "level", "county", "firms"];

    /// <summary>The columns of each indicator, after its id and an underscore: <c>above_tax_per_mu_value</c> ….</summary>
    public static IReadOnlyList<string> IndicatorColumns { get; } = ["value", "target", "attained_pct", "points"];

    /// <summary>The columns after the indicators.</summary>
    public static IReadOnlyList<string> TrailingColumns { get; } = ["total", "max_points", "vetoed", "peer_group", "rank", "peer_count", "list", "history", "type", "type_reason", "year", "flags"];

    /// <summary>The columns after <c>max_points</c> when the profile declares event classes: the points deducted and, per
    /// class with events, <c>id count (−points)</c> or <c>id count (一票否决)</c>, <c>; </c>-separated.</summary>
    public static IReadOnlyList<string> EventColumns { get; } = ["deductions", "events"];

    /// <summary>The header of <paramref name="scorecard"/>'s file.</summary>
    /// <param name="scorecard">The scorecard.</param>
    public static IReadOnlyList<string> Header(Scorecard scorecard)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        return
        [
            .. LeadingColumns,
            .. scorecard.Profile.Indicators.SelectMany(i => IndicatorColumns.Select(c => i.Indicator.Id + "_" + c)),
            .. scorecard.Profile.EventClasses.Count == 0 ? TrailingColumns : [.. TrailingColumns.Take(2), .. EventColumns, .. TrailingColumns.Skip(2)],
        ];
    }

    /// <summary>Writes the file.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="path">The file (replaced).</param>
    /// <param name="escaping">How text cells are protected from formula injection.</param>
    public static void Write(Scorecard scorecard, string path, FormulaEscaping escaping = FormulaEscaping.QuotePrefix)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        Write(scorecard, stream, escaping);
    }

    /// <summary>Writes the file to <paramref name="stream"/> (left open).</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="stream">The stream.</param>
    /// <param name="escaping">How text cells are protected from formula injection.</param>
    public static void Write(Scorecard scorecard, Stream stream, FormulaEscaping escaping = FormulaEscaping.QuotePrefix)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        ArgumentNullException.ThrowIfNull(stream);
        var f = CultureInfo.InvariantCulture;
        string Text(string text) => escaping == FormulaEscaping.None ? text : FormulaGuard.Escape(text);
        static string Num(double? value) => value is { } x && double.IsFinite(x) ? (x == 0 ? 0.0 : x).ToString("R", CultureInfo.InvariantCulture) : string.Empty;

        using var writer = CsvOutput.Create(stream, null, true, ',');
        writer.WriteHeader([.. Header(scorecard)]);
        var max = scorecard.Profile.MaxPoints;
        foreach (var row in scorecard.Rows)
        {
            var unit = row.Platform;
            writer.WriteField(Text(unit.Id));
            writer.WriteField(Text(unit.Name));
            writer.WriteField(unit.Level == PlatformLevel.Unspecified ? string.Empty : PlatformLevels.ChineseName(unit.Level));
            writer.WriteField(Text(unit.County));
            writer.WriteField(unit.FirmCount.ToString(f));
            foreach (var cell in row.Cells)
            {
                writer.WriteField(Num(cell.Value));
                writer.WriteField(Num(cell.TargetValue));
                writer.WriteField(Num(cell.AttainmentPercent));
                writer.WriteField(Num(cell.Points));
            }

            writer.WriteField(Num(row.Total));
            writer.WriteField(Num(max));
            if (scorecard.Profile.EventClasses.Count > 0)
            {
                writer.WriteField(Num(row.DeductedPoints));
                writer.WriteField(Text(string.Join("; ", row.Deductions.Select(d =>
                    string.Create(f, $"{d.Class.Id} {d.EventCount} ({(d.Class.Disqualifies ? "一票否决" + (d.Points > 0 ? ", " : string.Empty) : string.Empty)}{(d.Points > 0 || !d.Class.Disqualifies ? "−" + Num(d.Points) : string.Empty)})")))));
            }

            writer.WriteField(row.Vetoed ? "yes" : "no");
            writer.WriteField(Text(row.PeerGroup));
            writer.WriteField(row.Rank?.ToString(f) ?? string.Empty);
            writer.WriteField(row.PeerCount.ToString(f));
            writer.WriteField(row.OnTopList ? (row.OnBottomList ? "top;bottom" : "top") : row.OnBottomList ? "bottom" : string.Empty);
            writer.WriteField(Text(string.Join(";", row.HistoryRules)));
            writer.WriteField(Text(row.Type));
            writer.WriteField(Text(row.TypeReason));
            writer.WriteField(scorecard.Profile.Year.ToString(f));
            writer.WriteField(Text(string.Join("; ", row.Flags)));
            writer.EndRecord();
        }

        writer.Flush();
    }
}
