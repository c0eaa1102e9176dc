namespace EnterpriseScoring.Classification;

/// <summary>The names a jurisdiction gives its tiers.</summary>
/// <param name="A">Label of A (level 1 of a tier set).</param>
/// <param name="B">Label of B.</param>
/// <param name="C">Label of C.</param>
/// <param name="D">Label of D (level 4; unused by a set of three tiers).</param>
/// <param name="T">Label of T.</param>
/// <param name="Ungraded">Label of ungraded firms managed as B.</param>
public sealed record TierLabels(string A, string B, string C, string D, string T = "不适合评价类", string Ungraded = "不定等级（参照B类管理）")
{
    /// <summary>Label of level 5 (<see cref="Tier.E"/>) of a tier set with five or six tiers.</summary>
    /// <value>The default value is <c>E类</c>.</value>
    public string E { get; init; } = "E类";

    /// <summary>Label of level 6 (<see cref="Tier.F"/>) of a tier set with six tiers.</summary>
    /// <value>The default value is <c>F类</c>.</value>
    public string F { get; init; } = "F类";

    /// <summary>The label of <paramref name="tier"/>.</summary>
    /// <param name="tier">The tier.</param>
    public string Of(Tier tier) => tier switch
    {
        Tier.A => A,
        Tier.B => B,
        Tier.C => C,
        Tier.D => D,
        Tier.E => E,
        Tier.F => F,
        Tier.T => T,
        _ => Ungraded,
    };
}
