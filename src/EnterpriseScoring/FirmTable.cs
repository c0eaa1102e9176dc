using System.Collections.Frozen;
using EnterpriseScoring.Corrections;

namespace EnterpriseScoring;

/// <summary>
/// The columnar table of firms the engine runs on: one contiguous <see cref="double"/> array per measure
/// with an explicit presence mask, dictionary-encoded text columns, and tags as bitsets.
/// </summary>
/// <remarks>
/// Build one with <see cref="FirmTableBuilder"/>, <see cref="FromFirms"/>, or the CSV reader in
/// <c>EnterpriseScoring.IO</c>. Immutable and thread-safe.
/// </remarks>
public sealed class FirmTable
{
    private readonly string[] ids;
    private readonly string[] names;
    private readonly SizeClass[] sizeClasses;
    private readonly int[] startYears;
    private readonly int[] sourceLines;
    private readonly MeasureColumn[] measureColumns;
    private readonly FrozenDictionary<string, MeasureColumn> measuresById;
    private readonly FrozenDictionary<string, RowMask> tagsByName;
    private readonly string[] tagNames;

    internal FirmTable(
        string[] ids,
        string[] names,
        CategoryColumn regions,
        CategoryColumn platforms,
        CategoryColumn industries,
        CategoryColumn parcels,
        SizeClass[] sizeClasses,
        int[] startYears,
        RowMask startYearPresence,
        int[] sourceLines,
        MeasureColumn[] measureColumns,
        IReadOnlyDictionary<string, RowMask> tags,
        IReadOnlyList<string>? sourceHeaders = null)
    {
        SourceHeaders = ReadOnlyCopy.List(sourceHeaders) ?? ValueList<string>.Empty;
        this.ids = ids;
        Ids = ValueList<string>.Own(this.ids);
        this.names = names;
        Names = ValueList<string>.Own(this.names);
        Regions = regions;
        Platforms = platforms;
        Industries = industries;
        Parcels = parcels;
        this.sizeClasses = sizeClasses;
        this.startYears = startYears;
        StartYearPresence = startYearPresence;
        this.sourceLines = sourceLines;
        this.measureColumns = measureColumns;
        MeasureColumns = ValueList<MeasureColumn>.Own(this.measureColumns);
        measuresById = measureColumns.ToFrozenDictionary(c => c.Measure.Id, StringComparer.Ordinal);
        tagsByName = tags.ToFrozenDictionary(StringComparer.Ordinal);
        tagNames = tags.Keys.Order(StringComparer.Ordinal).ToArray();
        TagNames = ValueList<string>.Own(this.tagNames);
    }

    /// <summary>An empty table with no measures.</summary>
    public static FirmTable Empty { get; } = new FirmTableBuilder([]).Build();

    /// <summary>The number of firms (rows).</summary>
    public int Count => ids.Length;

    /// <summary>统一社会信用代码 of each row.</summary>
    public IReadOnlyList<string> Ids { get; }

    /// <summary>企业名称 of each row.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Region of each row.</summary>
    public CategoryColumn Regions { get; }

    /// <summary>Platform of each row.</summary>
    public CategoryColumn Platforms { get; }

    /// <summary>Industry code of each row.</summary>
    public CategoryColumn Industries { get; }

    /// <summary>
    /// 地块编号 of each row: the land parcel a firm shares with others; the empty string where none is given.
    /// <see cref="Land.SharedParcelMerge"/> evaluates the firms of one parcel together.
    /// </summary>
    public CategoryColumn Parcels { get; }

    /// <summary>Whether any row names a parcel.</summary>
    public bool HasParcels => Parcels.Categories.Count > 1 || (Parcels.Categories.Count == 1 && Parcels.Categories[0].Length > 0);

    /// <summary>Size class of each row.</summary>
    public ReadOnlySpan<SizeClass> SizeClasses => sizeClasses;

    /// <summary>Start year of each row; meaningful only where <see cref="StartYearPresence"/> is set.</summary>
    public ReadOnlySpan<int> StartYears => startYears;

    /// <summary>Rows whose start year is known.</summary>
    public RowMask StartYearPresence { get; }

    /// <summary>The line in the source file each row came from (1-based, header = line 1), or 0 when not read from a file.</summary>
    public ReadOnlySpan<int> SourceLines => sourceLines;

    /// <summary>
    /// The header row of the file or database query the table was read from, as written (trimmed) — every column, also
    /// those that were ignored; empty for a table built in code. A measure the table has no column for is missing
    /// entirely (<see cref="HasMeasure"/>); a column whose every cell is blank is present, with every value missing.
    /// The headers let <see cref="Evaluator.FindMissingMeasures"/> suggest the column that was probably meant.
    /// </summary>
    public IReadOnlyList<string> SourceHeaders { get; }

    /// <summary>The measure columns, in the order they were defined.</summary>
    public IReadOnlyList<MeasureColumn> MeasureColumns { get; }

    /// <summary>The measures present as columns.</summary>
    public IEnumerable<Measure> Measures => measureColumns.Select(c => c.Measure);

    /// <summary>Every tag that occurs in the table, sorted ordinally.</summary>
    public IReadOnlyList<string> TagNames { get; }

    /// <summary>Whether the table has a column for <paramref name="measure"/>.</summary>
    /// <param name="measure">The measure.</param>
    public bool HasMeasure(Measure measure) => measuresById.ContainsKey(measure.Id);

