using EnterpriseScoring.Indicators;

namespace EnterpriseScoring.Profiles;

/// <summary>The built-in names the profile format accepts, for validation and suggestions.</summary>
internal static class Names
{
    public static readonly string[] ScoringMethods = ["ratio_to_benchmark", "min_max", "inverse_benchmark", "z_score", "vector", "percentile_rank", "rank"];

    public static readonly string[] BenchmarkTypes = ["fixed", "pool_mean", "pool_median", "pool_max", "pool_min", "pool_percentile", "prior_year", "pool_mean_ratio_of_sums", "pool_mean_of_ratios"];

    public static readonly string[] WeightingMethods = ["fixed", "equal", "entropy", "critic", "coefficient_of_variation", "standard_deviation", "ahp", "combination"];

    public static readonly string[] AggregationMethods = ["weighted_sum", "topsis", "weighted_product"];

    public static readonly string[] LandStrategies = ["certificate", "net", "building_area_conversion"];

    public static readonly string[] TierSchemes = ["quota_bands", "score_thresholds"];

    public static readonly string[] LabelSets = ["plain", "development", "transformation", "regulation", "support"];

    public static readonly string[] AdjustmentTypes = ["tag", "per_unit"];

    public static readonly string[] CurrencyUnits = ["万元", "元"];

    public static readonly string[] AreaUnits = ["亩", "㎡", "公顷"];

    public static IEnumerable<string> IndicatorIds => KnownIndicators.All.Select(i => i.Id);
}
