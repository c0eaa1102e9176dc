namespace EnterpriseScoring.Results;

/// <summary>
/// The JSON document of an evaluation (<see cref="EvaluationJson"/>; docs/results-format.md, "The evaluation as JSON"):
/// the profile, the status and tier counts, each pool's counts, weights and benchmarks, the group figures by pool, region,
/// platform and industry (<see cref="Groups"/>, summary.csv's), and every firm's
/// <see cref="FlatResult"/> in table order. Keys are camelCase, statuses and tiers their results.csv codes, missing
/// figures <c>null</c>; a key is never left out.
/// </summary>
/// <param name="Format">The document format and its version: <see cref="EvaluationJson.FormatName"/>. A later version adds keys and never changes one.</param>
/// <param name="Profile">The profile used.</param>
/// <param name="Summary">The firm counts.</param>
/// <param name="Pools">The pools, in profile order.</param>
/// <param name="IndicatorIds">The indicator columns: the order of every firm's <see cref="FlatResult.Indicators"/>.</param>
/// <param name="Firms">Every firm, in table order.</param>
public sealed record EvaluationDocument(
    string Format,
    EvaluationDocumentProfile Profile,
    EvaluationDocumentSummary Summary,
    IReadOnlyList<EvaluationDocumentPool> Pools,
    IReadOnlyList<string> IndicatorIds,
    IReadOnlyList<FlatResult> Firms)
{
    /// <summary>The pools, in profile order (a copy of the list given).</summary>
    public IReadOnlyList<EvaluationDocumentPool> Pools { get; init => field = ReadOnlyCopy.List(value); } = ReadOnlyCopy.List(Pools);

    /// <summary>
    /// The group figures (<see cref="Reporting.GroupSummary"/>; summary.csv's tables) by <c>pool</c>, <c>region</c>,
    /// <c>platform</c> and <c>industry</c>, in that order: per group the firms by status and tier and the ratios of sums
    /// (亩均税收, 亩均增加值, 亩均营业收入) with their sums. Empty (never null) when read from a document without the key.
    /// </summary>
    public IReadOnlyList<EvaluationDocumentGroups> Groups { get; init => field = ReadOnlyCopy.List(value) ?? []; } = [];

    /// <summary>The indicator columns: the order of every firm's <see cref="FlatResult.Indicators"/> (a copy of the list given).</summary>
    public IReadOnlyList<string> IndicatorIds { get; init => field = ReadOnlyCopy.List(value); } = ReadOnlyCopy.List(IndicatorIds);

    /// <summary>Every firm, in table order (a copy of the list given).</summary>
    public IReadOnlyList<FlatResult> Firms { get; init => field = ReadOnlyCopy.List(value); } = ReadOnlyCopy.List(Firms);
}
