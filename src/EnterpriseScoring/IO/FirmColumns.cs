namespace EnterpriseScoring.IO;

/// <summary>
/// The canonical (English snake_case) names of the non-measure columns of a firm file, and the pseudo-targets a
/// header alias may point to. Measure columns use the measure id (see <see cref="KnownMeasures"/>).
/// </summary>
public static class FirmColumns
{
    /// <summary>统一社会信用代码.</summary>
    public const string Id = "id";

    /// <summary>企业名称.</summary>
    public const string Name = "name";

    /// <summary>所属区域.</summary>
    public const string Region = "region";

    /// <summary>所属平台 / 园区.</summary>
    public const string Platform = "platform";

    /// <summary>行业代码 (GB/T 4754).</summary>
    public const string Industry = "industry";

    /// <summary>规模 (规上 / 规下).</summary>
    public const string SizeClass = "size_class";

    /// <summary>投产年份.</summary>
    public const string StartYear = "start_year";

    /// <summary>地块编号 / 宗地编号: the land parcel a firm shares with others (see <see cref="Land.SharedParcelMerge"/>); empty = none.</summary>
    public const string Parcel = "parcel";

    /// <summary>标签: tags separated by <c>;</c> or <c>|</c>.</summary>
    public const string Tags = "tags";

    /// <summary>Alias target that makes the reader ignore a column.</summary>
    public const string Ignore = "ignore";

    /// <summary>Prefix of an alias target that makes a yes/no column a tag, e.g. <c>tag:exporter</c>.</summary>
    public const string TagPrefix = "tag:";

    /// <summary>The Chinese header the writer uses for a non-measure column, or <see langword="null"/>.</summary>
    /// <param name="column">A canonical column name.</param>
    public static string? ChineseName(string column) => column switch
    {
        Id => "统一社会信用代码",
        Name => "企业名称",
        Region => "所属区域",
        Platform => "所属平台",
        Industry => "行业代码",
        SizeClass => "规模",
        StartYear => "投产年份",
        Parcel => "地块编号",
        Tags => "标签",
        _ => null,
    };

    internal static readonly string[] All = [Id, Name, Region, Platform, Industry, SizeClass, StartYear, Parcel, Tags];
}
