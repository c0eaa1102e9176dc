namespace EnterpriseScoring.Profiles.Components;

/// <summary>A <see cref="ComponentCatalog{TComponent}"/> without its type argument: what shape checks and the schema need.</summary>
internal interface IComponentCatalog
{
    /// <summary>The discriminator key, e.g. <c>method</c>.</summary>
    string Key { get; }

    /// <summary>What a component of the kind is called in messages, e.g. <c>scoring method</c>.</summary>
    string Noun { get; }

    /// <summary>What the kind's object is, for the schema.</summary>
    string Description { get; }

    /// <summary>Keys every component of the kind has besides the discriminator (adjustment rules: id, label, category).</summary>
    IReadOnlyList<ComponentOption> CommonKeys { get; }

    /// <summary>Every key an object of the kind may have: the discriminator, the common keys, then the options of the built-in and registered descriptors in documented order.</summary>
    IReadOnlyList<string> AllKeys(ComponentRegistry? registry);

    /// <summary>The option <paramref name="key"/> means for the component named <paramref name="name"/>; when that component does not declare it (or is unknown), the first declaration in the kind.</summary>
    ComponentOption? FindOption(string? name, string key, ComponentRegistry? registry);

    /// <summary>The declared options of the component named <paramref name="name"/>, or null when the name is unknown.</summary>
    IReadOnlyList<ComponentOption>? OptionsOf(string name, ComponentRegistry? registry);

    /// <summary>The built-in (then registered) descriptors: name, description, options.</summary>
    IEnumerable<(string Name, string Description, IReadOnlyList<ComponentOption> Options)> Describe(ComponentRegistry? registry);
}
