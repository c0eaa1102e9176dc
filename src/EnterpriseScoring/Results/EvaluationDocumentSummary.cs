namespace EnterpriseScoring.Results;

/// <summary>The counts of an <see cref="EvaluationDocument"/>.</summary>
/// <param name="Firms">Firms evaluated (rows of the table).</param>
/// <param name="Rated">Firms rated.</param>
/// <param name="StatusCounts">Firms per status code (<c>rated</c>, <c>exempt</c> …), every status, in <see cref="FirmStatus"/> order.</param>
/// <param name="TierCounts">Firms per tier code (<c>A</c>–<c>D</c>, <c>T</c>, <c>ungraded_as_b</c>), every tier, in <see cref="Tier"/> order.</param>
public sealed record EvaluationDocumentSummary(int Firms, int Rated, IReadOnlyDictionary<string, int> StatusCounts, IReadOnlyDictionary<string, int> TierCounts)
{
    /// <summary>Firms per status code, every status, in <see cref="FirmStatus"/> order (a copy of the dictionary given).</summary>
    public IReadOnlyDictionary<string, int> StatusCounts { get; init => field = ReadOnlyCopy.Dictionary(value); } = ReadOnlyCopy.Dictionary(StatusCounts);

    /// <summary>Firms per tier code, every tier, in <see cref="Tier"/> order (a copy of the dictionary given).</summary>
    public IReadOnlyDictionary<string, int> TierCounts { get; init => field = ReadOnlyCopy.Dictionary(value); } = ReadOnlyCopy.Dictionary(TierCounts);
}
