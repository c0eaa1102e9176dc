namespace EnterpriseScoring;

/// <summary>Where a firm's score on one indicator came from.</summary>
public enum ScoreSource
{
    /// <summary>Computed from the firm's value by the scoring method.</summary>
    Computed = 0,

    /// <summary>The value was missing (or its denominator zero): scored 0 by policy.</summary>
    MissingScoredZero = 1,

    /// <summary>The value was missing: given the pool's average score on the indicator by policy.</summary>
    MissingPoolAverage = 2,

    /// <summary>The value was missing: given a fixed score (penalty) by policy.</summary>
    MissingFixedScore = 3,

    /// <summary>The pool's benchmark was 0 or negative (e.g. every firm reported 0): every firm scores 0 on the indicator.</summary>
    DegenerateBenchmark = 4,

    /// <summary>The firm was not rated; no score.</summary>
    NotRated = 5,
}
