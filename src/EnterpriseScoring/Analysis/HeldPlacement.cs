using EnterpriseScoring.Classification;

namespace EnterpriseScoring.Analysis;

/// <summary>A firm's rank and tier in its ranking scope under a held what-if.</summary>
internal sealed record HeldPlacement(int Rank, int ScopeSize, Tier? SchemeTier, Tier? Tier, IReadOnlyList<OverrideApplication> Overrides, string? TierNote);
