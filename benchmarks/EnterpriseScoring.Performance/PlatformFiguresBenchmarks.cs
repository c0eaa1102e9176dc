using System.Globalization;
using BenchmarkDotNet.Attributes;
using EnterpriseScoring.Platforms;
using EnterpriseScoring.Samples;

namespace EnterpriseScoring.Performance;

/// <summary>
/// The platform figures of a province (issue 13): 2,000 platforms in 50 counties (every 10th a 分园 of the one before, every
/// 50th merged into its neighbour), the firms of a synthetic city spread over them, the indicators the 嘉兴 2018 platform
/// plan sets targets for plus 存量土地 and the D-tier land share. The firm evaluation is done in the setup: the benchmark
/// is what the platforms add to it.
/// </summary>
/// <remarks>Budget (2 cores, median): 1M firms, 2,000 platforms ≤ 100 ms.</remarks>
[MemoryDiagnoser]
[MedianColumn]
public class PlatformFiguresBenchmarks
{
    private const int Platforms = 2_000;

    private static readonly IPlatformIndicator[] Indicators =
    [
        KnownPlatformIndicators.AboveRevenuePerMu, KnownPlatformIndicators.AboveTaxPerMu, KnownPlatformIndicators.AboveValueAdded,
        KnownPlatformIndicators.FirmsOver10Billion, KnownPlatformIndicators.ListedFirms, KnownPlatformIndicators.HighTechValueAddedShare,
        KnownPlatformIndicators.AboveRdIntensity, KnownPlatformIndicators.LandStock, KnownPlatformIndicators.DTierLandShare,
    ];

    private Evaluation evaluation = null!;
    private PlatformRegister register = PlatformRegister.Empty;

    /// <summary>The number of firms.</summary>
    [ParamsSource(typeof(BenchmarkSizes), nameof(BenchmarkSizes.Firms))]
    public int Firms { get; set; }

    /// <summary>Generates the city, moves its firms onto 2,000 platforms and evaluates them.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var city = SyntheticCity.Default(Firms, BenchmarkSizes.Seed);
        var table = FirmTable.FromFirms(city.AsFirms().Select((f, row) => new Firm
        {
            Id = f.Id,
            Name = f.Name,
            Region = County(row % Platforms),
            Platform = PlatformId(row % Platforms),
            IndustryCode = f.IndustryCode,
            SizeClass = f.SizeClass,
            StartYear = f.StartYear,
            Parcel = f.Parcel,
            Measures = f.Measures,
            Tags = f.Tags,
        }));
        register = PlatformRegister.Create(Enumerable.Range(0, Platforms).Select(p => new Platform
        {
            Id = PlatformId(p),
            Level = (PlatformLevel)(1 + (p % 4)),
            County = County(p),
            Parent = p % 10 == 9 ? PlatformId(p - 1) : string.Empty,
            MergedInto = p % 50 == 49 ? PlatformId(p - 2) : string.Empty,
            MergedFrom = p % 50 == 49 ? new DateOnly(2024, 7, 1) : null,
            PlannedArea = 1000 + p,
            ApprovedUnsupplied = p % 7,
            SuppliedUnused = p % 5,
            InefficientLand = p % 11,
        }));
        evaluation = new Evaluator(ZhejiangProfile.Create()).Evaluate(table);
    }

    /// <summary>Membership in 2025 and the figures of every platform, county and the city.</summary>
    [Benchmark]
    public PlatformFigures Figures() =>
        PlatformFigures.Compute(evaluation, PlatformMembership.Create(evaluation.Table, register, 2025), Indicators);

    private static string PlatformId(int p) => "P" + p.ToString("D4", CultureInfo.InvariantCulture);

    private static string County(int p) => "县" + (p / 40).ToString("D2", CultureInfo.InvariantCulture);
}
