namespace EnterpriseScoring.Analysis;

/// <summary>A firm's place under two profiles of a <see cref="MethodComparison"/> (<see cref="ComparisonPair.LargestMoves"/>).</summary>
/// <param name="FirmId">The firm's id.</param>
/// <param name="Name">The firm's name.</param>
/// <param name="FromTier">Its tier under the first profile (null: none).</param>
/// <param name="ToTier">Its tier under the second (null: none).</param>
/// <param name="FromPercentile">Its percentile in its ranking scope under the first profile (null: not rated).</param>
/// <param name="ToPercentile">Its percentile under the second (null: not rated).</param>
public sealed record FirmMove(string FirmId, string Name, Tier? FromTier, Tier? ToTier, double? FromPercentile, double? ToPercentile);
