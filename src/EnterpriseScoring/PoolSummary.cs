using EnterpriseScoring.Weighting;

namespace EnterpriseScoring;

/// <summary>One pool's figures after evaluation: sizes, weights and benchmarks.</summary>
public sealed class PoolSummary
{
    internal PoolSummary(PoolColumns pool, int firmCount, int ratedCount)
    {
        Id = pool.Profile.Id;
        Name = pool.Profile.Name;
        FirmCount = firmCount;
        RatedCount = ratedCount;
        Weighting = pool.Weighting;
        WeightNote = pool.WeightNote;
        Indicators = pool.Indicators.Select(c => new PoolIndicatorSummary(
            c.Profile.Indicator.Id, c.Profile.Indicator.ChineseName, c.Weight, c.Benchmark, c.Note)
        {
            IndustryGroups = c.FirmBenchmarks?.Figures.Groups ?? [],
        }).ToArray().AsValueList();
    }

    /// <summary>The pool id.</summary>
    public string Id { get; }

    /// <summary>The pool's display name.</summary>
    public string Name { get; }

    /// <summary>Firms assigned to the pool (each firm of a merged shared parcel counts once).</summary>
    public int FirmCount { get; }

    /// <summary>Firms rated in the pool.</summary>
    public int RatedCount { get; }

    /// <summary>The computed weights and diagnostics, when the pool computes weights.</summary>
    public WeightingResult? Weighting { get; }

    /// <summary>How the weights were obtained.</summary>
    public string WeightNote { get; }

    /// <summary>Each indicator's weight, benchmark and notes.</summary>
    public IReadOnlyList<PoolIndicatorSummary> Indicators { get; }
}
