namespace EnterpriseScoring;

/// <summary>
/// Information from outside the current year's data: the prior year's indicator values per pool, used by
/// prior-year benchmarks (e.g. 2 × the pool's prior-year mean), and each firm's own prior-year figures, used by growth
/// indicators (e.g. 亩均税收增速).
/// </summary>
/// <remarks>Immutable once built.</remarks>
public sealed class EvaluationContext
{
    private readonly Dictionary<(string Pool, string Indicator), PriorIndicatorValues> prior = [];
    private readonly Dictionary<string, PriorFirmFigures> figures = new(StringComparer.Ordinal);

    /// <summary>An empty context (no prior year).</summary>
    public static EvaluationContext Empty { get; } = new();

    /// <summary>Returns a copy with the prior year's values of one indicator in one pool.</summary>
    /// <param name="poolId">The pool id.</param>
    /// <param name="indicatorId">The indicator id.</param>
    /// <param name="values">The prior year's values (and numerators/denominators when known).</param>
    public EvaluationContext WithPrior(string poolId, string indicatorId, PriorIndicatorValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var copy = Copy();
        copy.prior[(poolId, indicatorId)] = values;
        return copy;
    }

    /// <summary>Returns a copy with each firm's prior-year value of one indicator (replacing any given before for it).</summary>
    /// <param name="indicatorId">The indicator id (the figure a growth indicator grows from, e.g. <c>tax_per_mu</c>).</param>
    /// <param name="values">The values by firm id.</param>
    public EvaluationContext WithPriorFigures(string indicatorId, PriorFirmFigures values)
    {
        ArgumentNullException.ThrowIfNull(indicatorId);
        ArgumentNullException.ThrowIfNull(values);
        var copy = Copy();
        copy.figures[indicatorId] = values;
        return copy;
    }

    /// <summary>Each firm's prior-year value of an indicator, when supplied.</summary>
    /// <param name="indicatorId">The indicator id.</param>
    public PriorFirmFigures? GetPriorFigures(string indicatorId) =>
        figures.TryGetValue(indicatorId, out var v) ? v : null;

    /// <summary>Every indicator's prior figures per firm, by indicator id.</summary>
    internal IEnumerable<KeyValuePair<string, PriorFirmFigures>> AllPriorFigures => figures;

    private EvaluationContext Copy()
    {
        var copy = new EvaluationContext();
        foreach (var (key, value) in prior)
        {
            copy.prior[key] = value;
        }

        foreach (var (key, value) in figures)
        {
            copy.figures[key] = value;
        }

        return copy;
    }

    /// <summary>The prior year's values of an indicator in a pool, when supplied.</summary>
    /// <param name="poolId">The pool id.</param>
    /// <param name="indicatorId">The indicator id.</param>
    public PriorIndicatorValues? GetPrior(string poolId, string indicatorId) =>
        prior.TryGetValue((poolId, indicatorId), out var v) ? v : null;
}