    /// <summary>The column of <paramref name="measure"/>.</summary>
    /// <param name="measure">The measure.</param>
    /// <exception cref="KeyNotFoundException">The table has no such column.</exception>
    public MeasureColumn GetMeasure(Measure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return GetMeasure(measure.Id);
    }

    /// <summary>The column of the measure with id <paramref name="measureId"/>.</summary>
    /// <param name="measureId">The measure id.</param>
    /// <exception cref="KeyNotFoundException">The table has no such column.</exception>
    public MeasureColumn GetMeasure(string measureId) =>
        measuresById.TryGetValue(measureId, out var column)
            ? column
            : throw new KeyNotFoundException($"The table has no measure '{measureId}'. Measures: {string.Join(", ", measuresById.Keys.Order(StringComparer.Ordinal))}.");

    /// <summary>Finds the column of the measure with id <paramref name="measureId"/>.</summary>
    /// <param name="measureId">The measure id.</param>
    /// <param name="column">The column, when present.</param>
    public bool TryGetMeasure(string measureId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out MeasureColumn? column) =>
        measuresById.TryGetValue(measureId, out column);

    /// <summary>The rows that carry <paramref name="tag"/> (an empty mask for a tag nobody has).</summary>
    /// <param name="tag">The tag.</param>
    public RowMask GetTag(string tag) =>
        tagsByName.TryGetValue(tag, out var mask) ? mask : RowMask.Uniform(Count, false);

    /// <summary>Whether row <paramref name="row"/> carries <paramref name="tag"/>.</summary>
    /// <param name="row">The row index.</param>
    /// <param name="tag">The tag.</param>
    public bool HasTag(int row, string tag) => tagsByName.TryGetValue(tag, out var mask) && mask[row];

    /// <summary>Materialises row <paramref name="row"/> as a <see cref="Firm"/>.</summary>
    /// <param name="row">The row index.</param>
    public Firm GetFirm(int row)
    {
        if ((uint)row >= (uint)Count)
        {
            throw new ArgumentOutOfRangeException(nameof(row), row, $"Row must be in [0, {Count}).");
        }

        var measures = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var column in measureColumns)
        {
            if (column.TryGet(row, out var v))
            {
                measures[column.Measure.Id] = v;
            }
        }

        var tags = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tag in tagNames)
        {
            if (tagsByName[tag][row])
            {
                tags.Add(tag);
            }
        }

        return new Firm
        {
            Id = ids[row],
            Name = names[row],
            Region = Regions[row],
            Platform = Platforms[row],
            IndustryCode = Industries[row],
            Parcel = Parcels[row],
            SizeClass = sizeClasses[row],
            StartYear = StartYearPresence[row] ? startYears[row] : null,
            Measures = measures,
            Tags = tags,
        };
    }

    /// <summary>All rows as <see cref="Firm"/> objects, in table order.</summary>
    public IEnumerable<Firm> AsFirms()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return GetFirm(i);
        }
    }

    /// <summary>Builds a table from rows. Measures become columns in catalog order (well-known first), then custom ones by id.</summary>
    /// <param name="firms">The rows.</param>
    public static FirmTable FromFirms(IEnumerable<Firm> firms)
    {
        ArgumentNullException.ThrowIfNull(firms);
        var list = firms as IReadOnlyCollection<Firm> ?? firms.ToList();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var firm in list)
        {
            used.UnionWith(firm.Measures.Keys);
        }

        var measures = KnownMeasures.All.Where(m => used.Contains(m.Id)).ToList();
        measures.AddRange(used.Where(id => !KnownMeasures.TryGet(id, out _)).Order(StringComparer.Ordinal).Select(Measure.Custom));
        var builder = new FirmTableBuilder(measures, list.Count);
        foreach (var firm in list)
        {
            builder.Add(firm);
        }

        return builder.Build();
    }

    /// <summary>
    /// The corrections (更正) applied to this table's values by <see cref="EnterpriseScoring.Corrections.FirmCorrections.ApplyTo(FirmTable)"/>,
    /// in the order applied: which firm, which measure, the old and the new value, the reason, who approved it and when.
    /// Empty for a table as read. The explanation of a corrected firm lists its corrections.
    /// </summary>
    public IReadOnlyList<AppliedCorrection> Corrections { get; private init; } = ValueList<AppliedCorrection>.Empty;

    /// <summary>This table with some measure columns replaced (same measure ids; every other column shared, not copied).</summary>
    /// <param name="replaced">The new columns, each replacing the column of its measure.</param>
    /// <param name="corrections">The corrections the new table records (<see cref="Corrections"/>); null keeps this table's.</param>
    internal FirmTable WithMeasureColumns(IReadOnlyList<MeasureColumn> replaced, IReadOnlyList<AppliedCorrection>? corrections = null)
    {
        var columns = (MeasureColumn[])measureColumns.Clone();
        foreach (var column in replaced)
        {
            var index = Array.FindIndex(columns, c => c.Measure.Id == column.Measure.Id);
            columns[index >= 0 ? index : throw new ArgumentException($"The table has no column for measure '{column.Measure.Id}'.", nameof(replaced))] = column;
        }

        return new FirmTable(ids, names, Regions, Platforms, Industries, Parcels, sizeClasses, startYears, StartYearPresence, sourceLines, columns, tagsByName, SourceHeaders)
        {
            Corrections = corrections is null ? Corrections : ReadOnlyCopy.List(corrections)!,
        };
    }

    /// <inheritdoc />
    public override string ToString() => $"FirmTable: {Count} firms, {measureColumns.Length} measures, {tagNames.Length} tags";
}
