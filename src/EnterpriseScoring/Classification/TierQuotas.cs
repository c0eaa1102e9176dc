namespace EnterpriseScoring.Classification;

/// <summary>
/// The head count of each tier in one ranking scope, as a quota scheme allots them (<see cref="ITierScheme.QuotasFor"/>),
/// and how a group of tied firms at a boundary is placed.
/// </summary>
/// <param name="A">The number of A slots.</param>
/// <param name="B">The number of B slots.</param>
/// <param name="C">The number of C slots.</param>
/// <param name="D">The number of D slots.</param>
/// <param name="Ties">Where a tied group that straddles a boundary goes.</param>
/// <remarks>The four counts add up to the scope's number of rated firms. Immutable.</remarks>
public readonly record struct TierQuotas(int A, int B, int C, int D, BoundaryTies Ties);
