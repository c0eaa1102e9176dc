using System.Collections.Frozen;

namespace EnterpriseScoring.Platforms;

/// <summary>
/// The built-in platform indicators: those the platform documents set targets for (the 嘉兴 2018 平台优化提升 plan, the
/// 万亩千亿 draft, the 2023–2027 cluster plan, 杭政办函〔2017〕127号), by id. Money in 万元 unless the unit says 亿元.
/// </summary>
public static class KnownPlatformIndicators
{
    private static readonly FirmCondition Above = new() { SizeClass = SizeClass.AboveDesignatedSize };

    /// <summary>规上工业亩均税收 = Σtax / Σland over 规上 members (万元/亩).</summary>
    public static IPlatformIndicator AboveTaxPerMu { get; } = new RatioOfSumsPlatformIndicator("above_tax_per_mu", "规上工业亩均税收", "万元/亩", KnownMeasures.Tax.Id, KnownMeasures.LandArea.Id, Above);

    /// <summary>亩均税收 = Σtax / Σland over all members (万元/亩).</summary>
    public static IPlatformIndicator TaxPerMu { get; } = new RatioOfSumsPlatformIndicator("tax_per_mu", "亩均税收", "万元/亩", KnownMeasures.Tax.Id, KnownMeasures.LandArea.Id);

    /// <summary>规上工业亩均产出 = Σrevenue / Σland over 规上 members (万元/亩).</summary>
    public static IPlatformIndicator AboveRevenuePerMu { get; } = new RatioOfSumsPlatformIndicator("above_revenue_per_mu", "规上工业亩均产出", "万元/亩", KnownMeasures.Revenue.Id, KnownMeasures.LandArea.Id, Above);

    /// <summary>规上工业亩均增加值 = Σvalue_added / Σland over 规上 members (万元/亩).</summary>
    public static IPlatformIndicator AboveValueAddedPerMu { get; } = new RatioOfSumsPlatformIndicator("above_value_added_per_mu", "规上工业亩均增加值", "万元/亩", KnownMeasures.ValueAdded.Id, KnownMeasures.LandArea.Id, Above);

    /// <summary>规上工业全员劳动生产率 = Σvalue_added / Σemployees over 规上 members (万元/人).</summary>
    public static IPlatformIndicator AboveLaborProductivity { get; } = new RatioOfSumsPlatformIndicator("above_labor_productivity", "规上工业全员劳动生产率", "万元/人", KnownMeasures.ValueAdded.Id, KnownMeasures.Employees.Id, Above);

    /// <summary>规上工业增加值率 = Σvalue_added / Σrevenue × 100 over 规上 members (%).</summary>
    public static IPlatformIndicator AboveValueAddedRate { get; } = new RatioOfSumsPlatformIndicator("above_value_added_rate", "规上工业增加值率", "%", KnownMeasures.ValueAdded.Id, KnownMeasures.Revenue.Id, Above, 100);

    /// <summary>规上工业研发经费占营业收入比重 = Σrd_spending / Σrevenue × 100 over 规上 members (%).</summary>
    public static IPlatformIndicator AboveRdIntensity { get; } = new RatioOfSumsPlatformIndicator("above_rd_intensity", "规上工业研发经费占营业收入比重", "%", KnownMeasures.RdSpending.Id, KnownMeasures.Revenue.Id, Above, 100);

    /// <summary>规上工业增加值 = Σvalue_added over 规上 members (亿元).</summary>
    public static IPlatformIndicator AboveValueAdded { get; } = new TotalPlatformIndicator("above_value_added", "规上工业增加值", "亿元", KnownMeasures.ValueAdded.Id, Above, 0.0001);

    /// <summary>营业收入 = Σrevenue over all members (亿元).</summary>
    public static IPlatformIndicator Revenue { get; } = new TotalPlatformIndicator("revenue", "营业收入", "亿元", KnownMeasures.Revenue.Id, null, 0.0001);

    /// <summary>高新技术产业增加值占规上工业比重 = Σvalue_added of 规上 high-tech members / Σvalue_added of 规上 members × 100 (%).</summary>
    public static IPlatformIndicator HighTechValueAddedShare { get; } = new SharePlatformIndicator("high_tech_value_added_share", "高新技术产业增加值占规上工业比重", KnownMeasures.ValueAdded.Id, new FirmCondition { RequiredTags = [KnownTags.HighTech] }, Above);

