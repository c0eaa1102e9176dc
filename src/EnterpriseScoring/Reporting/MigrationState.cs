namespace EnterpriseScoring.Reporting;

/// <summary>
/// A firm's state on one side of a <see cref="MigrationMatrix"/>: a level of the matrix's tier set
/// (<see cref="MigrationMatrix.Tiers"/>; <see cref="A"/> = level 1 … <see cref="F"/> = level 6, shown under the set's codes,
/// e.g. A+ for level 1 of 乐清's A+ / A / B / C), T, ungraded, unrated or absent.
/// </summary>
/// <remarks>The values are positions in the matrix, not stored anywhere; the levels come first, in order.</remarks>
public enum MigrationState
{
    /// <summary>Level 1 of the tier set (tier A of A / B / C / D).</summary>
    A = 0,

    /// <summary>Level 2 (tier B).</summary>
    B = 1,

    /// <summary>Level 3 (tier C).</summary>
    C = 2,

    /// <summary>Level 4 (tier D), in a set of four tiers or more.</summary>
    D = 3,

    /// <summary>Level 5, in a set of five or six tiers.</summary>
    E = 4,

    /// <summary>Level 6, in a set of six tiers.</summary>
    F = 5,

    /// <summary>Tier T (不适合评价类).</summary>
    T = 6,

    /// <summary>Ungraded, managed as B.</summary>
    UngradedAsB = 7,

    /// <summary>Present in the results but without a tier (exempt, transition, rejected, …).</summary>
    Unrated = 8,

    /// <summary>Not in that year's results: as the "from" state, a <b>new</b> firm; as the "to" state, a firm that is <b>gone</b>.</summary>
    Absent = 9,
}
