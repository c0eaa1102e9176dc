using EnterpriseScoring.Cli.Text;
using EnterpriseScoring.Excel;
using EnterpriseScoring.Platforms;

namespace EnterpriseScoring.Cli.Input;

/// <summary>
/// How <c>escore scorecard --platforms</c> and <c>escore validate --events --platforms</c> read the platform register
/// and judge its rejected rows by <c>--max-rejects</c> — one behaviour for both: beyond the limit the first
/// <see cref="ListedRejects"/> rejected rows are listed on stderr (line, id, column, value, reason) with the count, and
/// the run ends with exit code 5; within it a warning gives the count (and lists the rows, unless a file holds them),
/// and the run's exit code is the <c>--rejects-exit-code</c>.
/// </summary>
internal static class PlatformRegisterCheck
{
    /// <summary>How many rejected register rows are listed on stderr at most (a wholly bad register lists its first rows only).</summary>
    internal const int ListedRejects = 20;

    /// <summary>Reads the register at <paramref name="path"/> (CSV or <c>.xlsx</c>), logging its warnings.</summary>
    /// <param name="log">The log.</param>
    /// <param name="path">The <c>--platforms</c> file.</param>
    /// <exception cref="CommandException">The file does not exist (exit code 3).</exception>
    public static PlatformRegisterReadResult Read(CliLog log, string path)
    {
        if (!File.Exists(path))
        {
            throw new CommandException(ExitCodes.InputOrUsageError, Messages.RegisterNotFound(path));
        }

        var read = PlatformRegisterInput.Read(path);
        foreach (var warning in read.Warnings)
        {
            log.Warn($"{path}: {warning.Reason}");
        }

        return read;
    }

    /// <summary>
    /// Whether the rejected rows of <paramref name="read"/> exceed <c>--max-rejects</c>; when they do, the first
    /// <see cref="ListedRejects"/> are logged as errors, then the count (the caller ends with <see cref="ExitCodes.TooManyRejects"/>).
    /// </summary>
    /// <param name="log">The log.</param>
    /// <param name="path">The <c>--platforms</c> file.</param>
    /// <param name="read">The register read from it.</param>
    /// <param name="policy">The run's reject policy.</param>
    /// <param name="outDir">The output folder left unchanged, named in the count; null when the command writes none.</param>
    public static bool IsBeyondLimit(CliLog log, string path, PlatformRegisterReadResult read, RejectPolicy policy, string? outDir)
    {
        if (read.RejectedRowCount == 0 || !policy.IsExceeded(read.RejectedRowCount, read.RowsRead))
        {
            return false;
        }

        var listed = read.Rejections.Take(ListedRejects).ToList();
        foreach (var issue in listed)
        {
            log.Error(Messages.RegisterProblem(path, issue), ExitCodes.TooManyRejects);
        }

        log.Error(Messages.RegisterRejectsBeyondLimit(path, read.RejectedRowCount, read.RowsRead, policy.Limit.ToString(), listed.Count, outDir), ExitCodes.TooManyRejects);
        return true;
    }

    /// <summary>
    /// Warns of the rejected rows of <paramref name="read"/> within <c>--max-rejects</c>: the first
    /// <see cref="ListedRejects"/> as warnings, then the count — or, when <paramref name="rejectsFile"/> holds them all,
    /// the count and the file. Nothing when no row was rejected.
    /// </summary>
    /// <param name="log">The log.</param>
    /// <param name="path">The <c>--platforms</c> file.</param>
    /// <param name="read">The register read from it.</param>
    /// <param name="policy">The run's reject policy.</param>
    /// <param name="rejectsFile">The file the rejected rows were written to (<c>register-rejects.csv</c>), or null.</param>
    public static void WarnWithinLimit(CliLog log, string path, PlatformRegisterReadResult read, RejectPolicy policy, string? rejectsFile)
    {
        if (read.RejectedRowCount == 0)
        {
            return;
        }

        var listed = rejectsFile is null ? read.Rejections.Take(ListedRejects).ToList() : [];
        foreach (var issue in listed)
        {
            log.Warn(Messages.RegisterProblem(path, issue));
        }

        log.Warn(Messages.RegisterRejectsWithinLimit(path, read.RejectedRowCount, read.RowsRead, policy.Limit.ToString(), listed.Count, rejectsFile));
    }
}
