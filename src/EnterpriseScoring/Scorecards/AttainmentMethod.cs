namespace EnterpriseScoring.Scorecards;

/// <summary>An indicator's attainment method and its parameters (docs/scorecard.md, "Attainment methods").</summary>
public sealed record AttainmentMethod
{
    /// <summary>The method.</summary>
    public AttainmentMethodKind Kind { get; init; }

    /// <summary><see cref="AttainmentMethodKind.PerItem"/>: points per item (default 1).</summary>
    public double PointsPerItem { get; init; } = 1;

    /// <summary><see cref="AttainmentMethodKind.BaseYearStep"/>: the share of W on the base value (default 0.8).</summary>
    public double FlatShare { get; init; } = 0.8;

    /// <summary><see cref="AttainmentMethodKind.BaseYearStep"/>: the step, in percent of the base (default 5).</summary>
    public double StepPercent { get; init; } = 5;

    /// <summary><see cref="AttainmentMethodKind.BaseYearStep"/>: the points per full step (default 1).</summary>
    public double StepPoints { get; init; } = 1;

    /// <summary><see cref="AttainmentMethodKind.BaseYearStep"/>: the most the steps add, as a share of W (default 0.5).</summary>
    public double MaxBonusShare { get; init; } = 0.5;

    /// <summary>Whether the method needs a target's <see cref="ScorecardTarget.Base"/>.</summary>
    public bool NeedsBase => Kind is AttainmentMethodKind.GoalPosts or AttainmentMethodKind.EfficacyCoefficient or AttainmentMethodKind.BaseYearStep;

    /// <summary>Whether the method needs a target at all.</summary>
    public bool NeedsTarget => Kind != AttainmentMethodKind.PerItem;
}
