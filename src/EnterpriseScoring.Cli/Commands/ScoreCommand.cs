using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using EnterpriseScoring.Analysis;
using EnterpriseScoring.Cli.Input;
using EnterpriseScoring.Cli.Output;
using EnterpriseScoring.Cli.Text;
using EnterpriseScoring.Excel;
using EnterpriseScoring.Parquet;
using EnterpriseScoring.IO;
using EnterpriseScoring.Policies;
using EnterpriseScoring.Reporting;

namespace EnterpriseScoring.Cli.Commands;

/// <summary>
/// <c>escore score</c>: the nightly job. Reads the firms, evaluates them under a profile, and publishes results.csv,
/// rejects.csv, summary.csv, report.html (results.xlsx with <c>--format xlsx</c>, results.parquet with <c>--format parquet</c>) and run.json into <c>--out</c>
/// atomically; prints the tier table.
/// </summary>
internal static class ScoreCommand
{
    /// <summary>The files a run writes, in order (results.xlsx only with <c>--format xlsx</c>, results.parquet only with <c>--format parquet</c>).</summary>
    public static readonly string[] OutputFiles = ["results.csv", "rejects.csv", "summary.csv", "report.html", "results.xlsx", "results.parquet", "run.json"];

    /// <summary>The keys of run.json's <c>writeTimingsMs</c>, in order: the consequences, then each file written before run.json.</summary>
    private static readonly string[] WriteTimingKeys = ["consequences", "results.csv", "rejects.csv", "summary.csv", "report.html", "results.xlsx", "results.parquet"];

