using System.CommandLine;
using System.Globalization;
using EnterpriseScoring.Cli.Text;
using EnterpriseScoring.Corrections;
using EnterpriseScoring.IO;
using EnterpriseScoring.Validation;

namespace EnterpriseScoring.Cli;

/// <summary>
/// <c>--corrections</c> and <c>--adjustments</c> of <c>score</c>: an official's corrections of input values (更正) applied
/// before evaluation, and manual tier decisions (调档) applied after the rules and quotas. A decision that cannot be applied
/// fails the run (exit code 3, nothing published) rather than being lost; the applied ones are recorded in run.json.
/// </summary>
internal sealed class OfficialDecisions
{
    /// <summary>The <c>--corrections FILE</c> option.</summary>
    public Option<string?> Corrections { get; } = new("--corrections")
    {
        Description = Descriptions.Corrections,
        HelpName = "FILE",
    };

    /// <summary>The <c>--adjustments FILE</c> option.</summary>
    public Option<string?> Adjustments { get; } = new("--adjustments")
    {
        Description = Descriptions.Adjustments,
        HelpName = "FILE",
    };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Corrections);
        command.Options.Add(Adjustments);
    }

    /// <summary>The decision files given, for the check that none lies inside <c>--out</c>.</summary>
    public IEnumerable<(string What, string Path)> Files(ParseResult parseResult)
    {
        if (parseResult.GetValue(Corrections) is { } corrections)
        {
            yield return ("--corrections", corrections);
        }

        if (parseResult.GetValue(Adjustments) is { } adjustments)
        {
            yield return ("--adjustments", adjustments);
        }
    }

    /// <summary>Applies <c>--corrections</c> to the table read; the table read when none is given.</summary>
    /// <exception cref="CommandException">A correction cannot be applied (every problem is logged first).</exception>
    public (FirmTable Table, RunCorrections? Record) ApplyCorrections(ParseResult parseResult, CliLog log, FirmReadResult read)
    {
        if (parseResult.GetValue(Corrections) is not { } path)
        {
            return (read.Table, null);
        }

        var file = Existing(path);
        var corrections = FirmCorrections.Read(file);
        var result = corrections.ApplyTo(read);
        Fail(log, "--corrections", file, result.Problems);
        log.Info(Messages.CorrectionsApplied(result.Applied.Count, file));
        var entries = result.Applied.Select(c => new RunCorrection(c.Line, c.Id, c.Column, c.MeasureId, c.Unit.Length == 0 ? null : c.Unit, c.OldValue, c.NewValue, c.Reason, c.ApprovedBy, Date(c.Date))).ToArray();
        return (result.Table, new RunCorrections(file, corrections.Sha256, entries.Length, entries));
    }

    /// <summary>Applies <c>--adjustments</c> to the evaluation; the evaluation when none is given.</summary>
    /// <exception cref="CommandException">A decision cannot be applied (every problem is logged first).</exception>
    public (Evaluation Evaluation, RunAdjustments? Record) ApplyAdjustments(ParseResult parseResult, CliLog log, Evaluation evaluation)
    {
        if (parseResult.GetValue(Adjustments) is not { } path)
        {
            return (evaluation, null);
        }

        var file = Existing(path);
        var adjustments = TierAdjustments.Read(file);
        var result = adjustments.ApplyTo(evaluation);
        Fail(log, "--adjustments", file, result.Problems);
        log.Info(Messages.AdjustmentsApplied(result.Applied.Count, file));
        var entries = result.Applied.Select(a => new RunAdjustment(a.Decision.Line, a.Id, evaluation.Profile.Tiers.CodeOf(a.InitialTier), evaluation.Profile.Tiers.CodeOf(a.Tier), a.Decision.Reason, a.Decision.ApprovedBy, a.Decision.Date is { } d ? Date(d) : null)).ToArray();
        return (result.Evaluation, new RunAdjustments(file, adjustments.Sha256, entries.Length, entries));
    }

    /// <summary>
    /// <c>escore validate --corrections FILE</c>: checks the corrections against the input read, as
    /// <see cref="ApplyCorrections"/> would apply them, without scoring. Lists each applicable correction (old → new) on
    /// <paramref name="output"/> unless <paramref name="quiet"/>, and logs every row that cannot be applied.
    /// </summary>
    /// <returns>The table with the corrections applied.</returns>
    /// <exception cref="CommandException">The file is missing, or a row cannot be applied (exit code 3; every problem is logged first).</exception>
    public static FirmTable ValidateCorrections(CliLog log, TextWriter output, bool quiet, string path, FirmReadResult read)
    {
        var file = Existing(path);
        var result = FirmCorrections.Read(file).ApplyTo(read);
        if (result.Problems.Count > 0)
        {
            foreach (var problem in result.Problems)
            {
                log.Error(Messages.DecisionProblem("--corrections", file, problem), ExitCodes.InputOrUsageError);
            }

            throw new CommandException(ExitCodes.InputOrUsageError, Messages.CorrectionsInvalid(file, result.Problems.Count));
        }

        if (quiet)
        {
            return result.Table;
        }

        output.WriteLine(Messages.CorrectionsValid(result.Applied.Count, file));
        foreach (var c in result.Applied)
        {
            output.WriteLine(Messages.CorrectionLine(c.Line, c.Id, c.MeasureId, Value(c.OldValue), Value(c.NewValue), c.Unit));
        }

        return result.Table;
    }

    /// <summary>
    /// <c>escore validate --adjustments FILE</c>: reads the decisions with the reader <see cref="ApplyAdjustments"/> uses
    /// and applies them to the evaluation of <paramref name="table"/> by <paramref name="evaluator"/>, as score would, without
    /// writing results. Lists each applicable decision (initial tier → decided tier, in the profile's codes) on
    /// <paramref name="output"/> unless <paramref name="quiet"/>, and logs every row that cannot be applied (line, id,
    /// column, value, reason; the reason in the language of the run).
    /// </summary>
    /// <exception cref="CommandException">The file is missing, or a row cannot be applied (exit code 3; every problem is logged first).</exception>
    public static void ValidateAdjustments(CliLog log, TextWriter output, bool quiet, string path, Evaluator evaluator, FirmTable table, CancellationToken cancellation)
    {
        var file = Existing(path);
        var evaluation = evaluator.Evaluate(table, null, cancellation);
        var result = TierAdjustments.Read(file).ApplyTo(evaluation);
        if (result.Problems.Count > 0)
        {
            foreach (var problem in Messages.InLanguage(result.Problems))
            {
                log.Error(Messages.DecisionProblem("--adjustments", file, problem), ExitCodes.InputOrUsageError);
            }

            throw new CommandException(ExitCodes.InputOrUsageError, Messages.AdjustmentsInvalid(file, result.Problems.Count));
        }

        if (quiet)
        {
            return;
        }

        var tiers = evaluation.Profile.Tiers;
        output.WriteLine(Messages.AdjustmentsValid(result.Applied.Count, file));
        foreach (var a in result.Applied)
        {
            output.WriteLine(Messages.AdjustmentLine(a.Decision.Line, a.Id, tiers.CodeOf(a.InitialTier), tiers.CodeOf(a.Tier)));
        }
    }

    /// <summary>The results.csv column of the initial tiers (<c>initial_tier</c>, 初评) when <c>--adjustments</c> is given, else null.</summary>
    public static ResultsColumn? InitialTierColumn(Evaluation evaluation, RunAdjustments? adjustments) =>
        adjustments is null ? null : new ResultsColumn("initial_tier", [.. evaluation.Results.Select(r => evaluation.Profile.Tiers.CodeOf(r.InitialTier))]);

    private static string Existing(string path) =>
        File.Exists(path) ? path : throw new CommandException(ExitCodes.InputOrUsageError, Messages.FileNotFound(path));

    /// <summary>A value before or after a correction as run.json and the explanation show it ("missing" for none).</summary>
    private static string Value(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : Messages.MissingValue;

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Fail(CliLog log, string option, string file, IReadOnlyList<RowIssue> problems)
    {
        if (problems.Count == 0)
        {
            return;
        }

        foreach (var problem in problems)
        {
            log.Error(Messages.DecisionProblem(option, file, problem), ExitCodes.InputOrUsageError);
        }

        throw new CommandException(ExitCodes.InputOrUsageError, Messages.DecisionsNotApplied(option, file, problems.Count));
    }
}

