using System.CommandLine;
using System.Globalization;
using EnterpriseScoring.Cli.Input;
using EnterpriseScoring.Cli.Text;
using EnterpriseScoring.Excel;
using EnterpriseScoring.IO;

namespace EnterpriseScoring.Cli.Commands;

/// <summary>
/// <c>escore validate</c>: reads the firms as <c>score</c> would and reports what it found (rows, rejections,
/// warnings, how each column was understood) without scoring. Exit code 0 when the rows rejected are within
/// <c>--max-rejects</c> (see <see cref="RejectPolicy"/>), 5 beyond it, 3 when the input cannot be read at all or (with
/// <c>--profile</c>) lacks a column for a measure the profile reads, as <c>score</c> would report it, or (with
/// <c>--corrections</c>) a correction cannot be applied to the input, or (with <c>--adjustments</c>, which needs
/// <c>--profile</c>) a manual tier decision cannot be applied to the evaluation. With <c>--events FILE --profile
/// SCORECARD</c> it checks a scorecard events file as <c>escore scorecard --events</c> reads it, and with
/// <c>--input FIRMS [--platforms REGISTER]</c> also whether each event's platform is one the scorecard would count it on:
/// exit code 3 when a row is rejected or cannot be counted (every one listed with its line, column, value and reason, an
/// event class the scorecard does not declare and a platform of no scored row among them), 2 when the scorecard profile is
/// invalid, 0 otherwise.
/// </summary>
internal static class ValidateCommand
{
    /// <summary>How many rejections the summary lists (all of them are in the rejects file).</summary>
    public const int ListedRejections = 10;

    /// <summary>Creates the command.</summary>
    /// <param name="globals">The global options.</param>
    public static Command Create(GlobalOptions globals)
    {
        var input = new InputOptions();
        var rejects = new Option<string>("--rejects")
        {
            Description = Descriptions.RejectsFile,
            HelpName = "FILE",
        };
        var rejectPolicy = new RejectPolicy.Options();
        var profile = ProfileOption.Create(required: false);
        profile.Description = Descriptions.ValidateProfile;
        var acceptMissing = AcceptMissingOption.Create();
        var corrections = new Option<string?>("--corrections")
        {
            Description = Descriptions.ValidateCorrections,
            HelpName = "FILE",
        };
        var adjustments = new Option<string?>("--adjustments")
        {
            Description = Descriptions.ValidateAdjustments,
            HelpName = "FILE",
        };
        var events = new Option<string?>("--events")
        {
            Description = Descriptions.ValidateEvents,
            HelpName = "FILE",
        };
        var platforms = new Option<string?>("--platforms")
        {
            Description = Descriptions.ValidatePlatforms,
            HelpName = "REGISTER",
        };
        var command = new Command("validate", Descriptions.Validate);
        input.AddTo(command, events);
        command.Options.Add(rejects);
        rejectPolicy.AddTo(command);
        command.Options.Add(profile);
        command.Options.Add(acceptMissing);
        command.Options.Add(corrections);
        command.Options.Add(adjustments);
        command.Options.Add(events);
        command.Options.Add(platforms);
        command.Validators.Add(result =>
        {
            if (result.GetResult(platforms) is not null && (result.GetResult(events) is null || (result.GetResult(input.Input) is null && result.GetResult(input.DbProvider) is null)))
            {
                result.AddError(Messages.PlatformsNeedEventsAndInput);
            }

            if (result.GetResult(events) is not null)
            {
                if (result.GetResult(profile) is null)
                {
                    result.AddError(Messages.EventsNeedScorecard);
                }

                if (result.GetResult(rejects) is not null || result.GetResult(corrections) is not null || result.GetResult(adjustments) is not null || result.GetResult(acceptMissing) is not null)
                {
                    result.AddError(Messages.EventsValidatedAlone);
                }

                return;
            }

            if (result.GetResult(adjustments) is not null && result.GetResult(profile) is null)
            {
                result.AddError(Messages.AdjustmentsNeedProfile);
            }

            if (result.GetResult(acceptMissing) is not null && result.GetResult(profile) is null)
            {
                result.AddError(Messages.AcceptMissingNeedsProfile);
            }
        });
        command.SetAction(parseResult =>
        {
            var context = CommandContext.From(parseResult, globals);
            if (parseResult.GetValue(events) is { } eventsPath)
            {
                var firms = parseResult.GetResult(input.Input) is not null || parseResult.GetResult(input.DbProvider) is not null ? input : null;
                return ValidateEvents(context, parseResult, eventsPath, parseResult.GetRequiredValue(profile), firms, parseResult.GetValue(platforms), rejectPolicy.Resolve(parseResult));
            }

            EvaluationProfile? loaded = null;
            if (parseResult.GetValue(profile) is { } profileArgument)
            {
                loaded = ProfileOption.Load(profileArgument);
                context.WriteLine(Messages.ProfileValid(loaded.Name, loaded.Jurisdiction, loaded.EvaluationYear));
            }

            var source = input.Resolve(parseResult);
            var result = source.Read(context.Log, input.ReaderOptions(parseResult, loaded));
            if (parseResult.GetValue(rejects) is { } rejectsPath)
            {
                AtomicFile.Write(rejectsPath, temp => RowIssueCsvWriter.Write(Messages.InLanguage(result.Rejections), temp));
                context.Log.Info(Messages.WroteRejections(result.Rejections.Count, rejectsPath));
            }

            WriteSummary(context, source, result);
            Evaluator? evaluator = null;
            if (loaded is not null)
            {
                // After the summary (which shows how each column was read): exit code 3 when a measure the profile reads has no column.
                evaluator = MissingMeasureCheck.Check(context.Log, loaded, parseResult.GetValue(acceptMissing) ?? [], result);
            }

            var table = result.Table;
            if (parseResult.GetValue(corrections) is { } correctionsPath)
            {
                // As score applies them (before the --max-rejects check): exit code 3 when a row cannot be applied.
                table = OfficialDecisions.ValidateCorrections(context.Log, context.Output, context.Quiet, correctionsPath, result);
            }

            if (parseResult.GetValue(adjustments) is { } adjustmentsPath)
            {
                // As score applies them, to the evaluation of the (corrected) table: exit code 3 when a decision cannot be applied.
                OfficialDecisions.ValidateAdjustments(context.Log, context.Output, context.Quiet, adjustmentsPath, evaluator!, table, context.CancelOnSignals());
            }

            return rejectPolicy.Resolve(parseResult).Outcome(context.Log, result.RejectedRowCount, result.RowsRead, parseResult.GetValue(rejects), result.Rejections.FirstOrDefault());
        });
        return command;
    }

