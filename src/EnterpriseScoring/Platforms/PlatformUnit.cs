namespace EnterpriseScoring.Platforms;

/// <summary>One unit the platform figures are computed for in a year: a platform, a county or the city.</summary>
/// <remarks>
/// A platform's figures cover its own firms, those of its 分区分园 (platforms whose <see cref="Platform.Parent"/> is it)
/// and those of the platforms merged into it by the year (<see cref="Absorbed"/>). A county's and the city's cover the
/// firms of their platforms only: firms outside any platform are counted apart
/// (<see cref="PlatformMembership.FirmsOutsidePlatforms"/>).
/// </remarks>
public sealed record PlatformUnit
{
    /// <summary>The platform's id, the county's name, or <see cref="PlatformMembership.CityId"/>.</summary>
    public required string Id { get; init; }

    /// <summary>The name to show.</summary>
    public required string Name { get; init; }

    /// <summary>Platform, county or city.</summary>
    public required PlatformUnitKind Kind { get; init; }

    /// <summary>The platform's level; <see cref="PlatformLevel.Unspecified"/> for a county, the city, or a platform the register does not know.</summary>
    public PlatformLevel Level { get; init; }

    /// <summary>The county of a platform (the county's own name for a county unit; empty for the city).</summary>
    public string County { get; init; } = string.Empty;

    /// <summary>The id of the 主平台 a 分区分园 belongs to in the year; empty for a main platform, a county or the city.</summary>
    public string Parent { get; init; } = string.Empty;

    /// <summary>Whether the platform is in the register (false for one known only from the firms' platform column).</summary>
    public bool IsRegistered { get; init; }

    /// <summary>The register platforms merged into this one by the year (their firms and register figures count here).</summary>
    public IReadOnlyList<string> Absorbed { get; init => field = ReadOnlyCopy.List(value); } = ValueList<string>.Empty;

    /// <summary>The number of firms the unit's figures cover.</summary>
    public int FirmCount { get; init; }
}
