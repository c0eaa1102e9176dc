namespace EnterpriseScoring;

/// <summary>
/// One firm, as a friendly row: identity, classification, measures and tags. The engine runs on
/// <see cref="FirmTable"/>; use <see cref="FirmTable.FromFirms"/> to turn rows into a table.
/// </summary>
/// <remarks>
/// A measure that was not reported is absent from <see cref="Measures"/> — never stored as 0.
/// Immutable in fact: the measures and tags given to it are copied on initialisation (keeping their comparers).
/// </remarks>
public sealed class Firm
{
    private static readonly IReadOnlyDictionary<string, double> NoMeasures = ReadOnlyCopy.EmptyOrdinal<double>();
    private static readonly IReadOnlySet<string> NoTags = ReadOnlyCopy.Set(new HashSet<string>(StringComparer.Ordinal));

    /// <summary>统一社会信用代码 (unified social credit code), the firm's identity.</summary>
    public required string Id { get; init; }

    /// <summary>企业名称.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Region (区县/乡镇), the usual ranking scope.</summary>
    public string Region { get; init; } = string.Empty;

    /// <summary>Platform (园区/开发区/平台).</summary>
    public string Platform { get; init; } = string.Empty;

    /// <summary>Industry code (国民经济行业分类 GB/T 4754), e.g. <c>C3311</c> or <c>3311</c>.</summary>
    public string IndustryCode { get; init; } = string.Empty;

    /// <summary>规上 / 规下.</summary>
    public SizeClass SizeClass { get; init; }

    /// <summary>Year production started (投产年份), when known.</summary>
    public int? StartYear { get; init; }

    /// <summary>
    /// 地块编号: the land parcel the firm shares with other firms, or empty. Under <see cref="Land.SharedParcelMerge"/>
    /// the firms of one parcel are evaluated together and share the result.
    /// </summary>
    public string Parcel { get; init; } = string.Empty;

    /// <summary>The reported measures by measure id (see <see cref="KnownMeasures"/>); absent = missing.</summary>
    public IReadOnlyDictionary<string, double> Measures { get; init => field = ReadOnlyCopy.Dictionary(value); } = NoMeasures;

    /// <summary>Tags such as <see cref="KnownTags.Listed"/>.</summary>
    public IReadOnlySet<string> Tags { get; init => field = ReadOnlyCopy.Set(value); } = NoTags;

    /// <summary>The value of <paramref name="measure"/>, or <see langword="null"/> when not reported.</summary>
    /// <param name="measure">The measure.</param>
    public double? Get(Measure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return Measures.TryGetValue(measure.Id, out var v) ? v : null;
    }

    /// <summary>Whether the firm carries <paramref name="tag"/>.</summary>
    /// <param name="tag">The tag.</param>
    public bool HasTag(string tag) => Tags.Contains(tag);

    /// <summary>This firm with <paramref name="measures"/> in place of its measures (every other field as it is).</summary>
    /// <param name="measures">The new measures.</param>
    internal Firm WithMeasures(IReadOnlyDictionary<string, double> measures) => new()
    {
        Id = Id,
        Name = Name,
        Region = Region,
        Platform = Platform,
        IndustryCode = IndustryCode,
        Parcel = Parcel,
        SizeClass = SizeClass,
        StartYear = StartYear,
        Measures = measures,
        Tags = Tags,
    };

    /// <inheritdoc />
    public override string ToString() => Name.Length == 0 ? Id : $"{Id} {Name}";
}
