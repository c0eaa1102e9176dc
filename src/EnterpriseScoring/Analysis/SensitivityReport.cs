using System.Globalization;
using EnterpriseScoring.IO;
using EnterpriseScoring.Reporting;

namespace EnterpriseScoring.Analysis;

/// <summary>Writes a <see cref="SensitivityResult"/>: per-firm and per-pool CSV files and a self-contained HTML report (no script).</summary>
public static class SensitivityReport
{
    /// <summary>The number of firms nearest a cut-off the HTML chart shows.</summary>
    public const int ChartFirms = 20;

    /// <summary>
    /// One row per firm: <c>id,name,pool,baseline_tier,baseline_rank,baseline_total,p_A,p_B,p_C,p_D,p_other,p_none,
    /// rank_p5,rank_p50,rank_p95,ranked_draws,cut_margin,held_by_override,stable</c> (p_other: T or 不定等级; p_none: no tier)
    /// for A / B / C / D: one <c>p_&lt;code&gt;</c> column per tier of <see cref="SensitivityResult.Tiers"/> (<c>p_A+</c> …), and
    /// the baseline tier under its code.
    /// </summary>
    /// <param name="result">The result.</param>
    /// <param name="stream">Receives UTF-8 CSV with a byte-order mark; cells that could become spreadsheet formulas are escaped.</param>
    public static void WriteFirms(SensitivityResult result, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(stream);
        using var csv = new Utf8CsvWriter(stream, true);
        var tiers = result.Tiers;
        foreach (var header in (string[])["id", "name", "pool", "baseline_tier", "baseline_rank", "baseline_total", .. tiers.Codes.Select(c => "p_" + c), "p_other", "p_none", "rank_p5", "rank_p50", "rank_p95", "ranked_draws", "cut_margin", "held_by_override", "stable"])
        {
            csv.WriteField(header);
        }

        csv.EndRecord();
        foreach (var firm in result.Firms)
        {
            csv.WriteField(firm.Id);
            csv.WriteField(firm.Name);
            csv.WriteField(firm.PoolId);
            csv.WriteField(BaselineCode(firm, tiers));
            csv.WriteField(Int(firm.BaselineRank));
            csv.WriteField(firm.BaselineTotal is { } t ? Number(t) : null);
            foreach (var tier in tiers.Levels)
            {
                csv.WriteField(Number(firm.Probability(tier)));
            }

            csv.WriteField(Number(firm.Probability(Tier.T) + firm.Probability(Tier.UngradedAsB)));
            csv.WriteField(Number(firm.Probability(null)));
            csv.WriteField(Int(firm.RankP5));
            csv.WriteField(Int(firm.RankP50));
            csv.WriteField(Int(firm.RankP95));
            csv.WriteField(Int(firm.RankedDraws));
            csv.WriteField(firm.CutMargin is { } margin ? Number(margin) : null);
            csv.WriteField(firm.HeldByOverride ? "true" : "false");
            csv.WriteField(firm.IsStable ? "true" : "false");
            csv.EndRecord();
        }

        csv.Flush();
    }

    /// <summary>One row per pool: <c>pool,rated_firms,stable_share,mean_spearman,mean_kendall_tau_b,nearest_cut</c> (ids separated by spaces).</summary>
    /// <param name="result">The result.</param>
    /// <param name="stream">Receives UTF-8 CSV with a byte-order mark.</param>
    public static void WritePools(SensitivityResult result, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(stream);
        using var csv = new Utf8CsvWriter(stream, true);
        foreach (var header in new[] { "pool", "rated_firms", "stable_share", "mean_spearman", "mean_kendall_tau_b", "nearest_cut" })
        {
            csv.WriteField(header);
        }

        csv.EndRecord();
        foreach (var pool in result.Pools)
        {
            csv.WriteField(pool.PoolId);
            csv.WriteField(Int(pool.RatedFirms));
            csv.WriteField(Number(pool.StableShare));
            csv.WriteField(Number(pool.MeanSpearman));
            csv.WriteField(Number(pool.MeanKendall));
            csv.WriteField(string.Join(" ", pool.NearestCut));
            csv.EndRecord();
        }

        csv.Flush();
    }

