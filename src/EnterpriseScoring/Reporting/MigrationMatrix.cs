using System.Globalization;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Policies;

namespace EnterpriseScoring.Reporting;

/// <summary>
/// Tier migration between two years, matched by firm id: how many firms went from tier X to tier Y, including firms that
/// are new (absent in the first year), gone (absent in the second) or unrated on either side. The tiers are the levels of
/// a tier set (<see cref="Tiers"/>: A / B / C / D, or a profile's own such as A+ / A / B / C or five classes), shown under
/// its codes.
/// </summary>
/// <remarks>
/// Within one year, a result with a tier wins over results without one for the same id (two different tiers are
/// rejected). Both years are counted in one tier set: results read with the profile's set (a results file whose codes are
/// not the set's cannot be read, so a firm's code is matched, never guessed). Immutable and thread-safe.
/// </remarks>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class MigrationMatrix
{
    private static readonly int StateCount = Enum.GetValues<MigrationState>().Length;
    private readonly int[,] counts;
    private readonly Dictionary<(MigrationState, MigrationState), string[]> ids;

    private MigrationMatrix(TierSet tiers, int[,] counts, Dictionary<(MigrationState, MigrationState), string[]> ids, int firms)
    {
        Tiers = tiers;
        this.counts = counts;
        this.ids = ids;
        Firms = firms;
        States = Array.AsReadOnly([.. tiers.Levels.Select(t => StateOf(t)), MigrationState.T, MigrationState.UngradedAsB, MigrationState.Unrated, MigrationState.Absent]);
    }

    /// <summary>The tier set both years are counted in.</summary>
    public TierSet Tiers { get; }

    /// <summary>The states of the matrix in order: the levels of <see cref="Tiers"/> (best first), then T, ungraded, unrated and absent.</summary>
    public IReadOnlyList<MigrationState> States { get; }

    /// <summary>The number of distinct firm ids on either side.</summary>
    public int Firms { get; }

    /// <summary>Firms whose tier improved among the levels of the set (e.g. C → B).</summary>
    public int Upgraded => Sum((f, t) => f > t);

    /// <summary>Firms whose tier worsened among the levels of the set (e.g. B → D).</summary>
    public int Downgraded => Sum((f, t) => f < t);

    /// <summary>Firms in the same level of the set in both years.</summary>
    public int Unchanged => Sum((f, t) => f == t);

    /// <summary>The matrix between two years' results of the standard tier set A / B / C / D.</summary>
    /// <param name="from">The earlier year's results.</param>
    /// <param name="to">The later year's results.</param>
    /// <exception cref="ArgumentException">An id has two different tiers on one side, or a tier is not one of A–D, T or ungraded.</exception>
    public static MigrationMatrix Between(IEnumerable<PriorResult> from, IEnumerable<PriorResult> to) => Between(from, to, TierSet.Standard);

    /// <summary>The matrix between two years' results, both of tier set <paramref name="tiers"/>.</summary>
    /// <param name="from">The earlier year's results.</param>
    /// <param name="to">The later year's results.</param>
    /// <param name="tiers">The tier set of both years (e.g. A+ / A / B / C): the rows and columns.</param>
    /// <exception cref="ArgumentException">An id has two different tiers on one side, or a result has a level outside <paramref name="tiers"/> (e.g. E in a set of four).</exception>
    public static MigrationMatrix Between(IEnumerable<PriorResult> from, IEnumerable<PriorResult> to, TierSet tiers)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(tiers);
        var a = PriorResults.ById(from);
        var b = PriorResults.ById(to);
        var counts = new int[StateCount, StateCount];
        var lists = new Dictionary<(MigrationState, MigrationState), List<string>>();
        foreach (var id in a.Keys.Union(b.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var f = a.TryGetValue(id, out var x) ? StateIn(tiers, x, "from") : MigrationState.Absent;
            var t = b.TryGetValue(id, out var y) ? StateIn(tiers, y, "to") : MigrationState.Absent;
            counts[(int)f, (int)t]++;
            if (!lists.TryGetValue((f, t), out var list))
            {
                lists[(f, t)] = list = [];
            }

            list.Add(id);
        }

        return new MigrationMatrix(tiers, counts, lists.ToDictionary(p => p.Key, p => p.Value.ToArray()), a.Keys.Union(b.Keys, StringComparer.Ordinal).Count());
    }

    /// <summary>The matrix between earlier results and the current evaluation, in the tier set of its profile.</summary>
    /// <param name="from">The earlier year's results, of the profile's tier set (e.g. read with
    /// <see cref="IO.ResultsCsvReader.Read(string, TierSet)"/> and the profile's <see cref="EvaluationProfile.Tiers"/>).</param>
    /// <param name="to">The current evaluation.</param>
    /// <exception cref="ArgumentException">An id has two different tiers on one side, or an earlier result has a level outside the profile's set.</exception>
    public static MigrationMatrix Between(IEnumerable<PriorResult> from, Evaluation to)
    {
        ArgumentNullException.ThrowIfNull(to);
        return Between(from, PriorResults.FromEvaluation(to), to.Profile.Tiers);
    }

    /// <summary>The number of firms that went from <paramref name="from"/> to <paramref name="to"/>.</summary>
    /// <param name="from">The state in the earlier year (<see cref="MigrationState.Absent"/> = new firms).</param>
    /// <param name="to">The state in the later year (<see cref="MigrationState.Absent"/> = gone firms).</param>
    public int Count(MigrationState from, MigrationState to) => counts[(int)from, (int)to];

    /// <summary>The ids of the firms that went from <paramref name="from"/> to <paramref name="to"/>, sorted ordinally.</summary>
    /// <param name="from">The earlier state.</param>
    /// <param name="to">The later state.</param>
    public IReadOnlyList<string> Ids(MigrationState from, MigrationState to) => ids.TryGetValue((from, to), out var list) ? list : [];

    /// <summary>The state of a tier: its level (<see cref="Tier.A"/> → <see cref="MigrationState.A"/> … <see cref="Tier.F"/> →
    /// <see cref="MigrationState.F"/>), T, ungraded; null = <see cref="MigrationState.Unrated"/>.</summary>
    /// <param name="tier">The tier.</param>
    public static MigrationState StateOf(Tier? tier) => tier switch
    {
        null => MigrationState.Unrated,
        Tier.T => MigrationState.T,
        Tier.UngradedAsB => MigrationState.UngradedAsB,
        { } t => (MigrationState)(TierSet.LevelOf(t) - 1),
    };

    /// <summary>The level of a state (1 = best), or 0 for T, ungraded, unrated and absent.</summary>
    /// <param name="state">The state.</param>
    public static int LevelOf(MigrationState state) => state <= MigrationState.F ? (int)state + 1 : 0;

    /// <summary>A state's name in this matrix: the code of its level in <see cref="Tiers"/> (A+), <c>T</c>, <c>ungraded</c>,
    /// <c>unrated</c>; absent is <c>new</c> as an earlier state and <c>gone</c> as a later one.</summary>
    /// <param name="state">The state.</param>
    /// <param name="earlier">Whether the state is the earlier year's (a row).</param>
    public string CodeOf(MigrationState state, bool earlier = false) => state switch
    {
        MigrationState.Absent => earlier ? "new" : "gone",
        MigrationState.UngradedAsB => "ungraded",
        MigrationState.Unrated => "unrated",
        MigrationState.T => TierSet.TCode,
        _ => Tiers.CodeOf(TierSet.TierAt(LevelOf(state))),
    };

    /// <summary>An aligned text table: rows = earlier state (<c>new</c> for absent), columns = later state (<c>gone</c> for absent), with totals.</summary>
    public override string ToString() => TextTable.Render(Header(), Cells());

    /// <summary>The same table as Markdown.</summary>
    public string ToMarkdown() => TextTable.Markdown(Header(), Cells());

    /// <summary>The same table as an HTML fragment (all text escaped), e.g. for a notebook cell.</summary>
    public string ToHtml() => NotebookViews.Of(this).ToHtml();

    private static MigrationState StateIn(TierSet tiers, PriorResult result, string side)
    {
        if (result.Tier is { } tier && !tiers.Contains(tier) && tier is not (Tier.T or Tier.UngradedAsB))
        {
            throw new ArgumentException(
                $"Firm '{result.Id}' ({(side == "from" ? "earlier" : "later")} year {result.Year}) has level {TierSet.LevelOf(tier)}, which the tier set {tiers} does not have: both years must be of one tier set / 企业 '{result.Id}' 的档次（第 {TierSet.LevelOf(tier)} 档）不属于分档 {tiers}：两年结果须为同一分档",
                side);
        }

        return StateOf(result.Tier);
    }

    private int Sum(Func<int, int, bool> predicate)
    {
        var sum = 0;
        for (var f = 0; f < Tiers.Count; f++)
        {
            for (var t = 0; t < Tiers.Count; t++)
            {
                sum += predicate(f, t) ? counts[f, t] : 0;
            }
        }

        return sum;
    }

    internal string[] Header() => ["from \\ to", .. States.Select(s => CodeOf(s)), "total"];

    internal List<string[]> Cells()
    {
        var c = CultureInfo.InvariantCulture;
        var rows = new List<string[]>();
        foreach (var f in States)
        {
            var cells = new List<string> { CodeOf(f, earlier: true) };
            cells.AddRange(States.Select(t => f == MigrationState.Absent && t == MigrationState.Absent ? string.Empty : counts[(int)f, (int)t].ToString(c)));
            cells.Add(States.Sum(t => counts[(int)f, (int)t]).ToString(c));
            rows.Add([.. cells]);
        }

        var totals = new List<string> { "total" };
        totals.AddRange(States.Select(t => States.Sum(f => counts[(int)f, (int)t]).ToString(c)));
        totals.Add(Firms.ToString(c));
        rows.Add([.. totals]);
        return rows;
    }
}
