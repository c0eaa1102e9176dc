namespace EnterpriseScoring.Land;

/// <summary>The built-in land-area strategies.</summary>
public static class KnownLandAreaStrategies
{
    /// <summary>Certificate area as reported (the default).</summary>
    public static ILandAreaStrategy Certificate { get; } = new CertificateLandArea();

    /// <summary>Owned + leased-in − leased-out.</summary>
    public static ILandAreaStrategy Net { get; } = new NetLandArea();

    /// <summary>Certificate area, or rented building area converted to land for lessees without land (floor-area ratio 1).</summary>
    public static ILandAreaStrategy BuildingAreaConversion { get; } = new BuildingAreaConversion();

    /// <summary>Firms naming the same parcel (地块编号) evaluated together on the sum of their certificate areas, sharing the result.</summary>
    public static ILandAreaStrategy SharedParcel { get; } = new SharedParcelMerge();

    /// <summary>The default instance of every built-in strategy, one per name.</summary>
    public static IReadOnlyList<ILandAreaStrategy> All { get; } = [Certificate, Net, BuildingAreaConversion, SharedParcel];

    /// <summary>The names <see cref="TryGet"/> accepts, in the order of <see cref="All"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["certificate", "net", "building_area_conversion", "shared_parcel"];

    /// <summary>Finds a parameterless built-in by name: <c>certificate</c>, <c>net</c>, <c>building_area_conversion</c>, <c>shared_parcel</c>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="strategy">The strategy, when found.</param>
    /// <returns>Whether it was found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ILandAreaStrategy? strategy)
    {
        ArgumentNullException.ThrowIfNull(name);
        strategy = name switch
        {
            "certificate" => Certificate,
            "net" => Net,
            "building_area_conversion" => BuildingAreaConversion,
            "shared_parcel" => SharedParcel,
            _ => null,
        };
        return strategy is not null;
    }
}