    /// <summary>A self-contained HTML report (no script, no external resource): what was drawn, stability per pool, and the tier probabilities of the <see cref="ChartFirms"/> firms nearest a cut-off.</summary>
    /// <param name="result">The result.</param>
    public static string ToHtml(SensitivityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var html = new HtmlWriter();
        html.Raw("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>档次稳定性 Tier stability</title>")
            .Raw("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #bbb;padding:2px 8px;text-align:right}th{background:#eee}</style></head><body>")
            .Element("h1", "档次稳定性 Tier stability (sensitivity analysis)");
        html.Raw("<ul>");
        foreach (var note in result.Notes)
        {
            html.Element("li", note);
        }

        html.Raw("</ul>").Element("h2", "各分组稳定性 Stability per pool");
        html.Table(
            ["pool / 分组", "rated / 参评", "stable / 稳定占比", "mean Spearman ρ", "mean Kendall τ-b", "nearest a cut-off / 临界企业"],
            result.Pools.Select(p => (IReadOnlyList<string>)[p.PoolId, Int(p.RatedFirms)!, Percent(p.StableShare), Fixed(p.MeanSpearman), Fixed(p.MeanKendall), string.Join(" ", p.NearestCut)]));
        var nearest = result.Firms.Where(f => f.CutMargin is not null)
            .OrderBy(f => f.CutMargin!.Value)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .Take(ChartFirms)
            .ToArray();
        if (nearest.Length > 0)
        {
            html.Element("h2", $"离分数线最近的 {nearest.Length} 家企业 The {nearest.Length} firms nearest a cut-off: tier in the draws");
            var tiers = result.Tiers;
            var bars = nearest.Select(f => (
                Label: $"{f.Id} {f.Name} ({BaselineCode(f, tiers)})",
                Counts: (IReadOnlyDictionary<Tier, int>)Enum.GetValues<Tier>().ToDictionary(t => t, t => f.TierDraws[(int)t]))).ToArray();
            html.Raw(SvgCharts.StackedTierBars("tier probabilities / 各档概率", bars, tiers));
            html.Table(
                ["id", "name", "pool", "baseline", .. ProbabilityHeaders(tiers), "rank p5–p95", "margin"],
                nearest.Select(f => (IReadOnlyList<string>)[f.Id, f.Name, f.PoolId ?? "–", BaselineCode(f, tiers) ?? "–", .. tiers.Levels.Select(t => Percent(f.Probability(t))), $"{Int(f.RankP5) ?? "–"}–{Int(f.RankP95) ?? "–"}", HtmlWriter.Number(f.CutMargin, "0.####")]));
        }

        return html.Raw("</body></html>\n").ToString();
    }

    /// <summary>The headers of the probability columns: <c>P(&lt;code&gt;)</c> per tier of the set, best first (P(A) … P(D)).</summary>
    /// <param name="tiers">The tier set.</param>
    internal static IEnumerable<string> ProbabilityHeaders(Classification.TierSet tiers) => tiers.Codes.Select(c => $"P({c})");

    /// <summary>The baseline tier under the set's code (the enum's name for T and ungraded, as always), or null for none.</summary>
    internal static string? BaselineCode(FirmStability firm, Classification.TierSet tiers) =>
        firm.BaselineTier is { } t && tiers.Contains(t) ? tiers.CodeOf(t) : firm.BaselineTier?.ToString();

    private static string? Int(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Number(double value) => double.IsNaN(value) ? "NaN" : value.ToString("R", CultureInfo.InvariantCulture);

    private static string Fixed(double value) => double.IsNaN(value) ? "NaN" : value.ToString("0.0000", CultureInfo.InvariantCulture);

    private static string Percent(double value) => double.IsNaN(value) ? "–" : (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}
