using System.Buffers;

namespace EnterpriseScoring.Reporting;

/// <summary>
/// The rows of every <see cref="GroupKey"/> and the total row of an evaluation, made together: each order-independent
/// sum is the Neumaier sum of the group's terms in ascending order (<see cref="CompensatedSum.SortedSum"/>), and instead
/// of sorting every group's terms, each kind of term (land, tax, value added, revenue) is sorted once over all firms and
/// streamed to every group of every key — each group receives its terms in ascending order. Equal terms have equal bits
/// (−0 and +0 aside, which cannot change a Neumaier sum that starts at +0), so the sums are bit-identical to sorting
/// per group.
/// </summary>
/// <remarks>Groups are found by category code (region, platform, industry) or pool index, not a string lookup per row.</remarks>
internal sealed class GroupSummaryComputation
{
    /// <summary>The keys computed, in the order of <see cref="Compute"/>'s rows.</summary>
    public static readonly GroupKey[] Keys = [GroupKey.Region, GroupKey.Platform, GroupKey.Industry, GroupKey.Pool];

    private const int Buffers = 8; // 0–2: numerators of tax, value added, revenue; 3–5: their land; 6: land; 7: land of D firms
    private const int LandOf = 3;
    private const int Land = 6;
    private const int DLand = 7;
    private const int Sets = 5; // the four keys, then the total (one group)
    private const int NoTier = -1;
    private const ulong SignBit = 0x8000_0000_0000_0000UL;
    private const int DFlag = 1;
    private const int MeasureFlag = 2; // << m for measure m
    private const int ParcelFlag = 16; // the lead of a merged shared parcel: its measures are the parcel's sums

    private readonly Evaluation evaluation;
    private readonly GroupSummaryOptions options;
    private readonly int n;
    private readonly FirmStatus[] statusOf;
    private readonly int[] tierOf;
    private readonly int[][] groupOf = new int[Sets][]; // per set: each row's group (the total: all 0)
    private readonly string[][] names = new string[Sets][];
    private readonly int[] offsets = new int[Sets + 1]; // accumulator index of each set's first group
    private readonly double[] sums;
    private readonly double[] compensations;
    private readonly int[] termCounts;
    private int TotalAt => offsets[Sets - 1] * Buffers;

    private GroupSummaryComputation(Evaluation evaluation, GroupSummaryOptions options)
    {
        this.evaluation = evaluation;
        this.options = options;
        var table = evaluation.Table;
        n = table.Count;
        statusOf = new FirmStatus[n];
        tierOf = new int[n];
        for (var row = 0; row < n; row++)
        {
            statusOf[row] = evaluation.StatusOf(row);
            tierOf[row] = evaluation.TierOf(row) is { } t ? (int)t : NoTier;
        }

        var prefix = options.IndustryPrefixLength;
        (groupOf[0], names[0]) = ByCategory(table.Regions, c => c);
        (groupOf[1], names[1]) = ByCategory(table.Platforms, c => c);
        (groupOf[2], names[2]) = ByCategory(table.Industries, c => prefix > 0 && c.Length > prefix ? c[..prefix] : c);
        (groupOf[3], names[3]) = ByPool();
        groupOf[4] = new int[n];
        names[4] = ["total"];
        for (var s = 0; s < Sets; s++)
        {
            offsets[s + 1] = offsets[s] + names[s].Length;
        }

        sums = new double[offsets[Sets] * Buffers];
        compensations = new double[sums.Length];
        termCounts = new int[sums.Length];
    }

    /// <summary>The total row and, per key of <see cref="Keys"/>, its rows ordered ordinally by group.</summary>
    public static (GroupSummaryRow Total, GroupSummaryRow[][] Rows) Compute(Evaluation evaluation, GroupSummaryOptions options)
    {
        var computation = new GroupSummaryComputation(evaluation, options);
        computation.AddTerms();
        var rows = new GroupSummaryRow[Keys.Length][];
        for (var s = 0; s < Keys.Length; s++)
        {
            rows[s] = computation.Rows(s);
        }

        return (computation.Rows(Sets - 1)[0], rows);
    }

    /// <summary>An unsigned key in the order of the doubles (−0 just before +0).</summary>
    private static ulong SortKey(double value)
    {
        var bits = BitConverter.DoubleToUInt64Bits(value);
        return (bits & SignBit) != 0 ? ~bits : bits | SignBit;
    }

    /// <summary>The double of <see cref="SortKey"/>, bit for bit.</summary>
    private static double FromSortKey(ulong key) =>
        BitConverter.UInt64BitsToDouble((key & SignBit) != 0 ? key & ~SignBit : ~key);

