namespace EnterpriseScoring;

/// <summary>
/// The tier a firm is classified into. A is best. <see cref="A"/>–<see cref="D"/>, <see cref="E"/> and <see cref="F"/>
/// are the ordered levels 1–6 of a tier set (<see cref="Classification.TierSet"/>): a profile with its own set (e.g. 乐清's
/// A+ / A / B / C) shows each level under its own code, so <see cref="A"/> is "level 1", shown as A+ there. Compare levels
/// with <see cref="Classification.TierSet.LevelOf"/>, not by value: E and F come after T and ungraded-as-B, whose values
/// are stored in results and must never change.
/// </summary>
public enum Tier
{
    /// <summary>A 类 (e.g. 优先发展类).</summary>
    A = 1,

    /// <summary>B 类.</summary>
    B = 2,

    /// <summary>C 类.</summary>
    C = 3,

    /// <summary>D 类 (e.g. 倒逼整治类).</summary>
    D = 4,

    /// <summary>T 类: 不适合评价类 (not suitable for evaluation).</summary>
    T = 5,

    /// <summary>不定等级，参照B类管理: evaluated but ungraded, managed as B.</summary>
    UngradedAsB = 6,

    /// <summary>Level 5 of a tier set with five or six tiers (e.g. E, or 较差).</summary>
    E = 7,

    /// <summary>Level 6 of a tier set with six tiers.</summary>
    F = 8,
}
