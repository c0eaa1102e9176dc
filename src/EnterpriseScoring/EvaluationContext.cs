namespace EnterpriseScoring;

/// <summary>
/// Information from outside the current year's data: the prior year's indicator values per pool, used by
/// prior-year benchmarks (e.g. 2 × the pool's prior-year mean).
/// </summary>
/// <remarks>Immutable once built.</remarks>
public sealed class EvaluationContext
{
    private readonly Dictionary<(string Pool, string Indicator), PriorIndicatorValues> prior = [];

    /// <summary>An empty context (no prior year).</summary>
    public static EvaluationContext Empty { get; } = new();

    /// <summary>Returns a copy with the prior year's values of one indicator in one pool.</summary>
    /// <param name="poolId">The pool id.</param>
    /// <param name="indicatorId">The indicator id.</param>
    /// <param name="values">The prior year's values (and numerators/denominators when known).</param>
    public EvaluationContext WithPrior(string poolId, string indicatorId, PriorIndicatorValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var copy = new EvaluationContext();
        foreach (var (key, value) in prior)
        {
            copy.prior[key] = value;
        }

        copy.prior[(poolId, indicatorId)] = values;
        return copy;
    }

    /// <summary>The prior year's values of an indicator in a pool, when supplied.</summary>
    /// <param name="poolId">The pool id.</param>
    /// <param name="indicatorId">The indicator id.</param>
    public PriorIndicatorValues? GetPrior(string poolId, string indicatorId) =>
        prior.TryGetValue((poolId, indicatorId), out var v) ? v : null;
}
