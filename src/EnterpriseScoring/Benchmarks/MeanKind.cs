namespace EnterpriseScoring.Benchmarks;

/// <summary>Which "mean" a pool-mean benchmark is: the domain requires every profile to say.</summary>
public enum MeanKind
{
    /// <summary>Σ numerators / Σ denominators (e.g. Σ tax / Σ land): what regional statistics publish. Needs the
    /// indicator's numerators and denominators.</summary>
    RatioOfSums = 0,

    /// <summary>The arithmetic mean of the firms' indicator values (Σ x / n).</summary>
    MeanOfRatios = 1,
}
