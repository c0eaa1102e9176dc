namespace EnterpriseScoring;

/// <summary>
/// Builds a <see cref="FirmTable"/> row by row with a fixed set of measure columns. Used by the readers;
/// useful for callers who fill a table from their own source without creating <see cref="Firm"/> objects.
/// </summary>
/// <remarks>Not thread-safe. <see cref="Build"/> may be called once.</remarks>
public sealed class FirmTableBuilder
{
    private readonly Measure[] measures;
    private readonly Dictionary<string, int> measureIndex;
    private readonly int capacity;
    private readonly ColumnBuffer<string> ids;
    private readonly ColumnBuffer<string> names;
    private readonly CategoryEncoder regions;
    private readonly CategoryEncoder platforms;
    private readonly CategoryEncoder industries;
    private readonly CategoryEncoder parcels;
    private readonly ColumnBuffer<SizeClass> sizeClasses;
    private readonly ColumnBuffer<int> startYears;
    private readonly RowMaskBuilder startYearPresence;
    private readonly ColumnBuffer<int> sourceLines;
    private readonly ColumnBuffer<double>[] values;
    private readonly RowMaskBuilder[] presence;
    private readonly Dictionary<string, RowMaskBuilder> tags = new(StringComparer.Ordinal);
    private string? lastTag;
    private RowMaskBuilder? lastTagMask;
    private bool built;

    /// <summary>Creates a builder with the given measure columns.</summary>
    /// <param name="measures">The measure columns, in order; ids must be distinct.</param>
    /// <param name="capacity">Expected number of rows. When it is exact, the column arrays are allocated once and never copied.</param>
    /// <exception cref="ArgumentException">Two measures share an id.</exception>
    public FirmTableBuilder(IEnumerable<Measure> measures, int capacity = 0)
    {
        ArgumentNullException.ThrowIfNull(measures);
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        this.measures = measures.ToArray();
        measureIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < this.measures.Length; i++)
        {
            if (!measureIndex.TryAdd(this.measures[i].Id, i))
            {
                throw new ArgumentException($"Measure '{this.measures[i].Id}' is listed twice.", nameof(measures));
            }
        }

