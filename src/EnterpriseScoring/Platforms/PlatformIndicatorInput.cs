using System.Buffers;
using System.Collections.Concurrent;
using EnterpriseScoring.Engine;

namespace EnterpriseScoring.Platforms;

/// <summary>
/// What a <see cref="IPlatformIndicator"/> computes from: the firm evaluation of the year, the membership of its firms in
/// platforms, the register entries of each platform group, and optionally the prior year's firms (for growth).
/// </summary>
/// <remarks>
/// Sums per group are order-independent (<see cref="SumByGroup(string, RowMask, Span{double}, Span{int})"/>: each group's terms sorted, then added with Neumaier's
/// compensation), so the figures do not depend on the order of the firm rows. A measure's values are sorted once per run,
/// group by group (each group's rows in cache, not one sort of every row; the groups on several threads, each sorted
/// alone, so the order is the same at any thread count), and every sum of it streams that order. The rows are bucketed by
/// group once per set of rows sorted over, and shared by every measure over that set: a measure only gathers its values
/// into it. When the
/// indicators of a run declare their sums first (<see cref="IPlatformIndicator.DeclareSums"/>), a measure's order holds only the rows
/// they sum it over (the 规上 members for the 规上 figures); a sum over rows outside it sorts the whole measure instead. Filters are <see cref="FirmCondition"/>s,
/// evaluated as the firm evaluation evaluates them (land = the evaluated land), and cached per run. Thread-safe once declared.
/// </remarks>
public sealed class PlatformIndicatorInput
{
    private readonly ConcurrentDictionary<FirmCondition, RowMask> masks = new();
    private readonly Lazy<int[]> priorRowOf;
    private readonly ConcurrentDictionary<string, Lazy<AscendingByGroup>> ascending = new(StringComparer.Ordinal); // over the declared rows
    private readonly ConcurrentDictionary<string, Lazy<AscendingByGroup>> ascendingAll = new(StringComparer.Ordinal); // over every row
    private readonly Dictionary<string, ulong[]?> declared = new(StringComparer.Ordinal); // per measure, the rows it is summed over (null: any)
    private readonly List<RowsByGroup> partitions = []; // one per domain of the run's orders; locked
    private readonly Lazy<Tier[]> tiers;
    private readonly int degree;

    /// <summary>The input of one run.</summary>
    /// <param name="evaluation">The firm evaluation.</param>
    /// <param name="membership">The membership of its table.</param>
    /// <param name="prior">The prior year's firms, or null.</param>
    /// <param name="degree">The most threads a sort or sum uses (<see cref="EvaluatorOptions.MaxDegreeOfParallelism"/>: −1 or at least 1); the sums are the same at any.</param>
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
    public ReadOnlySpan<double> ValuesOf(string measureId, out RowMask present)
    {
        if (measureId == KnownMeasures.LandArea.Id)
        {
            present = RowMask.Uniform(Table.Count, true); // NaN land is skipped by SumByGroup
            return Evaluation.LandArea;
        }

        if (!Table.TryGetMeasure(measureId, out var column))
        {
            throw new InvalidOperationException($"平台指标需要企业数据中的 '{measureId}' 列 a platform indicator needs the measure '{measureId}', which the firm table has no column for. Measures: {string.Join(", ", Table.Measures.Select(m => m.Id))}.");
        }

        present = column.Presence;
        return column.Values;
    }

    /// <summary>
    /// Adds <paramref name="values"/> over the rows in <paramref name="rows"/> with a finite value, per group: the sum into
    /// <paramref name="sums"/> and the number of rows into <paramref name="counts"/>. Each group's sum is the Neumaier sum of
    /// its terms in ascending order — independent of the row order.
    /// </summary>
    /// <param name="values">One value per row.</param>
    /// <param name="rows">The rows to add.</param>
    /// <param name="sums">One sum per group (overwritten).</param>
    /// <param name="counts">One count per group (overwritten).</param>
    /// <exception cref="ArgumentException"><paramref name="values"/> has not one value per row, or <paramref name="sums"/> or <paramref name="counts"/> not one element per group.</exception>
    public void SumByGroup(ReadOnlySpan<double> values, RowMask rows, Span<double> sums, Span<int> counts)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (values.Length != Table.Count)
        {
            throw new ArgumentException($"One value per row ({Table.Count}); got {values.Length}.", nameof(values));
        }