    /// <summary>
    /// Checks a scorecard events file against the scorecard profile <paramref name="scorecard"/> names, as
    /// <c>escore scorecard --events</c> reads it; with the firms (<paramref name="firms"/>) and optionally the register,
    /// also each event's platform, as the scorecard run matches it (<see cref="EnterpriseScoring.Scorecards.Scorecard.UnmatchedEventsOf"/>:
    /// the same membership, the same problems and texts).
    /// </summary>
    /// <remarks>
    /// Rejected register rows are judged by <c>--max-rejects</c> as <c>escore scorecard</c> judges them
    /// (<see cref="PlatformRegisterCheck"/>): beyond the limit the first rows are listed and the check stops with exit
    /// code 5; within it they are listed as warnings and the run ends with the <c>--rejects-exit-code</c> (the events are
    /// still checked: a platform of a rejected row is then unknown).
    /// </remarks>
    /// <exception cref="CommandException">A file is missing, or a row is rejected or cannot be counted (exit code 3, every row logged first).</exception>
    private static int ValidateEvents(CommandContext context, ParseResult parseResult, string path, string scorecard, InputOptions? firms, string? registerPath, RejectPolicy policy)
    {
        var card = EnterpriseScoring.Scorecards.ScorecardLoader.Load(scorecard);
        context.WriteLine(Messages.ScorecardValid(card.Id, card.Jurisdiction, card.Year, card.EventClasses.Count));
        var read = ScorecardCommand.ReadEvents(context.Log, path, card)!;
        context.WriteLine(Messages.EventsValid(path, read.RowsRead, read.Events.Count, read.Events.Count(e => e.Date.Year == card.Year), card.Year));
        if (firms is null)
        {
            context.WriteLine(Messages.EventPlatformsNotChecked);
            return ExitCodes.Success;
        }

        EnterpriseScoring.Platforms.PlatformRegister? register = null;
        var registerRejected = 0;
        if (registerPath is not null)
        {
            var registerRead = PlatformRegisterCheck.Read(context.Log, registerPath);
            if (PlatformRegisterCheck.IsBeyondLimit(context.Log, registerPath, registerRead, policy, outDir: null))
            {
                return ExitCodes.TooManyRejects;
            }

            PlatformRegisterCheck.WarnWithinLimit(context.Log, registerPath, registerRead, policy, rejectsFile: null);
            registerRejected = registerRead.RejectedRowCount;
            register = registerRead.Register;
        }

        // The firms as the scorecard reads them (with its firm profile's column rules): their platform cells make the membership.
        var firmProfile = EnterpriseScoring.Scorecards.ScorecardLoader.LoadFirmProfile(card);
        var table = firms.Resolve(parseResult).Read(context.Log, firms.ReaderOptions(parseResult, firmProfile)).Table;
        ScorecardCommand.FailOnEventProblems(context.Log, path, EnterpriseScoring.Scorecards.Scorecard.UnmatchedEventsOf(table, register, card, read.Events));
        context.WriteLine(Messages.EventPlatformsValid(read.Events.Count(e => e.Date.Year == card.Year), card.Year, table.Count, register?.Platforms.Count ?? 0));
        return policy.SuccessCode(registerRejected);
    }

