namespace EnterpriseScoring;

/// <summary>The tier a firm is classified into. A is best. Declaration order is the order of merit for A–D.</summary>
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
}
