namespace EnterpriseScoring.Cli;

/// <summary>
/// The exit codes of <c>escore</c>. Scripts and cron jobs may rely on them; they never change meaning. Any code but 0 is
/// something to look at: 0 means the run succeeded and its outputs can be used (rejected rows, if any, are within
/// <c>--max-rejects</c>, and are counted in a warning and in run.json); 1 is produced only on request
/// (<c>--rejects-exit-code 1</c>); 2–5 are failures after which <c>score</c> has published nothing.
/// </summary>
public static class ExitCodes
{
    /// <summary>
    /// 0: success — the outputs are complete and can be used. Rows may have been rejected within <c>--max-rejects</c> (default 1%):
    /// a warning and run.json's <c>counts.rejected</c> say how many (escore 0.1 exited with 1 there; <c>--rejects-exit-code 1</c> keeps that).
    /// </summary>
    public const int Success = 0;

    /// <summary>
    /// 1: success, but some input rows were rejected (see the rejects file); no more than <c>--max-rejects</c> allows. Only with
    /// <c>--rejects-exit-code 1</c> (by default such a run exits with <see cref="Success"/>).
    /// </summary>
    public const int SuccessWithRejects = 1;

    /// <summary>2: the profile is invalid (every problem is listed on stderr).</summary>
    public const int InvalidProfile = 2;

    /// <summary>3: an input could not be read or written, or the command line is wrong (usage error).</summary>
    public const int InputOrUsageError = 3;

    /// <summary>4: an unexpected error (a bug): rerun with <c>--verbose</c> for the stack trace and report it.</summary>
    public const int UnexpectedError = 4;

    /// <summary>5: more input rows were rejected than <c>--max-rejects</c> allows (default 1% of the rows read); <c>score</c> then leaves the output directory and the results database untouched.</summary>
    public const int TooManyRejects = 5;

    /// <summary>
    /// 130 (128 + 2): <c>score</c> was cancelled by SIGINT (Ctrl-C) and published nothing: <c>--out</c> and the results
    /// database are unchanged. Every handled signal gives 128 + its number: SIGHUP 129, SIGINT 130, SIGQUIT 131, SIGTERM 143.
    /// </summary>
    public const int Interrupted = 130;

    /// <summary>143 (128 + 15): <c>score</c> was cancelled by SIGTERM (e.g. <c>kill</c>, a scheduler's timeout) and published nothing.</summary>
    public const int Terminated = 143;
}
