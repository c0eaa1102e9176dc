using System.Diagnostics;
using System.Globalization;

namespace EnterpriseScoring.Performance;

/// <summary>
/// End-to-end timing of the <c>escore</c> process (issue 7, suite 5): wall-clock time of whole process runs, median of
/// several. BenchmarkDotNet is not used because the unit is a process. Run:
/// <c>dotnet run -c Release --project benchmarks/EnterpriseScoring.Performance -- cli --firms 1000000 --runs 3</c>
/// (build the CLI in Release first). Times <c>escore sample</c> (which writes the input file), then <c>validate</c> and
/// <c>score</c> on that file when the CLI has those commands (<c>--profile</c> names the profile for <c>score</c>; default <c>zhejiang-six-indicators</c>, built in).
/// </summary>
public static class CliTiming
{
    /// <summary>Runs the harness.</summary>
    /// <param name="args">Options: <c>--firms N</c>, <c>--runs R</c>, <c>--escore path/to/escore.dll</c>, <c>--profile P</c>.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args)
    {
        var firms = int.Parse(Option(args, "--firms") ?? "100000", CultureInfo.InvariantCulture);
        var runs = int.Parse(Option(args, "--runs") ?? "3", CultureInfo.InvariantCulture);
        var escore = Option(args, "--escore") ?? FindEscore();
        var profile = Option(args, "--profile") ?? "zhejiang-six-indicators";
        var work = Directory.CreateTempSubdirectory("escore-cli-timing-").FullName;
        try
        {
            var input = Path.Combine(work, "firms.csv");
            var help = Capture(escore, "--help");
            Console.WriteLine($"escore: {escore}");
            Console.WriteLine($"load: {Load()}");
            Time($"sample --firms {firms}", escore, ["sample", "--firms", firms.ToString(CultureInfo.InvariantCulture), "--seed", BenchmarkSizes.Seed.ToString(CultureInfo.InvariantCulture), "--out", input, "--quiet"], runs);
            Console.WriteLine($"input: {new FileInfo(input).Length / 1e6:F1} MB");
            if (HasCommand(help, "validate"))
            {
                Time($"validate ({firms} rows)", escore, ["validate", "--input", input, "--quiet"], runs);
            }
            else
            {
                Console.WriteLine("validate: not in this CLI yet");
            }

            if (HasCommand(help, "score"))
            {
                var output = Path.Combine(work, "out");
                Time($"score --profile {profile} ({firms} rows)", escore, ["score", "--profile", profile, "--input", input, "--out", output, "--quiet"], runs, output);
            }
            else
            {
                Console.WriteLine("score: not in this CLI yet");
            }

            Console.WriteLine($"load: {Load()}");
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>Times <paramref name="runs"/> runs; exit 1 (success with rejected rows) counts as success. With
    /// <paramref name="scoreOutput"/>, prints each run's run.json stage and per-file timings.</summary>
    private static void Time(string label, string escore, string[] arguments, int runs, string? scoreOutput = null)
    {
        var times = new List<double>();
        for (var r = 0; r < runs; r++)
        {
            var sw = Stopwatch.StartNew();
            var (code, output) = Execute(escore, arguments);
            sw.Stop();
            if (code is not (0 or 1))
            {
                Console.WriteLine($"{label}: exit {code}: {output}");
                return;
            }

            times.Add(sw.Elapsed.TotalSeconds);
            if (scoreOutput is not null)
            {
                Console.WriteLine($"  run {r + 1}: {sw.Elapsed.TotalSeconds:F2} s, load {Load()}; run.json {RunTimings(Path.Combine(scoreOutput, "run.json"))}");
            }
        }

        times.Sort();
        Console.WriteLine($"{label}: median {times[times.Count / 2]:F2} s (runs: {string.Join(", ", times.Select(t => t.ToString("F2", CultureInfo.InvariantCulture)))})");
    }

    /// <summary>run.json's <c>timingsMs</c> and <c>writeTimingsMs</c> as one line.</summary>
    private static string RunTimings(string runJson)
    {
        using var run = System.Text.Json.JsonDocument.Parse(File.ReadAllText(runJson));
        var parts = new List<string>();
        foreach (var group in new[] { "timingsMs", "writeTimingsMs" })
        {
            if (run.RootElement.TryGetProperty(group, out var timings))
            {
                parts.Add(group + " " + string.Join(", ", timings.EnumerateObject().Select(t => $"{t.Name} {t.Value.GetInt64()}")));
            }
        }

        return string.Join("; ", parts);
    }

    private static string Capture(string escore, params string[] arguments) => Execute(escore, arguments).Output;

    private static (int Code, string Output) Execute(string escore, string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(escore);
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr);
    }

    private static string FindEscore()
    {
        var root = RepositoryPaths.FindRoot();
        var path = root is null ? null : Path.Combine(root, "src", "EnterpriseScoring.Cli", "bin", "Release", "net10.0", "escore.dll");
        return path is not null && File.Exists(path)
            ? path
            : throw new FileNotFoundException("escore.dll not found: build the CLI in Release or pass --escore.");
    }

    private static bool HasCommand(string help, string command) =>
        help.Split('\n').Any(line => line.StartsWith("  " + command + " ", StringComparison.Ordinal));

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
