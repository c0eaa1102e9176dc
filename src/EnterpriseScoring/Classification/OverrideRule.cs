namespace EnterpriseScoring.Classification;

/// <summary>A tier override: when a firm matches <see cref="When"/>, <see cref="Action"/> applies to its tier.</summary>
/// <remarks>
/// Order (domain.md §6): score → rank → quota tiers → caps and floors → direct placements. A firm matching any veto
/// rule (<see cref="OverrideAction.CapAtC"/> or <see cref="OverrideAction.ForceD"/>) is not lifted by
/// <see cref="OverrideAction.FloorAtC"/> or <see cref="OverrideAction.ForceA"/>. Immutable once initialised.
/// </remarks>
public sealed class OverrideRule
{
    /// <summary>snake_case id, shown on results.</summary>
    public required string Id { get; init; }

    /// <summary>Display label, e.g. 发生重大安全事故.</summary>
    public string Label { get; init; } = string.Empty;

    /// <summary>What the rule does.</summary>
    public required OverrideAction Action { get; init; }

    /// <summary>Which firms it applies to.</summary>
    public required FirmCondition When { get; init; }

    /// <summary>Whether the rule is a veto (cap at C or force D).</summary>
    public bool IsVeto => Action is OverrideAction.CapAtC or OverrideAction.ForceD;
}
