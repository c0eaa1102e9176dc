using System.Diagnostics;
using System.Globalization;
using EnterpriseScoring.Platforms;
using EnterpriseScoring.Scorecards;

namespace EnterpriseScoring.Performance;

/// <summary>
/// A Stopwatch breakdown of the platform scorecard of <see cref="ScorecardBenchmarks"/> by phase (membership, each
/// indicator's parts, the units' figures, the tier mixes, the whole scorecard), and of the whole scorecard by the phases
/// <see cref="Scorecard.EvaluateWithLaps"/>
/// reports as it goes (laps that add up to the whole): the shares show where the time goes even on a loaded machine, where
/// BenchmarkDotNet's absolute timings are not to be trusted. Run:
/// <c>dotnet EnterpriseScoring.Performance.dll scorecard-phases --firms 1000000 --runs 5</c> (Release build).
/// </summary>
public static class ScorecardPhaseTiming
{
    /// <summary>Runs the breakdown.</summary>
    /// <param name="args">Options: <c>--firms N</c> (default 1,000,000), <c>--runs R</c> (default 5; the median and the min are shown).</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args)
    {
        var firms = int.Parse(Option(args, "--firms") ?? "1000000", CultureInfo.InvariantCulture);
        var runs = int.Parse(Option(args, "--runs") ?? "5", CultureInfo.InvariantCulture);
        var bench = new ScorecardBenchmarks { Firms = firms };
        bench.Setup();
        var (evaluation, register, profile) = (bench.Evaluation, bench.Register, bench.Profile);
        var indicators = profile.Indicators.Select(i => i.Indicator).ToArray();
        Console.WriteLine($"firms {firms}, platforms {ProvincePlatforms.Count}, indicators {indicators.Length}, load {LoadAverage()}");
        var times = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        for (var run = 0; run < runs; run++)
        {
            var membership = Time(times, "membership", () => PlatformMembership.Create(evaluation.Table, register, profile.Year));
            Time(times, "  membership: rows by group (RowsByGroup.Of)", () => RowsByGroup.Of(membership.GroupOfRow, membership.GroupCount));
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
            var units = Scorecard.ScoredUnits(profile, membership);
            Time(times, "tier mixes", () => ScorecardTierMixes.Compute(evaluation, membership, units));
            Time(times, "  tier mixes: tiers of the rows (FillTiers)", () => { evaluation.FillTiers(new Tier[evaluation.Table.Count]); return 0; });
            Time(times, "whole scorecard", bench.WholeScorecard);
            Time(times, "whole scorecard, by phase (Σ laps)", () => bench.WholeScorecard(Lap(times)));
        }

        foreach (var (phase, list) in times)
        {
            list.Sort();
            Console.WriteLine($"{phase,-45} median {list[list.Count / 2],8:F1} ms   min {list[0],8:F1} ms");
        }

        return 0;
    }

    /// <summary>A lap hook for <see cref="ScorecardBenchmarks.WholeScorecard(Action{string})"/>: each call records the time
    /// since the previous one (or since the hook was made) under "  whole: " + the phase's name.</summary>
    private static Action<string> Lap(Dictionary<string, List<double>> times)
    {
        var watch = Stopwatch.StartNew();
        return phase =>
        {
            var elapsed = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            var key = "  whole: " + phase;
            if (!times.TryGetValue(key, out var list))
            {
                times[key] = list = [];
            }

            list.Add(elapsed);
        };
    }

    /// <summary>The load averages (Linux: /proc/loadavg); "n/a" where the system does not give them.</summary>
    private static string LoadAverage()
    {
        try
        {
            return OperatingSystem.IsLinux() && File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "n/a";
        }
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
