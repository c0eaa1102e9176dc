using System.Globalization;
using System.Runtime.InteropServices;

using EnterpriseScoring.Reporting;

namespace EnterpriseScoring.Tests.Reporting;
/// <summary>
/// Regional, platform, industry or pool figures of an evaluation (docs/policy-digest.md §8): firm counts by status and tier, 亩均税收,
/// 亩均增加值 and 亩均营业收入 as <b>ratios of sums</b> (Σtax / Σland over the group, not the mean of firm ratios), and
/// the land held by D firms with its share of the group's land; plus a total row.
/// </summary>
/// <remarks>
/// <para>Which firms count toward figures: by default rated firms (<see cref="SummaryPopulation.Rated"/>); optionally every
/// firm with data. A firm counts toward a ratio when it has a known, positive, finite evaluated land area and a finite
/// value of the numerator measure (<c>tax</c>, <c>value_added</c>, <c>revenue</c>); each ratio sums its own firms. Counts by
/// status and tier cover every firm of the group.</para>
/// <para>Rows are ordered ordinally by group key. Immutable and thread-safe.</para>
/// </remarks>
/// <summary>Test-only reference: the group summary as it was before the columnar rewrite.</summary>
internal sealed class NaiveGroupSummary
{
    private NaiveGroupSummary(GroupKey key, GroupSummaryOptions options, GroupSummaryRow[] rows, GroupSummaryRow total)
    {
        Key = key;
        Options = options;
        Rows = rows;
        Total = total;
    }

    /// <summary>What the firms are grouped by.</summary>
    public GroupKey Key { get; }

    /// <summary>The options used.</summary>
    public GroupSummaryOptions Options { get; }

    /// <summary>One row per group, ordered ordinally by group key.</summary>
    public IReadOnlyList<GroupSummaryRow> Rows { get; }

    /// <summary>The figures over all firms (group key <c>total</c>).</summary>
    public GroupSummaryRow Total { get; }

    /// <summary>Summarises <paramref name="evaluation"/> by <paramref name="key"/>.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="key">What to group by.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="GroupSummaryOptions.Default"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The options' decimals are outside 0–10 or the industry prefix length is negative.</exception>
    public static NaiveGroupSummary By(Evaluation evaluation, GroupKey key, GroupSummaryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        options ??= GroupSummaryOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(options.Decimals, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Decimals, 10, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.IndustryPrefixLength, nameof(options));
        var table = evaluation.Table;
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var row = 0; row < table.Count; row++)
        {
            var k = GroupOf(evaluation, row, key, options);
            if (!groups.TryGetValue(k, out var rows))
            {
                groups[k] = rows = [];
            }

            rows.Add(row);
        }