    private static void WriteSummary(CommandContext context, FirmSource source, FirmReadResult result)
    {
        if (context.Quiet)
        {
            return;
        }

        var o = context.Output;
        var encoding = source.Format == FirmInputFormat.Csv ? ", " + result.EncodingUsed.WebName : string.Empty;
        o.WriteLine(Messages.SummaryInput(source.Describe(), source.Kind + encoding));
        o.WriteLine(Messages.SummaryRowsRead(result.RowsRead, result.BlankRowsSkipped));
        o.WriteLine(Messages.SummaryLoaded(result.Table.Count));
        o.WriteLine(Messages.SummaryRejected(result.RejectedRowCount, result.Rejections.Count));
        o.WriteLine(Messages.SummaryWarnings(result.Warnings.Count));
        var mapped = result.Columns.Where(c => c.Role != ColumnRole.Ignored).ToList();
        o.WriteLine(Messages.SummaryColumns(mapped.Count, result.IgnoredColumns.Count));
        var width = mapped.Count == 0 ? 0 : mapped.Max(c => DisplayWidth(c.Header));
        foreach (var column in mapped)
        {
            var unit = column.IsConverted ? Invariant($", {column.SourceUnit} → {column.Unit} ×{column.Factor:G6}") : string.Empty;
            o.WriteLine(Invariant($"  {column.Header}{new string(' ', width - DisplayWidth(column.Header))} → {column.Target} ({Messages.RoleName(column.Role)}{unit})"));
        }

        o.WriteLine(Messages.SummaryIgnored(result.IgnoredColumns.Count == 0 ? Messages.None : TextExcerpt.List(result.IgnoredColumns, c => TextExcerpt.Of(c))));
        if (result.Rejections.Count > 0)
        {
            o.WriteLine(Messages.RejectionsByReason);
            foreach (var group in result.Rejections.GroupBy(r => r.Code).OrderByDescending(g => g.Count()).ThenBy(g => g.Key))
            {
                o.WriteLine(Invariant($"  {Messages.Kind(group.Key)}: {group.Count():N0}"));
            }

            o.WriteLine(Messages.FirstRejections(Math.Min(ListedRejections, result.Rejections.Count)));
            foreach (var issue in result.Rejections.Take(ListedRejections))
            {
                o.WriteLine("  " + Messages.IssueLine(issue));
            }
        }

        if (result.Warnings.Count > 0)
        {
            o.WriteLine(Messages.FirstWarnings(Math.Min(ListedRejections, result.Warnings.Count)));
            foreach (var issue in result.Warnings.Take(ListedRejections))
            {
                o.WriteLine("  " + Messages.IssueLine(issue));
            }
        }
    }

    /// <summary>The width in terminal columns: CJK characters take two.</summary>
    internal static int DisplayWidth(string text)
    {
        var width = 0;
        foreach (var c in text)
        {
            width += c >= '\u1100' && (c <= '\u115F' || (c >= '\u2E80' && c <= '\uA4CF') || (c >= '\uAC00' && c <= '\uD7A3') || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFE30' && c <= '\uFE4F') || (c >= '\uFF00' && c <= '\uFF60') || (c >= '\uFFE0' && c <= '\uFFE6')) ? 2 : 1;
        }

        return width;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
