using System.Globalization;
using EnterpriseScoring.Policies;

namespace EnterpriseScoring.Reporting;

/// <summary>
/// Tier migration between two years, matched by firm id: how many firms went from tier X to tier Y, including firms that
/// are new (absent in the first year), gone (absent in the second) or unrated on either side.
/// </summary>
/// <remarks>
/// Within one year, a result with a tier wins over results without one for the same id (two different tiers are
/// rejected). Immutable and thread-safe.
/// </remarks>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class MigrationMatrix
{
    private static readonly MigrationState[] States = Enum.GetValues<MigrationState>();
    private readonly int[,] counts;
    private readonly Dictionary<(MigrationState, MigrationState), string[]> ids;

    private MigrationMatrix(int[,] counts, Dictionary<(MigrationState, MigrationState), string[]> ids, int firms)
    {
        this.counts = counts;
        this.ids = ids;
        Firms = firms;
    }

    /// <summary>The number of distinct firm ids on either side.</summary>
    public int Firms { get; }

    /// <summary>Firms whose tier improved among A–D (e.g. C → B).</summary>
    public int Upgraded => Sum((f, t) => f > t);

    /// <summary>Firms whose tier worsened among A–D (e.g. B → D).</summary>
    public int Downgraded => Sum((f, t) => f < t);

    /// <summary>Firms in the same tier A–D in both years.</summary>
    public int Unchanged => Sum((f, t) => f == t);

    /// <summary>The matrix between two years' results.</summary>
    /// <param name="from">The earlier year's results.</param>
    /// <param name="to">The later year's results.</param>
    /// <exception cref="ArgumentException">An id has two different tiers on one side.</exception>
    public static MigrationMatrix Between(IEnumerable<PriorResult> from, IEnumerable<PriorResult> to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var a = PriorResults.ById(from);
        var b = PriorResults.ById(to);
        var counts = new int[States.Length, States.Length];
        var lists = new Dictionary<(MigrationState, MigrationState), List<string>>();
        foreach (var id in a.Keys.Union(b.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var f = a.TryGetValue(id, out var x) ? StateOf(x.Tier) : MigrationState.Absent;
            var t = b.TryGetValue(id, out var y) ? StateOf(y.Tier) : MigrationState.Absent;
            counts[(int)f, (int)t]++;
            if (!lists.TryGetValue((f, t), out var list))
            {
                lists[(f, t)] = list = [];
            }

            list.Add(id);
        }

        return new MigrationMatrix(counts, lists.ToDictionary(p => p.Key, p => p.Value.ToArray()), a.Keys.Union(b.Keys, StringComparer.Ordinal).Count());
    }

    /// <summary>The matrix between earlier results and the current evaluation.</summary>
    /// <param name="from">The earlier year's results.</param>
    /// <param name="to">The current evaluation.</param>
    /// <exception cref="ArgumentException">An id has two different tiers on one side.</exception>
    public static MigrationMatrix Between(IEnumerable<PriorResult> from, Evaluation to)
    {
        ArgumentNullException.ThrowIfNull(to);
        return Between(from, PriorResults.FromEvaluation(to));
    }

    /// <summary>The number of firms that went from <paramref name="from"/> to <paramref name="to"/>.</summary>
    /// <param name="from">The state in the earlier year (<see cref="MigrationState.Absent"/> = new firms).</param>
    /// <param name="to">The state in the later year (<see cref="MigrationState.Absent"/> = gone firms).</param>
    public int Count(MigrationState from, MigrationState to) => counts[(int)from, (int)to];

    /// <summary>The ids of the firms that went from <paramref name="from"/> to <paramref name="to"/>, sorted ordinally.</summary>
    /// <param name="from">The earlier state.</param>
    /// <param name="to">The later state.</param>
    public IReadOnlyList<string> Ids(MigrationState from, MigrationState to) => ids.TryGetValue((from, to), out var list) ? list : [];

    /// <summary>The state of a tier (null = <see cref="MigrationState.Unrated"/>).</summary>
    /// <param name="tier">The tier.</param>
    /// <exception cref="NotSupportedException"><see cref="Tier.E"/> or <see cref="Tier.F"/> (a tier set of five or six tiers): the matrix counts A–D.</exception>
    public static MigrationState StateOf(Tier? tier) => tier switch
    {
        Tier.A => MigrationState.A,
        Tier.B => MigrationState.B,
        Tier.C => MigrationState.C,
        Tier.D => MigrationState.D,
        Tier.T => MigrationState.T,
        Tier.UngradedAsB => MigrationState.UngradedAsB,
        null => MigrationState.Unrated,
        _ => throw new NotSupportedException($"Tier {tier} of a tier set of five or six tiers has no migration state: migration matrices count tiers A–D, T and ungraded / 迁移矩阵暂不支持五档以上的分档"),
    };

    /// <summary>An aligned text table: rows = earlier state (<c>new</c> for absent), columns = later state (<c>gone</c> for absent), with totals.</summary>
    public override string ToString() => TextTable.Render(Header(), Cells());

    /// <summary>The same table as Markdown.</summary>
    public string ToMarkdown() => TextTable.Markdown(Header(), Cells());

    /// <summary>The same table as an HTML fragment (all text escaped), e.g. for a notebook cell.</summary>
    public string ToHtml() => NotebookViews.Of(this).ToHtml();

    private static string Label(MigrationState s, bool from) => s switch
    {
        MigrationState.Absent => from ? "new" : "gone",
        MigrationState.UngradedAsB => "ungraded",
        MigrationState.Unrated => "unrated",
        _ => s.ToString(),
    };

    private int Sum(Func<int, int, bool> predicate)
    {
        var sum = 0;
        for (var f = 0; f <= (int)MigrationState.D; f++)
        {
            for (var t = 0; t <= (int)MigrationState.D; t++)
            {
                sum += predicate(f, t) ? counts[f, t] : 0;
            }
        }

        return sum;
    }

    internal string[] Header() => ["from \\ to", .. States.Select(s => Label(s, false)), "total"];

    internal List<string[]> Cells()
    {
        var c = CultureInfo.InvariantCulture;
        var rows = new List<string[]>();
        foreach (var f in States)
        {
            var cells = new List<string> { Label(f, true) };
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
