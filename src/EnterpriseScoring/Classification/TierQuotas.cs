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
/// <remarks>The counts (with <see cref="E"/> and <see cref="F"/> for sets of five or six tiers) add up to the scope's number
/// of rated firms. Immutable.</remarks>
public readonly record struct TierQuotas(int A, int B, int C, int D, BoundaryTies Ties)
{
    /// <summary>The number of slots of level 5 (<see cref="Tier.E"/>); 0 unless the scheme has five or six tiers.</summary>
    public int E { get; init; }

    /// <summary>The number of slots of level 6 (<see cref="Tier.F"/>); 0 unless the scheme has six tiers.</summary>
    public int F { get; init; }

    /// <summary>The number of slots of <paramref name="level"/> (1 = A … 6 = F); 0 for another level.</summary>
    /// <param name="level">The level.</param>
    public int Of(int level) => level switch { 1 => A, 2 => B, 3 => C, 4 => D, 5 => E, 6 => F, _ => 0 };

    /// <summary>All slots: A + B + C + D + E + F.</summary>
    public long Total => (long)A + B + C + D + E + F;

    /// <summary>Quotas from head counts by level (3–6 of them).</summary>
    /// <param name="counts">The head count of each level, best first.</param>
    /// <param name="ties">Where a tied group that straddles a boundary goes.</param>
    /// <exception cref="ArgumentException">Not 3–6 counts.</exception>
    public static TierQuotas FromLevels(IReadOnlyList<int> counts, BoundaryTies ties)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.Count is < TierSet.MinimumCount or > TierSet.MaximumCount)
        {
            throw new ArgumentException($"{counts.Count} head counts; a tier set has {TierSet.MinimumCount} to {TierSet.MaximumCount} tiers.", nameof(counts));
        }

        int At(int i) => i < counts.Count ? counts[i] : 0;
        return new TierQuotas(At(0), At(1), At(2), At(3), ties) { E = At(4), F = At(5) };
    }
}
