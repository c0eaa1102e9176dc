using System.Text.Json;
using System.Text.Json.Nodes;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Cli.Text;
using EnterpriseScoring.IO;
using EnterpriseScoring.Policies;

namespace EnterpriseScoring.Cli;

/// <summary>
/// The two results files of <c>escore compare --from --to</c>, read in one tier set: the set of the profile given with
/// <c>--profile</c>, else the one the run.json next to each file records (<c>profile.tiers</c>, written for a profile with a
/// tier set other than A / B / C / D), else A / B / C / D. Two files of different recorded sets, or a code the set does not
/// have, are refused (exit code 3) rather than guessed.
/// </summary>
internal static class ComparedResults
{
    /// <summary>Reads both files.</summary>
    /// <param name="from">The earlier results file.</param>
    /// <param name="to">The later results file.</param>
    /// <param name="profileTiers">The tier set of the <c>--profile</c> given, or null to take the one run.json records.</param>
    /// <returns>Both files' results and the tier set they were read in.</returns>
    /// <exception cref="CommandException">A file is missing or unreadable, the recorded sets differ, or a code is not of the set (exit code 3).</exception>
    public static (IReadOnlyList<PriorResult> From, IReadOnlyList<PriorResult> To, TierSet Tiers) Read(string from, string to, TierSet? profileTiers)
    {
        foreach (var file in new[] { from, to })
        {
            if (!File.Exists(file))
            {
                throw new CommandException(ExitCodes.InputOrUsageError, Messages.ResultsNotFound(file));
            }
        }

        var tiers = profileTiers;
        if (tiers is null)
        {
            var (first, second) = (RecordedTiers(from), RecordedTiers(to));
            if (!first.Equals(second))
            {
                throw new CommandException(ExitCodes.InputOrUsageError, Messages.CompareTierSetsDiffer(from, first.ToString(), to, second.ToString()));
            }

            tiers = first;
        }

        return (Read(from, tiers, profileTiers is not null), Read(to, tiers, profileTiers is not null), tiers);
    }

    /// <summary>The tier set recorded in the run.json next to <paramref name="results"/> (<c>profile.tiers</c>); A / B / C / D
    /// when there is no run.json or it records none (a standard profile, or escore before tier sets).</summary>
    /// <param name="results">The results file.</param>
    /// <exception cref="CommandException">The run.json cannot be read, or its <c>profile.tiers</c> is not a tier set (exit code 3).</exception>
    internal static TierSet RecordedTiers(string results)
    {
        var run = RunRecordFile.Beside(results);
        if (!File.Exists(run))
        {
            return TierSet.Standard;
        }

        try
        {
            if (RunRecordFile.Parse(run)?["profile"]?["tiers"] is not JsonArray codes)
            {
                return TierSet.Standard;
            }

            return new TierSet([.. codes.Select(c => c?.GetValue<string>() ?? string.Empty)]);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or ArgumentException or IOException)
        {
            throw new CommandException(ExitCodes.InputOrUsageError, Messages.CannotReadRunTiers(run, ex.Message), ex);
        }
    }

    private static IReadOnlyList<PriorResult> Read(string file, TierSet tiers, bool fromProfile)
    {
        try
        {
            return ResultsCsvReader.Read(file, tiers);
        }
        catch (UnknownTierCodeException ex)
        {
            throw new CommandException(ExitCodes.InputOrUsageError, Messages.CompareTierNotInSet(file, ex.Line, ex.Code, tiers.ToString(), fromProfile), ex);
        }
        catch (FormatException ex)
        {
            throw new CommandException(ExitCodes.InputOrUsageError, Messages.CannotReadResults(file, ex.Message), ex);
        }
    }
}
