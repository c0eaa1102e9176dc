using System.Globalization;
using System.Text;
using EnterpriseScoring.Classification;
using EnterpriseScoring.IO;

namespace EnterpriseScoring.Cli;

/// <summary>
/// <c>escore compare --from --to --out FILE</c>: the changed firms (<see cref="ChangeReasons.Firms"/>) as CSV, one row per
/// firm in the order of the console list — UTF-8 with BOM, <c>,</c>-separated, LF, canonical English headers as every
/// escore CSV; the reason in the CLI's language (as rejects.csv's). Text cells are protected from formula injection
/// (<see cref="FormulaGuard"/>) unless asked not to; numbers are written in shortest round-trip form and never changed.
/// Written atomically (<see cref="AtomicFile"/>).
/// </summary>
internal static class ChangedFirmsCsv
{
    /// <summary>The header.</summary>
    public static IReadOnlyList<string> Header { get; } =
    [
        "id", "name", "pool", "old_status", "new_status", "old_score", "new_score", "old_rank", "new_rank", "old_tier", "new_tier", "changes", "reason",
    ];

    /// <summary>Writes <paramref name="firms"/> to <paramref name="path"/> atomically.</summary>
    /// <param name="path">The file.</param>
    /// <param name="firms">The changed firms.</param>
    /// <param name="tiers">The tier set both files were read in (the tier codes written).</param>
    /// <param name="escaping">How the text cells are protected from formula injection.</param>
    /// <exception cref="CommandException">The file cannot be written (exit code 3).</exception>
    public static void Write(string path, IReadOnlyList<ChangedFirm> firms, TierSet tiers, FormulaEscaping escaping) =>
        AtomicFile.Write(path, temp => File.WriteAllText(temp, ToCsv(firms, tiers, escaping), new UTF8Encoding(true)));

    /// <summary>The file's text.</summary>
    internal static string ToCsv(IReadOnlyList<ChangedFirm> firms, TierSet tiers, FormulaEscaping escaping)
    {
        string Text(string cell) => SummaryCsv.Quote(escaping == FormulaEscaping.None ? cell : FormulaGuard.Escape(cell));
        static string Number(double? value) => value is { } v && double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty;
        static string Status(Policies.PriorResult? r) => r is null ? string.Empty : ResultsCsvFormat.StatusCode(r.Status);
        var csv = new StringBuilder();
        csv.Append(string.Join(",", Header)).Append('\n');
        foreach (var f in firms)
        {
            string[] cells =
            [
                Text(f.Id), Text(f.Name), Text(f.Pool), Status(f.Before), Status(f.After), Number(f.Before?.Score), Number(f.After?.Score),
                Number(f.Before?.Rank), Number(f.After?.Rank), Text(tiers.CodeOf(f.Before?.Tier)), Text(tiers.CodeOf(f.After?.Tier)), Text(f.Changes), Text(f.Reason),
            ];
            csv.Append(string.Join(",", cells)).Append('\n');
        }

        return csv.ToString();
    }
}
