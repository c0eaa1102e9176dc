using BenchmarkDotNet.Attributes;
using EnterpriseScoring.Platforms;

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
    public void Setup() => (evaluation, register) = ProvincePlatforms.Create(Firms);

    /// <summary>Membership in 2025 and the figures of every platform, county and the city.</summary>
    [Benchmark]
    public PlatformFigures Figures() =>
        PlatformFigures.Compute(evaluation, PlatformMembership.Create(evaluation.Table, register, 2025), Indicators);

}
