namespace EnterpriseScoring.Benchmarks;

/// <summary>One industry group's benchmark within a pool (<see cref="IndustryMeanBenchmark"/>).</summary>
/// <param name="Id">The group: a section letter (<c>C</c>), a division (<c>C26</c>) or a profile group id.</param>
/// <param name="Label">The profile group's label, or null.</param>
/// <param name="Size">The pool's rated firms of the group with a value: the firms its statistic is computed from.</param>
/// <param name="Benchmark">The benchmark its firms get: the group's own mean, or the pool figure when <paramref name="UsesPoolFigure"/>.</param>
/// <param name="UsesPoolFigure">Whether the group has fewer than <see cref="IndustryMeanBenchmark.MinFirms"/> firms, so its firms get the pool figure.</param>
public sealed record IndustryBenchmarkGroup(string Id, string? Label, int Size, BenchmarkValue Benchmark, bool UsesPoolFigure);
