using System.CommandLine;
using EnterpriseScoring.Cli.Text;
using EnterpriseScoring.Validation;

namespace EnterpriseScoring.Cli;

/// <summary>
/// What rejected rows do to the exit code of <c>score</c> and <c>validate</c>, so that a scheduler can act on the code
/// alone: within <c>--max-rejects</c> (default <see cref="RejectLimit.Default"/>) the run succeeded — exit
/// <see cref="ExitCodes.Success"/> with a warning and the count in run.json, or <see cref="ExitCodes.SuccessWithRejects"/>
/// when <c>--rejects-exit-code 1</c> asks for it; beyond it the run failed with <see cref="ExitCodes.TooManyRejects"/>
/// (and <c>score</c> publishes nothing).
/// </summary>
/// <param name="Limit">The <c>--max-rejects</c> limit.</param>
/// <param name="ExitCodeWithinLimit">The exit code of a successful run with rejected rows: 0 (default) or 1.</param>
internal sealed record RejectPolicy(RejectLimit Limit, int ExitCodeWithinLimit)
{
    /// <summary>The options of the policy, added to a command by <see cref="AddTo"/>.</summary>
    internal sealed class Options
    {
        private readonly Option<RejectLimit> maxRejects = RejectLimit.CreateOption();

        private readonly Option<int> exitCode = new("--rejects-exit-code")
        {
            Description = Descriptions.RejectsExitCode,
            HelpName = "0|1",
            DefaultValueFactory = _ => ExitCodes.Success,
        };

        /// <summary>Adds <c>--max-rejects</c> and <c>--rejects-exit-code</c> to <paramref name="command"/>.</summary>
        public void AddTo(Command command)
        {
            exitCode.Validators.Add(result =>
            {
                if (result.Tokens.Count == 1 && result.Tokens[0].Value.Trim() is not ("0" or "1"))
                {
                    result.AddError(Messages.BadRejectsExitCode(result.Tokens[0].Value));
                }
            });
            command.Options.Add(maxRejects);
            command.Options.Add(exitCode);
        }

        /// <summary>The policy the command line asks for.</summary>
        public RejectPolicy Resolve(ParseResult parseResult) => new(parseResult.GetValue(maxRejects), parseResult.GetValue(exitCode));
    }

    /// <summary>Whether <paramref name="rejected"/> of <paramref name="rowsRead"/> rows exceed the limit.</summary>
    public bool IsExceeded(int rejected, int rowsRead) => Limit.IsExceeded(rejected, rowsRead);

    /// <summary>The exit code of a run that published its outputs with <paramref name="rejected"/> rejected rows (within the limit).</summary>
    public int SuccessCode(int rejected) => rejected == 0 ? ExitCodes.Success : ExitCodeWithinLimit;

    /// <summary>
    /// The exit code for <paramref name="rejected"/> rejected rows of <paramref name="rowsRead"/>, logging why: nothing
    /// when none were rejected, a warning within the limit, an error beyond it.
    /// </summary>
    /// <param name="log">The log.</param>
    /// <param name="rejected">The rejected rows (on input, and for <c>score</c> by the evaluation).</param>
    /// <param name="rowsRead">The rows read.</param>
    /// <param name="rejectsFile">Where the rejections were written, or null.</param>
    /// <param name="first">The first rejected row, quoted after the count (line, column, value and reason in the run's language); null for none.</param>
    public int Outcome(CliLog log, int rejected, int rowsRead, string? rejectsFile, RowIssue? first = null)
    {
        if (rejected == 0)
        {
            return ExitCodes.Success;
        }

        var where = (rejectsFile is null ? string.Empty : Messages.SeeFile(rejectsFile)) + (first is null ? string.Empty : Messages.FirstRejected(first));
        if (IsExceeded(rejected, rowsRead))
        {
            log.Error(
                Messages.RejectsBeyondLimit(rejected, rowsRead, Limit.ToString(), where),
                ExitCodes.TooManyRejects);
            return ExitCodes.TooManyRejects;
        }

        log.Warn(
            Messages.RejectsWithinLimit(rejected, rowsRead, Limit.ToString(), where),
            ("rejected", rejected),
            ("rows", rowsRead),
            ("maxRejects", Limit.ToString()));
        return SuccessCode(rejected);
    }
}
