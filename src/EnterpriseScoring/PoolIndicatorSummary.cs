using EnterpriseScoring.Benchmarks;

namespace EnterpriseScoring;

/// <summary>One indicator's pool-level figures.</summary>
/// <param name="IndicatorId">The indicator id.</param>
/// <param name="ChineseName">The indicator's Chinese name.</param>
/// <param name="Weight">The weight in points.</param>
/// <param name="Benchmark">The benchmark and its arithmetic (null when the method uses none); the pool figure under an industry-mean benchmark.</param>
/// <param name="Note">A pool-level remark, e.g. a degenerate benchmark.</param>
public sealed record PoolIndicatorSummary(string IndicatorId, string ChineseName, double Weight, BenchmarkValue? Benchmark, string? Note)
{
    /// <summary>
    /// With an industry-mean benchmark, each industry group's figure (id, size, benchmark; the pool figure when the group
    /// is smaller than the minimum), by id; <see cref="Benchmark"/> is then the pool figure. Empty otherwise.
    /// </summary>
    public IReadOnlyList<IndustryBenchmarkGroup> IndustryGroups { get; init => field = ReadOnlyCopy.List(value); } = [];
}
