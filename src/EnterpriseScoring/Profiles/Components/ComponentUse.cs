namespace EnterpriseScoring.Profiles.Components;

/// <summary>Where a component is used: its indicator (direction, id), the pool's fixed weights, nested or not.</summary>
internal sealed record ComponentUse
{
    public static ComponentUse None { get; } = new();

    public Direction? Direction { get; init; }

    public string? IndicatorId { get; init; }

    public IReadOnlyList<double> Weights { get; init; } = [];

    public bool Nested { get; init; }
}
