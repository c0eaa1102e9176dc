using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using EnterpriseScoring.Analysis;
using EnterpriseScoring.Cli.Input;
using EnterpriseScoring.Cli.Text;
using EnterpriseScoring.IO;

namespace EnterpriseScoring.Cli.Commands;

/// <summary>
/// <c>escore sensitivity</c>: tier stability under Monte Carlo draws of the weights, benchmarks and data
/// (<see cref="SensitivityAnalysis"/>); writes sensitivity.csv, pools.csv, sensitivity.html and run.json (docs/analysis.md).
/// </summary>
internal static class SensitivityCommand
{
    /// <summary>The draws when <c>--draws</c> is not given.</summary>
    internal const int DefaultDraws = 1000;

    private static readonly string[] OutputFiles = ["sensitivity.csv", "pools.csv", "sensitivity.html"];

    /// <summary>Creates the command.</summary>
    /// <param name="globals">The global options.</param>
    public static Command Create(GlobalOptions globals)
    {
        var profile = ProfileOption.Create();
        var input = new InputOptions();
        var output = new Option<string>("--out", "-o") { Description = Descriptions.SensitivityOut, HelpName = "DIR", Required = true };
        var draws = new Option<int?>("--draws") { Description = Descriptions.Draws, HelpName = "N" };
        var seed = new Option<ulong?>("--seed") { Description = Descriptions.SensitivitySeed, HelpName = "S" };
        var weights = new Option<string>("--weights") { Description = Descriptions.Weights, HelpName = "dirichlet:K|uniform:P" };
        var benchmarks = new Option<double?>("--benchmarks") { Description = Descriptions.Benchmarks, HelpName = "P" };
        var data = new Option<string[]>("--data") { Description = Descriptions.Data, HelpName = "MEASURE:P,…", AllowMultipleArgumentsPerToken = true };
        var prior = new Option<string[]>("--prior") { Description = Descriptions.PriorBenchmarks, HelpName = "RESULTS", AllowMultipleArgumentsPerToken = true };
        var acceptMissing = AcceptMissingOption.Create();
        var priorYear = new PriorYearInput();
        var rejectPolicy = new RejectPolicy.Options();
        var command = new Command("sensitivity", Descriptions.Sensitivity)
        {
            profile, output, draws, seed, weights, benchmarks, data, prior, acceptMissing,
        };
        input.AddTo(command);
        priorYear.AddTo(command);
        rejectPolicy.AddTo(command);
        command.Validators.Add(result =>
        {
            if (result.GetValue(draws) is < 1 or > 1_000_000)
            {
                result.AddError(Messages.BadDraws(result.GetValue(draws)));
            }

            if (result.GetValue(weights) is { } w && ParseWeights(w, out var problem) is null)
            {
                result.AddError(problem!);
            }

            if (result.GetValue(benchmarks) is { } b && !(b >= 0 && b < 100))
            {
                result.AddError(Messages.BadBenchmarks(b));
            }

            if (ParseData(result.GetValue(data) ?? [], out var dataProblem) is null)
            {
                result.AddError(dataProblem!);
            }

            if (result.GetValue(weights) is null && result.GetValue(benchmarks) is null && (result.GetValue(data) ?? []).Length == 0)
            {
                result.AddError(Messages.NothingToDraw);
            }
        });
        command.SetAction(parseResult =>
        {
            var context = CommandContext.From(parseResult, globals);
            var log = context.Log;
            var cancellation = context.CancelOnSignals();
            var started = DateTimeOffset.UtcNow;
            var profileArgument = parseResult.GetRequiredValue(profile);
            var evaluationProfile = ProfileOption.Load(profileArgument);
            var source = input.Resolve(parseResult);
            var outDir = parseResult.GetRequiredValue(output);
            var priorFiles = parseResult.GetValue(prior) ?? [];
            var protectedFiles = new List<(string What, string Path)>(priorYear.Files(parseResult));
            if (source.Path is { } inputPath)
            {
                protectedFiles.Add(("--input", inputPath));
            }

            protectedFiles.AddRange(priorFiles.Select(p => ("--prior", p)));
            if (File.Exists(profileArgument))
            {
                protectedFiles.Add(("--profile", profileArgument));
            }

            OutputDirectoryGuard.Check(outDir, protectedFiles);
            using var outputLock = OutputLock.Acquire(outDir);
            var priorInput = PriorInput.Read(priorFiles, evaluationProfile.EvaluationYear, evaluationProfile.Tiers);
            var read = source.Read(log, input.ReaderOptions(parseResult, evaluationProfile), cancellation);
            var policy = rejectPolicy.Resolve(parseResult);
            if (policy.IsExceeded(read.RejectedRowCount, read.RowsRead))
            {
                return policy.Outcome(log, read.RejectedRowCount, read.RowsRead, null);
            }

            var evaluator = MissingMeasureCheck.Check(log, evaluationProfile, parseResult.GetValue(acceptMissing) ?? [], read);
            var dataSpread = ParseData(parseResult.GetValue(data) ?? [], out _)!;
            var options = new SensitivityOptions
            {
                Draws = parseResult.GetValue(draws) ?? DefaultDraws,
                Seed = parseResult.GetValue(seed) ?? 1,
                Weights = parseResult.GetValue(weights) is { } w ? ParseWeights(w, out _)! : WeightPerturbation.None,
                BenchmarkPercent = parseResult.GetValue(benchmarks),
                Data = dataSpread.Select(x => new DataPerturbation(ResolveMeasure(read.Table, x.Measure), x.Percent)).ToArray(),
            };
            // As score: the prior-year figures of --prior-input replace those of --prior results, so the baseline is score's.
            var (evaluationContext, _) = priorYear.Apply(
                parseResult, log, input.ReaderOptions(parseResult, evaluationProfile), evaluationProfile,
                priorInput.Context(evaluationProfile, log, parseResult.GetValue(priorYear.File) is not null), read.Table, cancellation);
            SensitivityResult result;
            using (var progress = log.Start("sensitivity", Messages.Drawing, options.Draws, "draws"))
            {
                try
                {
                    result = SensitivityAnalysis.Run(evaluator, read.Table, options, evaluationContext, cancellation);
                }
                catch (InvalidOperationException ex)
                {
                    throw new CommandException(ExitCodes.InputOrUsageError, ex.Message, ex);
                }

                progress.Complete(Messages.Drawn(options.Draws, read.Table.Count));
            }

            cancellation.ThrowIfCancellationRequested();
            var exitCode = policy.SuccessCode(read.RejectedRowCount);
            AtomicDirectory.Publish(outDir, target =>
            {
                using (var stream = File.Create(target.File("sensitivity.csv")))
                {
                    SensitivityReport.WriteFirms(result, stream);
                }

                using (var stream = File.Create(target.File("pools.csv")))
                {
                    SensitivityReport.WritePools(result, stream);
                }

                File.WriteAllText(target.File("sensitivity.html"), SensitivityReport.ToHtml(result), new UTF8Encoding(false));
                File.WriteAllText(target.File("run.json"), RunJson(started, profileArgument, evaluationProfile, source.Describe(), read, options, exitCode), new UTF8Encoding(false));
            });

            foreach (var pool in result.Pools)
            {
                context.Output.WriteLine(Messages.SensitivityPool(pool.PoolId, pool.RatedFirms, pool.StableShare, pool.MeanSpearman, pool.MeanKendall));
            }

            policy.Outcome(log, read.RejectedRowCount, read.RowsRead, null);
            return exitCode;
        });
        return command;
    }

