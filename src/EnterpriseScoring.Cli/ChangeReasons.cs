using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Cli.Text;
using EnterpriseScoring.Policies;

namespace EnterpriseScoring.Cli;

/// <summary>
/// <c>escore compare --from --to --list</c>: every firm whose status, score, rank or tier differs between the two results
/// files, and why, from what the run.json beside each file records — never guessed:
/// <list type="bullet">
/// <item><description>its own correction: the later run's <c>corrections</c> entries for the firm that the earlier run does not record (the columns named);</description></item>
/// <item><description>its own manual tier decision: the later run's <c>adjustments</c> entry for the firm, if the earlier run has not the same (when its score or rank changed too, and not by a correction of its own, the reasons below follow);</description></item>
/// <item><description>no correction of its own, while the later run records new corrections or decisions of other firms: those moved benchmarks, averages, ranks or quotas;</description></item>
/// <item><description>else the input or profile digests differ (data or rules changed with no correction recorded), or nothing recorded explains it.</description></item>
/// </list>
/// </summary>
internal static class ChangeReasons
{
    /// <summary>The lines of the changed firms (heading first; no lines when nothing changed), in the later file's order, then firms only in the earlier file.</summary>
    /// <param name="from">The earlier results.</param>
    /// <param name="to">The later results.</param>
    /// <param name="tiers">The tier set both were read in.</param>
    /// <param name="fromFile">The earlier results file (its run.json is read from beside it).</param>
    /// <param name="toFile">The later results file.</param>
    /// <exception cref="CommandException">A run.json cannot be read (exit code 3).</exception>
    public static IReadOnlyList<string> Lines(IReadOnlyList<PriorResult> from, IReadOnlyList<PriorResult> to, TierSet tiers, string fromFile, string toFile)
    {
        var before = from.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var after = to.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var ids = after.Keys.Concat(before.Keys.Where(id => !after.ContainsKey(id))).ToList();
        var (earlier, later) = (RunDecisions.Beside(fromFile), RunDecisions.Beside(toFile));
        var lines = new List<string>();
        foreach (var id in ids)
        {
            before.TryGetValue(id, out var b);
            after.TryGetValue(id, out var a);
            var changes = Changes(b, a, tiers);
            if (changes.Count > 0)
            {
                var figuresChanged = b?.Status != a?.Status || b?.Score != a?.Score || b?.Rank != a?.Rank;
                lines.Add(Messages.ChangedFirm(id, string.Join(", ", changes), Reason(id, figuresChanged, earlier, later, fromFile, toFile)));
            }
        }

        return lines.Count == 0 ? [] : [Messages.ChangedFirmsHeading(lines.Count), .. lines];
    }

    /// <summary>Why the firm changed (see the class remarks).</summary>
    /// <param name="id">The firm.</param>
    /// <param name="figuresChanged">Whether its status, score or rank changed (not only its tier): a tier decision of its own does not explain those.</param>
    /// <param name="earlier">The earlier run's record, or null when it has no run.json.</param>
    /// <param name="later">The later run's record, or null.</param>
    /// <param name="fromFile">The earlier results file.</param>
    /// <param name="toFile">The later results file.</param>
    internal static string Reason(string id, bool figuresChanged, RunDecisions? earlier, RunDecisions? later, string fromFile, string toFile)
    {
        if (earlier is null || later is null)
        {
            return Messages.ReasonNoRunJson(earlier is null ? fromFile : toFile);
        }

        var corrections = later.Corrections.Except(earlier.Corrections).ToList();
        var adjustments = later.Adjustments.Except(earlier.Adjustments).ToList();
        var reasons = new List<string>();
        var columns = corrections.Where(c => c.Id == id).Select(c => c.Column).Distinct(StringComparer.Ordinal).ToList();
        if (columns.Count > 0)
        {
            reasons.Add(Messages.ReasonOwnCorrection(string.Join(", ", columns)));
        }

        if (adjustments.FirstOrDefault(d => d.Id == id) is { } decision)
        {
            reasons.Add(Messages.ReasonOwnAdjustment(decision.InitialTier, decision.Tier, decision.Reason));
        }

        if (reasons.Count > 0 && (columns.Count > 0 || !figuresChanged))
        {
            return string.Join("; ", reasons);
        }

        var (others, otherDecisions) = (corrections.Count(c => c.Id != id), adjustments.Count(d => d.Id != id));
        if (others > 0 || otherDecisions > 0)
        {
            reasons.Add(Messages.ReasonOthers(others, otherDecisions));
        }

        if (earlier.InputSha256 != later.InputSha256)
        {
            reasons.Add(Messages.ReasonInputDiffers);
        }

        if (earlier.ProfileSha256 != later.ProfileSha256)
        {
            reasons.Add(Messages.ReasonProfileDiffers);
        }

        return reasons.Count > 0 ? string.Join("; ", reasons) : Messages.ReasonUnrecorded;
    }

