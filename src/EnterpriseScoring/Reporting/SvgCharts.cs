using System.Globalization;
using System.Net;
using System.Text;

namespace EnterpriseScoring.Reporting;

/// <summary>Inline SVG charts for the report: stacked tier bars and a histogram. No script, no external resources.</summary>
internal static class SvgCharts
{
    public static readonly (Tier Tier, string Colour)[] TierColours =
    [
        (Tier.A, "#2e7d32"), (Tier.B, "#1565c0"), (Tier.C, "#f9a825"), (Tier.D, "#c62828"), (Tier.T, "#6d4c41"), (Tier.UngradedAsB, "#78909c"),
    ];

    private static readonly CultureInfo F = CultureInfo.InvariantCulture;

    /// <summary>The colours of the levels of a tier set: A–D's for four tiers; otherwise green to red, the bottom tier red.</summary>
    private static readonly string[] LevelColours = ["#2e7d32", "#1565c0", "#f9a825", "#ef6c00", "#8e24aa"];

    /// <summary>One horizontal bar per label, split by tier in proportion to the counts (tiers A–D).</summary>
    public static string StackedTierBars(string title, IReadOnlyList<(string Label, IReadOnlyDictionary<Tier, int> Counts)> bars) =>
        StackedTierBars(title, bars, Classification.TierSet.Standard);

    /// <summary>One horizontal bar per label, split by the tiers of <paramref name="tiers"/> in proportion to the counts, named by their codes.</summary>
    public static string StackedTierBars(string title, IReadOnlyList<(string Label, IReadOnlyDictionary<Tier, int> Counts)> bars, Classification.TierSet tiers)
    {
        var colours = ColoursOf(tiers);
        const int labelWidth = 160, barWidth = 520, rowHeight = 24;
        var height = 30 + (bars.Count * rowHeight) + 30;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" role=\"img\" width=\"{labelWidth + barWidth + 80}\" height=\"{height}\" viewBox=\"0 0 {labelWidth + barWidth + 80} {height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append("<title>").Append(WebUtility.HtmlEncode(title)).Append("</title>");
        var y = 20;
        foreach (var (label, counts) in bars)
        {
            var total = counts.Values.Sum();
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth - 6}\" y=\"{y + 15}\" text-anchor=\"end\">{WebUtility.HtmlEncode(label)}</text>");
            double x = labelWidth;
            foreach (var (tier, colour) in colours)
            {
                var n = counts.TryGetValue(tier, out var c) ? c : 0;
                if (n == 0 || total == 0)
                {
                    continue;
                }

                var w = barWidth * (double)n / total;
                sb.Append(F, $"<rect x=\"{x:0.##}\" y=\"{y}\" width=\"{w:0.##}\" height=\"{rowHeight - 6}\" fill=\"{colour}\"><title>{WebUtility.HtmlEncode(tier == Tier.UngradedAsB ? tier.ToString() : tiers.CodeOf(tier))}: {n}</title></rect>");
                if (w > 22)
                {
                    sb.Append(F, $"<text x=\"{x + (w / 2):0.##}\" y=\"{y + 14}\" text-anchor=\"middle\" fill=\"#fff\">{n}</text>");
                }

                x += w;
            }

