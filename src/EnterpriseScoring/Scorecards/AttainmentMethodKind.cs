namespace EnterpriseScoring.Scorecards;

/// <summary>How an indicator's value against its target becomes points (docs/scorecard.md, "Attainment methods").</summary>
public enum AttainmentMethodKind
{
    /// <summary><c>min(x / T, 1) × W</c> (a ceiling: <c>min(T / x, 1) × W</c>; a band: the ratio to the nearer bound); never below 0.</summary>
    CappedRatio = 0,

    /// <summary><c>x / T × W</c>, not capped (floor targets only); never below 0.</summary>
    Ratio = 1,

    /// <summary>Goal-posts: <c>(x − base) / (T − base) × W</c>, clamped to [0, W].</summary>
    GoalPosts = 2,

    /// <summary>功效系数: <c>(60 + 40 × (x − 不允许值) / (满意值 − 不允许值)) / 100 × W</c>, 满意值 = T, 不允许值 = base; worse than 不允许值 → 0, better than 满意值 → W.</summary>
    EfficacyCoefficient = 3,

    /// <summary>Base-year step: on the base value 80 % of W, ± 1 point per full 5 % better or worse than it, at most +50 % of W, never below 0.</summary>
    BaseYearStep = 4,

    /// <summary>Count per item: <c>min(x × points per item, W)</c>; no target needed.</summary>
    PerItem = 5,

    /// <summary>Pass/fail (一票否决): 0 points; a platform that misses the target (or has no value) is vetoed.</summary>
    Veto = 6,
}
