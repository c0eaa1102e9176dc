namespace EnterpriseScoring;

/// <summary>Options of an <see cref="Evaluator"/> that do not change any result.</summary>
/// <remarks>Immutable.</remarks>
public sealed record EvaluatorOptions
{
    /// <summary>The default options.</summary>
    public static EvaluatorOptions Default { get; } = new();

    /// <summary>
    /// The most threads one evaluation uses: pools, and the indicator columns of a pool, are evaluated in parallel. Every
    /// piece is computed sequentially, so results are bit-identical for every value. 1 evaluates on the calling thread
    /// only; −1 lets the runtime decide. Small batches run on the calling thread whatever the value.
    /// </summary>
    /// <value>The default value is −1.</value>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}
