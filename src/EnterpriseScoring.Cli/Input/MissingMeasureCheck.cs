using EnterpriseScoring.Cli.Text;
using EnterpriseScoring.IO;

namespace EnterpriseScoring.Cli.Input;

/// <summary>
/// The check every command that runs a profile makes right after reading: a measure the profile reads that the input
/// lacks entirely (no column) is an error (exit code 3) naming each such column, what needs it and the closest headers
/// found — the same for <c>score</c>, <c>validate --profile</c> and <c>explain</c> — unless it is accepted as missing
/// (<c>--accept-missing</c>, the profile's <c>accept_missing_measures</c>); then a warning per accepted measure says what
/// every firm gets instead.
/// </summary>
internal static class MissingMeasureCheck
{
    /// <summary>Checks <paramref name="read"/> against <paramref name="profile"/> and returns the evaluator to run it with.</summary>
    /// <param name="log">The log.</param>
    /// <param name="profile">The profile of the run.</param>
    /// <param name="acceptMissing">The measures <c>--accept-missing</c> accepts.</param>
    /// <param name="read">What was read.</param>
    /// <exception cref="CommandException">The input lacks a measure that is not accepted (exit code 3).</exception>
    public static Evaluator Check(CliLog log, EvaluationProfile profile, IReadOnlyCollection<string> acceptMissing, FirmReadResult read)
    {
        var evaluator = new Evaluator(profile, new EvaluatorOptions { AcceptMissingMeasures = acceptMissing });
        var reads = evaluator.RequiredMeasures.Select(r => r.Measure.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in acceptMissing.Where(id => !reads.Contains(id)))
        {
            log.Warn(Messages.AcceptMissingUnread(id, string.Join(", ", reads)));
        }

        var missing = evaluator.FindMissingMeasures(read.Table);
        var refused = missing.Where(m => !m.IsAccepted).ToList();
        if (refused.Count > 0)
        {
            var ids = string.Join(",", refused.Select(m => m.Measure.Id));
            var quoted = string.Join(", ", refused.Select(m => $"\"{m.Measure.Id}\""));
            var remedy = Messages.MissingMeasureRemedy(ids, quoted);
            var exception = new MissingMeasuresException(refused, remedy);
            throw new CommandException(ExitCodes.InputOrUsageError, exception.Message, exception);
        }

        foreach (var accepted in missing)
        {
            log.Warn(accepted.DescribePolicy(), ("acceptedMissingMeasure", accepted.Measure.Id));
        }

        return evaluator;
    }
}