        var result = groups.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Summarise(evaluation, g.Key, g.Value, options)).ToArray();
        var total = Summarise(evaluation, "total", Enumerable.Range(0, table.Count).ToList(), options);
        return new NaiveGroupSummary(key, options, result, total);
    }

    /// <summary>Rounds or truncates <paramref name="value"/> as <paramref name="rounding"/> says: the printed (shortest
    /// round-trip) decimal, parsed as a decimal and rounded there, when it fits a decimal.</summary>
    /// <param name="value">The value (finite).</param>
    /// <param name="rounding">The mode.</param>
    /// <param name="decimals">Decimal places (0–10).</param>
    public static double Apply(double value, SummaryRounding rounding, int decimals)
    {
        if (rounding == SummaryRounding.None || !double.IsFinite(value) || Math.Abs(value) >= 7.9e27)
        {
            return value;
        }

        var d = decimal.Parse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
        var r = Math.Round(d, decimals, rounding switch
        {
            SummaryRounding.Round => MidpointRounding.AwayFromZero,
            SummaryRounding.HalfEven => MidpointRounding.ToEven,
            _ => MidpointRounding.ToZero,
        });
        return r == 0m ? 0.0 : (double)r;
    }

    /// <summary>An aligned text table, total row last.</summary>
    public override string ToString() => TextTable.Render(Header(), Cells());

    /// <summary>A Markdown table, total row last.</summary>
    public string ToMarkdown() => TextTable.Markdown(Header(), Cells());

    private static string GroupOf(Evaluation evaluation, int row, GroupKey key, GroupSummaryOptions options) => key switch
    {
        GroupKey.Region => evaluation.Table.Regions[row],
        GroupKey.Platform => evaluation.Table.Platforms[row],
        GroupKey.Industry => evaluation.Table.Industries[row] is var code && options.IndustryPrefixLength > 0 && code.Length > options.IndustryPrefixLength
            ? code[..options.IndustryPrefixLength]
            : evaluation.Table.Industries[row],
        GroupKey.Pool => evaluation.Results[row].PoolId ?? string.Empty,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Unknown group key."),
    };

    private static GroupSummaryRow Summarise(Evaluation evaluation, string group, List<int> rows, GroupSummaryOptions options)
    {
        var table = evaluation.Table;
        var statuses = Enum.GetValues<FirmStatus>().ToDictionary(s => s, _ => 0);
        var tiers = Enum.GetValues<Tier>().ToDictionary(t => t, _ => 0);
        var land = evaluation.LandArea;
        var measures = new[] { "tax", "value_added", "revenue" }
            .Select(id => table.TryGetMeasure(id, out var column) ? column : null)
            .ToArray();
        // Terms are collected and summed sorted (CompensatedSum), so the figures do not depend on row order.
        var num = new[] { new List<double>(), new List<double>(), new List<double>() };
        var den = new[] { new List<double>(), new List<double>(), new List<double>() };
        var landTerms = new List<double>();
        var dLandTerms = new List<double>();
        foreach (var row in rows)
        {
            var r = evaluation.Results[row];
            var status = r.Status;
            var tier = r.Tier;
            statuses[status]++;
            if (tier is { } t)
            {
                tiers[t]++;
            }

            if (options.Population == SummaryPopulation.Rated && status != FirmStatus.Rated)
            {
                continue;
            }

            var l = land[row];
            if (!(double.IsFinite(l) && l > 0))
            {
                continue;
            }

            landTerms.Add(l);
            if (tier == Tier.D)
            {
                dLandTerms.Add(l);
            }

            for (var m = 0; m < 3; m++)
            {
                if (measures[m] is { } column && column.TryGet(row, out var v) && double.IsFinite(v))
                {
                    num[m].Add(v);
                    den[m].Add(l);
                }
            }
        }

        GroupRatio Ratio(int m)
        {
            var top = CompensatedSum.SortedSum(CollectionsMarshal.AsSpan(num[m]));
            var bottom = CompensatedSum.SortedSum(CollectionsMarshal.AsSpan(den[m]));
            double? exact = num[m].Count > 0 ? top / bottom : null;
            return new GroupRatio(top, bottom, num[m].Count, exact, exact is { } e ? Apply(e, options.Rounding, options.Decimals) : null);
        }

        var landSum = CompensatedSum.SortedSum(CollectionsMarshal.AsSpan(landTerms));
        var dLand = CompensatedSum.SortedSum(CollectionsMarshal.AsSpan(dLandTerms));
        return new GroupSummaryRow(group, rows.Count, statuses, tiers, Ratio(0), Ratio(1), Ratio(2), landSum, dLand);
    }

    private string[] Header() =>
    [
        Key.ToString().ToLowerInvariant(), "firms", "rated", "A", "B", "C", "D", "T", "ungraded", "no tier",
        "亩均税收", "亩均增加值", "亩均营收", "land 亩", "D land 亩", "D share",
    ];

    private List<string[]> Cells()
    {
        var f = CultureInfo.InvariantCulture;
        var numberFormat = Options.Rounding == SummaryRounding.None ? "0.######" : "F" + Options.Decimals.ToString(f);
        string Num(double? v, string format) => v is { } x ? x.ToString(format, f) : "—";
        string[] Line(GroupSummaryRow r, string label) =>
        [
            label,
            r.Firms.ToString(f),
            r.StatusCounts[FirmStatus.Rated].ToString(f),
            r.TierCounts[Tier.A].ToString(f),
            r.TierCounts[Tier.B].ToString(f),
            r.TierCounts[Tier.C].ToString(f),
            r.TierCounts[Tier.D].ToString(f),
            r.TierCounts[Tier.T].ToString(f),
            r.TierCounts[Tier.UngradedAsB].ToString(f),
            r.Untiered.ToString(f),
            Num(r.TaxPerMu.Value, numberFormat),
            Num(r.ValueAddedPerMu.Value, numberFormat),
            Num(r.RevenuePerMu.Value, numberFormat),
            r.Land.ToString("0.##", f),
            r.DLand.ToString("0.##", f),
            r.DLandShare is { } s ? (s * 100).ToString("0.00", f) + "%" : "—",
        ];
        var cells = Rows.Select(r => Line(r, r.Group.Length == 0 ? "(none)" : r.Group)).ToList();
        cells.Add(Line(Total, "(total)"));
        return cells;
    }
}