    /// <summary>Parses <c>dirichlet:K</c>, <c>uniform:P</c> or <c>none</c>; null with <paramref name="problem"/> when invalid.</summary>
    internal static WeightPerturbation? ParseWeights(string text, out string? problem)
    {
        problem = null;
        var parts = text.Split(':', 2, StringSplitOptions.TrimEntries);
        var kind = parts[0].ToLowerInvariant();
        if (kind == "none" && parts.Length == 1)
        {
            return WeightPerturbation.None;
        }

        if (parts.Length == 2 && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            var perturbation = kind switch
            {
                "dirichlet" => WeightPerturbation.Dirichlet(value),
                "uniform" => WeightPerturbation.Uniform(value),
                _ => null,
            };
            if (perturbation?.Problem() is { } invalid)
            {
                problem = $"--weights {text}: {invalid}.";
                return null;
            }

            if (perturbation is not null)
            {
                return perturbation;
            }
        }

        problem = Messages.BadWeights(text);
        return null;
    }

    /// <summary>Parses <c>measure:P</c> items (comma-separated, or repeated); null with <paramref name="problem"/> when invalid.</summary>
    internal static IReadOnlyList<(string Measure, double Percent)>? ParseData(IEnumerable<string> values, out string? problem)
    {
        problem = null;
        var items = new List<(string, double)>();
        foreach (var item in values.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            var parts = item.Split(':', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var percent))
            {
                problem = Messages.BadDataItem(item);
                return null;
            }

            if (!(percent >= 0 && percent < 100))
            {
                problem = Messages.BadDataSpread(parts[0], percent);
                return null;
            }

            items.Add((parts[0], percent));
        }

