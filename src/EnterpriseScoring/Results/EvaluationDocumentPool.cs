namespace EnterpriseScoring.Results;

/// <summary>One pool of an <see cref="EvaluationDocument"/> (<see cref="PoolSummary"/>).</summary>
/// <param name="Id">The pool id (a firm's <see cref="FlatResult.Pool"/>).</param>
/// <param name="Name">The pool's display name.</param>
/// <param name="Firms">Firms assigned to the pool.</param>
/// <param name="Rated">Firms rated in the pool.</param>
/// <param name="WeightNote">How the weights were obtained.</param>
/// <param name="Indicators">The pool's indicators, in pool order.</param>
public sealed record EvaluationDocumentPool(string Id, string Name, int Firms, int Rated, string WeightNote, IReadOnlyList<EvaluationDocumentIndicator> Indicators)
{
    /// <summary>The pool's indicators, in pool order (a copy of the list given).</summary>
    public IReadOnlyList<EvaluationDocumentIndicator> Indicators { get; init => field = ReadOnlyCopy.List(value); } = ReadOnlyCopy.List(Indicators);
}
