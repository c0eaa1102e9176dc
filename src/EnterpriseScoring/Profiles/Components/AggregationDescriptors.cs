using EnterpriseScoring.Aggregation;

namespace EnterpriseScoring.Profiles.Components;

/// <summary>The built-in aggregation methods (<c>"aggregation": {"method": …}</c>).</summary>
internal static class AggregationDescriptors
{
    public static ComponentCatalog<IAggregationMethod> Catalog { get; } = new(
        "method",
        "aggregation method",
        "An aggregation method. Default: weighted_sum.",
        [
            new WeightedSum(),
            new Topsis(),
            new FixedInstanceDescriptor<IAggregationMethod>("weighted_product", "W × Π x^(w / W), W = Σ w: a firm with every x = 1 scores W, as with the weighted sum.", KnownAggregationMethods.WeightedProduct, m => m is WeightedProductAggregation),
        ],
        ["honour_directions"]);

    /// <summary>The engine default: a profile naming it gets no aggregation object (null), as when it names none.</summary>
    private sealed class WeightedSum() : ComponentDescriptor<IAggregationMethod>("weighted_sum", "Σ weight × normalised score (the default).")
    {
        public override IAggregationMethod? Create(ComponentReader reader) => null;

        public override bool TryWrite(IAggregationMethod component, ComponentWriter writer) => component is WeightedSumAggregation;
    }

    private sealed class Topsis() : ComponentDescriptor<IAggregationMethod>(
        "topsis",
        "TOPSIS (Hwang and Yoon): closeness to the ideal firm relative to the anti-ideal firm, scaled to points.",
        [new("honour_directions", ComponentOptionKind.Boolean, "Lower-is-better columns take their ideal at the minimum. Default false.")])
    {
        public override IAggregationMethod? Create(ComponentReader reader) =>
            reader.Boolean("honour_directions") == true ? new TopsisAggregation(new TopsisAggregationOptions { HonourDirections = true }) : KnownAggregationMethods.Topsis;

        public override bool TryWrite(IAggregationMethod component, ComponentWriter writer)
        {
            if (component is not TopsisAggregation t)
            {
                return false;
            }

            writer.Set("honour_directions", t.Options.HonourDirections ? true : null);
            return true;
        }
    }
}
