using System.Buffers;
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
    public static GroupSummary By(Evaluation evaluation, GroupKey key, GroupSummaryOptions? options = null) => By(evaluation, [key], options)[0];

    /// <summary>Summarises <paramref name="evaluation"/> by each of <paramref name="keys"/>: the same as calling
    /// <see cref="By(Evaluation, GroupKey, GroupSummaryOptions?)"/> for each, with every firm's status and tier read, and the
    /// total row made, once.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="keys">What to group by, one summary each (in this order).</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="GroupSummaryOptions.Default"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The options' decimals are outside 0–10 or the industry prefix length is negative.</exception>
    internal static IReadOnlyList<GroupSummary> By(Evaluation evaluation, IEnumerable<GroupKey> keys, GroupSummaryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(keys);
        options ??= GroupSummaryOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(options.Decimals, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Decimals, 10, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.IndustryPrefixLength, nameof(options));
        var keyList = keys.ToArray();
        var n = evaluation.Table.Count;
        var statusOf = new FirmStatus[n];
        var tierOf = new Tier?[n];
        var all = new int[n];
        for (var row = 0; row < n; row++)
        {
            statusOf[row] = evaluation.StatusOf(row);
            tierOf[row] = evaluation.TierOf(row);
            all[row] = row;
        }

        using var context = new SummaryContext(evaluation, options, statusOf, tierOf);
        var total = context.Summarise("total", all);
        var summaries = new GroupSummary[keyList.Length];
        for (var i = 0; i < keyList.Length; i++)
        {
            summaries[i] = new GroupSummary(keyList[i], options, Groups(evaluation, keyList[i], options, context, all), total);
        }

        return summaries;
    }

    /// <summary>The rows of one key, ordered ordinally by group; <paramref name="ordered"/> is scratch of table length.</summary>
    private static GroupSummaryRow[] Groups(Evaluation evaluation, GroupKey key, GroupSummaryOptions options, SummaryContext context, int[] ordered)
    {
        var n = evaluation.Table.Count;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        var sizes = new List<int>();
        var groupOf = new int[n];
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
        }

        // Rows bucketed by group, each bucket in table order (a counting sort).
        var start = new int[names.Count + 1];
        for (var g = 0; g < names.Count; g++)
        {
            start[g + 1] = start[g] + sizes[g];
        }

        var next = start[..^1];
        var buckets = new int[n];
        for (var row = 0; row < n; row++)
        {
            buckets[next[groupOf[row]]++] = row;
        }

        return Enumerable.Range(0, names.Count)
            .OrderBy(g => names[g], StringComparer.Ordinal)
            .Select(g => context.Summarise(names[g], buckets.AsSpan(start[g], sizes[g])))
            .ToArray();
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

    /// <summary>What summarising a group needs: per-row status and tier, the measure columns and pooled term buffers.</summary>
    private sealed class SummaryContext : IDisposable
    {
        private const int Tax = 0;
        private const int Land = 6;
        private const int DLand = 7;

        private readonly Evaluation evaluation;
        private readonly GroupSummaryOptions options;
        private readonly FirmStatus[] statusOf;
        private readonly Tier?[] tierOf;
        private readonly MeasureColumn?[] measures;

        // Terms are collected and summed sorted (CompensatedSum), so the figures do not depend on row order.
        // Buffers 0–2: numerators of tax, value added, revenue; 3–5: their land; 6: land; 7: land of D firms.
        private readonly double[][] terms = new double[8][];
        private readonly int[] counts = new int[8];

        public SummaryContext(Evaluation evaluation, GroupSummaryOptions options, FirmStatus[] statusOf, Tier?[] tierOf)
        {
            this.evaluation = evaluation;
            this.options = options;
            this.statusOf = statusOf;
            this.tierOf = tierOf;
            measures = new[] { "tax", "value_added", "revenue" }
                .Select(id => evaluation.Table.TryGetMeasure(id, out var column) ? column : null)
                .ToArray();
            for (var i = 0; i < terms.Length; i++)
            {
                terms[i] = ArrayPool<double>.Shared.Rent(Math.Max(1, statusOf.Length));
            }
        }

        public void Dispose()
        {
            for (var i = 0; i < terms.Length; i++)
            {
                ArrayPool<double>.Shared.Return(terms[i]);
                terms[i] = [];
            }
        }

        public GroupSummaryRow Summarise(string group, ReadOnlySpan<int> rows)
        {
            Span<int> statusCounts = stackalloc int[16];
            Span<int> tierCounts = stackalloc int[16];
            statusCounts.Clear();
            tierCounts.Clear();
            var land = evaluation.LandArea;
            counts.AsSpan().Clear();
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

                terms[Land][counts[Land]++] = l;
                if (tier == Tier.D)
                {
                    terms[DLand][counts[DLand]++] = l;
                }

                for (var m = 0; m < 3; m++)
                {
                    if (measures[m] is { } column && column.TryGet(row, out var v) && double.IsFinite(v))
                    {
                        terms[Tax + m][counts[Tax + m]++] = v;
                        terms[3 + m][counts[3 + m]++] = l;
                    }
                }
            }

            var statuses = new Dictionary<FirmStatus, int>();
            foreach (var s in Enum.GetValues<FirmStatus>())
            {
                statuses[s] = statusCounts[(int)s];
            }

            var tiers = new Dictionary<Tier, int>();
            foreach (var t in Enum.GetValues<Tier>())
            {
                tiers[t] = tierCounts[(int)t];
            }

            var landSum = Sum(Land);
            var dLand = Sum(DLand);
            return new GroupSummaryRow(group, rows.Length, statuses, tiers, Ratio(0), Ratio(1), Ratio(2), landSum, dLand);
        }

        private double Sum(int buffer) => CompensatedSum.SortedSum(terms[buffer].AsSpan(0, counts[buffer]));

        private GroupRatio Ratio(int m)
        {
            var top = Sum(Tax + m);
            var bottom = Sum(3 + m);
            var count = counts[Tax + m];
            double? exact = count > 0 ? top / bottom : null;
            return new GroupRatio(top, bottom, count, exact, exact is { } e ? Apply(e, options.Rounding, options.Decimals) : null);
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