/// <summary>The corrections of a run as run.json records them.</summary>
/// <param name="File">The <c>--corrections</c> file.</param>
/// <param name="Sha256">Its digest.</param>
/// <param name="Count">The number of corrections applied.</param>
/// <param name="Entries">Each correction applied, in file order.</param>
internal sealed record RunCorrections(string File, string Sha256, int Count, IReadOnlyList<RunCorrection> Entries);

/// <summary>One correction applied, as run.json records it.</summary>
/// <param name="Line">Its line in the corrections file.</param>
/// <param name="Id">The firm.</param>
/// <param name="Column">The column as the correction named it.</param>
/// <param name="Measure">The measure corrected.</param>
/// <param name="Unit">The measure's unit (of the old and new value), or null.</param>
/// <param name="OldValue">The value before, or null when it was missing.</param>
/// <param name="NewValue">The value after, or null when marked missing.</param>
/// <param name="Reason">Why.</param>
/// <param name="ApprovedBy">Who approved it.</param>
/// <param name="Date">When (yyyy-MM-dd).</param>
internal sealed record RunCorrection(int Line, string Id, string Column, string Measure, string? Unit, double? OldValue, double? NewValue, string Reason, string ApprovedBy, string Date);

/// <summary>The manual tier decisions of a run as run.json records them.</summary>
/// <param name="File">The <c>--adjustments</c> file.</param>
/// <param name="Sha256">Its digest.</param>
/// <param name="Count">The number of decisions applied.</param>
/// <param name="Entries">Each decision applied, in file order.</param>
internal sealed record RunAdjustments(string File, string Sha256, int Count, IReadOnlyList<RunAdjustment> Entries);

/// <summary>One manual tier decision applied, as run.json records it.</summary>
/// <param name="Line">Its line in the adjustments file.</param>
/// <param name="Id">The firm.</param>
/// <param name="InitialTier">The tier the rules and quotas gave (初评).</param>
/// <param name="Tier">The tier decided (调档后).</param>
/// <param name="Reason">Why.</param>
/// <param name="ApprovedBy">Who decided.</param>
/// <param name="Date">When (yyyy-MM-dd), or null.</param>
internal sealed record RunAdjustment(int Line, string Id, string InitialTier, string Tier, string Reason, string ApprovedBy, string? Date);