    private (int[] GroupOf, string[] Names) ByCategory(CategoryColumn column, Func<string, string> group)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var groupNames = new List<string>();
        var map = new int[column.Categories.Count];
        for (var c = 0; c < map.Length; c++)
        {
            var name = group(column.Categories[c]);
            if (!index.TryGetValue(name, out var g))
            {
                index[name] = g = groupNames.Count;
                groupNames.Add(name);
            }

            map[c] = g;
        }

        var codes = column.Codes;
        var of = new int[n];
        for (var row = 0; row < n; row++)
        {
            of[row] = map[codes[row]];
        }

        return (of, [.. groupNames]);
    }

    private (int[] GroupOf, string[] Names) ByPool()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var groupNames = new List<string>();
        var map = new int[evaluation.PoolCount + 1]; // pool index + 1 (0: no pool)
        for (var p = -1; p < evaluation.PoolCount; p++)
        {
            var name = p < 0 ? string.Empty : evaluation.PoolColumnsAt(p).Profile.Id;
            if (!index.TryGetValue(name, out var g))
            {
                index[name] = g = groupNames.Count;
                groupNames.Add(name);
            }

            map[p + 1] = g;
        }

        var of = new int[n];
        for (var row = 0; row < n; row++)
        {
            of[row] = map[evaluation.PoolIndexOf(row) + 1];
        }

        return (of, [.. groupNames]);
    }

    /// <summary>Streams every term, per kind in ascending order, to every group of every set.</summary>
    /// <remarks>The counted firms' groups and flags are copied, in table order, into one compact array, and each sort carries
    /// an index into it: streaming a sorted kind then reads one small record per term (sorted order visits rows at random)
    /// and the value from the sort key itself.</remarks>
    private void AddTerms()
    {
        var land = evaluation.LandArea;
        string[] ids = ["tax", "value_added", "revenue"];
        var measures = ids.Select(id => evaluation.Table.TryGetMeasure(id, out var column) ? column : null).ToArray();

        // Merged shared parcels count once: the lead row carries the parcel's land and summed measures, the other firms
        // of the parcel none (they still count in the status and tier counts).
        var units = evaluation.UnitTable;
        var unitMeasures = ids.Select(id => units is not null && units.TryGetMeasure(id, out var column) ? column : null).ToArray();
        var firms = ArrayPool<CountedFirm>.Shared.Rent(Math.Max(1, n));
        var firstRow = ArrayPool<int>.Shared.Rent(Math.Max(1, n)); // the table row of each counted firm
        var keys = ArrayPool<ulong>.Shared.Rent(Math.Max(1, n));
        var items = ArrayPool<int>.Shared.Rent(Math.Max(1, n));
        try
        {
            var counted = 0;
            var bottom = (int)evaluation.Profile.Tiers.Bottom; // "D land": the land of the bottom tier of the profile's set
            for (var row = 0; row < n; row++)
            {
                if (!Counted(row, land) || evaluation.IsParcelFollower(row))
                {
                    continue;
                }

                var unit = evaluation.MergedUnitOf(row);
                var flags = (tierOf[row] == bottom ? DFlag : 0) | (unit >= 0 ? ParcelFlag : 0);
                for (var m = 0; m < 3; m++)
                {
                    if ((unit >= 0 ? unitMeasures[m] : measures[m]) is { } column && column.TryGet(unit >= 0 ? unit : row, out var v) && double.IsFinite(v))
                    {
                        flags |= MeasureFlag << m;
                    }
                }

                firms[counted] = new CountedFirm(
                    (offsets[0] + groupOf[0][row]) * Buffers,
                    (offsets[1] + groupOf[1][row]) * Buffers,
                    (offsets[2] + groupOf[2][row]) * Buffers,
                    (offsets[3] + groupOf[3][row]) * Buffers,
                    flags);
                keys[counted] = SortKey(land[row]);
                items[counted] = counted;
                firstRow[counted++] = unit >= 0 ? unit : row;
            }

            // Land: of every counted firm (buffer 6), of its D firms (7), and of the firms with each measure (3–5).
            RadixSort.Sort(keys, items, counted);
            for (var i = 0; i < counted; i++)
            {
                ref readonly var firm = ref firms[items[i]];
                var l = FromSortKey(keys[i]);
                Add(in firm, Land, l);
                if ((firm.Flags & DFlag) != 0)
                {
                    Add(in firm, DLand, l);
                }

                for (var m = 0; m < 3; m++)
                {
                    if ((firm.Flags & (MeasureFlag << m)) != 0)
                    {
                        Add(in firm, LandOf + m, l);
                    }
                }
            }

            // Numerators: each measure's finite values of the counted firms (0–2).
            for (var m = 0; m < 3; m++)
            {
                if (measures[m] is null && unitMeasures[m] is null)
                {
                    continue;
                }

                var count = 0;
                for (var i = 0; i < counted; i++)
                {
                    if ((firms[i].Flags & (MeasureFlag << m)) != 0)
                    {
                        var column = (firms[i].Flags & ParcelFlag) != 0 ? unitMeasures[m]! : measures[m]!;
                        column.TryGet(firstRow[i], out var v);
                        keys[count] = SortKey(v);
                        items[count++] = i;
                    }
                }

                RadixSort.Sort(keys, items, count);
                for (var i = 0; i < count; i++)
                {
                    Add(in firms[items[i]], m, FromSortKey(keys[i]));
                }
            }
        }
        finally
        {
            ArrayPool<CountedFirm>.Shared.Return(firms);
            ArrayPool<int>.Shared.Return(firstRow);
            ArrayPool<ulong>.Shared.Return(keys);
            ArrayPool<int>.Shared.Return(items);
        }
    }

    /// <summary>Whether the row counts toward figures: in the population, with a known, positive, finite land area.</summary>
    private bool Counted(int row, ReadOnlySpan<double> land) =>
        (options.Population != SummaryPopulation.Rated || statusOf[row] == FirmStatus.Rated) && double.IsFinite(land[row]) && land[row] > 0;

    /// <summary>Adds <paramref name="value"/> to buffer <paramref name="buffer"/> of the firm's group in every set.</summary>
    private void Add(in CountedFirm firm, int buffer, double value)
    {
        Add(firm.Region + buffer, value);
        Add(firm.Platform + buffer, value);
        Add(firm.Industry + buffer, value);
        Add(firm.Pool + buffer, value);
        Add(TotalAt + buffer, value);
    }

    /// <summary>One step of <see cref="CompensatedSum.Neumaier"/> on accumulator <paramref name="i"/>.</summary>
    private void Add(int i, double value)
    {
        var sum = sums[i];
        var t = sum + value;
        if (Math.Abs(sum) >= Math.Abs(value))
        {
            compensations[i] += (sum - t) + value;
        }
        else
        {
            compensations[i] += (value - t) + sum;
        }

        sums[i] = t;
        termCounts[i]++;
    }

    /// <summary>The rows of set <paramref name="s"/> with at least one firm (the total: its one row), ordered ordinally by group.</summary>
    private GroupSummaryRow[] Rows(int s)
    {
        var groups = names[s].Length;
        var firms = new int[groups];
        var statusCounts = new int[groups * 16];
        var tierCounts = new int[groups * 16];
        var of = groupOf[s];
        for (var row = 0; row < n; row++)
        {
            var g = of[row];
            firms[g]++;
            statusCounts[(g * 16) + (int)statusOf[row]]++;
            if (tierOf[row] != NoTier)
            {
                tierCounts[(g * 16) + tierOf[row]]++;
            }
        }

        return Enumerable.Range(0, groups)
            .Where(g => firms[g] > 0 || s == Sets - 1) // the total row even without firms
            .OrderBy(g => names[s][g], StringComparer.Ordinal)
            .Select(g => Row(names[s][g], firms[g], statusCounts.AsSpan(g * 16, 16), tierCounts.AsSpan(g * 16, 16), (offsets[s] + g) * Buffers))
            .ToArray();
    }

    private GroupSummaryRow Row(string group, int firms, ReadOnlySpan<int> statusCounts, ReadOnlySpan<int> tierCounts, int at)
    {
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

        return new GroupSummaryRow(group, firms, statuses, tiers, Ratio(at, 0), Ratio(at, 1), Ratio(at, 2), Sum(at + Land), Sum(at + DLand));
    }

    private double Sum(int i) => sums[i] + compensations[i];

    private GroupRatio Ratio(int at, int m)
    {
        var top = Sum(at + m);
        var bottom = Sum(at + LandOf + m);
        var count = termCounts[at + m];
        double? exact = count > 0 ? top / bottom : null;
        return new GroupRatio(top, bottom, count, exact, exact is { } e ? GroupSummary.Apply(e, options.Rounding, options.Decimals) : null);
    }

    /// <summary>A counted firm: the first accumulator of its group under each key, and whether it is D and has each measure.</summary>
    private readonly record struct CountedFirm(int Region, int Platform, int Industry, int Pool, int Flags);
}
