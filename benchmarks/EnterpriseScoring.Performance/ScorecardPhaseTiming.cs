using System.Diagnostics;
using System.Globalization;
using EnterpriseScoring.Platforms;
using EnterpriseScoring.Scorecards;

namespace EnterpriseScoring.Performance;

/// <summary>
/// A Stopwatch breakdown of the platform scorecard of <see cref="ScorecardBenchmarks"/> by phase (membership, each
/// indicator's parts, the units' figures, the tier mixes, the whole scorecard): the shares show where the time goes even on
/// a loaded machine, where BenchmarkDotNet's absolute timings are not to be trusted. Run:
/// <c>dotnet EnterpriseScoring.Performance.dll scorecard-phases --firms 1000000 --runs 5</c> (Release build).
/// </summary>
public static class ScorecardPhaseTiming
{
    /// <summary>Runs the breakdown.</summary>
    /// <param name="args">Options: <c>--firms N</c> (default 1,000,000), <c>--runs R</c> (default 5; the median is shown).</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args)
    {
        var firms = int.Parse(Option(args, "--firms") ?? "1000000", CultureInfo.InvariantCulture);
        var runs = int.Parse(Option(args, "--runs") ?? "5", CultureInfo.InvariantCulture);
        var bench = new ScorecardBenchmarks { Firms = firms };
        bench.Setup();
        var (evaluation, register, profile) = (bench.Evaluation, bench.Register, bench.Profile);
        var indicators = profile.Indicators.Select(i => i.Indicator).ToArray();
        Console.WriteLine($"firms {firms}, platforms {ProvincePlatforms.Count}, indicators {indicators.Length}, load {File.ReadAllText("/proc/loadavg").Trim()}");
        var times = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        for (var run = 0; run < runs; run++)
        {
            var membership = Time(times, "membership", () => PlatformMembership.Create(evaluation.Table, register, profile.Year));
            var input = new PlatformIndicatorInput(evaluation, membership, null, -1);
            foreach (var indicator in indicators)
            {
                Time(times, "  parts " + indicator.Id, () => indicator.Compute(input));
            }

            var above = input.Select(((RatioOfSumsPlatformIndicator)KnownPlatformIndicators.AboveRevenuePerMu).Filter);
            var (sums, counts) = (new double[input.GroupCount], new int[input.GroupCount]);
            var fresh = new PlatformIndicatorInput(evaluation, membership, null, -1);
            Time(times, "  revenue over 规上: one exact sum", () => { fresh.SumByGroup("revenue", above, sums, counts); return 0; });
            Time(times, "  revenue over every row: one exact sum", () => { fresh.SumByGroup("revenue", input.Select(null), sums, counts); return 0; });
            Time(times, "figures (whole Compute)", () => PlatformFigures.Compute(evaluation, membership, indicators));
            var units = membership.Units.Where(u => u.Kind == PlatformUnitKind.Platform && u.Parent.Length == 0).ToList();
            Time(times, "tier mixes", () => ScorecardTierMixes.Compute(evaluation, membership, units));
            Time(times, "whole scorecard", bench.WholeScorecard);
        }

        foreach (var (phase, list) in times)
        {
            list.Sort();
            Console.WriteLine($"{phase,-45} median {list[list.Count / 2],8:F1} ms   min {list[0],8:F1} ms");
        }

        return 0;
    }

    private static T Time<T>(Dictionary<string, List<double>> times, string phase, Func<T> work)
    {
        var watch = Stopwatch.StartNew();
        var result = work();
        watch.Stop();
        if (!times.TryGetValue(phase, out var list))
        {
            times[phase] = list = [];
        }

        list.Add(watch.Elapsed.TotalMilliseconds);
        return result;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
