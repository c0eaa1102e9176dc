using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Pools;
using EnterpriseScoring.Scoring;

namespace EnterpriseScoring.Tests.Engine;

/// <summary>Small tables and profiles whose results are computed by hand in the tests.</summary>
internal static class EngineFixtures
{
    public static Firm Firm(string id, double? land, double? tax, double? valueAdded, SizeClass size = SizeClass.AboveDesignatedSize, string[]? tags = null, (string Id, double Value)[]? extra = null)
    {
        var measures = new Dictionary<string, double>();
        if (land.HasValue)
        {
            measures["land_area"] = land.Value;
        }

        if (tax.HasValue)
        {
            measures["tax"] = tax.Value;
        }

        if (valueAdded.HasValue)
        {
            measures["value_added"] = valueAdded.Value;
        }

        foreach (var (key, value) in extra ?? [])
        {
            measures[key] = value;
        }

        return new Firm { Id = id, Name = "企业" + id, Region = "R", SizeClass = size, Measures = measures, Tags = new HashSet<string>(tags ?? []) };
    }

    /// <summary>A: 10 亩, tax 50, VA 1000; B: 20, 200, 1500; C: 5, 0, 750; D: land 0; E: 10, 30, VA missing.</summary>
    public static FirmTable HandTable() => FirmTable.FromFirms(
    [
        Firm("A", 10, 50, 1000),
        Firm("B", 20, 200, 1500),
        Firm("C", 5, 0, 750),
        Firm("D", 0, 10, 10),
        Firm("E", 10, 30, null),
    ]);

    /// <summary>Tax per mu (60 points, B = pool mean as ratio of sums) and value added per mu (40 points, fixed B = 100).</summary>
    public static EvaluationProfile HandProfile(MissingValuePolicy? missing = null, NegativeValuePolicy negative = NegativeValuePolicy.Allow) => new()
    {
        Name = "hand",
        EvaluationYear = 2025,
        Pools =
        [
            new PoolProfile
            {
                Id = "all",
                Indicators =
                [
                    new IndicatorProfile { Indicator = KnownIndicators.TaxPerMu, Weight = 60, Benchmark = KnownBenchmarks.PoolMeanRatioOfSums, Negative = negative },
                    new IndicatorProfile { Indicator = KnownIndicators.ValueAddedPerMu, Weight = 40, Benchmark = KnownBenchmarks.Fixed(100), Missing = missing ?? MissingValuePolicy.Zero },
                ],
            },
        ],
    };
}
