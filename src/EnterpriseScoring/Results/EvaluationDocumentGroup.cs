using System.Text.Json.Serialization;
using EnterpriseScoring.Reporting;

namespace EnterpriseScoring.Results;

/// <summary>
/// One group's figures in an <see cref="EvaluationDocument"/> (<see cref="GroupSummaryRow"/>, a row of summary.csv): counts
/// of firms by status and tier, and the ratios of sums with their sums, rounded as the profile's display says for figures.
/// </summary>
/// <param name="Group">The group (empty for firms without one, e.g. no pool; <c>(total)</c> for the total).</param>
/// <param name="Firms">All firms of the group, whatever their status.</param>
/// <param name="Rated">Firms rated.</param>
/// <param name="StatusCounts">Firms per status code, every status, in <see cref="FirmStatus"/> order.</param>
/// <param name="TierCounts">Firms per tier code of the profile's tier set, best first, then <c>T</c> and <c>ungraded_as_b</c>.</param>
/// <param name="NoTier">Firms without a tier.</param>
/// <param name="TaxPerMu">亩均税收: Σ tax, Σ land, the firms counted, the exact and the rounded ratio.</param>
/// <param name="ValueAddedPerMu">亩均增加值, as <paramref name="TaxPerMu"/>.</param>
/// <param name="RevenuePerMu">亩均营业收入, as <paramref name="TaxPerMu"/>.</param>
/// <param name="Land">Σ evaluated land (亩) of the counted firms.</param>
/// <param name="DLand">Σ land (亩) of the counted firms in the tier set's bottom tier.</param>
/// <param name="DLandShare"><paramref name="DLand"/> / <paramref name="Land"/>, unrounded; null when no land is counted.</param>
public sealed record EvaluationDocumentGroup(
    string Group,
    int Firms,
    int Rated,
    IReadOnlyDictionary<string, int> StatusCounts,
    IReadOnlyDictionary<string, int> TierCounts,
    [property: JsonPropertyOrder(1)] int NoTier,
    [property: JsonPropertyOrder(1)] GroupRatio TaxPerMu,
    [property: JsonPropertyOrder(1)] GroupRatio ValueAddedPerMu,
    [property: JsonPropertyOrder(1)] GroupRatio RevenuePerMu,
    [property: JsonPropertyOrder(1)] double Land,
    [property: JsonPropertyOrder(1)] double DLand,
    [property: JsonPropertyOrder(1)] double? DLandShare)
{
    /// <summary>Firms per status code, every status, in <see cref="FirmStatus"/> order (a copy of the dictionary given).</summary>
    public IReadOnlyDictionary<string, int> StatusCounts { get; init => field = ReadOnlyCopy.Dictionary(value); } = ReadOnlyCopy.Dictionary(StatusCounts);

    /// <summary>Firms per tier code, the profile's levels best first, then T and ungraded-as-B (a copy of the dictionary given).</summary>
    public IReadOnlyDictionary<string, int> TierCounts { get; init => field = ReadOnlyCopy.Dictionary(value); } = ReadOnlyCopy.Dictionary(TierCounts);
}
