using System.Collections.Frozen;
using EnterpriseScoring.IO;

namespace EnterpriseScoring.Platforms;

/// <summary>
/// The columns of a platform register (平台名录): canonical English names and the Chinese headers read as them. Headers
/// are matched after <c>HeaderCatalog.Normalize</c> (trimmed, a unit in brackets dropped, ASCII lower-cased); the area
/// columns may carry an area unit in brackets (<c>批而未供(公顷)</c>), converted to 亩.
/// </summary>
public static class PlatformRegisterColumns
{
    /// <summary>平台编号 (required).</summary>
    public const string Id = "id";

    /// <summary>平台名称.</summary>
    public const string Name = "name";

    /// <summary>级别: 国家级/省级/市级/镇级.</summary>
    public const string Level = "level";

    /// <summary>上级平台 (the 主平台 of a 分区/分园).</summary>
    public const string Parent = "parent";

    /// <summary>所属县(市、区).</summary>
    public const string County = "county";

    /// <summary>规划可开发面积, 亩.</summary>
    public const string PlannedArea = "planned_area";

    /// <summary>批而未供, 亩.</summary>
    public const string ApprovedUnsupplied = "approved_unsupplied";

    /// <summary>供而未用, 亩.</summary>
    public const string SuppliedUnused = "supplied_unused";

    /// <summary>低效用地, 亩.</summary>
    public const string InefficientLand = "inefficient_land";

    /// <summary>当年腾退, 亩.</summary>
    public const string ClearedLand = "cleared_land";

    /// <summary>并入平台.</summary>
    public const string MergedInto = "merged_into";

    /// <summary>并入日期 (yyyy-MM-dd).</summary>
    public const string MergedFrom = "merged_from";

    /// <summary>Every canonical column, in the order a writer puts them.</summary>
    public static IReadOnlyList<string> All { get; } = ValueList<string>.Own([Id, Name, Level, Parent, County, PlannedArea, ApprovedUnsupplied, SuppliedUnused, InefficientLand, ClearedLand, MergedInto, MergedFrom]);

    /// <summary>The area columns (亩; an area unit in the header converts them).</summary>
    internal static readonly FrozenSet<string> Areas = new[] { PlannedArea, ApprovedUnsupplied, SuppliedUnused, InefficientLand, ClearedLand }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Normalised header → canonical column.</summary>
    internal static readonly FrozenDictionary<string, string> Aliases = CreateAliases();

    /// <summary>The canonical column <paramref name="header"/> means; <see langword="null"/> when none.</summary>
    internal static string? Resolve(string header) => Aliases.TryGetValue(HeaderCatalog.Normalize(header), out var c) ? c : null;

    private static FrozenDictionary<string, string> CreateAliases()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string column, params string[] aliases)
        {
            map.Add(column, column);
            foreach (var a in aliases)
            {
                map.Add(HeaderCatalog.Normalize(a), column);
            }
        }

        Add(Id, "平台编号", "平台代码", "编号", "platform_id", "platform");
        Add(Name, "平台名称", "名称", "platform_name");
        Add(Level, "级别", "平台级别", "层级");
        Add(Parent, "上级平台", "所属主平台", "主平台", "parent_platform");
        Add(County, "所属县(市、区)", "县(市、区)", "县市区", "所属县市区", "区县", "所属地区", "region");
        Add(PlannedArea, "规划可开发面积", "可开发空间", "可开发面积", "planned_developable_area");
        Add(ApprovedUnsupplied, "批而未供", "批而未供土地", "批而未供面积");
        Add(SuppliedUnused, "供而未用", "供而未用土地", "供而未用面积");
        Add(InefficientLand, "低效用地", "低效用地面积");
        Add(ClearedLand, "腾退", "当年腾退", "腾退面积", "腾退用地");
        Add(MergedInto, "并入平台", "整合至", "撤并至", "merged_to");
        Add(MergedFrom, "并入日期", "整合日期", "撤并日期", "merge_date");
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
