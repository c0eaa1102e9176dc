using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using EnterpriseScoring.Cli.Input;
using EnterpriseScoring.Cli.Output;
using EnterpriseScoring.IO;
using EnterpriseScoring.Policies;
using EnterpriseScoring.Reporting;

namespace EnterpriseScoring.Cli.Commands;

/// <summary>
/// <c>escore score</c>: the nightly job. Reads the firms, evaluates them under a profile, and publishes results.csv,
/// rejects.csv, summary.csv, report.html and run.json into <c>--out</c> atomically; prints the tier table.
/// </summary>
internal static class ScoreCommand
{
    /// <summary>The files a run writes, in order.</summary>
    public static readonly string[] OutputFiles = ["results.csv", "rejects.csv", "summary.csv", "report.html", "run.json"];

    /// <summary>Creates the command.</summary>
    /// <param name="globals">The global options.</param>
    public static Command Create(GlobalOptions globals)
    {
        var profile = ProfileOption.Create();
        var input = new InputOptions();
        var output = new Option<string>("--out", "-o")
        {
            Description = "The output directory: replaced as a whole, atomically, when the run succeeds (created when missing).",
            HelpName = "DIR",
            Required = true,
        };
        var prior = new Option<string[]>("--prior")
        {
            Description = "Earlier results.csv files: prior-year benchmarks, tier history and the migration table.",
            HelpName = "RESULTS",
            AllowMultipleArgumentsPerToken = true,
        };
        var year = new Option<int?>("--year")
        {
            Description = "The evaluation year written to the results (default: the profile's).",
        };
        var maxRejects = RejectLimit.CreateOption();
        var resultsDb = new Option<DbProvider?>("--results-db")
        {
            Description = "Also write the results to a database table in one transaction: sqlite or postgres.",
            HelpName = "sqlite|postgres",
        };
        var resultsConnection = new Option<string>("--results-connection")
        {
            Description = "With --results-db: the connection string (sqlite: also a file path; env:NAME reads a variable). Default: --connection.",
            HelpName = "CS",
        };
        var resultsTable = new Option<string>("--results-table")
        {
            Description = "With --results-db: the table (created when missing; this year's rows are replaced).",
            HelpName = "NAME",
            DefaultValueFactory = _ => "escore_results",
        };

        var command = new Command("score", "Evaluate the firms under a profile and write results.csv, rejects.csv, summary.csv, report.html and run.json to --out.")
        {
            profile,
        };
        input.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(prior);
        command.Options.Add(year);
        command.Options.Add(maxRejects);
        command.Options.Add(resultsDb);
        command.Options.Add(resultsConnection);
        command.Options.Add(resultsTable);
        command.Validators.Add(result =>
        {
            if (result.GetValue(resultsDb) is not null && result.GetValue(resultsConnection) is null && result.GetValue(input.Connection) is null)
            {
                result.AddError("--results-db needs --results-connection (or a --connection of the input database).");
            }
        });

        command.SetAction(parseResult =>
        {
            var context = CommandContext.From(parseResult, globals);
            var log = context.Log;
            var started = DateTimeOffset.UtcNow;
            var total = Stopwatch.StartNew();
            var timings = new Dictionary<string, long>();

            var stopwatch = Stopwatch.StartNew();
            var profileArgument = parseResult.GetRequiredValue(profile);
            var evaluationProfile = ProfileOption.Load(profileArgument);
            var evaluationYear = parseResult.GetValue(year) ?? evaluationProfile.EvaluationYear;
            timings["profile"] = stopwatch.ElapsedMilliseconds;
            log.Info($"profile {evaluationProfile.Name} ({evaluationProfile.Jurisdiction}, {evaluationProfile.EvaluationYear})");

            var source = input.Resolve(parseResult);
            stopwatch.Restart();
            var read = source.Read(log, input.ReaderOptions(parseResult));
            timings["read"] = stopwatch.ElapsedMilliseconds;
            var limit = parseResult.GetValue(maxRejects);
            if (limit is { } l && l.IsExceeded(read.RejectedRowCount, read.RowsRead))
            {
                log.Error(
                    string.Create(CultureInfo.InvariantCulture, $"{read.RejectedRowCount} of {read.RowsRead} rows rejected, more than --max-rejects {l} allows: '{parseResult.GetValue(output)}' left unchanged (see 'escore validate --rejects FILE')"),
                    ExitCodes.TooManyRejects);
                return ExitCodes.TooManyRejects;
            }

            var priorFiles = parseResult.GetValue(prior) ?? [];
            var priorResults = new List<PriorResult>();
            var priorRecords = new List<object>();
            foreach (var file in priorFiles)
            {
                if (!File.Exists(file))
                {
                    throw new CommandException(ExitCodes.InputOrUsageError, $"prior results file '{file}' not found");
                }

                try
                {
                    var results = ResultsCsvReader.Read(file);
                    priorResults.AddRange(results);
                    priorRecords.Add(new { path = file, sha256 = FileSha256(file), firms = results.Count, years = results.Select(r => r.Year).Distinct().Order().ToArray() });
                }
                catch (FormatException ex)
                {
                    throw new CommandException(ExitCodes.InputOrUsageError, $"cannot read prior results '{file}': {ex.Message}", ex);
                }
            }

            var earlier = priorResults.Where(r => r.Year < evaluationYear || r.Year == 0).ToList();
            var evaluationContext = earlier.Count == 0 ? EvaluationContext.Empty : PriorYearContext.FromResults(earlier);

            stopwatch.Restart();
            Evaluation evaluation;
            using (var progress = log.Start("evaluate", "evaluating", read.Table.Count, "firms"))
            {
                evaluation = new Evaluator(evaluationProfile).Evaluate(read.Table, evaluationContext);
                progress.Report(read.Table.Count);
                progress.Complete(string.Create(CultureInfo.InvariantCulture, $"evaluated {read.Table.Count:N0} firms in {evaluation.Pools.Count} pools"));
            }

            timings["evaluate"] = stopwatch.ElapsedMilliseconds;

            stopwatch.Restart();
            var outDir = parseResult.GetRequiredValue(output);
            var target = AtomicDirectory.Begin(outDir);
            var runId = string.Create(CultureInfo.InvariantCulture, $"{started:yyyyMMdd'T'HHmmss'Z'}-{Guid.NewGuid().ToString("N")[..8]}");
            var consequences = Consequences.ForEvaluation(evaluation, earlier);
            MigrationMatrix? migration = earlier.Count > 0 ? MigrationMatrix.Between(earlier.Where(r => r.Year == earlier.Max(p => p.Year)), evaluation) : null;
            var rated = evaluation.Results.Count(r => r.Status == FirmStatus.Rated);
            var engineRejected = evaluation.Results.Count(r => r.Status == FirmStatus.Rejected);
            try
            {
                using (var progress = log.Start("write", $"writing {outDir}", OutputFiles.Length, "files"))
                {
                    ResultsCsvWriter.Write(evaluation, target.File("results.csv"), new ResultsCsvWriterOptions { InputRejections = read.Rejections, Year = evaluationYear, Consequences = consequences });
                    progress.Report(1);
                    RowIssueCsvWriter.Write(read.Rejections, target.File("rejects.csv"));
                    progress.Report(2);
                    SummaryCsv.Write(evaluation, target.File("summary.csv"));
                    progress.Report(3);
                    HtmlReport.Write(evaluation, target.File("report.html"), new HtmlReportOptions { InputRejections = read.Rejections, Migration = migration });
                    progress.Report(4);
                    timings["write"] = stopwatch.ElapsedMilliseconds;
                    timings["total"] = total.ElapsedMilliseconds;
                    var run = new
                    {
                        tool = EscoreApplication.ToolName,
                        version = EscoreApplication.Version,
                        library = typeof(Evaluator).Assembly.GetName().Version?.ToString(3),
                        runId,
                        startedAt = started.ToString("O", CultureInfo.InvariantCulture),
                        year = evaluationYear,
                        profile = new { name = evaluationProfile.Name, argument = profileArgument, jurisdiction = evaluationProfile.Jurisdiction, evaluationYear = evaluationProfile.EvaluationYear, sha256 = ProfileOption.Sha256(evaluationProfile) },
                        input = new { kind = source.Kind, source = source.Describe(), sheet = source.Sheet, encoding = source.Format == FirmInputFormat.Csv ? read.EncodingUsed.WebName : null, sha256 = source.Sha256(), query = source.Query },
                        prior = priorRecords,
                        counts = new { read = read.RowsRead, loaded = read.Table.Count, rated, notRated = read.Table.Count - rated - engineRejected, rejected = read.RejectedRowCount + engineRejected, rejectedOnInput = read.RejectedRowCount, rejectedByEvaluation = engineRejected, warnings = read.Warnings.Count, blankRowsSkipped = read.BlankRowsSkipped },
                        statusCounts = evaluation.Results.GroupBy(r => r.Status).OrderBy(g => g.Key).ToDictionary(g => ResultsCsvFormat.StatusCode(g.Key), g => g.Count()),
                        tierCounts = evaluation.Results.Where(r => r.Tier is not null).GroupBy(r => r.Tier!.Value).OrderBy(g => g.Key).ToDictionary(g => g.Key.ToString(), g => g.Count()),
                        timingsMs = timings,
                        outputs = OutputFiles,
                        exitCode = read.RejectedRowCount > 0 ? ExitCodes.SuccessWithRejects : ExitCodes.Success,
                    };
                    File.WriteAllText(target.File("run.json"), JsonSerializer.Serialize(run, CliJson.Indented) + "\n", new UTF8Encoding(false));
                    progress.Report(5);
                    if (parseResult.GetValue(resultsDb) is { } provider)
                    {
                        var connection = InputOptions.ResolveConnection(parseResult.GetValue(resultsConnection) ?? parseResult.GetRequiredValue(input.Connection));
                        var table = parseResult.GetRequiredValue(resultsTable);
                        var rows = ResultsDatabase.Write(provider, connection, table, target.File("results.csv"), runId, evaluationYear);
                        log.Info($"wrote {rows} rows to {provider.ToString().ToLowerInvariant()} table {table} (run {runId})");
                    }

                    target.Commit();
                    progress.Complete($"wrote {string.Join(", ", OutputFiles)} to {outDir}");
                }
            }
            catch
            {
                target.Abandon();
                throw;
            }

            if (!context.Quiet)
            {
                context.Output.WriteLine(TierTable.Render(evaluation));
                context.Output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{read.RowsRead} rows: {rated} rated, {read.Table.Count - rated - engineRejected} not rated, {read.RejectedRowCount + engineRejected} rejected. Results in {outDir}"));
            }

            return ValidateCommand.Outcome(log, read, limit, Path.Combine(outDir, "rejects.csv"));
        });
        return command;
    }

    private static string FileSha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream));
    }
}
