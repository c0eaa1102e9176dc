using System.Text.Json.Serialization;

namespace EnterpriseScoring.Results;

/// <summary>
/// The group figures of an <see cref="EvaluationDocument"/> by one key (<see cref="Reporting.GroupSummary"/>, summary.csv's
/// tables): one row per group, ordered ordinally by group, and the total over all firms.
/// </summary>
/// <param name="By">What the firms are grouped by: <c>region</c>, <c>platform</c>, <c>industry</c> (the first three characters of the GB/T 4754 code) or <c>pool</c>.</param>
/// <param name="Rows">One row per group.</param>
/// <param name="Total">The figures over all firms (its <see cref="EvaluationDocumentGroup.Group"/> is <c>(total)</c>, as in summary.csv).</param>
public sealed record EvaluationDocumentGroups(
    string By,
    IReadOnlyList<EvaluationDocumentGroup> Rows,
    [property: JsonPropertyOrder(1)] EvaluationDocumentGroup Total)
{
    /// <summary>One row per group, ordered ordinally by group (a copy of the list given).</summary>
    public IReadOnlyList<EvaluationDocumentGroup> Rows { get; init => field = ReadOnlyCopy.List(value); } = ReadOnlyCopy.List(Rows);
}