        return items;
    }

    /// <summary>The table's measure named <paramref name="name"/> (its id or an alias, case-insensitive).</summary>
    private static Measure ResolveMeasure(FirmTable table, string name)
    {
        var match = table.Measures.FirstOrDefault(m => string.Equals(m.Id, name, StringComparison.OrdinalIgnoreCase))
            ?? table.Measures.FirstOrDefault(m => m.Aliases.Any(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase)));
        return match ?? throw new CommandException(ExitCodes.InputOrUsageError, Messages.DataMeasureMissing(name, string.Join(", ", table.Measures.Select(m => m.Id))));
    }

    private static string RunJson(DateTimeOffset started, string profileArgument, EvaluationProfile profile, string input, FirmReadResult read, SensitivityOptions options, int exitCode)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("tool", EscoreApplication.ToolName);
            json.WriteString("version", EscoreApplication.Version);
            json.WriteString("library", typeof(Evaluator).Assembly.GetName().Version?.ToString(3));
            json.WriteString("command", "sensitivity");
            json.WriteString("startedAt", started.ToString("O", CultureInfo.InvariantCulture));
            json.WriteStartObject("profile");
            json.WriteString("name", profile.Name);
            json.WriteString("argument", profileArgument);
            json.WriteNumber("evaluationYear", profile.EvaluationYear);
            json.WriteString("sha256", ProfileOption.Sha256(profile));
            json.WriteEndObject();
            json.WriteStartObject("input");
            json.WriteString("source", input);
            json.WriteString("sha256", read.Sha256);
            json.WriteNumber("rowsRead", read.RowsRead);
            json.WriteNumber("firms", read.Table.Count);
            json.WriteNumber("rejectedRows", read.RejectedRowCount);
            json.WriteEndObject();
            json.WriteStartObject("draws");
            json.WriteNumber("count", options.Draws);
            json.WriteString("seed", options.Seed.ToString(CultureInfo.InvariantCulture));
            json.WriteString("weights", options.Weights.ToString());
            if (options.BenchmarkPercent is { } b)
            {
                json.WriteNumber("benchmarksPercent", b);
            }

            json.WriteStartObject("dataPercent");
            foreach (var item in options.Data)
            {
                json.WriteNumber(item.Measure.Id, item.Percent);
            }

            json.WriteEndObject();
            json.WriteString("generator", "SplitMix64 per (seed, draw, stream); see DrawRandom in docs/analysis.md");
            json.WriteEndObject();
            json.WriteStartArray("outputs");
            foreach (var file in OutputFiles)
            {
                json.WriteStringValue(file);
            }

            json.WriteEndArray();
            json.WriteNumber("exitCode", exitCode);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
