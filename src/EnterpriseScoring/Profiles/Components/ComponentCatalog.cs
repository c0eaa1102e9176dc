using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using EnterpriseScoring.Profiles.Json;

namespace EnterpriseScoring.Profiles.Components;

/// <summary>
/// The built-in descriptors of one component kind (e.g. every scoring method a profile can name), with the kind's
/// discriminator key. User descriptors are registered in a <see cref="ComponentRegistry"/>, never here: built-in names
/// cannot be shadowed.
/// </summary>
/// <typeparam name="TComponent">The component interface.</typeparam>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ComponentCatalog<TComponent> : IComponentCatalog
    where TComponent : class
{
    private readonly ComponentDescriptor<TComponent>[] descriptors;
    private readonly string[] keyOrder;
    private readonly Func<TComponent, ComponentWriter, bool>? writeCommon;

    internal ComponentCatalog(string key, string noun, string description, IEnumerable<ComponentDescriptor<TComponent>> descriptors,
        IEnumerable<string> keyOrder, IReadOnlyList<ComponentOption>? commonKeys = null, Func<TComponent, ComponentWriter, bool>? writeCommon = null)
    {
        Key = key;
        Noun = noun;
        Description = description;
        this.descriptors = [.. descriptors];
        CommonKeys = commonKeys ?? [];
        this.writeCommon = writeCommon;
        this.keyOrder = [key, .. CommonKeys.Select(o => o.Name), .. keyOrder, .. this.descriptors.SelectMany(d => d.Options).Select(o => o.Name)];
        this.keyOrder = [.. this.keyOrder.Distinct(StringComparer.Ordinal)];
        Names = [.. this.descriptors.Select(d => d.Name)];
    }

    /// <summary>The key that names the component in its object: <c>method</c>, <c>type</c>, <c>strategy</c> or <c>scheme</c>.</summary>
    public string Key { get; }

    /// <summary>What a component of this kind is called in messages, e.g. <c>scoring method</c>.</summary>
    public string Noun { get; }

    /// <summary>What the kind's object in a profile is.</summary>
    public string Description { get; }

    /// <summary>The built-in descriptors, in documented order.</summary>
    public IReadOnlyList<ComponentDescriptor<TComponent>> Descriptors => descriptors;

    /// <summary>The built-in names, in documented order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <inheritdoc />
    IReadOnlyList<ComponentOption> IComponentCatalog.CommonKeys => CommonKeys;

    internal IReadOnlyList<ComponentOption> CommonKeys { get; }

    /// <summary>Finds a built-in descriptor by name.</summary>
    /// <param name="name">The name, e.g. <c>min_max</c>.</param>
    /// <param name="descriptor">The descriptor, when found.</param>
    /// <returns>Whether it was found.</returns>
    public bool TryGet(string name, [NotNullWhen(true)] out ComponentDescriptor<TComponent>? descriptor)
    {
        ArgumentNullException.ThrowIfNull(name);
        descriptor = Array.Find(descriptors, d => string.Equals(d.Name, name, StringComparison.Ordinal));
        return descriptor is not null;
    }

    /// <summary>A built-in descriptor, or a registered one.</summary>
    internal bool TryFind(string name, ComponentRegistry? registry, [NotNullWhen(true)] out ComponentDescriptor<TComponent>? descriptor) =>
        TryGet(name, out descriptor) || registry is not null && registry.TryGetDescriptor(name, out descriptor);

    /// <summary>Creates the component an object of this kind describes, reporting every problem; null when there is one (or the default applies).</summary>
    internal TComponent? Create(JsonObject obj, string path, ComponentScope scope, ComponentUse use)
    {
        foreach (var common in CommonKeys)
        {
            if (common.Required && obj[common.Name] is null)
            {
                return null; // reported by the shape check
            }
        }

        if (obj[Key] is not JsonValue value || !value.TryGetValue<string>(out var name))
        {
            return null; // reported by the shape check
        }

        if (!TryFind(name, scope.Registry, out var descriptor))
        {
            scope.Problem(JsonPath.Child(path, Key), $"unknown {Noun} '{name}'", Suggest.Hint(name, [.. Names, .. scope.Registry.NamesOf<TComponent>()]));
            return null;
        }

        foreach (var option in descriptor.Options)
        {
            if (option.Required && obj[option.Name] is null)
            {
                return null; // reported by the shape check
            }
        }

        var commonKeys = CommonKeys.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var key in AllKeys(scope.Registry))
        {
            if (key != Key && !commonKeys.Contains(key) && obj[key] is not null && descriptor.Option(key) is null)
            {
                scope.Problem(JsonPath.Child(path, key), $"'{key}' is not an option of {name}", "remove it");
            }
        }

        return descriptor.Create(new ComponentReader(obj, name, path, scope, use));
    }

    /// <summary>Lets the descriptor of <paramref name="name"/> check <paramref name="component"/> against where it is used.</summary>
    internal void CheckUse(string name, TComponent component, string path, ComponentScope scope, ComponentUse use)
    {
        if (TryFind(name, scope.Registry, out var descriptor))
        {
            descriptor.CheckUse(component, new ComponentReader(null, name, path, scope, use));
        }
    }

    /// <summary>The JSON object of <paramref name="component"/>: its registered name, or its descriptor's name and options.</summary>
    /// <exception cref="NotSupportedException">No descriptor writes it.</exception>
    internal JsonObject Write(TComponent component, ComponentWriting writing, ComponentUse use)
    {
        var obj = new JsonObject();
        if (writing.Registry.NameOf(component) is { } registered && writing.Registry.TryGetDescriptor<TComponent>(registered, out _))
        {
            obj[Key] = registered;
            return obj;
        }

        foreach (var descriptor in writing.Registry.DescriptorsOf<TComponent>().Concat(descriptors))
        {
            var writer = new ComponentWriter(writing, use);
            if (!descriptor.TryWrite(component, writer))
            {
                continue;
            }

            obj[Key] = descriptor.Name;
            var common = new ComponentWriter(writing, use);
            writeCommon?.Invoke(component, common);
            foreach (var key in keyOrder)
            {
                if (common.Options[key] is { } c)
                {
                    common.Options.Remove(key);
                    obj[key] = c;
                }
            }

            // Built-ins in the kind's documented order (the canonical form); a registered descriptor in its own order.
            IEnumerable<string> order = Array.IndexOf(descriptors, descriptor) >= 0 ? keyOrder : descriptor.Options.Select(o => o.Name);
            foreach (var key in order)
            {
                if (writer.Options[key] is { } v)
                {
                    writer.Options.Remove(key);
                    obj[key] = v;
                }
            }

            foreach (var (key, v) in writer.Options.ToArray())
            {
                writer.Options.Remove(key);
                obj[key] = v;
            }

            return obj;
        }

        throw new NotSupportedException($"The {Noun} {component.GetType().FullName} ('{component}') is custom code that JSON cannot express; register it in a ComponentRegistry and pass the registry to ProfileWriter.");
    }

    /// <summary>The name of a component that is written without options (registered by instance, or a built-in taking none), or null.</summary>
    internal string? NameWithoutOptions(TComponent component, ComponentRegistry registry)
    {
        if (registry.NameOf(component) is { } registered)
        {
            return registered;
        }

        var writing = new ComponentWriting(registry, _ => { });
        foreach (var descriptor in descriptors)
        {
            var writer = new ComponentWriter(writing, ComponentUse.None);
            if (descriptor.TryWrite(component, writer) && writer.Options.Count == 0)
            {
                return descriptor.Name;
            }
        }

        return null;
    }

    /// <inheritdoc />
    IReadOnlyList<string> IComponentCatalog.AllKeys(ComponentRegistry? registry) => AllKeys(registry);

    /// <summary>Every key an object of this kind may have (see <see cref="IComponentCatalog.AllKeys"/>).</summary>
    internal IReadOnlyList<string> AllKeys(ComponentRegistry? registry) =>
        registry is null ? keyOrder : [.. keyOrder.Concat(registry.DescriptorsOf<TComponent>().SelectMany(d => d.Options).Select(o => o.Name)).Distinct(StringComparer.Ordinal)];

    /// <inheritdoc />
    ComponentOption? IComponentCatalog.FindOption(string? name, string key, ComponentRegistry? registry)
    {
        if (name is not null && TryFind(name, registry, out var own) && own.Option(key) is { } declared)
        {
            return declared;
        }

        return descriptors.Concat(registry?.DescriptorsOf<TComponent>() ?? []).Select(d => d.Option(key)).FirstOrDefault(o => o is not null);
    }

    /// <inheritdoc />
    IReadOnlyList<ComponentOption>? IComponentCatalog.OptionsOf(string name, ComponentRegistry? registry) =>
        TryFind(name, registry, out var descriptor) ? descriptor.Options : null;

    /// <inheritdoc />
    IEnumerable<(string Name, string Description, IReadOnlyList<ComponentOption> Options)> IComponentCatalog.Describe(ComponentRegistry? registry) =>
        descriptors.Concat(registry?.DescriptorsOf<TComponent>() ?? []).Select(d => (d.Name, d.Description, d.Options));
}
