namespace EnterpriseScoring.Classification;

/// <summary>How equal totals are ranked within a pool.</summary>
public enum TiePolicy
{
    /// <summary>Standard competition ranking "1224": equal totals share the best rank, the next rank skips.</summary>
    Competition = 0,

    /// <summary>Dense ranking "1223": equal totals share a rank, the next rank does not skip.</summary>
    Dense = 1,

    /// <summary>Ordinal ranking "1234": equal totals are ordered by firm id (ordinal string comparison).</summary>
    OrdinalById = 2,
}
