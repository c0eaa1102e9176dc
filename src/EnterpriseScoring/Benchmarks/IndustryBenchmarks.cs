namespace EnterpriseScoring.Benchmarks;

/// <summary>
/// The figures of an <see cref="IndustryMeanBenchmark"/> within one pool: the pool figure and each industry group's
/// figure (<see cref="IndustryMeanBenchmark.ComputeGroups"/>).
/// </summary>
public sealed class IndustryBenchmarks
{
    private readonly IndustryMeanBenchmark benchmark;

    internal IndustryBenchmarks(IndustryMeanBenchmark benchmark, BenchmarkValue pool, IndustryBenchmarkGroup[] groups)
    {
        this.benchmark = benchmark;
        Pool = pool;
        Groups = groups.AsValueList();
    }

    /// <summary>The pool figure: the pool mean, what firms outside a large enough group get.</summary>
    public BenchmarkValue Pool { get; }

    /// <summary>The groups with at least one rated firm with a value, by id (ordinal).</summary>
    public IReadOnlyList<IndustryBenchmarkGroup> Groups { get; }

    /// <summary>A group's figure: its own mean, or the pool figure (explained) when it is smaller than the minimum or has no firm with a value.</summary>
    /// <param name="groupId">The group id.</param>
    /// <exception cref="ArgumentNullException"><paramref name="groupId"/> is null.</exception>
    public IndustryBenchmarkGroup ForGroup(string groupId)
    {
        ArgumentNullException.ThrowIfNull(groupId);
        var at = Find(groupId);
        return at >= 0 ? Groups[at] : benchmark.Fallback(groupId, 0, Pool);
    }

    /// <summary>The benchmark of a firm with industry code <paramref name="industryCode"/>, with its group (null when the code is in no group).</summary>
    /// <param name="industryCode">The firm's GB/T 4754 code, or null.</param>
    public (IndustryBenchmarkGroup? Group, BenchmarkValue Benchmark) ForCode(string? industryCode)
    {
        if (benchmark.GroupOf(industryCode) is not { } id)
        {
            return (null, benchmark.NoGroup(industryCode, Pool));
        }

        var group = ForGroup(id);
        return (group, group.Benchmark);
    }

    private int Find(string groupId)
    {
        var (lo, hi) = (0, Groups.Count - 1);
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var c = string.CompareOrdinal(Groups[mid].Id, groupId);
            if (c == 0)
            {
                return mid;
            }

            (lo, hi) = c < 0 ? (mid + 1, hi) : (lo, mid - 1);
        }

        return -1;
    }
}
