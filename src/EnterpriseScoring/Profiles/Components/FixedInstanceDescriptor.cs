namespace EnterpriseScoring.Profiles.Components;

/// <summary>
/// A component that takes no options: the name always gives the same instance. Built-ins without options use it (writing
/// back every instance of their type), and <see cref="ComponentRegistry"/> wraps an instance registered by name in it
/// (writing back only that instance).
/// </summary>
/// <typeparam name="TComponent">The component interface.</typeparam>
internal sealed class FixedInstanceDescriptor<TComponent>(string name, string description, TComponent instance, Func<TComponent, bool>? writes = null)
    : ComponentDescriptor<TComponent>(name, description)
    where TComponent : class
{
    public TComponent Instance { get; } = instance ?? throw new ArgumentNullException(nameof(instance));

    public override TComponent? Create(ComponentReader reader) => Instance;

    public override bool TryWrite(TComponent component, ComponentWriter writer) =>
        writes is null ? ReferenceEquals(component, Instance) : writes(component);
}
