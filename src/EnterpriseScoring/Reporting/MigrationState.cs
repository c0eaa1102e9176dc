namespace EnterpriseScoring.Reporting;

/// <summary>A firm's state on one side of a <see cref="MigrationMatrix"/>.</summary>
public enum MigrationState
{
    /// <summary>Tier A.</summary>
    A = 0,

    /// <summary>Tier B.</summary>
    B = 1,

    /// <summary>Tier C.</summary>
    C = 2,

    /// <summary>Tier D.</summary>
    D = 3,

    /// <summary>Tier T (不适合评价类).</summary>
    T = 4,

    /// <summary>Ungraded, managed as B.</summary>
    UngradedAsB = 5,

    /// <summary>Present in the results but without a tier (exempt, transition, rejected, …).</summary>
    Unrated = 6,

    /// <summary>Not in that year's results: as the "from" state, a <b>new</b> firm; as the "to" state, a firm that is <b>gone</b>.</summary>
    Absent = 7,
}
