using System.Collections.Frozen;

namespace EnterpriseScoring;

/// <summary>
/// The catalog of well-known measures, with units and the Chinese headers used in government data exports.
/// </summary>
/// <remarks>Money is in 万元, land in 亩, energy in 吨标准煤 (tce), electricity in 万千瓦时, water and pollutants in 吨.</remarks>
public static class KnownMeasures
{
    /// <summary>Land area by land-use certificate (土地使用权证面积), 亩.</summary>
    public static Measure LandArea { get; } = new("land_area", "用地面积", "Land area", "亩", "land", "土地面积", "占地面积", "土地使用权面积", "用地面积(亩)");

    /// <summary>Area leased in from others (租入面积), 亩.</summary>
    public static Measure LeasedInArea { get; } = new("leased_in_area", "租入面积", "Leased-in area", "亩", "租赁面积", "租入土地面积");

    /// <summary>Area leased out to others (出租面积), 亩.</summary>
    public static Measure LeasedOutArea { get; } = new("leased_out_area", "出租面积", "Leased-out area", "亩", "出租土地面积");

    /// <summary>Rented building floor area for lessees without land (租赁厂房建筑面积), ㎡.</summary>
    public static Measure BuildingArea { get; } = new("building_area", "租赁厂房面积", "Rented building area", "㎡", "建筑面积", "租赁建筑面积");

    /// <summary>Number of firms leasing from this firm (出租户数).</summary>
    public static Measure Lessees { get; } = new("lessees", "出租户数", "Lessee count", "户", "承租企业数");

    /// <summary>Tax actually paid (税收实际贡献 / 实缴税金), 万元.</summary>
    public static Measure Tax { get; } = new("tax", "实缴税金", "Tax paid", "万元", "税收实际贡献", "税收", "实缴税收", "税收总额");

    /// <summary>Industrial value added (工业增加值), 万元.</summary>
    public static Measure ValueAdded { get; } = new("value_added", "工业增加值", "Value added", "万元", "增加值");

    /// <summary>Revenue (营业收入 / 主营业务收入 / 销售收入), 万元.</summary>
    public static Measure Revenue { get; } = new("revenue", "营业收入", "Revenue", "万元", "主营业务收入", "销售收入", "营业收入(万元)");

    /// <summary>Average number of employees over the year (年平均职工人数), persons.</summary>
    public static Measure Employees { get; } = new("employees", "年平均职工人数", "Average employees", "人", "职工人数", "从业人员", "年平均从业人员");

    /// <summary>Total energy consumption, equivalent value (综合能耗), 吨标准煤.</summary>
    public static Measure Energy { get; } = new("energy", "综合能耗", "Energy use", "吨标准煤", "能耗", "总能耗", "综合能源消费量");

    /// <summary>Electricity consumption (用电量), 万千瓦时.</summary>
    public static Measure Electricity { get; } = new("electricity", "用电量", "Electricity use", "万千瓦时", "总用电量", "电耗");

    /// <summary>Water consumption (用水量), 吨.</summary>
    public static Measure Water { get; } = new("water", "用水量", "Water use", "吨", "总用水量");

    /// <summary>Chemical oxygen demand emitted (化学需氧量排放量), 吨.</summary>
    public static Measure Cod { get; } = new("cod", "化学需氧量", "COD emissions", "吨", "COD", "COD排放量", "化学需氧量排放量");

    /// <summary>Ammonia nitrogen emitted (氨氮排放量), 吨.</summary>
    public static Measure AmmoniaNitrogen { get; } = new("ammonia_nitrogen", "氨氮", "NH₃-N emissions", "吨", "氨氮排放量", "NH3-N", "nh3_n");

    /// <summary>Sulphur dioxide emitted (二氧化硫排放量), 吨.</summary>
    public static Measure SulfurDioxide { get; } = new("so2", "二氧化硫", "SO₂ emissions", "吨", "二氧化硫排放量", "SO2");

    /// <summary>Nitrogen oxides emitted (氮氧化物排放量), 吨.</summary>
    public static Measure NitrogenOxides { get; } = new("nox", "氮氧化物", "NOₓ emissions", "吨", "氮氧化物排放量", "NOx");

    /// <summary>Permitted emissions held (排污权), 吨.</summary>
    public static Measure PermittedEmissions { get; } = new("permitted_emissions", "排污权", "Permitted emissions", "吨", "排污权指标", "许可排放量");

    /// <summary>R&amp;D spending (研发经费), 万元.</summary>
    public static Measure RdSpending { get; } = new("rd_spending", "研发经费", "R&D spending", "万元", "研发经费支出", "R&D经费支出", "研发费用");

    /// <summary>Net profit (净利润), 万元.</summary>
    public static Measure NetProfit { get; } = new("net_profit", "净利润", "Net profit", "万元", "利润总额");

    /// <summary>Net assets (净资产), 万元.</summary>
    public static Measure NetAssets { get; } = new("net_assets", "净资产", "Net assets", "万元", "所有者权益");

    /// <summary>Technical retrofit investment (技术改造投资), 万元.</summary>
    public static Measure RetrofitInvestment { get; } = new("retrofit_investment", "技术改造投资", "Retrofit investment", "万元", "技改投资", "技术改造投入");

    private static readonly Measure[] all =
    [
        LandArea, LeasedInArea, LeasedOutArea, BuildingArea, Lessees, Tax, ValueAdded, Revenue, Employees, Energy,
        Electricity, Water, Cod, AmmoniaNitrogen, SulfurDioxide, NitrogenOxides, PermittedEmissions, RdSpending,
        NetProfit, NetAssets, RetrofitInvestment,
    ];

    private static readonly FrozenDictionary<string, Measure> byId =
        all.ToFrozenDictionary(m => m.Id, StringComparer.Ordinal);

    /// <summary>All well-known measures, in catalog order.</summary>
    public static IReadOnlyList<Measure> All { get; } = all.AsValueList();

    /// <summary>The ids <see cref="TryGet"/> accepts, in the order of <see cref="All"/>.</summary>
    public static IReadOnlyList<string> Names => [.. all.Select(m => m.Id)];

    /// <summary>Finds a well-known measure by its canonical id.</summary>
    /// <param name="id">The snake_case id.</param>
    /// <param name="measure">The measure, when found.</param>
    /// <returns><see langword="true"/> when <paramref name="id"/> names a well-known measure.</returns>
    public static bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Measure? measure) =>
        byId.TryGetValue(id, out measure);
}
