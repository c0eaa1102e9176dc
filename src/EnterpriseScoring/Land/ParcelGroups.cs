namespace EnterpriseScoring.Land;

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

    /// <summary>Whether <paramref name="unit"/> is a shared parcel of two or more firms.</summary>
    public bool IsMerged(int unit) => memberStart[unit + 1] - memberStart[unit] > 1;

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
    /// summed over the members that report them (in ordinal id order), tags united, 规上 when any member is, the rest
    /// from the lead. Built column by column: each column is gathered at the leads, then the merged units are fixed up.
    /// </summary>
    public FirmTable UnitTable(FirmTable table)
    {
        var units = UnitCount;
        var merged = new List<int>(MergedUnits);
        for (var u = 0; u < units; u++)
        {
            if (IsMerged(u))
            {
                merged.Add(u);
            }
        }

        var sizeClasses = Gather(table.SizeClasses);
        foreach (var u in merged)
        {
            foreach (var m in Members(u))
            {
                if (table.SizeClasses[m] == SizeClass.AboveDesignatedSize)
                {
                    sizeClasses[u] = SizeClass.AboveDesignatedSize;
                }
            }
        }

        var columns = new MeasureColumn[table.MeasureColumns.Count];
        for (var c = 0; c < columns.Length; c++)
        {
            var source = table.MeasureColumns[c];
            var values = Gather(source.Values);
            foreach (var u in merged)
            {
                var sum = double.NaN;
                foreach (var m in Members(u))
                {
                    if (source.TryGet(m, out var v))
                    {
                        sum = double.IsNaN(sum) ? v : sum + v;
                    }
                }

                // Sums of finite figures can overflow only with absurd inputs (~1e308); the unit then lacks the measure
                // rather than carrying ∞ into the engine.
                values[u] = double.IsFinite(sum) ? sum : double.NaN;
            }

            var presence = new RowMaskBuilder(units);
            for (var u = 0; u < units; u++)
            {
                if (!double.IsNaN(values[u]))
                {
                    presence.Set(u);
                }
            }

            columns[c] = new MeasureColumn(source.Measure, values, presence.Build(units));
        }

        var tags = new Dictionary<string, RowMask>(StringComparer.Ordinal);
        foreach (var tag in table.TagNames)
        {
            var mask = new RowMaskBuilder(units);
            foreach (var row in table.GetTag(tag).Rows())
            {
                mask.Set(UnitOf[row]);
            }

            tags.Add(tag, mask.Build(units));
        }

        var startYearPresence = new RowMaskBuilder(units);
        for (var u = 0; u < units; u++)
        {
            if (table.StartYearPresence[Lead[u]])
            {
                startYearPresence.Set(u);
            }
        }

        return new FirmTable(
            Gather<string>(table.Ids),
            Gather<string>(table.Names),
            Gather(table.Regions),
            Gather(table.Platforms),
            Gather(table.Industries),
            Gather(table.Parcels),
            sizeClasses,
            Gather(table.StartYears),
            startYearPresence.Build(units),
            Gather(table.SourceLines),
            columns,
            tags);
    }

    private T[] Gather<T>(ReadOnlySpan<T> column)
    {
        var result = new T[Lead.Length];
        for (var u = 0; u < result.Length; u++)
        {
            result[u] = column[Lead[u]];
        }

        return result;
    }

    private T[] Gather<T>(IReadOnlyList<T> column)
    {
        var result = new T[Lead.Length];
        for (var u = 0; u < result.Length; u++)
        {
            result[u] = column[Lead[u]];
        }

        return result;
    }

    /// <summary>The lead's category of each unit (the categories stay those of the whole table).</summary>
    private CategoryColumn Gather(CategoryColumn column) => new(Gather(column.Codes), [.. column.Categories]);
}