    /// <summary>百亿企业数: members with revenue ≥ 1,000,000 万元 (100 亿元).</summary>
    public static IPlatformIndicator FirmsOver10Billion { get; } = new CountPlatformIndicator("firms_over_10_billion", "百亿企业数", new FirmCondition { MeasureAtLeast = new Dictionary<string, double> { [KnownMeasures.Revenue.Id] = 1_000_000 } });

    /// <summary>上市企业数: members tagged <c>listed</c>.</summary>
    public static IPlatformIndicator ListedFirms { get; } = new CountPlatformIndicator("listed_firms", "上市企业数", new FirmCondition { RequiredTags = [KnownTags.Listed] });

    /// <summary>专精特新企业数: members tagged <c>specialized_sme</c>.</summary>
    public static IPlatformIndicator SpecializedSmeFirms { get; } = new CountPlatformIndicator("specialized_sme_firms", "专精特新企业数", new FirmCondition { RequiredTags = [KnownTags.SpecializedSme] });

    /// <summary>高新技术企业数: members tagged <c>high_tech</c>.</summary>
    public static IPlatformIndicator HighTechFirms { get; } = new CountPlatformIndicator("high_tech_firms", "高新技术企业数", new FirmCondition { RequiredTags = [KnownTags.HighTech] });

    /// <summary>规上工业增加值增速 (like-for-like, %).</summary>
    public static IPlatformIndicator AboveValueAddedGrowth { get; } = new GrowthPlatformIndicator("above_value_added_growth", "规上工业增加值增速", KnownMeasures.ValueAdded.Id, Above);

    /// <summary>规划可开发面积 (亩, register).</summary>
    public static IPlatformIndicator PlannedArea { get; } = new RegisterFigurePlatformIndicator("planned_area", "规划可开发面积", PlatformRegisterFigure.PlannedArea);

    /// <summary>批而未供 (亩, register).</summary>
    public static IPlatformIndicator ApprovedUnsupplied { get; } = new RegisterFigurePlatformIndicator("approved_unsupplied", "批而未供土地", PlatformRegisterFigure.ApprovedUnsupplied);

    /// <summary>供而未用 (亩, register).</summary>
    public static IPlatformIndicator SuppliedUnused { get; } = new RegisterFigurePlatformIndicator("supplied_unused", "供而未用土地", PlatformRegisterFigure.SuppliedUnused);

    /// <summary>低效用地 (亩, register).</summary>
    public static IPlatformIndicator InefficientLand { get; } = new RegisterFigurePlatformIndicator("inefficient_land", "低效用地", PlatformRegisterFigure.InefficientLand);

    /// <summary>当年腾退 (亩, register).</summary>
    public static IPlatformIndicator ClearedLand { get; } = new RegisterFigurePlatformIndicator("cleared_land", "当年腾退用地", PlatformRegisterFigure.ClearedLand);

    /// <summary>存量土地 = 批而未供 + 供而未用 + 低效用地 (亩, register).</summary>
    public static IPlatformIndicator LandStock { get; } = new RegisterFigurePlatformIndicator("land_stock", "存量土地", PlatformRegisterFigure.LandStock);

    /// <summary>
    /// D 类企业用地占比 (%): land of this run's bottom-tier members (倒逼整治类: D of A/B/C/D, the last level of any other
    /// tier set) / land of members with a tier.
    /// </summary>
    public static IPlatformIndicator DTierLandShare { get; } = new TierLandSharePlatformIndicator("d_tier_land_share", "D类企业用地占比", TierLandSharePlatformIndicator.BottomCode);

    /// <summary>Every built-in, in the order above.</summary>
    public static IReadOnlyList<IPlatformIndicator> All { get; } = ValueList<IPlatformIndicator>.Own(
    [
        AboveTaxPerMu, TaxPerMu, AboveRevenuePerMu, AboveValueAddedPerMu, AboveLaborProductivity, AboveValueAddedRate, AboveRdIntensity,
        AboveValueAdded, Revenue, HighTechValueAddedShare, FirmsOver10Billion, ListedFirms, SpecializedSmeFirms, HighTechFirms,
        AboveValueAddedGrowth, PlannedArea, ApprovedUnsupplied, SuppliedUnused, InefficientLand, ClearedLand, LandStock, DTierLandShare,
    ]);

    private static readonly FrozenDictionary<string, IPlatformIndicator> ById = All.ToFrozenDictionary(i => i.Id, StringComparer.Ordinal);

    /// <summary>The built-in with id <paramref name="id"/>.</summary>
    /// <param name="id">The id.</param>
    /// <param name="indicator">The indicator, when found.</param>
    public static bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IPlatformIndicator? indicator) => ById.TryGetValue(id, out indicator);
}
