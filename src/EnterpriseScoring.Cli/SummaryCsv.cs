using System.Globalization;
using System.Text;
using EnterpriseScoring.Classification;
using EnterpriseScoring.IO;
using EnterpriseScoring.Reporting;

namespace EnterpriseScoring.Cli;

/// <summary>
/// Writes summary.csv: the group figures of <see cref="GroupSummary"/> by region, platform, industry (3-character
/// prefix) and pool, one table after another with a <c>group_by</c> column; ratios are ratios of sums, rounded as the
/// profile's <see cref="EvaluationProfile.Display"/> says for figures (<see cref="GroupSummary.By(Evaluation, GroupKey, GroupSummaryOptions?)"/> without options). The text cells
/// (<c>group_by</c>, <c>group</c>) are protected from formula injection (<see cref="FormulaGuard"/>) unless asked not to;
/// the counts and figures are numbers and never changed.
/// </summary>
internal static class SummaryCsv
{
    /// <summary>The header: a count column per tier of the profile's set under its code (A, B, C, D unless it has its own),
    /// then T, ungraded and no tier; <c>d_land</c> is the land of the set's bottom tier.</summary>
    /// <param name="tiers">The profile's tier set.</param>
    public static string[] Header(TierSet tiers) =>
    [
        "group_by", "group", "firms", "rated", .. tiers.Codes, "T", "ungraded", "no_tier",
        "tax_per_mu", "value_added_per_mu", "revenue_per_mu", "land", "d_land", "d_land_share",
    ];

    /// <summary>Writes the file (UTF-8 with BOM, for Excel).</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="path">The file.</param>
    /// <param name="escaping">How the text cells are protected from formula injection.</param>
    public static void Write(Evaluation evaluation, string path, FormulaEscaping escaping = FormulaEscaping.QuotePrefix)
    {
        string Text(string cell) => Quote(escaping == FormulaEscaping.None ? cell : FormulaGuard.Escape(cell));
        var f = CultureInfo.InvariantCulture;
        using var writer = new StreamWriter(path, false, new UTF8Encoding(true));
        var tiers = evaluation.Profile.Tiers;
        writer.Write(string.Join(",", Header(tiers).Select(Text)) + "\n");
        foreach (var key in new[] { GroupKey.Region, GroupKey.Platform, GroupKey.Industry, GroupKey.Pool })
        {
            var summary = GroupSummary.By(evaluation, key);
            foreach (var (row, label) in summary.Rows.Select(r => (r, r.Group)).Append((summary.Total, "(total)")))
            {
                string Num(double? v) => v is { } x && double.IsFinite(x) ? x.ToString("R", f) : string.Empty;
                string[] numbers =
                [
                    row.Firms.ToString(f), row.StatusCounts[FirmStatus.Rated].ToString(f),
                    .. tiers.AllTiers.Select(t => row.TierCounts[t].ToString(f)),
                    row.Untiered.ToString(f), Num(row.TaxPerMu.Value), Num(row.ValueAddedPerMu.Value), Num(row.RevenuePerMu.Value),
                    Num(row.Land), Num(row.DLand), Num(row.DLandShare),
                ];
                writer.Write(string.Join(",", numbers.Select(Quote).Prepend(Text(label)).Prepend(Text(key.ToString().ToLowerInvariant()))) + "\n");
            }
        }
    }

    /// <summary>Quotes a CSV cell when needed.</summary>
    public static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
