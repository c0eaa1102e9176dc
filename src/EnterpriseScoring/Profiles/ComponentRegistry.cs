using System.Diagnostics.CodeAnalysis;
using EnterpriseScoring.Adjustments;
using EnterpriseScoring.Aggregation;
using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Land;
using EnterpriseScoring.Profiles.Components;
using EnterpriseScoring.Scoring;
using EnterpriseScoring.Weighting;

namespace EnterpriseScoring.Profiles;

/// <summary>
/// Custom components (user code) registered under a name, so that profiles can reference them: a scoring method as
/// <c>"scoring": {"method": "my_method"}</c>, a benchmark as <c>"benchmark": {"type": "my_benchmark"}</c>, a weighting
/// method as <c>"weighting": {"method": "my_weights"}</c>, an indicator by its id, an aggregation method, a land-area
/// strategy, a tier scheme or an adjustment rule. <see cref="ProfileWriter"/> writes a registered component back.
/// </summary>
/// <remarks>
/// Names are snake_case and must not shadow a built-in name. A component registered as an instance
/// (<c>Register(name, instance)</c>) takes no options in JSON and is written back as its name; a component registered
/// with a <see cref="ComponentDescriptor{TComponent}"/> takes options from the profile, checked and reported with JSON
/// paths like the built-ins' (see docs/profile-format.md, "Custom components with options"). Registration is
/// thread-safe; register everything before loading profiles.
/// </remarks>
/// <example>
/// <code>
/// var registry = new ComponentRegistry()
///     .Register("log_ratio", new MyLogRatioScoring())        // "scoring": {"method": "log_ratio"}
///     .Register(new PowerScoringDescriptor());               // "scoring": {"method": "power", "exponent": 0.5}
/// EvaluationProfile profile = ProfileLoader.Load("county.json", registry);
/// </code>
/// </example>
public sealed class ComponentRegistry
{
    private readonly Lock gate = new();
    private readonly Dictionary<(Type Kind, string Name), object> byName = [];
    private readonly Dictionary<(Type Kind, string Name), object> descriptors = [];
    private readonly List<(Type Kind, object Descriptor)> descriptorOrder = [];
    private readonly Dictionary<object, string> byInstance = new(ReferenceEqualityComparer.Instance);

    /// <summary>Registers a scoring method under <paramref name="name"/>.</summary>
    /// <param name="name">snake_case name, not a built-in method name.</param>
    /// <param name="method">The method.</param>
    /// <returns>This registry.</returns>
    /// <exception cref="ArgumentException">The name is empty, shadows a built-in or is already registered.</exception>
    public ComponentRegistry Register(string name, IScoringMethod method)
    {
        ArgumentNullException.ThrowIfNull(name);
        return AddInstance(name, method);
    }

    /// <summary>Registers a benchmark under <paramref name="name"/>.</summary>
    /// <param name="name">snake_case name, not a built-in benchmark type.</param>
    /// <param name="benchmark">The benchmark.</param>
    /// <returns>This registry.</returns>
    /// <exception cref="ArgumentException">The name is empty, shadows a built-in or is already registered.</exception>
    public ComponentRegistry Register(string name, IBenchmark benchmark)
    {
        ArgumentNullException.ThrowIfNull(name);
        return AddInstance(name, benchmark);
    }

    /// <summary>Registers a weighting method under <paramref name="name"/>.</summary>
    /// <param name="name">snake_case name, not a built-in method name.</param>
    /// <param name="method">The method.</param>
    /// <returns>This registry.</returns>
    /// <exception cref="ArgumentException">The name is empty, shadows a built-in or is already registered.</exception>
    public ComponentRegistry Register(string name, IWeightingMethod method)
    {
        ArgumentNullException.ThrowIfNull(name);
        return AddInstance(name, method);
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
        return AddInstance(name, method);
    }

    /// <summary>Registers a land-area strategy under <paramref name="name"/>.</summary>
    /// <param name="name">snake_case name, not a built-in strategy name.</param>
    /// <param name="strategy">The strategy.</param>
    /// <returns>This registry.</returns>
    /// <exception cref="ArgumentException">The name is empty, shadows a built-in or is already registered.</exception>
    public ComponentRegistry Register(string name, ILandAreaStrategy strategy)
    {
        ArgumentNullException.ThrowIfNull(name);
        return AddInstance(name, strategy);
    }

