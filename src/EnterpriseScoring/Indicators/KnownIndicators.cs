using System.Collections.Frozen;

namespace EnterpriseScoring.Indicators;

/// <summary>
/// The built-in indicators: the six provincial ones of 浙政发〔2018〕5号 and the others seen in county rules.
/// Money in 万元, land in 亩, energy in 吨标准煤, electricity in 万千瓦时, water and emissions in 吨.
/// </summary>
public static class KnownIndicators
{
    private static readonly IndicatorTerm Land = IndicatorTerm.Land;

    /// <summary>亩均税收 = tax / land, 万元/亩.</summary>
    public static RatioIndicator TaxPerMu { get; } = Ratio("tax_per_mu", "亩均税收", "Tax per mu", "万元/亩", KnownMeasures.Tax, Land);

    /// <summary>亩均增加值 = value added / land, 万元/亩.</summary>
    public static RatioIndicator ValueAddedPerMu { get; } = Ratio("value_added_per_mu", "亩均增加值", "Value added per mu", "万元/亩", KnownMeasures.ValueAdded, Land);

    /// <summary>全员劳动生产率 = value added / average employees, 万元/人·年.</summary>
    public static RatioIndicator LaborProductivity { get; } = Ratio("labor_productivity", "全员劳动生产率", "Labour productivity", "万元/人", KnownMeasures.ValueAdded, new(KnownMeasures.Employees));

    /// <summary>单位能耗增加值 = value added / energy use, 万元/吨标准煤.</summary>
    public static RatioIndicator ValueAddedPerEnergy { get; } = Ratio("value_added_per_energy", "单位能耗增加值", "Value added per unit of energy", "万元/吨标准煤", KnownMeasures.ValueAdded, new(KnownMeasures.Energy));

    /// <summary>单位排放增加值 = value added / (COD + NH₃-N + SO₂ + NOₓ), 万元/吨. See <see cref="ValueAddedPerPollutionEquivalent"/> for the equivalent-based variant.</summary>
    public static RatioIndicator ValueAddedPerEmission { get; } = new(
        "value_added_per_emission", "单位排放增加值", "Value added per tonne of main pollutants", "万元/吨", Direction.HigherIsBetter,
        [new(KnownMeasures.ValueAdded)],
        [new(KnownMeasures.Cod), new(KnownMeasures.AmmoniaNitrogen), new(KnownMeasures.SulfurDioxide), new(KnownMeasures.NitrogenOxides)]);

    /// <summary>R&amp;D经费支出占主营业务收入比 = R&amp;D spending / revenue, a fraction (0.03 = 3%).</summary>
    public static RatioIndicator RdIntensity { get; } = Ratio("rd_intensity", "研发经费支出占营业收入比", "R&D intensity", "比值", KnownMeasures.RdSpending, new(KnownMeasures.Revenue));

    /// <summary>亩均营业收入 (亩均销售收入) = revenue / land, 万元/亩.</summary>
    public static RatioIndicator RevenuePerMu { get; } = Ratio("revenue_per_mu", "亩均营业收入", "Revenue per mu", "万元/亩", KnownMeasures.Revenue, Land);

    /// <summary>单位电耗税收 = tax / electricity; 万元/万千瓦时 = 元/千瓦时.</summary>
    public static RatioIndicator TaxPerElectricity { get; } = Ratio("tax_per_electricity", "单位电耗税收", "Tax per kWh", "元/千瓦时", KnownMeasures.Tax, new(KnownMeasures.Electricity));

    /// <summary>单位用电营业收入 = revenue / electricity, 元/千瓦时.</summary>
    public static RatioIndicator RevenuePerElectricity { get; } = Ratio("revenue_per_electricity", "单位用电营业收入", "Revenue per kWh", "元/千瓦时", KnownMeasures.Revenue, new(KnownMeasures.Electricity));

    /// <summary>单位能耗营业收入 = revenue / energy, 万元/吨标准煤.</summary>
    public static RatioIndicator RevenuePerEnergy { get; } = Ratio("revenue_per_energy", "单位能耗营业收入", "Revenue per unit of energy", "万元/吨标准煤", KnownMeasures.Revenue, new(KnownMeasures.Energy));

    /// <summary>单位能耗税收 = tax / energy, 万元/吨标准煤 (Jiangsu).</summary>
    public static RatioIndicator TaxPerEnergy { get; } = Ratio("tax_per_energy", "单位能耗税收", "Tax per unit of energy", "万元/吨标准煤", KnownMeasures.Tax, new(KnownMeasures.Energy));

    /// <summary>单位污染物排放营业收入 = revenue / (COD + NH₃-N + SO₂ + NOₓ), 万元/吨.</summary>
    public static RatioIndicator RevenuePerEmission { get; } = new(
        "revenue_per_emission", "单位污染物排放营业收入", "Revenue per tonne of main pollutants", "万元/吨", Direction.HigherIsBetter,
        [new(KnownMeasures.Revenue)],
        [new(KnownMeasures.Cod), new(KnownMeasures.AmmoniaNitrogen), new(KnownMeasures.SulfurDioxide), new(KnownMeasures.NitrogenOxides)]);

