namespace EnterpriseScoring.Scoring;

/// <summary>Which statistics a <see cref="ScoringFit"/> holds, so that a scoring method pays only for what it reads.</summary>
/// <remarks>
/// Count, min and max are always computed (one pass). Reading a statistic the fit does not hold throws
/// <see cref="InvalidOperationException"/> rather than returning a made-up value. Every combination is O(n): the sorted
/// order is made by a radix sort, never a comparison sort.
/// </remarks>
[Flags]
public enum FitStatistics
{
    /// <summary>Count, min and max only (min-max scoring): one pass over the values, no copy.</summary>
    Extremes = 0,

    /// <summary>Also the mean, the population standard deviation and the Euclidean norm (z-score, vector), summed in
    /// ascending order of the values as they always have been; the sorted copy is scratch and is not kept.</summary>
    Moments = 1,

    /// <summary>Also the values sorted ascending, kept in the fit (percentile rank, rank).</summary>
    SortedValues = 2,

    /// <summary>Every statistic (what the public constructor computes).</summary>
    All = Moments | SortedValues,
}
