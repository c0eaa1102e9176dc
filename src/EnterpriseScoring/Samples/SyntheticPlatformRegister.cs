using System.Globalization;
using EnterpriseScoring.Platforms;

namespace EnterpriseScoring.Samples;

/// <summary>
/// Generates the platform register (平台名录) of a synthetic city (<see cref="SyntheticCity"/>): one entry per region and
/// platform kind of the <see cref="SyntheticCityOptions"/>, with levels, a 分园, a merged platform and land figures
/// consistent with the land of the firms that name the platform — so a scorecard (<c>escore scorecard --platforms</c>)
/// runs on the sample city without unregistered platforms.
/// </summary>
/// <remarks>
/// <para>The rules (seeds/data/README.md, "The platform register"), with <c>k</c> the position of the kind in
/// <see cref="SyntheticCityOptions.Platforms"/> (listed from the most to the least selective):</para>
/// <list type="bullet">
/// <item>Id: the region's 6-digit division code and <c>k + 1</c> in two digits (南湖经济技术开发区 = <c>33040201</c>); name:
/// the name the firms carry (the region's short name + the kind); county: the region.</item>
/// <item>Level: kind 0 国家级 in the 1st, 3rd, 5th … region and 省级 in the others; kind 1 省级; kind 2 市级; the rest 镇级.</item>
/// <item>With four kinds or more, kind 3 (小微企业园 by default) is a 分园 of the region's kind 0 platform (its parent).</item>
/// <item>With three kinds or more, the first region's last kind (工业功能区 by default) is merged into its kind 2
/// platform (工业园区) from 1 July of the evaluation year: the scorecard of that year counts its firms there.</item>
/// <item>Areas (亩), from the land <c>L</c> of the firms naming the platform (missing land counts 0) and a random draw per
/// platform: planned developable area (可开发空间) L × 1.3–1.9 + 50, rounded to 10 亩; 批而未供 2–7 % and 供而未用 1–4 % of
/// it; 低效用地 3–12 % of L; 当年腾退 10–40 % of the 低效用地 — all to 0.1 亩.</item>
/// </list>
/// <para>Deterministic: the same options and table give the same register on every machine. Thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// var options = new SyntheticCityOptions { FirmCount = 2000, Seed = 20251231 };
/// FirmTable firms = SyntheticCity.Generate(options);
/// PlatformRegister register = SyntheticPlatformRegister.Generate(options, firms);
/// </code>
/// </example>
public static class SyntheticPlatformRegister
{
    private const ulong StreamSalt = 0x9E61_57E2_0000_0000UL;

    /// <summary>Generates the register of the city <paramref name="firms"/> made with <paramref name="options"/>.</summary>
    /// <param name="options">The options the city was generated with (regions, platform kinds, seed, evaluation year).</param>
    /// <param name="firms">The city (<see cref="SyntheticCity.Generate(SyntheticCityOptions)"/> with the same options): its
    /// firms' land per platform sizes the areas. Firms naming a platform the options do not describe are ignored.</param>
    /// <returns>A register with one platform per region and kind, in region order, then kind order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    public static PlatformRegister Generate(SyntheticCityOptions options, FirmTable firms)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(firms);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid synthetic city options: " + string.Join(" ", problems), nameof(options));
        }

        var regions = options.Regions;
        var kinds = options.Platforms;
        var landByName = MemberLand(firms);
        var platforms = new List<Platform>(regions.Count * kinds.Count);
        for (var r = 0; r < regions.Count; r++)
        {
            var division = SyntheticCity.DivisionCode(regions[r], r);
            string Id(int kind) => division + (kind + 1).ToString("D2", CultureInfo.InvariantCulture);
            for (var k = 0; k < kinds.Count; k++)
            {
                var name = SyntheticCity.PlatformName(regions[r], kinds[k]);
                var land = landByName.GetValueOrDefault(name);
                var rng = new SampleRandom(options.Seed ^ StreamSalt, (ulong)((r * kinds.Count) + k));
                var planned = (Math.Round(land * rng.NextDouble(1.3, 1.9) / 10, MidpointRounding.ToEven) * 10) + 50;
                var inefficient = Tenth(land * rng.NextDouble(0.03, 0.12));
                var merged = r == 0 && kinds.Count >= 3 && k == kinds.Count - 1 && k != 2;
                platforms.Add(new Platform
                {
                    Id = Id(k),
                    Name = name,
                    Level = LevelOf(r, k),
                    Parent = kinds.Count >= 4 && k == 3 ? Id(0) : string.Empty,
                    County = regions[r],
                    PlannedArea = planned,
                    ApprovedUnsupplied = Tenth(planned * rng.NextDouble(0.02, 0.07)),
                    SuppliedUnused = Tenth(planned * rng.NextDouble(0.01, 0.04)),
                    InefficientLand = inefficient,
                    ClearedLand = Tenth(inefficient * rng.NextDouble(0.1, 0.4)),
                    MergedInto = merged ? Id(2) : string.Empty,
                    MergedFrom = merged ? new DateOnly(options.EvaluationYear, 7, 1) : null,
                });
            }
        }

        return PlatformRegister.Create(platforms);
    }

    private static PlatformLevel LevelOf(int region, int kind) => kind switch
    {
        0 => region % 2 == 0 ? PlatformLevel.National : PlatformLevel.Provincial,
        1 => PlatformLevel.Provincial,
        2 => PlatformLevel.Municipal,
        _ => PlatformLevel.Town,
    };

    private static Dictionary<string, double> MemberLand(FirmTable firms)
    {
        var land = new Dictionary<string, double>(StringComparer.Ordinal);
        var area = firms.Measures.Contains(KnownMeasures.LandArea) ? firms.GetMeasure(KnownMeasures.LandArea) : null;
        for (var row = 0; row < firms.Count; row++)
        {
            var name = firms.Platforms[row];
            land[name] = land.GetValueOrDefault(name) + (area is not null && area.TryGet(row, out var value) ? value : 0);
        }

        return land;
    }

    private static double Tenth(double x) => Math.Round(x, 1, MidpointRounding.ToEven);
}
