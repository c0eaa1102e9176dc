namespace EnterpriseScoring.Tests.Samples;

public partial class SyntheticCityTests
{
    /// <summary>The first firm of <c>SyntheticCity.Default(1, 1)</c>, pinned when the generator was written (magnitudes re-pinned when it was calibrated, seeds/data/README.md "Calibration").</summary>
    private static class GoldenSeed1
    {
        public const string Id = "91330483MAQT8X5144";
        public const string Name = "嘉兴浩祥服饰有限公司";
        public const string Region = "桐乡市";
        public const string Platform = "桐乡小微企业园";
        public const string Industry = "C1810";
        public const SizeClass SizeClass = EnterpriseScoring.SizeClass.BelowDesignatedSize;
        public static readonly int? StartYear = 1993;
        public static readonly string[] Tags = [];
        public static readonly Dictionary<string, double> Measures = new(StringComparer.Ordinal)
        {
            ["land_area"] = 7.22,
            ["leased_in_area"] = 0,
            ["leased_out_area"] = 0,
            ["lessees"] = 0,
            ["tax"] = 105.5,
            ["value_added"] = 473.27,
            ["revenue"] = 1435.59,
            ["employees"] = 9,
            ["energy"] = 40.53,
            ["electricity"] = 18.67,
            ["water"] = 1635.1,
            ["rd_spending"] = 0,
            ["net_profit"] = 117.2,
            ["net_assets"] = 746.33,
            ["retrofit_investment"] = 63.15,
        };
    }
}
