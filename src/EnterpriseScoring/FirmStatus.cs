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
}