            sb.Append(F, $"<text x=\"{labelWidth + barWidth + 6}\" y=\"{y + 15}\">{total}</text>");
            y += rowHeight;
        }

        var legendX = labelWidth;
        foreach (var (tier, colour) in colours.Take(tiers.Count))
        {
            sb.Append(F, $"<rect x=\"{legendX}\" y=\"{y + 6}\" width=\"12\" height=\"12\" fill=\"{colour}\"/><text x=\"{legendX + 16}\" y=\"{y + 17}\">{WebUtility.HtmlEncode(tiers.CodeOf(tier))}</text>");
            legendX += 60;
        }

        return sb.Append("</svg>").ToString();
    }

    /// <summary>The colour of each tier of <paramref name="tiers"/> (levels, then T and ungraded), A–D's for a set of four.</summary>
    private static (Tier Tier, string Colour)[] ColoursOf(Classification.TierSet tiers)
    {
        if (tiers.Count == 4)
        {
            return TierColours;
        }

        var levels = tiers.Levels.Select((t, i) => (t, i == tiers.Count - 1 ? "#c62828" : LevelColours[i]));
        return [.. levels, (Tier.T, "#6d4c41"), (Tier.UngradedAsB, "#78909c")];
    }

    /// <summary>A histogram of <paramref name="values"/> in <paramref name="bins"/> equal bins between their min and max.</summary>
    public static string Histogram(string title, IReadOnlyList<double> values, int bins = 20, string? xTitle = null, string? yTitle = null)
    {
        const int width = 680, height = 240, left = 56, bottom = 46, top = 10;
        var sb = new StringBuilder();
        sb.Append(F, $"<svg class=\"chart\" role=\"img\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append("<title>").Append(WebUtility.HtmlEncode(title)).Append("</title>");
        if (values.Count == 0)
        {
            sb.Append(F, $"<text x=\"{width / 2}\" y=\"{height / 2}\" text-anchor=\"middle\">no rated firms</text>");
            return sb.Append("</svg>").ToString();
        }

        var min = values.Min();
        var max = values.Max();
        var span = max > min ? max - min : 1;
        var counts = new int[bins];
        foreach (var v in values)
        {
            counts[Math.Min(bins - 1, (int)((v - min) / span * bins))]++;
        }

        var peak = counts.Max();
        var plotWidth = width - left - 10;
        var plotHeight = height - bottom - top;
        var barWidth = (double)plotWidth / bins;
        for (var i = 0; i < bins; i++)
        {
            var h = peak == 0 ? 0 : plotHeight * (double)counts[i] / peak;
            var lo = min + (span * i / bins);
            var hi = min + (span * (i + 1) / bins);
            sb.Append(F, $"<rect x=\"{left + (i * barWidth):0.##}\" y=\"{top + plotHeight - h:0.##}\" width=\"{barWidth - 1:0.##}\" height=\"{h:0.##}\" fill=\"#1565c0\"><title>{lo:0.##}–{hi:0.##}: {counts[i]}</title></rect>");
        }

        sb.Append(F, $"<line x1=\"{left}\" y1=\"{top + plotHeight}\" x2=\"{width - 10}\" y2=\"{top + plotHeight}\" stroke=\"#333\"/>");
        sb.Append(F, $"<text x=\"{left}\" y=\"{top + plotHeight + 16}\">{min:0.##}</text><text x=\"{width - 10}\" y=\"{top + plotHeight + 16}\" text-anchor=\"end\">{max:0.##}</text>");
        sb.Append(F, $"<line x1=\"{left}\" y1=\"{top}\" x2=\"{left}\" y2=\"{top + plotHeight}\" stroke=\"#333\"/>");
        sb.Append(F, $"<text x=\"{left - 4}\" y=\"{top + 10}\" text-anchor=\"end\">{peak}</text><text x=\"{left - 4}\" y=\"{top + plotHeight}\" text-anchor=\"end\">0</text>");
        if (xTitle is not null)
        {
            sb.Append(F, $"<text x=\"{left + (plotWidth / 2)}\" y=\"{height - 4}\" text-anchor=\"middle\">{WebUtility.HtmlEncode(xTitle)}</text>");
        }

        if (yTitle is not null)
        {
            sb.Append(F, $"<text x=\"14\" y=\"{top + (plotHeight / 2)}\" text-anchor=\"middle\" transform=\"rotate(-90 14 {top + (plotHeight / 2)})\">{WebUtility.HtmlEncode(yTitle)}</text>");
        }
        return sb.Append("</svg>").ToString();
    }
}