    private static List<string> Changes(PriorResult? before, PriorResult? after, TierSet tiers)
    {
        var changes = new List<string>();
        string Status(PriorResult? r) => r?.Status.ToString() ?? "—";
        string Num(double? v) => v is { } x ? x.ToString("0.####", CultureInfo.InvariantCulture) : "—";
        if (before?.Status != after?.Status)
        {
            changes.Add(Messages.ChangedFigure(Messages.FigureStatus, Status(before), Status(after)));
        }

        if (before?.Score != after?.Score)
        {
            changes.Add(Messages.ChangedFigure(Messages.FigureScore, Num(before?.Score), Num(after?.Score)));
        }

        if (before?.Rank != after?.Rank)
        {
            changes.Add(Messages.ChangedFigure(Messages.FigureRank, Num(before?.Rank), Num(after?.Rank)));
        }

        if (before?.Tier != after?.Tier)
        {
            changes.Add(Messages.ChangedFigure(Messages.FigureTier, before?.Tier is null ? "—" : tiers.CodeOf(before.Tier), after?.Tier is null ? "—" : tiers.CodeOf(after.Tier)));
        }

        return changes;
    }

    /// <summary>What a run.json records that can explain a change: the input and profile digests, the corrections and the tier decisions.</summary>
    internal sealed record RunDecisions(string? InputSha256, string? ProfileSha256, IReadOnlyList<RunDecisions.Correction> Corrections, IReadOnlyList<RunDecisions.Decision> Adjustments)
    {
        /// <summary>Reads the run.json beside <paramref name="results"/>; null when there is none.</summary>
        /// <exception cref="CommandException">It cannot be read (exit code 3).</exception>
        public static RunDecisions? Beside(string results)
        {
            var run = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(results)) ?? ".", "run.json");
            if (!File.Exists(run))
            {
                return null;
            }

            try
            {
                var root = JsonNode.Parse(File.ReadAllText(run));
                static string? Text(JsonNode? node) => node?.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : node?.ToJsonString();
                var corrections = (root?["corrections"]?["entries"] as JsonArray ?? new JsonArray()).Select(e => new Correction(Text(e?["id"]) ?? string.Empty, Text(e?["column"]) ?? string.Empty, Text(e?["newValue"]))).ToArray();
                var adjustments = (root?["adjustments"]?["entries"] as JsonArray ?? new JsonArray()).Select(e => new Decision(Text(e?["id"]) ?? string.Empty, Text(e?["initialTier"]) ?? string.Empty, Text(e?["tier"]) ?? string.Empty, Text(e?["reason"]) ?? string.Empty)).ToArray();
                return new RunDecisions(Text(root?["input"]?["sha256"]), Text(root?["profile"]?["sha256"]), corrections, adjustments);
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or IOException)
            {
                throw new CommandException(ExitCodes.InputOrUsageError, Messages.CannotReadRun(run, ex.Message), ex);
            }
        }

        /// <summary>One correction: firm, column, new value (as JSON text; null when marked missing).</summary>
        internal sealed record Correction(string Id, string Column, string? NewValue);

        /// <summary>One manual tier decision.</summary>
        internal sealed record Decision(string Id, string InitialTier, string Tier, string Reason);
    }
}
