namespace EnterpriseScoring.Profiles.Components;

/// <summary>What component writers of one profile share: the registry and the custom measures noted on the way.</summary>
internal sealed class ComponentWriting(ComponentRegistry registry, Action<string> noteMeasure)
{
    public ComponentRegistry Registry { get; } = registry;

    public void NoteMeasure(string id) => noteMeasure(id);
}
