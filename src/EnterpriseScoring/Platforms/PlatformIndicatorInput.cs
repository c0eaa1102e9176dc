using System.Collections.Concurrent;
using EnterpriseScoring.Engine;

namespace EnterpriseScoring.Platforms;

/// <summary>
/// What a <see cref="IPlatformIndicator"/> computes from: the firm evaluation of the year, the membership of its firms in
/// platforms, the register entries of each platform group, and optionally the prior year's firms (for growth).
/// </summary>
/// <remarks>
/// Each group's sum is exact, rounded once (<see cref="SumByGroup(string, RowMask, Span{double}, Span{int})"/>: the
/// correctly rounded sum of its terms), so the figures do not depend on the order of the firm rows or the thread count, and
/// anyone adding a platform group's member values exactly gets the same number (a unit adds its groups' sums in group
/// order, <see cref="PlatformFigures"/>). A sum reads the rows in order, twice (the span
/// of each group's terms, then their exact integer sum), split between threads for a large table (integer sums: the same
/// at any thread count); no grouping, gathering or sorting of the rows. Filters are
/// <see cref="FirmCondition"/>s, evaluated as the firm evaluation evaluates them (land = the evaluated land), and cached
/// per run. Thread-safe.
/// </remarks>
public sealed class PlatformIndicatorInput
{
    private readonly ConcurrentDictionary<FirmCondition, RowMask> masks = new();
    private readonly Lazy<int[]> priorRowOf;
    private readonly Lazy<Tier[]> tiers;
    private readonly int degree;

    /// <summary>The input of one run.</summary>
    /// <param name="evaluation">The firm evaluation.</param>
    /// <param name="membership">The membership of its table.</param>
    /// <param name="prior">The prior year's firms, or null.</param>
    /// <param name="degree">The most threads a sum uses (<see cref="EvaluatorOptions.MaxDegreeOfParallelism"/>: −1 or at least 1); the sums are the same at any.</param>
    internal PlatformIndicatorInput(Evaluation evaluation, PlatformMembership membership, FirmTable? prior, int degree)
    {
        this.degree = degree;
        Evaluation = evaluation;
        Membership = membership;
        PriorTable = prior;
        priorRowOf = new Lazy<int[]>(MatchPriorRows);
        tiers = new Lazy<Tier[]>(() =>
        {
            var column = new Tier[evaluation.Table.Count];
            evaluation.FillTiers(column);
            return column;
        });
    }

    /// <summary>The firm evaluation of the year (tiers, evaluated land).</summary>
    public Evaluation Evaluation { get; }

    /// <summary>The firms.</summary>
    public FirmTable Table => Evaluation.Table;

    /// <summary>The membership of the firms in platforms in the year.</summary>
    public PlatformMembership Membership { get; }

    /// <summary>The prior year's firms, for growth on a like-for-like set; null when not given.</summary>
    public FirmTable? PriorTable { get; }

    /// <summary>The number of platform groups (the alive platforms).</summary>
    public int GroupCount => Membership.GroupCount;

    /// <summary>The group of each row; −1 for a firm outside any platform.</summary>
    public ReadOnlySpan<int> GroupOfRow => Membership.GroupOfRow;

    /// <summary>The register entries of a group (the platform and those merged into it); empty for an unregistered platform.</summary>
    /// <param name="group">The group.</param>
    public IReadOnlyList<Platform> RegisterEntriesOf(int group) => Membership.EntriesOf(group);

    /// <summary>The tier of row <paramref name="row"/> in the evaluation; null for a firm without one (excluded, not rated).</summary>
    /// <param name="row">The row.</param>
    public Tier? TierOf(int row) => Evaluation.TierOf(row);

    /// <summary>The tier of every row in the evaluation, worked out once per run; <c>default(Tier)</c> (0) for a firm without one.</summary>
    internal ReadOnlySpan<Tier> Tiers => tiers.Value;

    /// <summary>The rows that meet <paramref name="filter"/> (every row for null), as the firm evaluation decides it.</summary>
    /// <param name="filter">The condition.</param>
    public RowMask Select(FirmCondition? filter) =>
        filter is null || filter == FirmCondition.All
            ? RowMask.Uniform(Table.Count, true)
            : masks.GetOrAdd(filter, f => new RowMask(ConditionMask.Evaluate(f, Table, Evaluation.LandArea, Membership.Year), Table.Count));

    /// <summary>
    /// The values of a measure per row: the column of <paramref name="measureId"/>, and for <c>land_area</c> the land the
    /// firm evaluation used (net of leases, parcels …), so that 亩均 figures of a platform match its firms'.
    /// </summary>
    /// <param name="measureId">The measure's id.</param>
    /// <param name="present">The rows where the value is known.</param>
    /// <exception cref="InvalidOperationException">The firm table has no column for the measure.</exception>
    public ReadOnlySpan<double> ValuesOf(string measureId, out RowMask present) => ArrayOf(measureId, out present);

