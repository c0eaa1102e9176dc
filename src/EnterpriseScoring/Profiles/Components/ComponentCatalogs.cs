using EnterpriseScoring.Adjustments;
using EnterpriseScoring.Aggregation;
using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Land;
using EnterpriseScoring.Scoring;
using EnterpriseScoring.Weighting;

namespace EnterpriseScoring.Profiles.Components;

/// <summary>
/// The catalog of built-in descriptors for every component kind a profile can name. The profile loader, the writer,
/// the JSON Schema (docs/profile.schema.json) and the component reference in docs/profile-format.md come from here.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public static class ComponentCatalogs
{
    /// <summary>Scoring methods: <c>"scoring": {"method": …}</c> on an indicator.</summary>
    public static ComponentCatalog<IScoringMethod> ScoringMethods => ScoringDescriptors.Catalog;

    /// <summary>Benchmarks: <c>"benchmark": {"type": …}</c> on an indicator.</summary>
    public static ComponentCatalog<IBenchmark> Benchmarks => BenchmarkDescriptors.Catalog;

    /// <summary>Weighting methods: <c>"weighting": {"method": …}</c> on a pool.</summary>
    public static ComponentCatalog<IWeightingMethod> WeightingMethods => WeightingDescriptors.Catalog;

    /// <summary>Aggregation methods: <c>"aggregation": {"method": …}</c> on a pool.</summary>
    public static ComponentCatalog<IAggregationMethod> AggregationMethods => AggregationDescriptors.Catalog;

    /// <summary>Land-area strategies: <c>"land": {"strategy": …}</c> on the profile.</summary>
    public static ComponentCatalog<ILandAreaStrategy> LandAreaStrategies => LandDescriptors.Catalog;

    /// <summary>Tier schemes: <c>"tiering": {"scheme": …}</c> on a pool.</summary>
    public static ComponentCatalog<ITierScheme> TierSchemes => TieringDescriptors.Catalog;

    /// <summary>Adjustment rules: <c>"adjustments": {"rules": [{"type": …, "id": …}]}</c> on a pool.</summary>
    public static ComponentCatalog<IAdjustmentRule> AdjustmentRules => AdjustmentDescriptors.Catalog;

    /// <summary>The catalog of component kind <typeparamref name="TComponent"/>.</summary>
    /// <typeparam name="TComponent">A component interface, e.g. <see cref="IScoringMethod"/>.</typeparam>
    /// <returns>The catalog.</returns>
    /// <exception cref="ArgumentException"><typeparamref name="TComponent"/> is not a component kind profiles know.</exception>
    public static ComponentCatalog<TComponent> Of<TComponent>()
        where TComponent : class =>
        Find(typeof(TComponent)) as ComponentCatalog<TComponent>
        ?? throw new ArgumentException($"{typeof(TComponent).Name} is not a component kind of profiles; use IScoringMethod, IBenchmark, IWeightingMethod, IAggregationMethod, ILandAreaStrategy, ITierScheme or IAdjustmentRule.", nameof(TComponent));

    /// <summary>Every catalog, in the order the format reference documents them.</summary>
    internal static IReadOnlyList<(Type Kind, IComponentCatalog Catalog)> All =>
    [
        (typeof(ILandAreaStrategy), LandAreaStrategies),
        (typeof(IScoringMethod), ScoringMethods),
        (typeof(IBenchmark), Benchmarks),
        (typeof(IWeightingMethod), WeightingMethods),
        (typeof(IAggregationMethod), AggregationMethods),
        (typeof(IAdjustmentRule), AdjustmentRules),
        (typeof(ITierScheme), TierSchemes),
    ];

    /// <summary>Whether <paramref name="kind"/> is a component interface with a catalog (without creating any catalog).</summary>
    internal static bool IsKind(Type kind) =>
        kind == typeof(IScoringMethod) || kind == typeof(IBenchmark) || kind == typeof(IWeightingMethod) || kind == typeof(IAggregationMethod)
        || kind == typeof(ILandAreaStrategy) || kind == typeof(ITierScheme) || kind == typeof(IAdjustmentRule);

    /// <summary>The catalog of a component interface, or null.</summary>
    internal static IComponentCatalog? Find(Type kind) =>
        kind == typeof(IScoringMethod) ? ScoringMethods
        : kind == typeof(IBenchmark) ? Benchmarks
        : kind == typeof(IWeightingMethod) ? WeightingMethods
        : kind == typeof(IAggregationMethod) ? AggregationMethods
        : kind == typeof(ILandAreaStrategy) ? LandAreaStrategies
        : kind == typeof(ITierScheme) ? TierSchemes
        : kind == typeof(IAdjustmentRule) ? AdjustmentRules
        : null;
}
