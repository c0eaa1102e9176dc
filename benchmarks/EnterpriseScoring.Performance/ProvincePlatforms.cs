using System.Globalization;
using EnterpriseScoring.Platforms;
using EnterpriseScoring.Samples;

namespace EnterpriseScoring.Performance;

/// <summary>
/// A province's platforms for the platform benchmarks (issue 13): 2,000 platforms in 50 counties (every 10th a 分园 of the
/// one before, every 50th merged into its neighbour in 2024), the firms of a synthetic city spread over them round-robin,
/// evaluated with the Zhejiang profile.
/// </summary>
internal static class ProvincePlatforms
{
    /// <summary>The number of platforms.</summary>
    public const int Count = 2_000;

    /// <summary>The evaluated firms and the register.</summary>
    /// <param name="firms">The number of firms.</param>
    public static (Evaluation Evaluation, PlatformRegister Register) Create(int firms)
    {
        var city = SyntheticCity.Default(firms, BenchmarkSizes.Seed);
        var table = FirmTable.FromFirms(city.AsFirms().Select((f, row) => new Firm
        {
            Id = f.Id,
            Name = f.Name,
            Region = County(row % Count),
            Platform = Id(row % Count),
            IndustryCode = f.IndustryCode,
            SizeClass = f.SizeClass,
            StartYear = f.StartYear,
            Parcel = f.Parcel,
            Measures = f.Measures,
            Tags = f.Tags,
        }));
        var register = PlatformRegister.Create(Enumerable.Range(0, Count).Select(p => new Platform
        {
            Id = Id(p),
            Level = (PlatformLevel)(1 + (p % 4)),
            County = County(p),
            Parent = p % 10 == 9 ? Id(p - 1) : string.Empty,
            MergedInto = p % 50 == 49 ? Id(p - 2) : string.Empty,
            MergedFrom = p % 50 == 49 ? new DateOnly(2024, 7, 1) : null,
            PlannedArea = 1000 + p,
            ApprovedUnsupplied = p % 7,
            SuppliedUnused = p % 5,
            InefficientLand = p % 11,
        }));
        return (new Evaluator(ZhejiangProfile.Create()).Evaluate(table), register);
    }

    /// <summary>The id of platform <paramref name="p"/>: <c>P0000</c> ….</summary>
    public static string Id(int p) => "P" + p.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>The county of platform <paramref name="p"/> (40 platforms per county).</summary>
    public static string County(int p) => "县" + (p / 40).ToString("D2", CultureInfo.InvariantCulture);
}
