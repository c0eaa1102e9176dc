using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Scoring;

namespace EnterpriseScoring.Engine;

/// <summary>
/// The benchmark and scoring fit of each firm of a pool when they differ by firm (an <see cref="IndustryMeanBenchmark"/>):
/// firms share a slot per industry code, and slots of the same group share the group's figure and fit.
/// </summary>
/// <param name="Figures">The pool and group figures.</param>
/// <param name="SlotOf">Each pool position's slot.</param>
/// <param name="Groups">Each slot's group (null: the code is in no group and the firm gets the pool figure).</param>
/// <param name="Benchmarks">Each slot's benchmark, explained.</param>
/// <param name="Fits">Each slot's fit (null when its benchmark is degenerate for the scoring method).</param>
internal sealed record FirmBenchmarks(IndustryBenchmarks Figures, int[] SlotOf, IndustryBenchmarkGroup?[] Groups, BenchmarkValue[] Benchmarks, ScoringFit?[] Fits)
{
    /// <summary>The benchmark of the firm at <paramref name="position"/>.</summary>
    public BenchmarkValue BenchmarkAt(int position) => Benchmarks[SlotOf[position]];

    /// <summary>The fit of the firm at <paramref name="position"/>.</summary>
    public ScoringFit? FitAt(int position) => Fits[SlotOf[position]];

    /// <summary>The group of the firm at <paramref name="position"/> (null when its code is in no group).</summary>
    public IndustryBenchmarkGroup? GroupAt(int position) => Groups[SlotOf[position]];
}
