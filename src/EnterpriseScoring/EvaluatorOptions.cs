using Microsoft.Extensions.Logging;

namespace EnterpriseScoring;

/// <summary>Options of an <see cref="Evaluator"/>: parallelism (which changes no result) and the measures a caller accepts as missing.</summary>
/// <remarks>Immutable: a sealed record (derive with <see langword="with"/>); collections are copied on initialisation. Validated where used: the <see cref="Evaluator"/> constructor throws for an invalid degree of parallelism or measure id.</remarks>
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

    /// <summary>
    /// Ids of measures the profile reads that the caller accepts as missing entirely from the table (no column), in
    /// addition to the profile's <see cref="EvaluationProfile.AcceptMissingMeasures"/> — e.g. <c>cod</c> for a county
    /// without emissions data. Each then reads as missing for every firm, under the policy of what reads it
    /// (<see cref="MeasureUse.WhenMissing"/>; see <see cref="Evaluator.FindMissingMeasures"/>). Any other measure the
    /// profile reads and the table lacks makes <see cref="Evaluator.Evaluate(FirmTable, EvaluationContext?)"/> throw <see cref="MissingMeasuresException"/>.
    /// </summary>
    /// <value>The default value is empty: every measure the profile reads must have a column.</value>
    public IReadOnlyCollection<string> AcceptMissingMeasures { get; init => field = ReadOnlyCopy.List(value); } = ValueList<string>.Empty;

    /// <summary>
    /// Receives what an evaluation does: its duration, firm and tier counts (Information), each pool's duration (Debug), the
    /// measures accepted as missing (Warning) and a cancellation (Information). See <see cref="Diagnostics.ScoringTelemetry"/>
    /// for the metrics and activities, which need no logger.
    /// </summary>
    /// <value>The default value is <see langword="null"/>: nothing is logged.</value>
    public ILogger? Logger { get; init; }
}
