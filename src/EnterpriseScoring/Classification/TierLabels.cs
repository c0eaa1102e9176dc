namespace EnterpriseScoring.Classification;

/// <summary>The names a jurisdiction gives its tiers.</summary>
/// <param name="A">Label of A.</param>
/// <param name="B">Label of B.</param>
/// <param name="C">Label of C.</param>
/// <param name="D">Label of D.</param>
/// <param name="T">Label of T.</param>
/// <param name="Ungraded">Label of ungraded firms managed as B.</param>
public sealed record TierLabels(string A, string B, string C, string D, string T = "不适合评价类", string Ungraded = "不定等级（参照B类管理）")
{
    /// <summary>The label of <paramref name="tier"/>.</summary>
    /// <param name="tier">The tier.</param>
    public string Of(Tier tier) => tier switch
    {
        Tier.A => A,
        Tier.B => B,
        Tier.C => C,
        Tier.D => D,
        Tier.T => T,
        _ => Ungraded,
    };
}