    /// <summary>单位COD排放工业增加值 = value added / COD, 万元/吨.</summary>
    public static RatioIndicator ValueAddedPerCod { get; } = Ratio("value_added_per_cod", "单位COD排放增加值", "Value added per tonne of COD", "万元/吨", KnownMeasures.ValueAdded, new(KnownMeasures.Cod));

    /// <summary>单位用水量工业增加值 = value added / water, 万元/吨.</summary>
    public static RatioIndicator ValueAddedPerWater { get; } = Ratio("value_added_per_water", "单位用水量增加值", "Value added per tonne of water", "万元/吨", KnownMeasures.ValueAdded, new(KnownMeasures.Water));

    /// <summary>亩均技术改造投资 = retrofit investment / land, 万元/亩.</summary>
    public static RatioIndicator RetrofitInvestmentPerMu { get; } = Ratio("retrofit_investment_per_mu", "亩均技术改造投资", "Retrofit investment per mu", "万元/亩", KnownMeasures.RetrofitInvestment, Land);

    /// <summary>净资产收益率 = net profit / net assets, a fraction.</summary>
    public static RatioIndicator ReturnOnNetAssets { get; } = Ratio("return_on_net_assets", "净资产收益率", "Return on net assets", "比值", KnownMeasures.NetProfit, new(KnownMeasures.NetAssets));

    /// <summary>单位排污权增加值 = value added / permitted emissions, 万元/吨.</summary>
    public static RatioIndicator ValueAddedPerPermittedEmission { get; } = Ratio("value_added_per_permitted_emission", "单位排污权增加值", "Value added per tonne of permitted emissions", "万元/吨", KnownMeasures.ValueAdded, new(KnownMeasures.PermittedEmissions));

    /// <summary>单位污染当量增加值 with the statutory equivalent values: value added / Σ pollution equivalents, 万元/当量.</summary>
    public static RatioIndicator ValueAddedPerPollutionEquivalentStatutory { get; } = ValueAddedPerPollutionEquivalent();

    private static readonly RatioIndicator[] all =
    [
        TaxPerMu, ValueAddedPerMu, LaborProductivity, ValueAddedPerEnergy, ValueAddedPerEmission, RdIntensity,
        RevenuePerMu, TaxPerElectricity, RevenuePerElectricity, RevenuePerEnergy, TaxPerEnergy, RevenuePerEmission,
        ValueAddedPerCod, ValueAddedPerWater, RetrofitInvestmentPerMu, ReturnOnNetAssets, ValueAddedPerPermittedEmission,
        ValueAddedPerPollutionEquivalentStatutory,
    ];

    private static readonly FrozenDictionary<string, IIndicator> byId = all.ToFrozenDictionary(i => i.Id, i => (IIndicator)i, StringComparer.Ordinal);

    /// <summary>The six provincial indicators of 浙政发〔2018〕5号, in the usual order.</summary>
    public static IReadOnlyList<IIndicator> Provincial { get; } =
        [TaxPerMu, ValueAddedPerMu, ValueAddedPerEnergy, ValueAddedPerEmission, LaborProductivity, RdIntensity];

    /// <summary>All built-in indicators.</summary>
    public static IReadOnlyList<IIndicator> All { get; } = all.AsValueList<IIndicator>();

    /// <summary>The ids <see cref="TryGet"/> accepts, in the order of <see cref="All"/>.</summary>
    public static IReadOnlyList<string> Names => [.. all.Select(i => i.Id)];

    /// <summary>Finds a built-in indicator by id.</summary>
    /// <param name="id">The indicator id.</param>
    /// <param name="indicator">The indicator, when found.</param>
    public static bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IIndicator? indicator) =>
        byId.TryGetValue(id, out indicator);

    /// <summary>
    /// 单位污染当量增加值: value added / Σ pollution equivalents (see <see cref="PollutionEquivalents"/>), 万元 per equivalent.
    /// </summary>
    /// <param name="pollutants">Pollutants and kg per equivalent; the statutory four when null.</param>
    /// <param name="id">The indicator id.</param>
    public static RatioIndicator ValueAddedPerPollutionEquivalent(
        IReadOnlyList<(Measure Pollutant, double KgPerEquivalent)>? pollutants = null,
        string id = "value_added_per_pollution_equivalent") =>
        new(id, "单位污染当量增加值", "Value added per pollution equivalent", "万元/当量", Direction.HigherIsBetter,
            [new(KnownMeasures.ValueAdded)], PollutionEquivalents.Terms(pollutants));

    private static RatioIndicator Ratio(string id, string chinese, string english, string unit, Measure numerator, IndicatorTerm denominator) =>
        new(id, chinese, english, unit, Direction.HigherIsBetter, [new(numerator)], [denominator]);
}
