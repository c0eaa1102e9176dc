namespace EnterpriseScoring.Classification;

/// <summary>A tier override: when a firm matches <see cref="When"/>, <see cref="Action"/> applies to its tier.</summary>
/// <remarks>
/// Order (docs/policy-digest.md §6): score → rank → quota tiers → caps and floors → direct placements. A firm matching any veto
/// rule (<see cref="OverrideAction.CapAtC"/> or <see cref="OverrideAction.ForceD"/>) is not lifted by
/// <see cref="OverrideAction.FloorAtC"/> or <see cref="OverrideAction.ForceA"/>. A value: immutable in fact (lists are copied on initialisation), derived with <see langword="with"/>, equal by value (lists item by item). Thread-safe.
/// </remarks>
public sealed record OverrideRule
{
    /// <summary>snake_case id, shown on results.</summary>
    public required string Id { get; init; }

    /// <summary>Display label, e.g. 发生重大安全事故.</summary>
    public string Label { get; init; } = string.Empty;

    /// <summary>What the rule does.</summary>
    public required OverrideAction Action { get; init; }

    /// <summary>Which firms it applies to.</summary>
    public required FirmCondition When { get; init; }

    /// <summary>
    /// The tier the action names — required by <see cref="OverrideAction.CapAt"/>, <see cref="OverrideAction.FloorAt"/>,
    /// <see cref="OverrideAction.PlaceIn"/> and <see cref="OverrideAction.VetoPlaceIn"/>: a level of the profile's
    /// <see cref="TierSet"/> (<see cref="Tier.A"/> = its best tier, e.g. A+). Null for the lettered actions
    /// (<see cref="OverrideAction.ForceA"/>, <see cref="OverrideAction.CapAtC"/>, <see cref="OverrideAction.FloorAtC"/>,
    /// <see cref="OverrideAction.ForceD"/>), whose tier is their letter (<see cref="TargetTier"/>).
    /// </summary>
    public Tier? Target { get; init; }

    /// <summary>The tier the rule moves firms to, caps or floors them at: <see cref="Target"/>, or the letter of a lettered action.</summary>
    /// <exception cref="InvalidOperationException">The action needs a <see cref="Target"/> and has none.</exception>
    public Tier TargetTier => Target ?? LetteredTier(Action)
        ?? throw new InvalidOperationException($"Override '{Id}' ({Action}) names no tier: set Target.");

    /// <summary>Whether <paramref name="action"/> names its tier in <see cref="Target"/> (cap at, floor at, place in, veto place in).</summary>
    /// <param name="action">The action.</param>
    public static bool NeedsTarget(OverrideAction action) => LetteredTier(action) is null;

    /// <summary>The tier of a lettered action (A for force A, C for cap and floor at C, D for force D); null for the others.</summary>
    /// <param name="action">The action.</param>
    public static Tier? LetteredTier(OverrideAction action) => action switch
    {
        OverrideAction.ForceA => Tier.A,
        OverrideAction.CapAtC or OverrideAction.FloorAtC => Tier.C,
        OverrideAction.ForceD => Tier.D,
        _ => null,
    };

    /// <summary>
    /// The eligibility outcomes whose firms a veto also reaches: a firm that an eligibility rule took out of rating with
    /// one of these outcomes (e.g. <see cref="FirmStatus.Transition"/>, a new firm in its transition period) and that
    /// matches <see cref="When"/> gets the veto's tier — D for <see cref="OverrideAction.ForceD"/>, C for
    /// <see cref="OverrideAction.CapAtC"/> (a T-class firm keeps T under a cap) — while its status stays the eligibility
    /// outcome. Only vetoes reach such firms; the list of any other rule is ignored. Empty: the veto reaches rated firms only.
    /// <value>The default value is <see cref="DefaultIneligibleReach"/>: transition firms (新建企业不列入D类，一票否决除外).</value>
    /// </summary>
    public IReadOnlyList<FirmStatus> AppliesToIneligible { get; init => field = ReadOnlyCopy.List(value); } = DefaultIneligibleReach;

    /// <summary>Whether the rule is a veto (cap at C or force D; cap at or veto place in a named tier).</summary>
    public bool IsVeto => Action is OverrideAction.CapAtC or OverrideAction.ForceD or OverrideAction.CapAt or OverrideAction.VetoPlaceIn;

    /// <summary>The step of the documented order the action takes: 0 floors, 1 caps, 2 direct placements, 3 veto placements.</summary>
    internal int Step => Action switch
    {
        OverrideAction.FloorAtC or OverrideAction.FloorAt => 0,
        OverrideAction.CapAtC or OverrideAction.CapAt => 1,
        OverrideAction.ForceA or OverrideAction.PlaceIn => 2,
        _ => 3,
    };

    /// <summary>
    /// The default of <see cref="AppliesToIneligible"/>: <see cref="FirmStatus.Transition"/> only. County rules put new
    /// firms, firms newly above size and major projects under construction outside D "except on a veto" (docs/profile-format.md,
    /// *Overrides*); exempt firms (utilities), collect-only, T-class and ungraded firms are not reached unless a profile says so.
    /// </summary>
    public static IReadOnlyList<FirmStatus> DefaultIneligibleReach { get; } = ReadOnlyCopy.List([FirmStatus.Transition]);

    /// <summary>Whether this rule reaches a firm that eligibility gave <paramref name="outcome"/>.</summary>
    /// <param name="outcome">The eligibility outcome.</param>
    public bool Reaches(FirmStatus outcome) => IsVeto && AppliesToIneligible.Contains(outcome);
}
