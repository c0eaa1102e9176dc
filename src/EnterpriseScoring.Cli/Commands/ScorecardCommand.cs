using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using EnterpriseScoring.Cli.Input;
using EnterpriseScoring.Cli.Output;
using EnterpriseScoring.Cli.Text;
using EnterpriseScoring.Excel;
using EnterpriseScoring.IO;
using EnterpriseScoring.Platforms;
using EnterpriseScoring.Scorecards;

namespace EnterpriseScoring.Cli.Commands;

/// <summary>
/// <c>escore scorecard</c>: evaluates the firms with the scorecard's firm profile and scores their platforms against the
/// scorecard's targets; publishes results.csv, rejects.csv, summary.csv (the firm outputs, as <c>score</c> writes them),
/// scorecard.csv, scorecard-explain.txt, scorecard.html, register-rejects.csv (with <c>--platforms</c>) and run.json; <c>--events</c> adds deductions and disqualifications (any row that cannot be counted fails the run) into <c>--out</c>
/// atomically (docs/scorecard.md).
/// </summary>
internal static class ScorecardCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="globals">The global options.</param>
    public static Command Create(GlobalOptions globals)
    {
        var profile = new Option<string>("--profile", "-p")
        {
            Description = Descriptions.ScorecardProfile,
            HelpName = "NAME|FILE",
            Required = true,
        };
        var input = new InputOptions();
        var platforms = new Option<string>("--platforms")
        {
            Description = Descriptions.Platforms,
            HelpName = "REGISTER",
        };
        var priorFirms = new Option<string>("--prior-firms")
        {
            Description = Descriptions.PriorFirms,
            HelpName = "FIRMS",
        };
        var priorScorecards = new Option<string[]>("--prior")
        {
            Description = Descriptions.PriorScorecards,
            HelpName = "SCORECARD",
            AllowMultipleArgumentsPerToken = true,
        };
        var eventsOption = new Option<string>("--events")
        {
            Description = Descriptions.ScorecardEvents,
            HelpName = "FILE",
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = Descriptions.OutDirectory,
            HelpName = "DIR",
            Required = true,
        };
        var rejectPolicy = new RejectPolicy.Options();
        var rawText = RawTextOption.Create();

        var command = new Command("scorecard", Descriptions.Scorecard)
        {
            profile,
        };
        input.AddTo(command);
        command.Options.Add(platforms);
        command.Options.Add(priorFirms);
        command.Options.Add(priorScorecards);
        command.Options.Add(eventsOption);
        command.Options.Add(output);
        rejectPolicy.AddTo(command);
        command.Options.Add(rawText);

        command.SetAction(parseResult =>
        {
            var context = CommandContext.From(parseResult, globals);
            var log = context.Log;
            var cancellation = context.CancelOnSignals();
            var started = DateTimeOffset.UtcNow;

            var profileArgument = parseResult.GetRequiredValue(profile);
            var scorecardProfile = ScorecardLoader.Load(profileArgument);
            var firmProfile = ScorecardLoader.LoadFirmProfile(scorecardProfile);
            log.Info(Messages.ScorecardInUse(scorecardProfile.Id, scorecardProfile.Jurisdiction, scorecardProfile.Year, firmProfile.Name));

            var source = input.Resolve(parseResult);
            var outDir = parseResult.GetRequiredValue(output);
            var registerPath = parseResult.GetValue(platforms);
            var priorPath = parseResult.GetValue(priorFirms);
            var priorScorecardPaths = parseResult.GetValue(priorScorecards) ?? [];
            var eventsPath = parseResult.GetValue(eventsOption);
            var protectedInputs = new List<(string What, string Path)>();
            if (source.Path is { } inputPath)
            {
                protectedInputs.Add(("--input", inputPath));
            }

            protectedInputs.AddRange(new[] { ("--platforms", registerPath), ("--prior-firms", priorPath), ("--events", eventsPath) }.Where(p => p.Item2 is not null).Select(p => (p.Item1, p.Item2!)));
            protectedInputs.AddRange(priorScorecardPaths.Select(p => ("--prior", p)));
            protectedInputs.AddRange(new[] { profileArgument, scorecardProfile.FirmProfile }.Where(File.Exists).Select(p => ("the profile", p)));
            OutputDirectoryGuard.Check(outDir, protectedInputs);
            using var outputLock = OutputLock.Acquire(outDir);

            var policy = rejectPolicy.Resolve(parseResult);
            PlatformRegisterReadResult? register = null;
            if (registerPath is not null)
            {
                // nothing is published beyond the limit, so the reasons go to stderr
                register = PlatformRegisterCheck.Read(log, registerPath);
                if (PlatformRegisterCheck.IsBeyondLimit(log, registerPath, register, policy, outDir))
                {
                    return ExitCodes.TooManyRejects;
                }
            }

            FirmTable? prior = null;
            if (priorPath is not null)
            {
                if (!File.Exists(priorPath))
                {
                    throw new CommandException(ExitCodes.InputOrUsageError, Messages.PriorFirmsNotFound(priorPath));
                }

                var priorRead = FirmInput.Read(priorPath, input.ReaderOptions(parseResult, firmProfile));
                prior = priorRead.Table;
                if (priorRead.RejectedRowCount > 0)
                {
                    log.Warn(Messages.PriorFirmsRejected(priorPath, priorRead.RejectedRowCount, priorRead.RowsRead));
                }
            }

            var events = ReadEvents(log, eventsPath, scorecardProfile);
            var (history, historyFiles) = ReadHistory(priorScorecardPaths, scorecardProfile);
            cancellation.ThrowIfCancellationRequested();
            var read = source.Read(log, input.ReaderOptions(parseResult, firmProfile), cancellation);
            var evaluator = MissingMeasureCheck.Check(log, firmProfile, [], read);
            if (policy.IsExceeded(read.RejectedRowCount, read.RowsRead))
            {
                log.Error(Messages.TooManyRejectsOnInput(read.RejectedRowCount, read.RowsRead, policy.Limit.ToString(), outDir), ExitCodes.TooManyRejects);
                return ExitCodes.TooManyRejects;
            }

            var evaluation = evaluator.Evaluate(read.Table);
            cancellation.ThrowIfCancellationRequested();
            Scorecard scorecard;
            try
            {
                scorecard = Scorecard.Evaluate(evaluation, register?.Register, scorecardProfile, prior, history, events?.Events, evaluator.Options);
            }
            catch (InvalidOperationException e)
            {
                throw new CommandException(ExitCodes.InputOrUsageError, Messages.CannotComputeScorecard(CliLog.OneLine(e.Message), prior is null), e);
            }

            foreach (var warning in scorecard.Warnings)
            {
                log.Warn(warning);
            }

            RunEvents? eventsRecord = null;
            if (events is not null)
            {
                FailOnEventProblems(log, eventsPath!, scorecard.UnmatchedEvents);
                var deducted = scorecard.Rows.Count(r => r.DeductedPoints > 0);
                var disqualified = scorecard.Rows.Count(r => r.Deductions.Any(d => d.Class.Disqualifies));
                log.Info(Messages.EventsCounted(scorecard.EventsCounted, scorecard.EventsOfOtherYears, scorecardProfile.Year, deducted, disqualified));
                eventsRecord = new RunEvents(eventsPath!, events.Sha256, events.RowsRead, scorecard.EventsCounted, scorecard.EventsOfOtherYears, deducted, disqualified);
            }

            var evaluationRejects = EvaluationRejections.Of(evaluation, read.Columns);
            var rejectedRows = read.RejectedRowCount + evaluationRejects.Count;
            var registerRejected = register?.RejectedRowCount ?? 0;
            if (policy.IsExceeded(rejectedRows, read.RowsRead))
            {
                log.Error(Messages.TooManyRejects(rejectedRows, read.RowsRead, read.RejectedRowCount, evaluationRejects.Count, policy.Limit.ToString(), outDir), ExitCodes.TooManyRejects);
                return ExitCodes.TooManyRejects;
            }

            var rejects = read.Rejections.Concat(evaluationRejects).OrderBy(i => i.Line).ToList();
            var escaping = RawTextOption.Escaping(parseResult.GetValue(rawText));
            var outputs = new List<string> { "results.csv", "rejects.csv", "summary.csv", "scorecard.csv", "scorecard-explain.txt", "scorecard.html" };
            if (register is not null)
            {
                outputs.Add("register-rejects.csv");
            }

            outputs.Add("run.json");
            var exitCode = policy.SuccessCode(rejectedRows + registerRejected);
            AtomicDirectory.Publish(outDir, target =>
            {
                ResultsCsvWriter.Write(evaluation, target.File("results.csv"), new ResultsCsvWriterOptions { InputRejections = read.Rejections, Year = firmProfile.EvaluationYear, FormulaEscaping = escaping });
                RowIssueCsvWriter.Write(Messages.InLanguage(rejects), target.File("rejects.csv"), new RowIssueCsvWriterOptions { FormulaEscaping = escaping });
                SummaryCsv.Write(evaluation, target.File("summary.csv"), escaping);
                ScorecardCsvWriter.Write(scorecard, target.File("scorecard.csv"), escaping);
                File.WriteAllText(target.File("scorecard-explain.txt"), string.Join("\n", scorecard.Rows.Select(r => scorecard.Explain(r.Platform.Id))), new UTF8Encoding(false));
                ScorecardReport.Write(scorecard, target.File("scorecard.html"));
                if (register is not null)
                {
                    RowIssueCsvWriter.Write(Messages.InLanguage(register.Rejections), target.File("register-rejects.csv"), new RowIssueCsvWriterOptions { FormulaEscaping = escaping });
                }

                var run = new ScorecardRunRecord(
                    Tool: EscoreApplication.ToolName,
                    Version: EscoreApplication.Version,
                    Command: "scorecard",
                    StartedAt: started.ToString("O", CultureInfo.InvariantCulture),
                    Year: scorecardProfile.Year,
                    Scorecard: new RunScorecard(scorecardProfile.Id, profileArgument, scorecardProfile.Jurisdiction, Sha256(profileArgument)),
                    Profile: new RunProfile(firmProfile.Name, scorecardProfile.FirmProfileReference, firmProfile.Jurisdiction, firmProfile.EvaluationYear, ProfileOption.Sha256(firmProfile), Files: RunProfile.FilesOf(firmProfile)),
                    Input: new RunInput(source.Kind, source.Describe(), source.Sheet, source.Format == FirmInputFormat.Csv ? read.EncodingUsed.WebName : null, read.Sha256, source.Query, RunInput.ColumnsOf(read.Columns)),
                    Platforms: register is null ? null : new RunRegister(registerPath!, register.Sha256, register.RowsRead, register.Register.Platforms.Count, registerRejected),
                    PriorFirms: priorPath,
                    PriorScorecards: historyFiles,
                    Events: eventsRecord,
                    Counts: new RunCounts(read.RowsRead, read.Table.Count, evaluation.StatusCounts[FirmStatus.Rated], read.Table.Count - evaluation.StatusCounts[FirmStatus.Rated] - evaluationRejects.Count, rejectedRows, read.RejectedRowCount, evaluationRejects.Count, read.Warnings.Count, read.BlankRowsSkipped),
                    ScoredPlatforms: scorecard.Rows.Count,
                    VetoedPlatforms: scorecard.Rows.Count(r => r.Vetoed),
                    Types: [.. scorecardProfile.Types.Select(t => new RunPlatformType(t.Id, t.Label, scorecard.Rows.Count(r => r.Type == t.Id), scorecard.Rows.Count(r => r.Type == t.Id && r.MovedByQuota)))],
                    Quotas: [.. scorecard.QuotaOutcomes.Select(q => new RunQuota(q.Quota, q.Type, q.Group, q.Platforms, q.Required, q.ByRules, q.Moved, q.Short))],
                    FirmsOutsidePlatforms: scorecard.Figures.Membership.FirmsOutsidePlatforms,
                    Warnings: scorecard.Warnings,
                    Outputs: outputs,
                    MaxRejects: policy.Limit.ToString(),
                    ExitCode: exitCode);
                File.WriteAllText(target.File("run.json"), JsonSerializer.Serialize(run, (JsonTypeInfo<ScorecardRunRecord>)CliJson.Indented.GetTypeInfo(typeof(ScorecardRunRecord))) + "\n", new UTF8Encoding(false));
                OutputDirectoryGuard.Check(outDir, protectedInputs);
                cancellation.ThrowIfCancellationRequested();
            });

            if (!context.Quiet)
            {
                foreach (var row in scorecard.Rows)
                {
                    context.Output.WriteLine(RankingLine(scorecardProfile, row));
                }

                context.Output.WriteLine(Messages.ScorecardSummary(scorecard.Rows.Count, read.RowsRead, rejectedRows, outDir));
            }

            if (register is not null)
            {
                PlatformRegisterCheck.WarnWithinLimit(log, registerPath!, register, policy, Path.Combine(outDir, "register-rejects.csv"));
            }

            // Each file was judged by --max-rejects before anything was published (the firms here, the register above): the
            // published run only reports its firm rejects (in rejects.csv) and takes --rejects-exit-code for any rejects.
            return Math.Max(policy.Outcome(log, rejectedRows, read.RowsRead, Path.Combine(outDir, "rejects.csv")), policy.SuccessCode(rejectedRows + registerRejected));
        });
        return command;
    }

    /// <summary>
    /// One platform's line of the ranking on stdout: rank, id, name (when it is not the id), total / max, deductions, the
    /// type (label and id) and the veto, e.g. <c>  1  P1  示例经济技术开发区  93.07 / 100  −3  转为创新型 (innovate)</c>.
    /// </summary>
    internal static string RankingLine(ScorecardProfile profile, ScorecardRow row)
    {
        var f = CultureInfo.InvariantCulture;
        var line = new StringBuilder(string.Create(f, $"{row.Rank?.ToString(f) ?? "—",3}  {row.Platform.Id}"));
        if (row.Platform.Name.Length > 0 && row.Platform.Name != row.Platform.Id)
        {
            line.Append("  ").Append(row.Platform.Name);
        }

        line.Append(string.Create(f, $"  {row.Total:0.##} / {profile.MaxPoints:0.##}"));
        if (row.DeductedPoints > 0)
        {
            line.Append(string.Create(f, $"  −{row.DeductedPoints:0.##}"));
        }

        if (row.Type.Length > 0)
        {
            var label = profile.Types.FirstOrDefault(t => t.Id == row.Type)?.Label ?? row.Type;
            line.Append("  ").Append(label == row.Type ? row.Type : $"{label} ({row.Type})");
        }

        if (row.Vetoed)
        {
            line.Append("  一票否决 vetoed");
        }

        return line.ToString();
    }

    /// <summary>Reads <c>--events</c> for the profile's event classes; any rejected row fails the run (every one logged first).</summary>
    /// <exception cref="CommandException">The file is missing, or a row was rejected.</exception>
    internal static ScorecardEventsReadResult? ReadEvents(CliLog log, string? path, ScorecardProfile profile)
    {
        if (path is null)
        {
            return null;
        }

        if (!File.Exists(path))
        {
            throw new CommandException(ExitCodes.InputOrUsageError, Messages.EventsNotFound(path));
        }

        var events = ScorecardEventsInput.Read(path, profile);
        foreach (var warning in events.Warnings)
        {
            log.Warn($"{path}: line {warning.Line.ToString(CultureInfo.InvariantCulture)}: {warning.Reason}");
        }

        FailOnEventProblems(log, path, events.Rejections);
        return events;
    }

    /// <summary>Logs every event that cannot be counted (line, platform, column, value, reason) and fails with exit code 3; nothing when there is none.</summary>
    /// <exception cref="CommandException">A row cannot be counted.</exception>
    internal static void FailOnEventProblems(CliLog log, string path, IReadOnlyList<EnterpriseScoring.Validation.RowIssue> problems)
    {
        if (problems.Count == 0)
        {
            return;
        }

        foreach (var problem in problems)
        {
            log.Error(Messages.EventProblem(path, problem), ExitCodes.InputOrUsageError);
        }

        throw new CommandException(ExitCodes.InputOrUsageError, Messages.EventsNotCounted(path, problems.Select(p => p.Line).Distinct().Count()));
    }

    /// <summary>Reads the <c>--prior</c> scorecard.csv files: every year must be earlier than the scorecard's, no year twice.</summary>
    private static (ScorecardHistory History, IReadOnlyList<RunPriorScorecard> Files) ReadHistory(string[] paths, ScorecardProfile profile)
    {
        var standings = new List<ScorecardStanding>();
        var files = new List<RunPriorScorecard>();
        var yearFile = new Dictionary<int, string>();
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                throw new CommandException(ExitCodes.InputOrUsageError, Messages.PriorScorecardNotFound(path));
            }

            var bytes = File.ReadAllBytes(path);
            IReadOnlyList<ScorecardStanding> read;
            try
            {
                read = ScorecardHistory.ReadCsv(new MemoryStream(bytes, writable: false), path);
            }
            catch (Exception e) when (e is FirmDataException or FormatException)
            {
                throw new CommandException(ExitCodes.InputOrUsageError, Messages.PriorScorecardUnreadable(path, CliLog.OneLine(e.Message)), e);
            }

            var years = read.Select(s => s.Year).Distinct().Order().ToArray();
            foreach (var year in years)
            {
                if (year >= profile.Year)
                {
                    throw new CommandException(ExitCodes.InputOrUsageError, Messages.PriorScorecardNotEarlier(path, year, profile.Year));
                }

                if (!yearFile.TryAdd(year, path))
                {
                    throw new CommandException(ExitCodes.InputOrUsageError, Messages.PriorScorecardYearTwice(yearFile[year], path, year));
                }
            }

            standings.AddRange(read);
            files.Add(new RunPriorScorecard(path, Convert.ToHexStringLower(SHA256.HashData(bytes)), read.Count, years));
        }

        return (ScorecardHistory.Of(standings), files);
    }

    /// <summary>SHA-256 (lower-case hex) of a scorecard file's bytes, or of a built-in scorecard's text.</summary>
    private static string Sha256(string nameOrPath)
    {
        var bytes = File.Exists(nameOrPath)
            ? File.ReadAllBytes(nameOrPath)
            : Encoding.UTF8.GetBytes(ScorecardCatalog.TryGetJson(nameOrPath, out var json) ? json : string.Empty);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
