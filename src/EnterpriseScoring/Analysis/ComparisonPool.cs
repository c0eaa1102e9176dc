namespace EnterpriseScoring.Analysis;

/// <summary>The rank correlations of the profiles of a <see cref="MethodComparison"/> within one pool of the first profile.</summary>
public sealed record ComparisonPool
{
    /// <summary>The pool's id under the first profile.</summary>
    public required string PoolId { get; init; }

    /// <summary>The firms of the pool rated under every profile: the firms the correlations are computed on.</summary>
    public required int RatedUnderAll { get; init; }

    /// <summary>Spearman's ρ of the totals of each pair of profiles (a symmetric matrix in profile order, 1 on the diagonal; NaN when fewer than two firms or a constant total).</summary>
    public required IReadOnlyList<IReadOnlyList<double>> Spearman { get; init => field = ReadOnlyCopy.List(value.Select(r => (IReadOnlyList<double>)ReadOnlyCopy.List(r)).ToArray()); }

    /// <summary>Kendall's τ-b of the totals of each pair of profiles (as <see cref="Spearman"/>).</summary>
    public required IReadOnlyList<IReadOnlyList<double>> Kendall { get; init => field = ReadOnlyCopy.List(value.Select(r => (IReadOnlyList<double>)ReadOnlyCopy.List(r)).ToArray()); }
}