    /// <summary>Creates the command.</summary>
    /// <param name="globals">The global options.</param>
    public static Command Create(GlobalOptions globals)
    {
        var profile = ProfileOption.Create();
        var input = new InputOptions();
        var output = new Option<string>("--out", "-o")
        {
            Description = Descriptions.OutDirectory,
            HelpName = "DIR",
            Required = true,
        };
        var prior = new Option<string[]>("--prior")
        {
            Description = Descriptions.Prior,
            HelpName = "RESULTS",
            AllowMultipleArgumentsPerToken = true,
        };
        var year = new Option<int?>("--year")
        {
            Description = Descriptions.Year,
        };
        var rejectPolicy = new RejectPolicy.Options();
        var resultsDatabase = new ResultsDatabaseOptions();
        var rawText = RawTextOption.Create();
        var acceptMissing = AcceptMissingOption.Create();
        var display = new DisplayOptions();
        var decisions = new OfficialDecisions();
        var priorYear = new PriorYearInput();
        var format = OutputFormats.Create();
        var whatItTakes = new Option<bool>("--what-it-takes")
        {
            Description = Descriptions.WhatItTakesColumns,
        };

        var title = new Option<string?>("--title")
        {
            Description = Descriptions.Title,
            HelpName = "TEXT",
        };
        var expandReport = new Option<bool>("--report-expand")
        {
            Description = Descriptions.ReportExpand,
        };

        var command = new Command("score", Descriptions.Score)
        {
            profile,
        };
        input.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(prior);
        command.Options.Add(year);
        rejectPolicy.AddTo(command);
        resultsDatabase.AddTo(command, input.Connection);
        command.Options.Add(rawText);
        command.Options.Add(acceptMissing);
        command.Options.Add(whatItTakes);
        decisions.AddTo(command);
        priorYear.AddTo(command);
        command.Options.Add(title);
        command.Options.Add(expandReport);
        display.AddTo(command);
        command.Options.Add(format);

        command.SetAction(parseResult =>
        {
            var context = CommandContext.From(parseResult, globals);
            var log = context.Log;
            var cancellation = context.CancelOnSignals(); // SIGINT/SIGTERM…: stop at a check below, publish nothing, exit 128 + N
            var started = DateTimeOffset.UtcNow;
            var total = Stopwatch.StartNew();
            var timings = new Dictionary<string, long>();

            var stopwatch = Stopwatch.StartNew();
            var profileArgument = parseResult.GetRequiredValue(profile);
            var evaluationProfile = ProfileOption.Load(profileArgument);
            var evaluationYear = parseResult.GetValue(year) ?? evaluationProfile.EvaluationYear;
            if (evaluationYear != evaluationProfile.EvaluationYear)
            {
                // --year runs the profile for that year: transition periods, tier history and calendar surcharges count from it.
                evaluationProfile = evaluationProfile.WithEvaluationYear(evaluationYear);
            }
            // --rounding / --decimals: how numbers are shown (summaries, report, display columns), part of the profile run.
            evaluationProfile = evaluationProfile with { Display = display.Resolve(parseResult, evaluationProfile.Display) };
            timings["profile"] = stopwatch.ElapsedMilliseconds;
            log.Info(Messages.ProfileInUse(evaluationProfile.Name, evaluationProfile.Jurisdiction, evaluationProfile.EvaluationYear));

            var source = input.Resolve(parseResult);
            var outDir = parseResult.GetRequiredValue(output);
            var priorFiles = parseResult.GetValue(prior) ?? [];
            var resultsTarget = resultsDatabase.Resolve(parseResult, input.Connection, evaluationProfile);
            var protectedInputs = ProtectedInputs(parseResult, input, source, profileArgument, priorFiles, resultsTarget);
            protectedInputs.AddRange(decisions.Files(parseResult));
            protectedInputs.AddRange(priorYear.Files(parseResult));
            OutputDirectoryGuard.Check(outDir, protectedInputs);
            using var outputLock = OutputLock.Acquire(outDir); // a second run to this --out is refused until this one ends
            var priorInput = PriorInput.Read(priorFiles, evaluationYear, evaluationProfile.Tiers);
            cancellation.ThrowIfCancellationRequested();
            stopwatch.Restart();
            var readerOptions = input.ReaderOptions(parseResult, evaluationProfile); // the firms' file and --prior-input's
            var read = source.Read(log, readerOptions, cancellation);
            cancellation.ThrowIfCancellationRequested();
            var evaluator = MissingMeasureCheck.Check(log, evaluationProfile, parseResult.GetValue(acceptMissing) ?? [], read);
            var (table, corrections) = decisions.ApplyCorrections(parseResult, log, read); // before evaluation: benchmarks and quotas move for everyone
            timings["read"] = stopwatch.ElapsedMilliseconds;
            var policy = rejectPolicy.Resolve(parseResult);
            if (policy.IsExceeded(read.RejectedRowCount, read.RowsRead))
            {
                log.Error(Messages.TooManyRejectsOnInput(read.RejectedRowCount, read.RowsRead, policy.Limit.ToString(), outDir), ExitCodes.TooManyRejects);
                return ExitCodes.TooManyRejects;
            }

            var (evaluationContext, priorYearRecord) = priorYear.Apply(
                parseResult, log, readerOptions, evaluationProfile,
                priorInput.Context(evaluationProfile, log, parseResult.GetValue(priorYear.File) is not null), table, cancellation);
            stopwatch.Restart();
            Evaluation evaluation;
            using (var progress = log.Start("evaluate", Messages.Evaluating, read.Table.Count, "firms"))
            {
                evaluation = evaluator.Evaluate(table, evaluationContext);
                progress.Report(read.Table.Count);
                progress.Complete(Messages.Evaluated(read.Table.Count, evaluation.Pools.Count));
            }

            RunAdjustments? adjustments;
            (evaluation, adjustments) = decisions.ApplyAdjustments(parseResult, log, evaluation); // after every rule and quota

            timings["evaluate"] = stopwatch.ElapsedMilliseconds;
            cancellation.ThrowIfCancellationRequested();

            stopwatch.Restart();
            var runId = string.Create(CultureInfo.InvariantCulture, $"{started:yyyyMMdd'T'HHmmss'Z'}-{Guid.NewGuid().ToString("N")[..8]}");
            var earlier = priorInput.Earlier;
            var writeTimings = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);

            // Only results.csv needs the consequences: made on another core while the rejections are collected (and awaited
            // before the --max-rejects check, so an error in them surfaces where it did).
            var consequencesTask = Task.Run(() => Timed(writeTimings, "consequences", () => Consequences.ForEvaluation(evaluation, earlier)));
            // In the profile's tier set: the prior results were read with its codes (PriorInput), so every level is the set's.
            MigrationMatrix? migration = earlier.Count > 0 ? MigrationMatrix.Between(priorInput.Latest, evaluation) : null;
            var statusCounts = evaluation.StatusCounts;
            var rated = statusCounts[FirmStatus.Rated];
            var evaluationRejects = EvaluationRejections.Of(evaluation, read.Columns);
            var engineRejected = evaluationRejects.Count;
            var rejectedRows = read.RejectedRowCount + engineRejected;
            var rejects = read.Rejections.Concat(evaluationRejects).OrderBy(i => i.Line).ToList();
            var rejectsInLanguage = Messages.InLanguage(rejects); // rejects.csv's reasons in the run's language (the results database keeps the English)
            var consequences = consequencesTask.GetAwaiter().GetResult();
            cancellation.ThrowIfCancellationRequested(); // collecting the rejections and consequences of a large table takes a while
            var notes = PoolNotes(evaluation);
            foreach (var note in notes)
            {
                log.Warn(note);
            }

            if (policy.IsExceeded(rejectedRows, read.RowsRead))
            {
                log.Error(Messages.TooManyRejects(rejectedRows, read.RowsRead, read.RejectedRowCount, engineRejected, policy.Limit.ToString(), outDir), ExitCodes.TooManyRejects);
                return ExitCodes.TooManyRejects;
            }

            var escaping = RawTextOption.Escaping(parseResult.GetValue(rawText));
            var xlsx = OutputFormats.Xlsx(parseResult.GetValue(format));
            var parquet = OutputFormats.Parquet(parseResult.GetValue(format));
            var outputFiles = OutputFiles.Where(f => (xlsx || f != "results.xlsx") && (parquet || f != "results.parquet")).ToArray();
            var target = AtomicDirectory.Begin(outDir);
            try
            {
                using (var progress = log.Start("write", Messages.Writing(outDir), outputFiles.Length, "files"))
                {
                    // results.csv here (its rows are formatted on every core); the other files, the hashes run.json records and the
                    // group summaries the tier table prints on another core. Separate files: the bytes do not depend on the order.
                    var others = Task.Run(() =>
                    {
                        Timed(writeTimings, "rejects.csv", () => RowIssueCsvWriter.Write(rejectsInLanguage, target.File("rejects.csv"), new RowIssueCsvWriterOptions { FormulaEscaping = escaping }));
                        Timed(writeTimings, "summary.csv", () => SummaryCsv.Write(evaluation, target.File("summary.csv"), escaping));
                        Timed(writeTimings, "report.html", () => HtmlReport.Write(evaluation, target.File("report.html"), new HtmlReportOptions { Title = parseResult.GetValue(title), InputRejections = read.Rejections, Migration = migration, Prior = priorInput.Latest, Consequences = consequences, ExpandLists = parseResult.GetValue(expandReport) }));
                        var profileHash = ProfileOption.Sha256(evaluationProfile);
                        if (xlsx)
                        {
                            Timed(writeTimings, "results.xlsx", () => ResultsXlsxWriter.Write(evaluation, target.File("results.xlsx"), new ResultsXlsxWriterOptions
                            {
                                Rejects = rejectsInLanguage,
                                RunId = runId,
                                Input = source.Describe(),
                                InputSha256 = read.Sha256,
                                ProfileSha256 = profileHash,
                                Tool = $"{EscoreApplication.ToolName} {EscoreApplication.Version}",
                            }));
                        }

                        if (parquet)
                        {
                            Timed(writeTimings, "results.parquet", () => ResultsParquetWriter.Write(evaluation, target.File("results.parquet")));
                        }

                        return (Input: read.Sha256, Profile: profileHash);
                    });
                    try
                    {
                        Timed(writeTimings, "results.csv", () => ResultsCsvWriter.Write(evaluation, target.File("results.csv"), new ResultsCsvWriterOptions { InputRejections = read.Rejections, Year = evaluationYear, Consequences = consequences, FormulaEscaping = escaping, DisplayColumns = parseResult.GetValue(display.DisplayColumns), AdditionalColumns = AdditionalColumns(parseResult.GetValue(whatItTakes) ? WhatItTakesColumns.For(new WhatIfAnalysis(evaluation, evaluator, evaluationContext)) : null, OfficialDecisions.InitialTierColumn(evaluation, adjustments)) }));
                    }
                    catch
                    {
                        WaitQuietly(others); // before the temporary directory is removed
                        throw;
                    }

                    progress.Report(1);
                    var hashes = others.GetAwaiter().GetResult();
                    progress.Report(outputFiles.Length - 1);
                    timings["write"] = stopwatch.ElapsedMilliseconds;
                    timings["total"] = total.ElapsedMilliseconds;
                    var run = new RunRecord(
                        Tool: EscoreApplication.ToolName,
                        Version: EscoreApplication.Version,
                        Library: typeof(Evaluator).Assembly.GetName().Version?.ToString(3),
                        RunId: runId,
                        StartedAt: started.ToString("O", CultureInfo.InvariantCulture),
                        Year: evaluationYear,
                        Profile: new RunProfile(evaluationProfile.Name, profileArgument, evaluationProfile.Jurisdiction, evaluationProfile.EvaluationYear, hashes.Profile, RunProfile.TiersOf(evaluationProfile.Tiers), RunProfile.FilesOf(evaluationProfile)),
                        Input: new RunInput(source.Kind, source.Describe(), source.Sheet, source.Format == FirmInputFormat.Csv ? read.EncodingUsed.WebName : null, hashes.Input, source.Query, RunInput.ColumnsOf(read.Columns)),
                        Prior: priorInput.Records(),
                        Counts: new RunCounts(read.RowsRead, read.Table.Count, rated, read.Table.Count - rated - engineRejected, rejectedRows, read.RejectedRowCount, engineRejected, read.Warnings.Count, read.BlankRowsSkipped),
                        StatusCounts: statusCounts.Where(c => c.Value > 0).OrderBy(c => c.Key).ToDictionary(c => ResultsCsvFormat.StatusCode(c.Key), c => c.Value),
                        TierCounts: RunTierCounts(evaluation),
                        TimingsMs: timings,
                        WriteTimingsMs: WriteTimingKeys.Where(writeTimings.ContainsKey).ToDictionary(k => k, k => writeTimings[k]),
                        Outputs: outputFiles,
                        Notes: Localization.IsChinese ? Localization.InEnglish(() => PoolNotes(evaluation)) : notes, // run.json stays English
                        AcceptedMissingMeasures: evaluator.FindMissingMeasures(read.Table).Select(m => m.Measure.Id).ToArray(),
                        MaxRejects: policy.Limit.ToString(),
                        ResultsDatabase: resultsTarget is null ? null : new RunResultsDatabase(resultsTarget.Provider.ToString().ToLowerInvariant(), resultsTarget.Table, resultsTarget.Scope),
                        ExitCode: policy.SuccessCode(rejectedRows),
                        Corrections: corrections,
                        Adjustments: adjustments,
                        PriorInput: priorYearRecord);
                    File.WriteAllText(target.File("run.json"), JsonSerializer.Serialize(run, (JsonTypeInfo<RunRecord>)CliJson.Indented.GetTypeInfo(typeof(RunRecord))) + "\n", new UTF8Encoding(false));
                    progress.Report(outputFiles.Length);

                    // The database rows are written in a transaction that is committed only once --out is in place (and --out
                    // is put back when that commit fails): both change, or neither does.
                    using var staged = resultsTarget is null ? null : ResultsDatabase.Stage(
                        resultsTarget,
                        new ResultsDatabaseRun(
                            runId, evaluationYear, started, EscoreApplication.Version, typeof(Evaluator).Assembly.GetName().Version?.ToString(3),
                            evaluationProfile.Name, evaluationProfile.Jurisdiction, profileArgument, hashes.Profile, source.Kind, ResultsDatabaseRun.SourceOf(source), source.Query, hashes.Input,
                            read.RowsRead, read.Table.Count, rated, read.Table.Count - rated - engineRejected, rejectedRows, read.RejectedRowCount, engineRejected,
                            policy.Limit.ToString(), policy.SuccessCode(rejectedRows)),
                        target.File("results.csv"),
                        read.Table.Count,
                        rejects,
                        escaping);
                    OutputDirectoryGuard.Check(outDir, protectedInputs); // again: the directory may have changed during the run
                    cancellation.ThrowIfCancellationRequested(); // the last point a signal cancels: from here on the run publishes
                    target.Commit(staged is null ? null : staged.Commit);
                    if (staged is not null)
                    {
                        log.Info(Messages.WroteDatabase(staged.Rows, resultsTarget!.Provider.ToString().ToLowerInvariant(), resultsTarget.Table, resultsTarget.Scope, evaluationYear, runId, staged.Replaced));
                    }

                    progress.Complete(Messages.Wrote(outputFiles, outDir));
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
                context.Output.WriteLine(Messages.ScoreSummary(read.RowsRead, rated, read.Table.Count - rated - engineRejected, rejectedRows, outDir));
            }

            return policy.Outcome(log, rejectedRows, read.RowsRead, Path.Combine(outDir, "rejects.csv"), rejects.FirstOrDefault());
        });
        return command;
    }

