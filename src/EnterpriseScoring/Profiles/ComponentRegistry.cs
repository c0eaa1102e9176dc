using System.Diagnostics.CodeAnalysis;
using EnterpriseScoring.Aggregation;
using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Land;
using EnterpriseScoring.Scoring;
using EnterpriseScoring.Weighting;

namespace EnterpriseScoring.Profiles;

/// <summary>
/// Custom components (user code) registered under a name, so that profiles can reference them: a scoring method as
/// <c>"scoring": {"method": "my_method"}</c>, a benchmark as <c>"benchmark": {"type": "my_benchmark"}</c>, a weighting
/// method as <c>"weighting": {"method": "my_weights"}</c>, an indicator by its id, an aggregation method, a land-area
/// strategy or a tier scheme. <see cref="ProfileWriter"/> writes a registered instance back as its name.
/// </summary>
/// <remarks>
/// Names are snake_case and must not shadow a built-in name. Registered components take no options in JSON: register
/// one configured instance per name. Registration is thread-safe; register everything before loading profiles.
/// </remarks>
/// <example>
/// <code>
/// var registry = new ComponentRegistry().Register("log_ratio", new MyLogRatioScoring());
/// EvaluationProfile profile = ProfileLoader.Load("county.json", registry);
/// </code>
/// </example>
public sealed class ComponentRegistry
{
    private readonly Lock gate = new();
    private readonly Dictionary<(Type Kind, string Name), object> byName = [];
    private readonly Dictionary<object, string> byInstance = new(ReferenceEqualityComparer.Instance);

    /// <summary>Registers a scoring method under <paramref name="name"/>.</summary>
    /// <param name="name">snake_case name, not a built-in method name.</param>
    /// <param name="method">The method.</param>
    /// <returns>This registry.</returns>
    /// <exception cref="ArgumentException">The name is empty, shadows a built-in or is already registered.</exception>
    public ComponentRegistry Register(string name, IScoringMethod method)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Add(typeof(IScoringMethod), name, method, KnownScoringMethods.TryGet(name, out _));
    }

    /// <summary>Registers a benchmark under <paramref name="name"/>.</summary>
    /// <param name="name">snake_case name, not a built-in benchmark type.</param>
    /// <param name="benchmark">The benchmark.</param>
    /// <returns>This registry.</returns>
    /// <exception cref="ArgumentException">The name is empty, shadows a built-in or is already registered.</exception>
    public ComponentRegistry Register(string name, IBenchmark benchmark)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Add(typeof(IBenchmark), name, benchmark, Names.BenchmarkTypes.Contains(name));
    }

    /// <summary>Registers a weighting method under <paramref name="name"/>.</summary>
    /// <param name="name">snake_case name, not a built-in method name.</param>
    /// <param name="method">The method.</param>
    /// <returns>This registry.</returns>
    /// <exception cref="ArgumentException">The name is empty, shadows a built-in or is already registered.</exception>
    public ComponentRegistry Register(string name, IWeightingMethod method)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Add(typeof(IWeightingMethod), name, method, Names.WeightingMethods.Contains(name));
    }

    /// <summary>Registers an indicator under its <see cref="IIndicator.Id"/>.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>This registry.</returns>
    /// <exception cref="ArgumentException">The id shadows a built-in indicator or is already registered.</exception>
    public ComponentRegistry Register(IIndicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return Add(typeof(IIndicator), indicator.Id, indicator, KnownIndicators.TryGet(indicator.Id, out _));
    }

    /// <summary>Registers an aggregation method under <paramref name="name"/>.</summary>
    /// <param name="name">snake_case name, not a built-in method name.</param>
    /// <param name="method">The method.</param>
    /// <returns>This registry.</returns>
    /// <exception cref="ArgumentException">The name is empty, shadows a built-in or is already registered.</exception>
    public ComponentRegistry Register(string name, IAggregationMethod method)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Add(typeof(IAggregationMethod), name, method, KnownAggregationMethods.TryGet(name, out _));
    }

    /// <summary>Registers a land-area strategy under <paramref name="name"/>.</summary>
    /// <param name="name">snake_case name, not a built-in strategy name.</param>
    /// <param name="strategy">The strategy.</param>
    /// <returns>This registry.</returns>
    /// <exception cref="ArgumentException">The name is empty, shadows a built-in or is already registered.</exception>
    public ComponentRegistry Register(string name, ILandAreaStrategy strategy)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Add(typeof(ILandAreaStrategy), name, strategy, KnownLandAreaStrategies.TryGet(name, out _));
    }

    /// <summary>Registers a tier scheme under <paramref name="name"/>.</summary>
    /// <param name="name">snake_case name, not <c>quota_bands</c> or <c>score_thresholds</c>.</param>
    /// <param name="scheme">The scheme.</param>
    /// <returns>This registry.</returns>
    /// <exception cref="ArgumentException">The name is empty, shadows a built-in or is already registered.</exception>
    public ComponentRegistry Register(string name, ITierScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Add(typeof(ITierScheme), name, scheme, Names.TierSchemes.Contains(name));
    }

    /// <summary>The registered names of components of kind <typeparamref name="T"/> (e.g. <see cref="IScoringMethod"/>), sorted.</summary>
    /// <typeparam name="T">The component interface.</typeparam>
    public IReadOnlyList<string> NamesOf<T>()
        where T : class
    {
        lock (gate)
        {
            return byName.Keys.Where(k => k.Kind == typeof(T)).Select(k => k.Name).Order(StringComparer.Ordinal).ToArray();
        }
    }

    /// <summary>Finds a registered component by kind and name.</summary>
    /// <typeparam name="T">The component interface.</typeparam>
    /// <param name="name">The name.</param>
    /// <param name="component">The component, when found.</param>
    /// <returns>Whether it was found.</returns>
    public bool TryGet<T>(string name, [NotNullWhen(true)] out T? component)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(name);
        lock (gate)
        {
            component = byName.TryGetValue((typeof(T), name), out var found) ? (T)found : null;
            return component is not null;
        }
    }

    /// <summary>The name a component instance was registered under, or <see langword="null"/>.</summary>
    /// <param name="component">The instance (compared by reference).</param>
    public string? NameOf(object component)
    {
        ArgumentNullException.ThrowIfNull(component);
        lock (gate)
        {
            return byInstance.TryGetValue(component, out var name) ? name : null;
        }
    }

    private ComponentRegistry Add(Type kind, string name, object component, bool builtIn)
    {
        ArgumentNullException.ThrowIfNull(component);
        Preconditions.CheckIdentifier(name);
        if (builtIn)
        {
            throw new ArgumentException($"'{name}' is a built-in name; register the component under another name.", nameof(name));
        }

        lock (gate)
        {
            if (!byName.TryAdd((kind, name), component))
            {
                throw new ArgumentException($"A {kind.Name} named '{name}' is already registered.", nameof(name));
            }

            byInstance.TryAdd(component, name);
        }

        return this;
    }
}
