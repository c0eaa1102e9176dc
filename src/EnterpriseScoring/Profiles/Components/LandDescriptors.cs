using EnterpriseScoring.Land;
using EnterpriseScoring.Profiles.Json;

namespace EnterpriseScoring.Profiles.Components;

/// <summary>The built-in land-area strategies (<c>"land": {"strategy": …}</c>).</summary>
internal static class LandDescriptors
{
    private const string BuildingAreaConversionName = "building_area_conversion";

    public static ComponentCatalog<ILandAreaStrategy> Catalog { get; } = new(
        "strategy",
        "land strategy",
        "The land-area strategy.",
        [
            new FixedInstanceDescriptor<ILandAreaStrategy>("certificate", "The area on the land-use certificate (the default).", KnownLandAreaStrategies.Certificate, l => l is CertificateLandArea),
            new FixedInstanceDescriptor<ILandAreaStrategy>("net", "Owned + leased-in − leased-out.", KnownLandAreaStrategies.Net, l => l is NetLandArea),
            new Conversion(),
            new SharedParcel(),
        ],
        ["floor_area_ratio", "inner", "parcel_area"]);

    private static ComponentOption FloorAreaRatio(string when) => new("floor_area_ratio", ComponentOptionKind.Number, when + "floor area per unit of land (容积率). Default 1.");

    /// <summary>A building-area conversion with the reader's floor-area ratio over the strategy named <paramref name="innerName"/>.</summary>
    private static ILandAreaStrategy? Convert(ComponentReader reader, string? innerName)
    {
        if (!InnerLand(reader, innerName, out var inner))
        {
            return null;
        }

        var ratio = reader.Number("floor_area_ratio");
        if (ratio is null && inner is null)
        {
            return KnownLandAreaStrategies.BuildingAreaConversion;
        }

        return reader.Try("floor_area_ratio", () => new BuildingAreaConversion(ratio ?? 1.0, inner), "a floor-area ratio > 0, e.g. 1.0");
    }

    /// <summary>Resolves the <c>inner</c> land strategy (certificate, net or a registered one; null when not given).</summary>
    private static bool InnerLand(ComponentReader reader, string? innerName, out ILandAreaStrategy? inner, bool conversionAllowed = false)
    {
        inner = null;
        if (innerName is null)
        {
            return true;
        }

        var registry = reader.Scope.Registry;
        if (innerName is BuildingAreaConversionName or "shared_parcel" || !KnownLandAreaStrategies.TryGet(innerName, out inner) && !registry.TryGet(innerName, out inner))
        {
            reader.Problem("inner", $"unknown land strategy '{innerName}'", Suggest.Hint(innerName, ["certificate", "net", .. (conversionAllowed ? [BuildingAreaConversionName] : Array.Empty<string>()), .. registry.NamesOf<ILandAreaStrategy>()]));
            return false;
        }

        return true;
    }

    /// <summary>The <c>inner</c> name of a wrapped strategy: null for certificate (the default), else its name.</summary>
    private static string? InnerName(ComponentWriter writer, ILandAreaStrategy inner) => inner switch
    {
        CertificateLandArea => null,
        NetLandArea => "net",
        _ => writer.NameOf(inner) is { } name && name is not "certificate" and not "net" and not BuildingAreaConversionName and not "shared_parcel"
            ? name
            : throw new NotSupportedException($"The land strategy {inner.GetType().FullName} ('{inner}') is custom code that JSON cannot express; register it in a ComponentRegistry and pass the registry to ProfileWriter."),
    };

    private sealed class Conversion() : ComponentDescriptor<ILandAreaStrategy>(
        BuildingAreaConversionName,
        "Firms without land are evaluated on building area ÷ floor-area ratio.",
        [FloorAreaRatio(string.Empty), new("inner", ComponentOptionKind.Text, "The strategy for firms with land: certificate (default), net or a registered name.")])
    {
        public override ILandAreaStrategy? Create(ComponentReader reader) => Convert(reader, reader.Text("inner"));

        public override bool TryWrite(ILandAreaStrategy component, ComponentWriter writer)
        {
            if (component is not BuildingAreaConversion b)
            {
                return false;
            }

            writer.Set("floor_area_ratio", b.FloorAreaRatio == 1.0 ? null : b.FloorAreaRatio);
            writer.Set("inner", InnerName(writer, b.Inner));
            return true;
        }
    }

    private sealed class SharedParcel() : ComponentDescriptor<ILandAreaStrategy>(
        "shared_parcel",
        "Firms naming the same parcel are evaluated together.",
        [
            FloorAreaRatio("With inner building_area_conversion: "),
            new("inner", ComponentOptionKind.Text, "Each firm's own area: certificate (default), net, building_area_conversion or a registered name."),
            ComponentOption.OneOf<ParcelAreaRule>("parcel_area", "The parcel's area is the sum (default) or the largest of its firms' areas."),
        ])
    {
        public override ILandAreaStrategy? Create(ComponentReader reader)
        {
            ILandAreaStrategy? own;
            var innerName = reader.Text("inner");
            if (innerName == BuildingAreaConversionName)
            {
                own = Convert(reader, null);
                if (own is null)
                {
                    return null;
                }
            }
            else
            {
                if (reader.Has("floor_area_ratio"))
                {
                    reader.Problem("floor_area_ratio", "'floor_area_ratio' is not an option of shared_parcel without inner building_area_conversion", "remove it");
                }

                if (!InnerLand(reader, innerName, out own, conversionAllowed: true))
                {
                    return null;
                }
            }

            return new SharedParcelMerge(own, reader.Choice<ParcelAreaRule>("parcel_area") ?? ParcelAreaRule.Sum);
        }

        public override bool TryWrite(ILandAreaStrategy component, ComponentWriter writer)
        {
            if (component is not SharedParcelMerge s)
            {
                return false;
            }

            if (s.Inner is BuildingAreaConversion inner && inner.Inner is CertificateLandArea)
            {
                writer.Set("inner", BuildingAreaConversionName);
                writer.Set("floor_area_ratio", inner.FloorAreaRatio == 1.0 ? null : inner.FloorAreaRatio);
            }
            else
            {
                writer.Set("inner", InnerName(writer, s.Inner));
            }

            writer.SetChoice<ParcelAreaRule>("parcel_area", s.Area == ParcelAreaRule.Sum ? null : s.Area);
            return true;
        }
    }
}