    /// <summary><see cref="ValuesOf"/>'s array (never written to).</summary>
    private double[] ArrayOf(string measureId, out RowMask present)
    {
        if (measureId == KnownMeasures.LandArea.Id)
        {
            present = RowMask.Uniform(Table.Count, true); // NaN land is skipped by SumByGroup
            return Evaluation.LandAreaArray;
        }

        if (!Table.TryGetMeasure(measureId, out var column))
        {
            throw new InvalidOperationException($"平台指标需要企业数据中的 '{measureId}' 列 a platform indicator needs the measure '{measureId}', which the firm table has no column for. Measures: {string.Join(", ", Table.Measures.Select(m => m.Id))}.");
        }

        present = column.Presence;
        return column.ValueArray;
    }

    /// <summary>
    /// Adds <paramref name="values"/> over the rows in <paramref name="rows"/> with a finite value, per group: the sum into
    /// <paramref name="sums"/> and the number of rows into <paramref name="counts"/>. Each group's sum is the exact sum of
    /// its terms rounded once to the nearest double (ties to even; +0 for none) — independent of the row order.
    /// </summary>
    /// <param name="values">One value per row.</param>
    /// <param name="rows">The rows to add.</param>
    /// <param name="sums">One sum per group (overwritten).</param>
    /// <param name="counts">One count per group (overwritten).</param>
    /// <exception cref="ArgumentException"><paramref name="values"/> or <paramref name="rows"/> has not one element per row, or <paramref name="sums"/> or <paramref name="counts"/> not one element per group.</exception>
    public void SumByGroup(ReadOnlySpan<double> values, RowMask rows, Span<double> sums, Span<int> counts)
    {
        ArgumentNullException.ThrowIfNull(rows);
        CheckRows(rows);
        if (values.Length != Table.Count)
        {
            throw new ArgumentException($"One value per row ({Table.Count}); got {values.Length}.", nameof(values));
        }

        SumExactly(values.ToArray(), rows, sums, counts); // a copy, so that the rows can be split between threads
    }

    /// <summary>
    /// <see cref="SumByGroup(ReadOnlySpan{double}, RowMask, Span{double}, Span{int})"/> over the values of a measure
    /// (<see cref="ValuesOf"/>; rows without the value are left out), in two streamed passes over the selected rows
    /// (<see cref="ExactSum.ByGroup"/>); nothing is cached between sums.
    /// </summary>
    /// <param name="measureId">The measure's id.</param>
    /// <param name="rows">The rows to add.</param>
    /// <param name="sums">One sum per group (overwritten).</param>
    /// <param name="counts">One count per group (overwritten).</param>
    /// <exception cref="InvalidOperationException">The firm table has no column for the measure.</exception>
    /// <exception cref="ArgumentException"><paramref name="rows"/> has not one element per row, or <paramref name="sums"/> or <paramref name="counts"/> not one element per group.</exception>
    public void SumByGroup(string measureId, RowMask rows, Span<double> sums, Span<int> counts)
    {
        ArgumentNullException.ThrowIfNull(rows);
        CheckRows(rows);
        var values = ArrayOf(measureId, out var present);
        var selected = And(rows, present);
        SumExactly(values, selected, sums, counts);
    }

    /// <summary>Refuses a mask that is not over this table's rows (a shorter one would leave rows out silently).</summary>
    private void CheckRows(RowMask rows)
    {
        if (rows.Length != Table.Count)
        {
            throw new ArgumentException($"A mask of one bit per row ({Table.Count}); got {rows.Length}.", nameof(rows));
        }
    }

    /// <summary>Each group's exact sum (<see cref="ExactSum.ByGroup"/>) of the finite values of <paramref name="values"/> whose rows are in <paramref name="rows"/>, and their number.</summary>
    private void SumExactly(double[] values, RowMask rows, Span<double> sums, Span<int> counts)
    {
        if (sums.Length != GroupCount || counts.Length != GroupCount)
        {
            throw new ArgumentException($"One sum and one count per group ({GroupCount}); got {sums.Length} and {counts.Length}.", nameof(sums));
        }

        ExactSum.ByGroup(values, Membership.GroupOfRowArray, rows.WordArray, sums, counts, degree);
    }

    /// <summary>The row of each firm in <see cref="PriorTable"/> (matched by id), −1 where the firm is not there.</summary>
    /// <exception cref="InvalidOperationException">No prior table was given.</exception>
    public ReadOnlySpan<int> PriorRows => priorRowOf.Value;

    /// <summary>The mask of rows <paramref name="a"/> and <paramref name="b"/> have in common.</summary>
    internal static RowMask And(RowMask a, RowMask b)
    {
        var words = new ulong[a.WordArray.Length];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = a.Words[i] & b.Words[i];
        }

        return new RowMask(words, a.Length);
    }

    private int[] MatchPriorRows()
    {
        var prior = PriorTable ?? throw new InvalidOperationException("增长率指标需要上年企业数据 a growth indicator needs the prior year's firms (the prior firm table was not given).");
        var index = new Dictionary<string, int>(prior.Count, StringComparer.Ordinal);
        for (var row = 0; row < prior.Count; row++)
        {
            index.TryAdd(prior.Ids[row], row);
        }

        var rows = new int[Table.Count];
        for (var row = 0; row < rows.Length; row++)
        {
            rows[row] = index.TryGetValue(Table.Ids[row], out var r) ? r : -1;
        }

        return rows;
    }
}