    /// <summary>Registers a tier scheme under <paramref name="name"/>.</summary>
    /// <param name="name">snake_case name, not <c>quota_bands</c> or <c>score_thresholds</c>.</param>
    /// <param name="scheme">The scheme.</param>
    /// <returns>This registry.</returns>
    /// <exception cref="ArgumentException">The name is empty, shadows a built-in or is already registered.</exception>
    public ComponentRegistry Register(string name, ITierScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(name);
        return AddInstance(name, scheme);
    }

    /// <summary>
    /// Registers a component that takes options from profiles: scoring method, benchmark, weighting method, aggregation
    /// method, land-area strategy, tier scheme or adjustment rule (<typeparamref name="TComponent"/>), under
    /// <see cref="ComponentDescriptor{TComponent}.Name"/>.
    /// </summary>
    /// <typeparam name="TComponent">The component interface, e.g. <see cref="IScoringMethod"/> or <see cref="IAdjustmentRule"/>.</typeparam>
    /// <param name="descriptor">The descriptor.</param>
    /// <returns>This registry.</returns>
    /// <exception cref="ArgumentException">The name shadows a built-in or is already registered, or <typeparamref name="TComponent"/> is not a component kind.</exception>
    public ComponentRegistry Register<TComponent>(ComponentDescriptor<TComponent> descriptor)
        where TComponent : class
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        AddDescriptor(descriptor, null, nameof(descriptor));
        return this;
    }

    /// <summary>The registered names of components of kind <typeparamref name="T"/> (e.g. <see cref="IScoringMethod"/>), sorted.</summary>
    /// <typeparam name="T">The component interface.</typeparam>
    public IReadOnlyList<string> NamesOf<T>()
        where T : class
    {
        lock (gate)
        {
            return byName.Keys.Concat(descriptors.Keys).Where(k => k.Kind == typeof(T)).Select(k => k.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
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

    /// <summary>The registered descriptor of kind <typeparamref name="T"/> named <paramref name="name"/> (instances are registered as descriptors too).</summary>
    internal bool TryGetDescriptor<T>(string name, [NotNullWhen(true)] out ComponentDescriptor<T>? descriptor)
        where T : class
    {
        lock (gate)
        {
            descriptor = descriptors.TryGetValue((typeof(T), name), out var found) ? (ComponentDescriptor<T>)found : null;
            return descriptor is not null;
        }
    }

    /// <summary>The registered descriptors of kind <typeparamref name="T"/>, in registration order.</summary>
    internal IReadOnlyList<ComponentDescriptor<T>> DescriptorsOf<T>()
        where T : class
    {
        lock (gate)
        {
            return [.. descriptorOrder.Where(d => d.Kind == typeof(T)).Select(d => (ComponentDescriptor<T>)d.Descriptor)];
        }
    }

    private ComponentRegistry AddInstance<T>(string name, T component)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(component);
        Preconditions.CheckIdentifier(name);
        AddDescriptor(new FixedInstanceDescriptor<T>(name, "A registered component (no options).", component), component, nameof(name));
        return this;
    }

    private void AddDescriptor<T>(ComponentDescriptor<T> descriptor, T? instance, string parameter)
        where T : class
    {
        var catalog = ComponentCatalogs.Find(typeof(T)) as ComponentCatalog<T>
            ?? throw new ArgumentException($"{typeof(T).Name} is not a component kind of profiles.", parameter);
        var name = descriptor.Name;
        if (catalog.TryGet(name, out _))
        {
            throw new ArgumentException($"'{name}' is a built-in name; register the component under another name.", parameter);
        }

        lock (gate)
        {
            if (!descriptors.TryAdd((typeof(T), name), descriptor))
            {
                throw new ArgumentException($"A {typeof(T).Name} named '{name}' is already registered.", parameter);
            }

            descriptorOrder.Add((typeof(T), descriptor));
            if (instance is not null)
            {
                byName.TryAdd((typeof(T), name), instance);
                byInstance.TryAdd(instance, name);
            }
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