        SumInOrder(AscendingByGroup.Of(values, PartitionOver(null), degree), rows, sums, counts);
    }

    /// <summary>
    /// Declares that a measure is summed over the rows of <paramref name="filter"/> (every row for null), before any sum
    /// (<see cref="IPlatformIndicator.DeclareSums"/>): a measure declared only with filters is then sorted over the rows of
    /// those filters alone. Not thread-safe: every indicator declares first.
    /// </summary>
    /// <param name="measureId">The measure's id.</param>
    /// <param name="filter">The rows it is summed over.</param>
    internal void DeclareSum(string measureId, FirmCondition? filter)
    {
        if (filter is null || filter == FirmCondition.All)
        {
            declared[measureId] = null;
        }
        else if (!declared.TryGetValue(measureId, out var rows))
        {
            declared[measureId] = Select(filter).WordArray.ToArray();
        }
        else if (rows is not null)
        {
            var words = Select(filter).Words;
            for (var w = 0; w < rows.Length; w++)
            {
                rows[w] |= words[w];
            }
        }
    }

    /// <summary>
    /// <see cref="SumByGroup(ReadOnlySpan{double}, RowMask, Span{double}, Span{int})"/> over the values of a measure
    /// (<see cref="ValuesOf"/>; rows without the value are left out): the measure's rows are put in ascending order once per
    /// run and streamed to every group, however many indicators sum it.
    /// </summary>
    /// <param name="measureId">The measure's id.</param>
    /// <param name="rows">The rows to add.</param>
    /// <param name="sums">One sum per group (overwritten).</param>
    /// <param name="counts">One count per group (overwritten).</param>
    /// <exception cref="InvalidOperationException">The firm table has no column for the measure.</exception>
    public void SumByGroup(string measureId, RowMask rows, Span<double> sums, Span<int> counts)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ValuesOf(measureId, out var present);
        var selected = And(rows, present);
        var order = ascending.GetOrAdd(measureId, id => new Lazy<AscendingByGroup>(() => AscendingByGroup.Of(ValuesOf(id, out _), PartitionOver(declared.GetValueOrDefault(id)), degree))).Value;
        if (!order.Covers(selected))
        {
            order = ascendingAll.GetOrAdd(measureId, id => new Lazy<AscendingByGroup>(() => AscendingByGroup.Of(ValuesOf(id, out _), PartitionOver(null), degree))).Value;
        }

        SumInOrder(order, selected, sums, counts);
    }

    /// <summary>Each group's Neumaier sum of the values of <paramref name="order"/> whose rows are in <paramref name="rows"/>, in ascending order.</summary>
    private void SumInOrder(AscendingByGroup order, RowMask rows, Span<double> sums, Span<int> counts)
    {
        if (sums.Length != GroupCount || counts.Length != GroupCount)
        {
            throw new ArgumentException($"One sum and one count per group ({GroupCount}); got {sums.Length} and {counts.Length}.", nameof(sums));
        }

        // Each group summed alone (on several threads for a large table): the same sums at any thread count.
        var words = rows.WordArray;
        var groupSums = new double[sums.Length];
        var groupCounts = new int[counts.Length];
        Parallelism.For(sums.Length, DegreeFor(order.Rows.Length, degree), order.Rows.Length, g =>
        {
            var orderRows = order.Rows;
            var orderValues = order.Values;
            double sum = 0, compensation = 0;
            var count = 0;
            for (var i = order.Start[g]; i < order.End[g]; i++)
            {
                var row = orderRows[i];
                if ((words[row >> 6] & (1UL << (row & 63))) == 0)
                {
                    continue;
                }

                var v = orderValues[i];
                var t = sum + v;
                compensation += Math.Abs(sum) >= Math.Abs(v) ? (sum - t) + v : (v - t) + sum;
                sum = t;
                count++;
            }

            groupSums[g] = sum + compensation;
            groupCounts[g] = count;
        });
        groupSums.CopyTo(sums);
        groupCounts.CopyTo(counts);
    }

    /// <summary>The rows of <paramref name="domain"/> (every row when null) bucketed by group: made once per domain in a run, for every measure over it.</summary>
    private RowsByGroup PartitionOver(ulong[]? domain)
    {
        if (domain is null)
        {
            return Membership.RowsByGroup;
        }

        lock (partitions)
        {
            var made = partitions.Find(p => p.IsOver(domain));
            if (made is null)
            {
                made = RowsByGroup.Of(Membership.GroupOfRow, GroupCount, domain);
                partitions.Add(made);
            }

            return made;
        }
    }

    /// <summary>The threads for a per-group loop over <paramref name="rows"/> rows: up to <paramref name="degree"/> from <see cref="ParallelRows"/> rows on, else one.</summary>
    private static int DegreeFor(int rows, int degree) => rows >= ParallelRows ? degree : 1;

    /// <summary>Rows from which the per-group sorts and sums run on several threads (below, dispatch costs more than it saves).</summary>
    private const int ParallelRows = 1 << 16;

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

    /// <summary>
    /// The rows in a platform with a finite value (and in the domain of its <see cref="RowsByGroup"/>), group by group, each
    /// group's in ascending order of the value (with the values beside them, so that a sum reads both in sequence): group
    /// g's are at <c>[Start[g], End[g])</c>.
    /// </summary>
    /// <remarks>
    /// The rows are bucketed by group once per domain (<see cref="RowsByGroup"/>, shared by every measure over that
    /// domain); a measure gathers its values into that order (one pass without branches), and each group's slice is then
    /// sorted apart (it fits in cache; <see cref="RadixSort"/>) — less than one sort of every row — after dropping the
    /// rows without a finite value; a sum then walks the groups one after the other instead of scattering into them. The
    /// order among equal values does not matter: equal keys are equal doubles (a finite double's key gives it back
    /// exactly). A sum over rows of the domain therefore reads the same terms in the same order as over an order of every
    /// row; each group is sorted alone (on several threads for a large table), so the order does not depend on the thread
    /// count.
    /// </remarks>
    private sealed class AscendingByGroup
    {
        private readonly RowsByGroup partition;

        private AscendingByGroup(int[] rows, double[] values, int[] end, RowsByGroup partition) => (Rows, Values, End, this.partition) = (rows, values, end, partition);

        public int[] Rows { get; }

        public double[] Values { get; }

        public int[] Start => partition.Start;

        public int[] End { get; }

        /// <summary>Whether every row of <paramref name="rows"/> is in the domain (always, over every row).</summary>
        public bool Covers(RowMask rows) => partition.Covers(rows);

        /// <summary>The order of <paramref name="values"/> (one per row) over the rows of <paramref name="partition"/>; the groups sorted on at most <paramref name="degree"/> threads.</summary>
        public static AscendingByGroup Of(ReadOnlySpan<double> values, RowsByGroup partition, int degree)
        {
            // Gather the values into the partition's order (its rows ascend within a group: reads in row order) …
            var partitionRows = partition.Rows;
            var start = partition.Start;
            var sorted = new double[partitionRows.Length];
            for (var i = 0; i < sorted.Length; i++)
            {
                sorted[i] = values[partitionRows[i]];
            }

            // … then, group by group, keep the finite values (in row order), sort the slice (in cache) apart and write it back.
            var rows = new int[sorted.Length];
            var end = new int[partition.GroupCount];
            Parallelism.For(end.Length, DegreeFor(sorted.Length, degree), sorted.Length, g =>
            {
                var from = start[g];
                var n = start[g + 1] - from;
                if (n == 0)
                {
                    end[g] = from;
                    return;
                }

                var scratchKeys = ArrayPool<ulong>.Shared.Rent(n);
                var scratchRows = ArrayPool<int>.Shared.Rent(n);
                var kept = 0;
                for (var i = from; i < from + n; i++)
                {
                    if (double.IsFinite(sorted[i]))
                    {
                        scratchKeys[kept] = SortedNeumaier.Key(sorted[i]);
                        scratchRows[kept++] = partitionRows[i];
                    }
                }

                if (kept > 1)
                {
                    RadixSort.Sort(scratchKeys, scratchRows, kept);
                }

                for (var k = 0; k < kept; k++)
                {
                    rows[from + k] = scratchRows[k];
                    sorted[from + k] = SortedNeumaier.FromKey(scratchKeys[k]);
                }

                end[g] = from + kept;
                ArrayPool<ulong>.Shared.Return(scratchKeys);
                ArrayPool<int>.Shared.Return(scratchRows);
            });

            return new AscendingByGroup(rows, sorted, end, partition);
        }
    }
}
