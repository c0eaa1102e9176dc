namespace EnterpriseScoring.Profiles.Components;

/// <summary>
/// One option a component takes in a profile: its snake_case key, the kind of JSON value, whether it is required and
/// what it means (shown in docs/profile.schema.json and docs/profile-format.md).
/// </summary>
/// <remarks>Immutable. The loader checks the value's kind before the descriptor reads it, and reports a problem with
/// the option's JSON path when it is wrong.</remarks>
public sealed record ComponentOption
{
    /// <summary>Creates an option.</summary>
    /// <param name="name">The snake_case key.</param>
    /// <param name="kind">The kind of JSON value.</param>
    /// <param name="description">What the option means.</param>
    /// <exception cref="ArgumentException">The name is not an identifier, or <paramref name="kind"/> needs choices or a component kind (use <see cref="OneOf"/> or <see cref="Nested"/>).</exception>
    public ComponentOption(string name, ComponentOptionKind kind, string description)
    {
        ArgumentNullException.ThrowIfNull(description);
        Preconditions.CheckIdentifier(name);
        if (kind is ComponentOptionKind.Choice or ComponentOptionKind.Component || !Enum.IsDefined(kind))
        {
            throw new ArgumentException($"Option kind {kind} needs more: use ComponentOption.OneOf or ComponentOption.Nested.", nameof(kind));
        }

        Name = name;
        Kind = kind;
        Description = description;
    }

    private ComponentOption(string name, ComponentOptionKind kind, string description, IReadOnlyList<string> choices, Type? componentKind)
    {
        Preconditions.CheckIdentifier(name);
        Name = name;
        Kind = kind;
        Description = description;
        Choices = choices;
        ComponentKind = componentKind;
    }

    /// <summary>The snake_case key.</summary>
    public string Name { get; }

    /// <summary>The kind of JSON value.</summary>
    public ComponentOptionKind Kind { get; }

    /// <summary>What the option means.</summary>
    public string Description { get; }

    /// <summary>Whether a profile must give it. Default: false.</summary>
    public bool Required { get; init; }

    /// <summary>The accepted names of a <see cref="ComponentOptionKind.Choice"/> option; empty otherwise.</summary>
    public IReadOnlyList<string> Choices { get; } = [];

    /// <summary>The component interface of a <see cref="ComponentOptionKind.Component"/> option (e.g. <c>IBenchmark</c>); null otherwise.</summary>
    public Type? ComponentKind { get; }

    /// <summary>An option whose value is one of <paramref name="choices"/>.</summary>
    /// <param name="name">The snake_case key.</param>
    /// <param name="description">What the option means.</param>
    /// <param name="choices">The accepted names (copied).</param>
    /// <returns>The option.</returns>
    public static ComponentOption OneOf(string name, string description, IEnumerable<string> choices)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(choices);
        string[] copy = [.. choices];
        if (copy.Length == 0)
        {
            throw new ArgumentException("Give at least one choice.", nameof(choices));
        }

        return new ComponentOption(name, ComponentOptionKind.Choice, description, copy, null);
    }

    /// <summary>An option whose value is one of the snake_case names of <typeparamref name="TEnum"/>'s members.</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="name">The snake_case key.</param>
    /// <param name="description">What the option means.</param>
    /// <returns>The option.</returns>
    public static ComponentOption OneOf<TEnum>(string name, string description)
        where TEnum : struct, Enum =>
        OneOf(name, description, Enum.GetNames<TEnum>().Select(ComponentNames.Snake));

    /// <summary>An option whose value is a nested component of kind <typeparamref name="TComponent"/>, e.g. a benchmark inside a benchmark.</summary>
    /// <typeparam name="TComponent">The component interface (e.g. <c>IBenchmark</c>, <c>IWeightingMethod</c>).</typeparam>
    /// <param name="name">The snake_case key.</param>
    /// <param name="description">What the option means.</param>
    /// <returns>The option.</returns>
    /// <exception cref="ArgumentException"><typeparamref name="TComponent"/> is not a component kind profiles know.</exception>
    public static ComponentOption Nested<TComponent>(string name, string description)
        where TComponent : class
    {
        ArgumentNullException.ThrowIfNull(description);
        if (!ComponentCatalogs.IsKind(typeof(TComponent)))
        {
            throw new ArgumentException($"{typeof(TComponent).Name} is not a component kind of profiles.", nameof(TComponent));
        }

        return new ComponentOption(name, ComponentOptionKind.Component, description, [], typeof(TComponent));
    }
}
