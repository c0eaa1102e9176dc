using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Policies;
using EnterpriseScoring.Pools;

namespace EnterpriseScoring.Tests.Policies;

/// <summary>A four-firm evaluation (one firm per tier) plus one firm rejected for zero land, computed by hand in the tests.</summary>
internal static class PolicyFixtures
{
    public const int Year = 2024;

    public static Firm Firm(string id, string region, string platform, string industry, double land, double tax, double valueAdded, double revenue) => new()
    {
        Id = id,
        Name = "企业" + id,
        Region = region,
        Platform = platform,
        IndustryCode = industry,
        SizeClass = SizeClass.AboveDesignatedSize,
        Measures = new Dictionary<string, double> { ["land_area"] = land, ["tax"] = tax, ["value_added"] = valueAdded, ["revenue"] = revenue },
    };

    /// <summary>Tax per mu: F1 20 (A), F2 15 (B), F3 10 (C), F4 2 (D); F5 has zero land (rejected).</summary>
    public static FirmTable Table() => FirmTable.FromFirms(
    [
        Firm("F1", "R1", "P1", "C2614", 10, 200, 1000, 3000),
        Firm("F2", "R1", "P2", "C2615", 20, 300, 1500, 4000),
        Firm("F3", "R2", "P1", "C3311", 5, 50, 400, 500),
        Firm("F4", "R2", "P2", "C3312", 40, 80, 800, 1200),
        Firm("F5", "R2", "P2", "C3312", 0, 10, 10, 10),
    ]);

    /// <summary>One pool, tax per mu (100 points, fixed benchmark 10), quota bands 25/25/25/25.</summary>
    public static EvaluationProfile Profile(int year = Year) => new()
    {
        Name = "policy-test",
        EvaluationYear = year,
        Pools =
        [
            new PoolProfile
            {
                Id = "all",
                Indicators = [new IndicatorProfile { Indicator = KnownIndicators.TaxPerMu, Weight = 100, Benchmark = KnownBenchmarks.Fixed(10) }],
                Tiering = new QuotaBands(25, 25, 25, 25),
            },
        ],
    };

    public static Evaluation Evaluate(int year = Year) => new Evaluator(Profile(year)).Evaluate(Table());

    public static PriorResult Result(int year, string id, Tier? tier, FirmStatus status = FirmStatus.Rated) =>
        new() { Year = year, Id = id, Status = status, Tier = tier };
}
