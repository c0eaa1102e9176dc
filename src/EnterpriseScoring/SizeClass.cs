namespace EnterpriseScoring;

/// <summary>Whether a firm is above designated size (规上, revenue ≥ 2000 万元) or below it (规下).</summary>
public enum SizeClass
{
    /// <summary>Not reported.</summary>
    Unspecified = 0,

    /// <summary>规模以上 (规上): above designated size.</summary>
    AboveDesignatedSize = 1,

    /// <summary>规模以下 (规下): below designated size.</summary>
    BelowDesignatedSize = 2,
}
