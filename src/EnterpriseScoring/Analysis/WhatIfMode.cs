namespace EnterpriseScoring.Analysis;

/// <summary>What a what-if holds as it is.</summary>
public enum WhatIfMode
{
    /// <summary>
    /// Held: the pool's benchmarks, scoring fits, weights, imputed averages and every other firm's total and override
    /// matches stay as they are; only the firm's indicators, score, adjustments and override matches are computed again,
    /// and its rank and tier are found by the engine's ranking and tiering among the others' totals as they are. This is
    /// the question "what would we get at today's benchmarks?".
    /// </summary>
    Held,

    /// <summary>
    /// Re-fitted: the whole table is evaluated again with the firm's changed figures (its change may move benchmarks
    /// fitted on the pool, computed weights, other firms' scores and the cut-offs).
    /// </summary>
    Refitted,
}