    /// <summary>The columns added after results.csv's standard ones: the initial tier (with <c>--adjustments</c>), then the what-it-takes columns; null when none.</summary>
    private static List<ResultsColumn>? AdditionalColumns(IReadOnlyList<ResultsColumn>? whatItTakes, ResultsColumn? initialTier)
    {
        if (whatItTakes is null && initialTier is null)
        {
            return null;
        }

        var columns = new List<ResultsColumn>();
        if (initialTier is not null)
        {
            columns.Add(initialTier);
        }

        columns.AddRange(whatItTakes ?? []);
        return columns;
    }

    /// <summary>Runs <paramref name="make"/>, recording its wall time in milliseconds under <paramref name="name"/>.</summary>
    private static T Timed<T>(ConcurrentDictionary<string, long> timings, string name, Func<T> make)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = make();
        timings[name] = stopwatch.ElapsedMilliseconds;
        return result;
    }

    /// <summary>Runs <paramref name="write"/>, recording its wall time in milliseconds under <paramref name="name"/>.</summary>
    private static void Timed(ConcurrentDictionary<string, long> timings, string name, Action write) =>
        Timed(timings, name, () =>
        {
            write();
            return true;
        });

    /// <summary>Waits for <paramref name="task"/>, ignoring its failure (another exception is on its way).</summary>
    private static void WaitQuietly(Task task)
    {
        try
        {
            task.Wait();
        }
        catch (AggregateException)
        {
            // The caller rethrows its own exception.
        }
    }

    /// <summary>The files of the run that must not lie inside <c>--out</c>.</summary>
    private static List<(string What, string Path)> ProtectedInputs(
        ParseResult parseResult, InputOptions input, FirmSource source, string profileArgument, string[] priorFiles, ResultsDatabaseTarget? results)
    {
        var files = new List<(string What, string Path)>();
        if (source.Path is { } path)
        {
            files.Add(("--input", path));
        }

        if (source.Provider == DbProvider.Sqlite && SqlitePath(source.Connection!) is { } database)
        {
            files.Add(("the SQLite database", database));
        }

        if (parseResult.GetValue(input.Query) is { } query && query.StartsWith('@'))
        {
            files.Add(("the --query file", query[1..]));
        }

        if (results is { Provider: DbProvider.Sqlite } && SqlitePath(results.Connection) is { } resultsPath)
        {
            files.Add(("the --results-db database", resultsPath));
        }

        files.AddRange(priorFiles.Select(f => ("--prior", f)));
        if (File.Exists(profileArgument))
        {
            files.Add(("the profile", profileArgument));
        }

        return files;
    }

    /// <summary>The file of a SQLite connection string or plain path; null for an in-memory database or an unparsable string.</summary>
    private static string? SqlitePath(string connection)
    {
        if (!connection.Contains('=', StringComparison.Ordinal))
        {
            return connection;
        }

        try
        {
            var source = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connection).DataSource;
            return string.IsNullOrEmpty(source) || source == ":memory:" ? null : source;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// run.json's <c>tierCounts</c>: firms per tier (non-zero only) under the profile's codes, its levels best first, then
    /// <c>T</c> and <c>UngradedAsB</c> (the key escore has always written for ungraded firms) — A, B, C, D, T, UngradedAsB for
    /// the standard set, as before tier sets.
    /// </summary>
    /// <param name="evaluation">The evaluation.</param>
    internal static Dictionary<string, int> RunTierCounts(Evaluation evaluation)
    {
        var tiers = evaluation.Profile.Tiers;
        return tiers.AllTiers.Where(t => evaluation.TierCounts.GetValueOrDefault(t) > 0)
            .ToDictionary(t => t == Tier.UngradedAsB ? nameof(Tier.UngradedAsB) : tiers.CodeOf(t), t => evaluation.TierCounts[t], StringComparer.Ordinal);
    }

    /// <summary>
    /// The pools' notes as one line each: an indicator's note (e.g. the input has no column for a measure, a degenerate
    /// benchmark) and the weighting's notes (e.g. an inconsistent AHP matrix); identical lines once.
    /// </summary>
    /// <param name="evaluation">The evaluation.</param>
    internal static IReadOnlyList<string> PoolNotes(Evaluation evaluation)
    {
        var notes = new List<string>();
        foreach (var pool in evaluation.Pools)
        {
            notes.AddRange(pool.Indicators.Where(i => !string.IsNullOrWhiteSpace(i.Note)).Select(i => Messages.PoolNote(pool.Id, i.IndicatorId, CliLog.OneLine(i.Note!))));
            notes.AddRange((pool.Weighting?.Notes ?? []).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => Messages.PoolNote(pool.Id, Messages.Weights, CliLog.OneLine(n))));
        }

        return [.. notes.Distinct(StringComparer.Ordinal)];
    }
}
