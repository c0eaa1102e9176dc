using System.Globalization;
using System.Runtime.InteropServices;

namespace EnterpriseScoring.Reporting;

/// <summary>
/// Regional, platform, industry or pool figures of an evaluation (domain.md §8): firm counts by status and tier, 亩均税收,
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
public sealed class GroupSummary
{
    private GroupSummary(GroupKey key, GroupSummaryOptions options, GroupSummaryRow[] rows, GroupSummaryRow total)
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
    public static GroupSummary By(Evaluation evaluation, GroupKey key, GroupSummaryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        options ??= GroupSummaryOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(options.Decimals, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Decimals, 10, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.IndustryPrefixLength, nameof(options));
        var table = evaluation.Table;
        var n = table.Count;

        // One pass over the rows: group index, status and tier of every row (read from the evaluation's columns).
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        var sizes = new List<int>();
        var groupOf = new int[n];
        var statusOf = new FirmStatus[n];
        var tierOf = new Tier?[n];
        for (var row = 0; row < n; row++)
        {
            var k = GroupOf(evaluation, row, key, options);
            if (!index.TryGetValue(k, out var g))
            {
                index[k] = g = names.Count;
                names.Add(k);
                sizes.Add(0);
            }

            groupOf[row] = g;
            sizes[g]++;
            statusOf[row] = evaluation.StatusOf(row);
            tierOf[row] = evaluation.TierOf(row);
        }

        // Rows bucketed by group, each bucket in table order (a counting sort).
        var start = new int[names.Count + 1];
        for (var g = 0; g < names.Count; g++)
        {
            start[g + 1] = start[g] + sizes[g];
        }

        var next = start[..^1];
        var ordered = new int[n];
        for (var row = 0; row < n; row++)
        {
            ordered[next[groupOf[row]]++] = row;
        }

        var context = new SummaryContext(evaluation, options, statusOf, tierOf);
        var result = Enumerable.Range(0, names.Count)
            .OrderBy(g => names[g], StringComparer.Ordinal)
            .Select(g => context.Summarise(names[g], ordered.AsSpan(start[g], sizes[g])))
            .ToArray();
        var all = new int[n];
        for (var row = 0; row < n; row++)
        {
            all[row] = row;
        }

        var total = context.Summarise("total", all);
        return new GroupSummary(key, options, result, total);
    }

    /// <summary>Rounds or truncates <paramref name="value"/> as <paramref name="rounding"/> says (in decimal arithmetic when the value fits).</summary>
    /// <param name="value">The value (finite).</param>
    /// <param name="rounding">The mode.</param>
    /// <param name="decimals">Decimal places (0–10).</param>
    public static double Apply(double value, SummaryRounding rounding, int decimals)
    {
        if (rounding == SummaryRounding.None || !double.IsFinite(value))
        {
            return value;
        }

        if (Math.Abs(value) < 7.9e27)
        {
            var d = (decimal)value;
            return (double)(rounding == SummaryRounding.Round
                ? Math.Round(d, decimals, MidpointRounding.AwayFromZero)
                : Math.Round(d, decimals, MidpointRounding.ToZero));
        }

        return rounding == SummaryRounding.Round
            ? Math.Round(value, decimals, MidpointRounding.AwayFromZero)
            : Math.Round(value, decimals, MidpointRounding.ToZero);
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
        GroupKey.Pool => evaluation.PoolOf(row)?.Profile.Id ?? string.Empty,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Unknown group key."),
    };

    /// <summary>What summarising a group needs: per-row status and tier, the measure columns and reusable term lists.</summary>
    private sealed class SummaryContext
    {
        private readonly Evaluation evaluation;
        private readonly GroupSummaryOptions options;
        private readonly FirmStatus[] statusOf;
        private readonly Tier?[] tierOf;
        private readonly MeasureColumn?[] measures;

        // Terms are collected and summed sorted (CompensatedSum), so the figures do not depend on row order.
        private readonly List<double>[] num = [[], [], []];
        private readonly List<double>[] den = [[], [], []];
        private readonly List<double> landTerms = [];
        private readonly List<double> dLandTerms = [];

        public SummaryContext(Evaluation evaluation, GroupSummaryOptions options, FirmStatus[] statusOf, Tier?[] tierOf)
        {
            this.evaluation = evaluation;
            this.options = options;
            this.statusOf = statusOf;
            this.tierOf = tierOf;
            measures = new[] { "tax", "value_added", "revenue" }
                .Select(id => evaluation.Table.TryGetMeasure(id, out var column) ? column : null)
                .ToArray();
        }

        public GroupSummaryRow Summarise(string group, ReadOnlySpan<int> rows)
        {
            var statusCounts = new int[Enum.GetValues<FirmStatus>().Max(s => (int)s) + 1];
            var tierCounts = new int[Enum.GetValues<Tier>().Max(t => (int)t) + 1];
            var land = evaluation.LandArea;
            for (var m = 0; m < 3; m++)
            {
                num[m].Clear();
                den[m].Clear();
            }

            landTerms.Clear();
            dLandTerms.Clear();
            foreach (var row in rows)
            {
                var status = statusOf[row];
                var tier = tierOf[row];
                statusCounts[(int)status]++;
                if (tier is { } t)
                {
                    tierCounts[(int)t]++;
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

            var statuses = Enum.GetValues<FirmStatus>().ToDictionary(s => s, s => statusCounts[(int)s]);
            var tiers = Enum.GetValues<Tier>().ToDictionary(t => t, t => tierCounts[(int)t]);
            var landSum = CompensatedSum.SortedSum(CollectionsMarshal.AsSpan(landTerms));
            var dLand = CompensatedSum.SortedSum(CollectionsMarshal.AsSpan(dLandTerms));
            return new GroupSummaryRow(group, rows.Length, statuses, tiers, Ratio(0), Ratio(1), Ratio(2), landSum, dLand);
        }

        private GroupRatio Ratio(int m)
        {
            var top = CompensatedSum.SortedSum(CollectionsMarshal.AsSpan(num[m]));
            var bottom = CompensatedSum.SortedSum(CollectionsMarshal.AsSpan(den[m]));
            double? exact = num[m].Count > 0 ? top / bottom : null;
            return new GroupRatio(top, bottom, num[m].Count, exact, exact is { } e ? Apply(e, options.Rounding, options.Decimals) : null);
        }
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
