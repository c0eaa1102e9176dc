using System.Globalization;
using System.Runtime.CompilerServices;

namespace EnterpriseScoring.Reporting;

/// <summary>
/// Regional, platform, industry or pool figures of an evaluation (docs/policy-digest.md §8): firm counts by status and tier, 亩均税收,
/// 亩均增加值 and 亩均营业收入 as <b>ratios of sums</b> (Σtax / Σland over the group, not the mean of firm ratios), and
/// the land held by D firms (the bottom tier of the profile's tier set) with its share of the group's land; plus a total
/// row. The tier columns are the profile's tiers (<see cref="Tiers"/>) under their codes, then T and ungraded.
/// </summary>
/// <remarks>
/// <para>Which firms count toward figures: by default rated firms (<see cref="SummaryPopulation.Rated"/>); optionally every
/// firm with data. A firm counts toward a ratio when it has a known, positive, finite evaluated land area and a finite
/// value of the numerator measure (<c>tax</c>, <c>value_added</c>, <c>revenue</c>); each ratio sums its own firms. Counts by
/// status and tier cover every firm of the group.</para>
/// <para>Rows are ordered ordinally by group key. Immutable and thread-safe.</para>
/// </remarks>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class GroupSummary
{
    /// <summary>The summaries made for an evaluation, per options (see <see cref="By(Evaluation, IEnumerable{GroupKey}, GroupSummaryOptions?)"/>).</summary>
    private static readonly ConditionalWeakTable<Evaluation, Dictionary<GroupSummaryOptions, GroupSummary[]>> Made = [];

    private GroupSummary(GroupKey key, GroupSummaryOptions options, GroupSummaryRow[] rows, GroupSummaryRow total, Classification.TierSet tiers)
    {
        Tiers = tiers;
        Key = key;
        Options = options;
        Rows = rows.AsValueList();
        Total = total;
    }

    /// <summary>What the firms are grouped by.</summary>
    public GroupKey Key { get; }

    /// <summary>The tier set of the evaluated profile: the tier columns of the tables, under its codes.</summary>
    public Classification.TierSet Tiers { get; }

    /// <summary>The options used.</summary>
    public GroupSummaryOptions Options { get; }

    /// <summary>One row per group, ordered ordinally by group key.</summary>
    public IReadOnlyList<GroupSummaryRow> Rows { get; }

    /// <summary>The figures over all firms (group key <c>total</c>).</summary>
    public GroupSummaryRow Total { get; }

    /// <summary>Summarises <paramref name="evaluation"/> by <paramref name="key"/>.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="key">What to group by.</param>
    /// <param name="options">The options; <see langword="null"/> for the defaults with the figures rounded as the profile's
    /// <see cref="EvaluationProfile.Display"/> says (<see cref="DisplayFormat.SummaryOptions"/>).</param>
    /// <exception cref="ArgumentOutOfRangeException">The options' decimals are outside 0–10 or the industry prefix length is negative.</exception>
    public static GroupSummary By(Evaluation evaluation, GroupKey key, GroupSummaryOptions? options = null) => By(evaluation, [key], options)[0];

    /// <summary>Summarises <paramref name="evaluation"/> by each of <paramref name="keys"/>: the same as calling
    /// <see cref="By(Evaluation, GroupKey, GroupSummaryOptions?)"/> for each.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="keys">What to group by, one summary each (in this order).</param>
    /// <param name="options">The options; <see langword="null"/> for the defaults with the figures rounded as the profile's
    /// <see cref="EvaluationProfile.Display"/> says.</param>
    /// <exception cref="ArgumentOutOfRangeException">The options' decimals are outside 0–10 or the industry prefix length is negative.</exception>
    /// <remarks>Every key's summary is made at once (<see cref="GroupSummaryComputation"/>) and kept with the evaluation for
    /// these options (both are immutable), so the summary file, the report and the tier table share one computation.</remarks>
    internal static IReadOnlyList<GroupSummary> By(Evaluation evaluation, IEnumerable<GroupKey> keys, GroupSummaryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(keys);
        options ??= evaluation.Profile.Display.SummaryOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(options.Decimals, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Decimals, 10, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.IndustryPrefixLength, nameof(options));
        var made = Made.GetValue(evaluation, _ => []);
        GroupSummary[]? all;
        lock (made)
        {
            if (!made.TryGetValue(options, out all))
            {
                var (total, rows) = GroupSummaryComputation.Compute(evaluation, options);
                all = new GroupSummary[GroupSummaryComputation.Keys.Length];
                for (var i = 0; i < all.Length; i++)
                {
                    all[i] = new GroupSummary(GroupSummaryComputation.Keys[i], options, rows[i], total, evaluation.Profile.Tiers);
                }

                made[options] = all;
            }
        }

        return [.. keys.Select(key => Array.Find(all, s => s.Key == key) ?? throw new ArgumentOutOfRangeException(nameof(keys), key, "Unknown group key."))];
    }

    /// <summary>Rounds or truncates <paramref name="value"/> as <paramref name="rounding"/> says, in decimal arithmetic on its
    /// shortest round-trip text (see <see cref="SummaryRounding"/>); NaN, infinities and values too large for a decimal unchanged.</summary>
    /// <param name="value">The value.</param>
    /// <param name="rounding">The mode.</param>
    /// <param name="decimals">Decimal places (0–10).</param>
    public static double Apply(double value, SummaryRounding rounding, int decimals) => DecimalRounding.Round(value, rounding, decimals);

    /// <summary>An aligned text table, total row last.</summary>
    public override string ToString() => TextTable.Render(Header(), Cells());

    /// <summary>A Markdown table, total row last.</summary>
    public string ToMarkdown() => TextTable.Markdown(Header(), Cells());

    /// <summary>The same table as an HTML fragment (all text escaped), e.g. for a notebook cell.</summary>
    public string ToHtml() => NotebookViews.Of(this).ToHtml();

    internal string[] Header() =>
    [
        Key.ToString().ToLowerInvariant(), "firms", "rated", .. Tiers.Codes, "T", "ungraded", "no tier",
        "亩均税收", "亩均增加值", "亩均营收", "land 亩", "D land 亩", "D share",
    ];

    internal List<string[]> Cells()
    {
        var f = CultureInfo.InvariantCulture;
        var numberFormat = Options.Rounding == SummaryRounding.None ? "0.######" : "F" + Options.Decimals.ToString(f);
        string Num(double? v, string format) => v is { } x ? x.ToString(format, f) : "—";
        string[] Line(GroupSummaryRow r, string label) =>
        [
            label,
            r.Firms.ToString(f),
            r.StatusCounts[FirmStatus.Rated].ToString(f),
            .. Tiers.AllTiers.Select(t => r.TierCounts[t].ToString(f)),
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
