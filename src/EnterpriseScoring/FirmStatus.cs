namespace EnterpriseScoring;

/// <summary>The outcome of evaluating one firm.</summary>
public enum FirmStatus
{
    /// <summary>Scored and ranked in its pool (参评).</summary>
    Rated = 0,

    /// <summary>Not rated because of a data error found during evaluation (e.g. zero land for a per-mu indicator, a negative value under the reject policy).</summary>
    Rejected = 1,

    /// <summary>Not rated because a missing value's policy is to exclude the firm.</summary>
    Excluded = 2,

    /// <summary>No pool's selector matched the firm.</summary>
    NotPooled = 3,

    /// <summary>Exempt by an eligibility rule (e.g. utilities: 电力、热力、燃气、水的生产和供应).</summary>
    Exempt = 4,

    /// <summary>In a transition period (newly in production, major project under construction): not rated this year.</summary>
    Transition = 5,

    /// <summary>Data collected but not rated (只采集不评价).</summary>
    CollectOnly = 6,

    /// <summary>Classified T: 不适合评价类.</summary>
    TClass = 7,

    /// <summary>Evaluated but ungraded, managed as B (不定等级，参照B类管理).</summary>
    UngradedAsB = 8,
}
