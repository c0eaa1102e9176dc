namespace EnterpriseScoring.Profiles.Components;

/// <summary>
/// Describes one component a profile can name — a scoring method, benchmark, weighting method, aggregation method,
/// land-area strategy, tier scheme or adjustment rule: its name in profiles, what it does, the options it takes, how it
/// is created from them and how it is written back. The profile loader, <see cref="ProfileWriter"/>, the JSON Schema and
/// the format reference are all driven by descriptors, so a component is one descriptor plus the component itself.
/// </summary>
/// <typeparam name="TComponent">The component interface: <c>IScoringMethod</c>, <c>IBenchmark</c>, <c>IWeightingMethod</c>,
/// <c>IAggregationMethod</c>, <c>ILandAreaStrategy</c>, <c>ITierScheme</c> or <c>IAdjustmentRule</c>.</typeparam>
/// <remarks>
/// <para>The built-in descriptors are in <see cref="ComponentCatalogs"/>; user descriptors are registered with
/// <see cref="ComponentRegistry.Register{TComponent}(ComponentDescriptor{TComponent})"/>. The name goes under the kind's
/// discriminator key (<see cref="ComponentCatalog{TComponent}.Key"/>): <c>"method"</c> for scoring, weighting and
/// aggregation, <c>"type"</c> for benchmarks and adjustment rules, <c>"strategy"</c> for land, <c>"scheme"</c> for tiering.</para>
/// <para>Before <see cref="Create"/> runs, the loader has checked the object's keys against <see cref="Options"/>
/// (an option of another component of the kind is reported as "'x' is not an option of name", any other key as unknown)
/// and each value's JSON kind. For typed options read through a <c>JsonTypeInfo</c>, derive from
/// <see cref="ComponentDescriptor{TComponent, TOptions}"/>. Descriptors must be immutable and thread-safe.</para>
/// </remarks>
public abstract class ComponentDescriptor<TComponent>
    where TComponent : class
{
    /// <summary>Creates a descriptor.</summary>
    /// <param name="name">The snake_case name profiles use.</param>
    /// <param name="description">What the component does (docs and schema).</param>
    /// <param name="options">The options it takes (copied); none when null.</param>
    /// <exception cref="ArgumentException">The name is not an identifier, or two options share a key.</exception>
    protected ComponentDescriptor(string name, string description, IEnumerable<ComponentOption>? options = null)
    {
        Preconditions.CheckIdentifier(name);
        ArgumentNullException.ThrowIfNull(description);
        ComponentOption[] copy = options is null ? [] : [.. options];
        if (copy.Any(o => o is null))
        {
            throw new ArgumentException("An option is null.", nameof(options));
        }

        if (copy.GroupBy(o => o.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"Option '{twice.Key}' is declared twice.", nameof(options));
        }

        Name = name;
        Description = description;
        Options = copy;
    }

    /// <summary>The snake_case name profiles use.</summary>
    public string Name { get; }

    /// <summary>What the component does.</summary>
    public string Description { get; }

    /// <summary>The options the component takes, in the order they are documented and written.</summary>
    public IReadOnlyList<ComponentOption> Options { get; }

    /// <summary>Creates the component from the options in a profile.</summary>
    /// <param name="reader">The options of this occurrence, and where to report problems.</param>
    /// <returns>The component; or null when a problem was reported (or, for a few built-ins, when the engine default applies).</returns>
    public abstract TComponent? Create(ComponentReader reader);

    /// <summary>Writes <paramref name="component"/>'s options when it is one this descriptor creates.</summary>
    /// <param name="component">The component.</param>
    /// <param name="writer">Where the options go (the name is written by the caller).</param>
    /// <returns>Whether the component is this descriptor's (and was written).</returns>
    public abstract bool TryWrite(TComponent component, ComponentWriter writer);

    /// <summary>
    /// Checks a created component against where it is used, after the other parts of its owner were read — e.g. a
    /// scoring method against the indicator's direction (<see cref="ComponentReader.IndicatorDirection"/>). Default: nothing.
    /// </summary>
    /// <param name="component">The component, created by this descriptor (or the default the engine applies).</param>
    /// <param name="reader">Where to report problems.</param>
    public virtual void CheckUse(TComponent component, ComponentReader reader)
    {
    }

    /// <summary>The option with key <paramref name="key"/>, or null.</summary>
    /// <param name="key">The key.</param>
    public ComponentOption? Option(string key)
    {
        foreach (var option in Options)
        {
            if (string.Equals(option.Name, key, StringComparison.Ordinal))
            {
                return option;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
