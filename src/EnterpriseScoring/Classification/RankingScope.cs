namespace EnterpriseScoring.Classification;

/// <summary>Within what group firms of a pool are ranked and tiered. Benchmarks and weights stay pool-wide.</summary>
public enum RankingScope
{
    /// <summary>The whole pool (city-wide when the pool is).</summary>
    Pool = 0,

    /// <summary>Separately within each region of the pool (e.g. quotas per county).</summary>
    Region = 1,

    /// <summary>Separately within each platform of the pool.</summary>
    Platform = 2,
}
