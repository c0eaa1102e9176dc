using System.Globalization;
using EnterpriseScoring.IO;
using EnterpriseScoring.Reporting;

namespace EnterpriseScoring.Analysis;

/// <summary>Writes a <see cref="MethodComparison"/>: per-firm and summary CSV files and a self-contained HTML report (no script).</summary>
public static class MethodComparisonReport
{
    /// <summary>One row per firm: id, name, then per profile its pool, total, rank, percentile and tier.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="stream">Receives UTF-8 CSV with a byte-order mark; cells that could become spreadsheet formulas are escaped.</param>
    public static void WriteFirms(MethodComparison comparison, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(stream);
        using var csv = new Utf8CsvWriter(stream, true);
        csv.WriteField("id");
        csv.WriteField("name");
        for (var p = 0; p < comparison.Evaluations.Count; p++)
        {
            foreach (var suffix in new[] { "pool", "total", "rank", "percentile", "tier" })
            {
                csv.WriteField(string.Create(CultureInfo.InvariantCulture, $"p{p + 1}_{suffix}"));
            }
        }

        csv.EndRecord();
        var results = comparison.Evaluations.Select(e => e.Results).ToArray();
        var sets = comparison.Evaluations.Select(e => e.Profile.Tiers).ToArray();
        for (var row = 0; row < results[0].Count; row++)
        {
            csv.WriteField(results[0][row].Id);
            csv.WriteField(results[0][row].Name);
            for (var p = 0; p < results.Length; p++)
            {
                var r = results[p][row];
                csv.WriteField(r.PoolId);
                csv.WriteField(r.Total is { } t ? Number(t) : null);
                csv.WriteField(r.Rank?.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(r.Percentile is { } q ? Number(q) : null);
                csv.WriteField(Code(r.Tier, sets[p]));
            }

            csv.EndRecord();
        }

        csv.Flush();
    }

    /// <summary>
    /// The summary as one long table: <c>kind,pool,first,second,from,to,value</c> — kind <c>spearman</c> and <c>kendall_tau_b</c>
    /// (per pool and pair), <c>same_tier_share</c>, <c>cohen_kappa</c> and <c>tiered_under_both</c> (per pair), <c>migration</c>
    /// (per pair and from/to tier: the codes of the first and the second profile's tier set, <c>none</c> for no tier). Profiles are numbered from 1 as in the firms file.
    /// </summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="stream">Receives UTF-8 CSV with a byte-order mark.</param>
    public static void WriteSummary(MethodComparison comparison, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(stream);
        using var csv = new Utf8CsvWriter(stream, true);
        void Row(string kind, string? pool, int first, int second, string? from, string? to, string value)
        {
            csv.WriteField(kind);
            csv.WriteField(pool);
            csv.WriteField((first + 1).ToString(CultureInfo.InvariantCulture));
            csv.WriteField((second + 1).ToString(CultureInfo.InvariantCulture));
            csv.WriteField(from);
            csv.WriteField(to);
            csv.WriteField(value);
            csv.EndRecord();
        }

        foreach (var header in new[] { "kind", "pool", "first", "second", "from", "to", "value" })
        {
            csv.WriteField(header);
        }

        csv.EndRecord();
        var k = comparison.Evaluations.Count;
        foreach (var pool in comparison.Pools)
        {
            for (var i = 0; i < k; i++)
            {
                for (var j = i + 1; j < k; j++)
                {
                    Row("spearman", pool.PoolId, i, j, null, null, Number(pool.Spearman[i][j]));
                    Row("kendall_tau_b", pool.PoolId, i, j, null, null, Number(pool.Kendall[i][j]));
                }
            }
        }

        foreach (var pair in comparison.Pairs)
        {
            Row("tiered_under_both", null, pair.First, pair.Second, null, null, pair.TieredUnderBoth.ToString(CultureInfo.InvariantCulture));
            Row("same_tier_share", null, pair.First, pair.Second, null, null, Number(pair.SameTierShare));
            Row("cohen_kappa", null, pair.First, pair.Second, null, null, Number(pair.Kappa));
            var (first, second) = (comparison.Evaluations[pair.First].Profile.Tiers, comparison.Evaluations[pair.Second].Profile.Tiers);
            for (var a = 0; a < pair.Migration.Count; a++)
            {
                for (var b = 0; b < pair.Migration[a].Count; b++)
                {
                    Row("migration", null, pair.First, pair.Second, TierName(a, first), TierName(b, second), pair.Migration[a][b].ToString(CultureInfo.InvariantCulture));
                }
            }
        }

        csv.Flush();
    }

    /// <summary>A self-contained HTML report (no script, no external resource): profiles, correlation matrices per pool, agreement, migration and largest moves per pair.</summary>
    /// <param name="comparison">The comparison.</param>
    public static string ToHtml(MethodComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var html = new HtmlWriter();
        html.Raw("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>方法比较 Method comparison</title>")
            .Raw("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #bbb;padding:2px 8px;text-align:right}th{background:#eee}</style></head><body>")
            .Element("h1", "方法比较 Method comparison");
        var names = comparison.Profiles;
        html.Table(["#", "profile / 方案"], names.Select((n, i) => (IReadOnlyList<string>)[(i + 1).ToString(CultureInfo.InvariantCulture), n]));
        foreach (var pool in comparison.Pools)
        {
            html.Element("h2", $"{pool.PoolId}: {pool.RatedUnderAll} firms rated under every profile / 各方案均参评企业");
            foreach (var (title, matrix) in new[] { ("Spearman ρ", pool.Spearman), ("Kendall τ-b", pool.Kendall) })
            {
                html.Element("h3", title);
                html.Table(["", .. names.Select((_, i) => (i + 1).ToString(CultureInfo.InvariantCulture))], matrix.Select((r, i) => (IReadOnlyList<string>)[(i + 1).ToString(CultureInfo.InvariantCulture), .. r.Select(v => Number(v, "0.000"))]));
            }
        }

        foreach (var pair in comparison.Pairs)
        {
            html.Element("h2", $"{names[pair.First]} → {names[pair.Second]}")
                .Element("p", $"same tier / 同档 {Number(pair.SameTierShare * 100, "0.0")} % of {pair.TieredUnderBoth} firms tiered under both; Cohen's κ {Number(pair.Kappa, "0.000")}");
            var (first, second) = (comparison.Evaluations[pair.First].Profile.Tiers, comparison.Evaluations[pair.Second].Profile.Tiers);
            html.Table(["from \\ to", .. Enumerable.Range(0, second.Count + 1).Select(b => TierName(b, second))], pair.Migration.Select((r, a) => (IReadOnlyList<string>)[TierName(a, first), .. r.Select(c => c.ToString(CultureInfo.InvariantCulture))]));
            if (pair.LargestMoves.Count > 0)
            {
                html.Element("h3", "firms that move most / 变动最大的企业");
                html.Table(["id", "name", "tier", "percentile"], pair.LargestMoves.Select(m => (IReadOnlyList<string>)[m.FirmId, m.Name, $"{Code(m.FromTier, first) ?? "–"} → {Code(m.ToTier, second) ?? "–"}", $"{Number(m.FromPercentile, "0.0")} → {Number(m.ToPercentile, "0.0")}"]));
            }
        }

        return html.Raw("</body></html>\n").ToString();
    }

    /// <summary>The name of row or column <paramref name="index"/> of a pair's migration: the code of that level of the set, or <c>none</c> after the levels.</summary>
    private static string TierName(int index, Classification.TierSet tiers) => index < tiers.Count ? tiers.Codes[index] : "none";

    /// <summary>A tier under the set's code (the enum's name for T and ungraded, as always), or null for none.</summary>
    private static string? Code(Tier? tier, Classification.TierSet tiers) => tier is { } t && tiers.Contains(t) ? tiers.CodeOf(t) : tier?.ToString();

    private static string Number(double value) => double.IsNaN(value) ? "NaN" : value.ToString("R", CultureInfo.InvariantCulture);

    private static string Number(double? value, string format) => value is not { } v ? "–" : double.IsNaN(v) ? "NaN" : v.ToString(format, CultureInfo.InvariantCulture);
}
