using EnterpriseScoring.Land;

namespace EnterpriseScoring.Internal;

/// <summary>
/// The evaluated units of a <see cref="SharedParcelMerge"/>: the firms of each parcel named by two or more rows form one
/// unit, every other row is a unit of its own. Members of a unit are listed in ordinal id order, so every sum over
/// them, the lead and the unit's figures do not depend on the order of the input rows.
/// </summary>
internal sealed class ParcelGroups
{
    private readonly int[] memberStart;
    private readonly int[] memberRows;

    private ParcelGroups(int[] unitOf, int[] memberStart, int[] memberRows, int[] lead, double[] unitArea, int mergedUnits)
    {
        UnitOf = unitOf;
        this.memberStart = memberStart;
        this.memberRows = memberRows;
        Lead = lead;
        UnitArea = unitArea;
        MergedUnits = mergedUnits;
    }

    /// <summary>The unit of each table row.</summary>
    public int[] UnitOf { get; }

    /// <summary>The lead row of each unit: the largest own area (unknown areas last), then the smallest id.</summary>
    public int[] Lead { get; }

    /// <summary>The area of each unit (亩; NaN when no member's area is known).</summary>
    public double[] UnitArea { get; }

    /// <summary>The number of units with two or more firms.</summary>
    public int MergedUnits { get; }

    /// <summary>The number of units.</summary>
    public int UnitCount => Lead.Length;

    /// <summary>The rows of <paramref name="unit"/>, in ordinal id order.</summary>
    public ReadOnlySpan<int> Members(int unit) => memberRows.AsSpan(memberStart[unit], memberStart[unit + 1] - memberStart[unit]);

    /// <summary>Groups the rows of <paramref name="table"/> by parcel and computes each unit's area under <paramref name="strategy"/>.</summary>
    public static ParcelGroups Build(FirmTable table, SharedParcelMerge strategy)
    {
        var n = table.Count;
        var own = new double[n];
        strategy.Inner.Compute(table, own);
        var codes = table.Parcels.Codes;
        var categories = table.Parcels.Categories;
        var rowsPerCode = new int[categories.Count];
        foreach (var code in codes)
        {
            rowsPerCode[code]++;
        }

        // Codes are in ordinal order of the values, so the empty parcel ("none") can only be code 0.
        var none = categories.Count > 0 && categories[0].Length == 0 ? 0 : -1;
        var unitOfCode = new int[categories.Count];
        Array.Fill(unitOfCode, -1);
        var unitOf = new int[n];
        var units = 0;
        var merged = 0;
        for (var row = 0; row < n; row++)
        {
            var code = codes[row];
            if (code == none || rowsPerCode[code] < 2)
            {
                unitOf[row] = units++;
            }
            else
            {
                if (unitOfCode[code] < 0)
                {
                    unitOfCode[code] = units++;
                    merged++;
                }

                unitOf[row] = unitOfCode[code];
            }
        }

        var memberStart = new int[units + 1];
        foreach (var unit in unitOf)
        {
            memberStart[unit + 1]++;
        }

        for (var u = 0; u < units; u++)
        {
            memberStart[u + 1] += memberStart[u];
        }

        var fill = memberStart[..^1];
        var memberRows = new int[n];
        for (var row = 0; row < n; row++)
        {
            memberRows[fill[unitOf[row]]++] = row;
        }

        var lead = new int[units];
        var unitArea = new double[units];
        var byId = Comparer<int>.Create((x, y) => string.CompareOrdinal(table.Ids[x], table.Ids[y]) is var c and not 0 ? c : x.CompareTo(y));
        for (var u = 0; u < units; u++)
        {
            var members = memberRows.AsSpan(memberStart[u], memberStart[u + 1] - memberStart[u]);
            if (members.Length == 1)
            {
                lead[u] = members[0];
                unitArea[u] = own[members[0]];
                continue;
            }

            members.Sort(byId);
            lead[u] = members[0];
            var area = double.NaN;
            foreach (var m in members)
            {
                if (own[m] > own[lead[u]] || double.IsNaN(own[lead[u]]) && !double.IsNaN(own[m]))
                {
                    lead[u] = m;
                }

                if (!double.IsNaN(own[m]))
                {
                    area = double.IsNaN(area) ? own[m]
                        : strategy.Area == ParcelAreaRule.Sum ? area + own[m]
                        : Math.Max(area, own[m]);
                }
            }

            unitArea[u] = area;
        }

        return new ParcelGroups(unitOf, memberStart, memberRows, lead, unitArea, merged);
    }

    /// <summary>
    /// The table of units, one row per unit in unit order: a single firm as it is; a parcel's firms merged — measures
    /// summed over the members that report them, tags united, 规上 when any member is, the rest from the lead.
    /// </summary>
    public FirmTable UnitTable(FirmTable table)
    {
        var columns = table.MeasureColumns;
        var builder = new FirmTableBuilder(table.Measures, UnitCount);
        var values = new double[columns.Count];
        var tagMasks = table.TagNames.Select(t => (Tag: t, Mask: table.GetTag(t))).ToArray();
        var tags = new List<string>();
        var sizeClasses = table.SizeClasses;
        for (var u = 0; u < UnitCount; u++)
        {
            var members = Members(u);
            var lead = Lead[u];
            var sizeClass = sizeClasses[lead];
            for (var c = 0; c < columns.Count; c++)
            {
                var sum = double.NaN;
                foreach (var m in members)
                {
                    if (columns[c].TryGet(m, out var v))
                    {
                        sum = double.IsNaN(sum) ? v : sum + v;
                    }
                }

                values[c] = sum;
            }

            tags.Clear();
            foreach (var (tag, mask) in tagMasks)
            {
                foreach (var m in members)
                {
                    if (mask[m])
                    {
                        tags.Add(tag);
                        break;
                    }
                }
            }

            foreach (var m in members)
            {
                if (sizeClasses[m] == SizeClass.AboveDesignatedSize)
                {
                    sizeClass = SizeClass.AboveDesignatedSize;
                }
            }

            var identity = new FirmIdentity(
                table.Ids[lead],
                table.Names[lead],
                table.Regions[lead],
                table.Platforms[lead],
                table.Industries[lead],
                sizeClass,
                table.StartYearPresence[lead] ? table.StartYears[lead] : null,
                table.Parcels[lead]);
            builder.Add(identity, values, tags, table.SourceLines[lead]);
        }

        return builder.Build();
    }
}