        this.capacity = capacity;
        ids = new ColumnBuffer<string>(capacity);
        names = new ColumnBuffer<string>(capacity);
        regions = new CategoryEncoder(capacity);
        platforms = new CategoryEncoder(capacity);
        industries = new CategoryEncoder(capacity);
        parcels = new CategoryEncoder(capacity);
        sizeClasses = new ColumnBuffer<SizeClass>(capacity);
        startYears = new ColumnBuffer<int>(capacity);
        startYearPresence = new RowMaskBuilder(capacity);
        sourceLines = new ColumnBuffer<int>(capacity);
        values = new ColumnBuffer<double>[this.measures.Length];
        presence = new RowMaskBuilder[this.measures.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = new ColumnBuffer<double>(capacity);
            presence[i] = new RowMaskBuilder(capacity);
        }
    }

    /// <summary>The measure columns, in order.</summary>
    public IReadOnlyList<Measure> Measures => measures;

    /// <summary>The number of rows added so far.</summary>
    public int Count => ids.Count;

    /// <summary>The column index of <paramref name="measureId"/>, or -1.</summary>
    /// <param name="measureId">A measure id.</param>
    public int IndexOf(string measureId) => measureIndex.TryGetValue(measureId, out var i) ? i : -1;

    /// <summary>Adds one row.</summary>
    /// <param name="identity">The row's identity and classification.</param>
    /// <param name="measureValues">One value per measure column, in column order; <see cref="double.NaN"/> = missing.</param>
    /// <param name="rowTags">The row's tags.</param>
    /// <param name="sourceLine">The source line the row came from (0 when none).</param>
    /// <returns>The new row's index.</returns>
    public int Add(in FirmIdentity identity, ReadOnlySpan<double> measureValues, IEnumerable<string>? rowTags = null, int sourceLine = 0)
    {
        ThrowIfBuilt();
        ArgumentNullException.ThrowIfNull(identity.Id);
        if (measureValues.Length != measures.Length)
        {
            throw new ArgumentException($"Expected {measures.Length} measure values, got {measureValues.Length}.", nameof(measureValues));
        }

        // Check the whole row before adding any of it, so a bad value leaves the builder unchanged.
        var row = ids.Count;
        for (var m = 0; m < measureValues.Length; m++)
        {
            if (double.IsInfinity(measureValues[m]))
            {
                throw new ArgumentException($"Measure '{measures[m].Id}' of row {row} is infinite.", nameof(measureValues));
            }
        }

        ids.Add(identity.Id);
        names.Add(identity.Name ?? string.Empty);
        regions.Add(identity.Region);
        platforms.Add(identity.Platform);
        industries.Add(identity.IndustryCode);
        parcels.Add(identity.Parcel);
        sizeClasses.Add(identity.SizeClass);
        startYears.Add(identity.StartYear ?? 0);
        if (identity.StartYear.HasValue)
        {
            startYearPresence.Set(row);
        }

        sourceLines.Add(sourceLine);
        for (var m = 0; m < measureValues.Length; m++)
        {
            var v = measureValues[m];
            values[m].Add(v);
            if (!double.IsNaN(v))
            {
                presence[m].Set(row);
            }
        }

        if (rowTags is not null)
        {
            foreach (var tag in rowTags)
            {
                AddTag(row, tag);
            }
        }

        return row;
    }

    /// <summary>Adds a <see cref="Firm"/>. Measures the builder has no column for are an error.</summary>
    /// <param name="firm">The row.</param>
    /// <param name="sourceLine">The source line (0 when none).</param>
    /// <returns>The new row's index.</returns>
    /// <exception cref="ArgumentException">The firm has a measure that is not a column of this builder.</exception>
    public int Add(Firm firm, int sourceLine = 0)
    {
        ArgumentNullException.ThrowIfNull(firm);
        Span<double> row = measures.Length <= 64 ? stackalloc double[measures.Length] : new double[measures.Length];
        row.Fill(double.NaN);
        foreach (var (id, value) in firm.Measures)
        {
            var i = IndexOf(id);
            if (i < 0)
            {
                throw new ArgumentException($"Firm {firm.Id} has measure '{id}', which is not a column of this table.", nameof(firm));
            }

            row[i] = value;
        }

        return Add(FirmIdentity.Of(firm), row, firm.Tags, sourceLine);
    }

    /// <summary>The header row of the file or query the rows come from (see <see cref="FirmTable.SourceHeaders"/>); set by the readers.</summary>
    internal IReadOnlyList<string> SourceHeaders { get; init; } = [];

    /// <summary>Builds the immutable table.</summary>
    public FirmTable Build() => BuildKeeping(null);

    /// <summary>Builds the immutable table with only the measure columns <paramref name="keepMeasure"/> accepts (all when null).</summary>
    /// <remarks>Used by the CSV reader, which learns whether an unknown column is numeric only after the last row.</remarks>
    internal FirmTable BuildKeeping(Func<Measure, bool>? keepMeasure)
    {
        ThrowIfBuilt();
        built = true;
        var n = ids.Count;
        var columns = new List<MeasureColumn>(measures.Length);
        for (var m = 0; m < measures.Length; m++)
        {
            if (keepMeasure is null || keepMeasure(measures[m]))
            {
                columns.Add(new MeasureColumn(measures[m], values[m].ToArray(), presence[m].Build(n)));
            }
        }

        var tagMasks = tags.ToDictionary(t => t.Key, t => t.Value.Build(n), StringComparer.Ordinal);
        return new FirmTable(
            ids.ToArray(),
            names.ToArray(),
            regions.Build(),
            platforms.Build(),
            industries.Build(),
            parcels.Build(),
            sizeClasses.ToArray(),
            startYears.ToArray(),
            startYearPresence.Build(n),
            sourceLines.ToArray(),
            columns.ToArray(),
            tagMasks,
            SourceHeaders);
    }

    private void AddTag(int row, string tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return;
        }

        // Rows usually list the same few tags: the previous tag's mask is reused when the tag is the same string.
        if (!ReferenceEquals(tag, lastTag))
        {
            if (!tags.TryGetValue(tag, out lastTagMask))
            {
                lastTagMask = new RowMaskBuilder(Math.Max(capacity, row + 1));
                tags.Add(tag, lastTagMask);
            }

            lastTag = tag;
        }

        lastTagMask!.Set(row);
    }

    private void ThrowIfBuilt()
    {
        if (built)
        {
            throw new InvalidOperationException("Build() has already been called on this builder.");
        }
    }
}
