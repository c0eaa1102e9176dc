namespace EnterpriseScoring.Scoring;

/// <summary>The kinds of <see cref="MissingValuePolicy"/>.</summary>
public enum MissingValueTreatment
{
    /// <summary>Score 0.</summary>
    Zero = 0,

    /// <summary>The pool's average score on the indicator.</summary>
    PoolAverageScore = 1,

    /// <summary>A fixed score (penalty).</summary>
    FixedScore = 2,

    /// <summary>Not rated.</summary>
    Exclude = 3,
}
