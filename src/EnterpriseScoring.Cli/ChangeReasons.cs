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
/// <item><description>its own correction: the later run's <c>corrections</c> entries for the firm that the earlier run does not record (the columns named), or the earlier run's that the later no longer applies (withdrawn);</description></item>
/// <item><description>its own manual tier decision: the later run's <c>adjustments</c> entry for the firm, if the earlier run has not the same, or the earlier's withdrawn (when its score or rank changed too, and not by a correction of its own, what moved them follows);</description></item>
/// <item><description>no correction of its own, while the later run records new corrections or decisions of other firms: those moved benchmarks, averages, ranks or quotas;</description></item>
/// <item><description>else the input or profile digests differ (data or rules changed with no correction recorded), or nothing recorded explains it;
/// two results files in one folder share one run.json, which cannot tell the runs apart: said so.</description></item>
/// </list>
/// </summary>
internal static class ChangeReasons
{
    /// <summary>The lines of the changed firms (heading first; no lines when nothing changed), in the later file's order, then firms only in the earlier file.</summary>
    /// <param name="firms">The changed firms (<see cref="Firms"/>).</param>
    public static IReadOnlyList<string> Lines(IReadOnlyList<ChangedFirm> firms) =>
        firms.Count == 0 ? [] : [Messages.ChangedFirmsHeading(firms.Count), .. firms.Select(f => Messages.ChangedFirm(f.Id, f.Changes, f.Reason))];

    /// <summary>Every firm whose status, score, rank or tier differs, with what changed and why, in the later file's order, then firms only in the earlier file.</summary>
    /// <param name="from">The earlier results.</param>
    /// <param name="to">The later results.</param>
    /// <param name="tiers">The tier set both were read in.</param>
    /// <param name="fromFile">The earlier results file (its run.json is read from beside it).</param>
    /// <param name="toFile">The later results file.</param>
    /// <exception cref="CommandException">A run.json cannot be read (exit code 3).</exception>
    public static IReadOnlyList<ChangedFirm> Firms(IReadOnlyList<PriorResult> from, IReadOnlyList<PriorResult> to, TierSet tiers, string fromFile, string toFile)
    {
        var before = from.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var after = to.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var ids = after.Keys.Concat(before.Keys.Where(id => !after.ContainsKey(id))).ToList();
        var (earlier, later) = (RunDecisions.Beside(fromFile), RunDecisions.Beside(toFile));
        var shared = string.Equals(RunRecordFile.Beside(fromFile), RunRecordFile.Beside(toFile), StringComparison.Ordinal);
        var news = earlier is null || later is null || shared ? null : new NewDecisions(earlier, later);
        var firms = new List<ChangedFirm>();
        foreach (var id in ids)
        {
            before.TryGetValue(id, out var b);
            after.TryGetValue(id, out var a);
            var changes = Changes(b, a, tiers);
            if (changes.Count > 0)
            {
                var figuresChanged = b?.Status != a?.Status || b?.Score != a?.Score || b?.Rank != a?.Rank;
                var reason = news is not null ? Reason(id, figuresChanged, news) : shared && earlier is not null ? Messages.ReasonSameRunJson(RunRecordFile.Beside(toFile)) : Messages.ReasonNoRunJson(earlier is null ? fromFile : toFile);
                firms.Add(new ChangedFirm(id, b, a, string.Join(", ", changes), reason));
            }
        }

        return firms;
    }

    /// <summary>Why the firm changed (see the class remarks).</summary>
    /// <param name="id">The firm.</param>
    /// <param name="figuresChanged">Whether its status, score or rank changed (not only its tier): a tier decision of its own does not explain those.</param>
    /// <param name="news">What the later run records that the earlier does not.</param>
    internal static string Reason(string id, bool figuresChanged, NewDecisions news)
    {
        var reasons = new List<string>();
        var columns = news.ColumnsCorrected(id);
        if (columns.Count > 0)
        {
            reasons.Add(Messages.ReasonOwnCorrection(string.Join(", ", columns)));
        }

        var withdrawn = news.ColumnsWithdrawn(id);
        if (withdrawn.Count > 0)
        {
            reasons.Add(Messages.ReasonOwnCorrectionWithdrawn(string.Join(", ", withdrawn)));
        }

        if (news.DecisionFor(id) is { } decision)
        {
            reasons.Add(Messages.ReasonOwnAdjustment(decision.InitialTier, decision.Tier, decision.Reason));
        }

        if (news.DecisionWithdrawn(id) is { } dropped)
        {
            reasons.Add(Messages.ReasonOwnAdjustmentWithdrawn(dropped.InitialTier, dropped.Tier));
        }

        var ownFigures = columns.Count > 0 || withdrawn.Count > 0;
        if (reasons.Count > 0 && (ownFigures || !figuresChanged))
        {
            return string.Join("; ", reasons);
        }

        var (others, otherDecisions) = (news.CorrectionsOfOthers(id), news.DecisionsOfOthers(id));
        if (others > 0 || otherDecisions > 0)
        {
            // With a tier decision of its own (which explains only its tier), say what moved its score and rank.
            reasons.Add(reasons.Count > 0 ? Messages.ReasonOthersForFigures(others, otherDecisions) : Messages.ReasonOthers(others, otherDecisions));
        }

        if (news.Earlier.InputSha256 != news.Later.InputSha256)
        {
            reasons.Add(Messages.ReasonInputDiffers);
        }

        if (news.Earlier.ProfileSha256 != news.Later.ProfileSha256)
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
            var run = RunRecordFile.Beside(results);
            if (!File.Exists(run))
            {
                return null;
            }

            try
            {
                var root = RunRecordFile.Parse(run);
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

    /// <summary>
    /// The corrections and tier decisions the later run records and the earlier does not — and those the earlier applied and
    /// the later no longer does (withdrawn) — indexed by firm once, so that explaining every changed firm of a province
    /// costs one lookup per firm, not a scan of every correction.
    /// </summary>
    internal sealed class NewDecisions
    {
        private readonly Dictionary<string, List<string>> columnsById = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> correctionsById = new(StringComparer.Ordinal);
        private readonly Dictionary<string, RunDecisions.Decision> decisionById = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> decisionsById = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<string>> withdrawnById = new(StringComparer.Ordinal);
        private readonly Dictionary<string, RunDecisions.Decision> withdrawnDecisionById = new(StringComparer.Ordinal);
        private readonly int corrections;
        private readonly int decisions;

        /// <summary>Indexes what <paramref name="later"/> records beyond <paramref name="earlier"/>.</summary>
        /// <param name="earlier">The earlier run's record.</param>
        /// <param name="later">The later run's record.</param>
        public NewDecisions(RunDecisions earlier, RunDecisions later)
        {
            (Earlier, Later) = (earlier, later);
            foreach (var c in later.Corrections.Except(earlier.Corrections))
            {
                corrections++;
                correctionsById[c.Id] = correctionsById.GetValueOrDefault(c.Id) + 1;
                if (!columnsById.TryGetValue(c.Id, out var columns))
                {
                    columnsById[c.Id] = columns = [];
                }

                if (!columns.Contains(c.Column, StringComparer.Ordinal))
                {
                    columns.Add(c.Column);
                }
            }

            foreach (var d in later.Adjustments.Except(earlier.Adjustments))
            {
                decisions++;
                decisionsById[d.Id] = decisionsById.GetValueOrDefault(d.Id) + 1;
                decisionById.TryAdd(d.Id, d);
            }

            // What the earlier run applied and the later does not: withdrawn (counted among the changes of others too).
            foreach (var c in earlier.Corrections.Except(later.Corrections))
            {
                corrections++;
                correctionsById[c.Id] = correctionsById.GetValueOrDefault(c.Id) + 1;
                if (!withdrawnById.TryGetValue(c.Id, out var columns))
                {
                    withdrawnById[c.Id] = columns = [];
                }

                if (!columns.Contains(c.Column, StringComparer.Ordinal))
                {
                    columns.Add(c.Column);
                }
            }

            var stillDecided = later.Adjustments.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var d in earlier.Adjustments.Except(later.Adjustments))
            {
                decisions++;
                decisionsById[d.Id] = decisionsById.GetValueOrDefault(d.Id) + 1;
                if (!stillDecided.Contains(d.Id))
                {
                    withdrawnDecisionById.TryAdd(d.Id, d);
                }
            }
        }

        /// <summary>The earlier run's record.</summary>
        public RunDecisions Earlier { get; }

        /// <summary>The later run's record.</summary>
        public RunDecisions Later { get; }

        /// <summary>The columns of the firm's new corrections, in the order first recorded (none when it has none).</summary>
        public IReadOnlyList<string> ColumnsCorrected(string id) => columnsById.TryGetValue(id, out var columns) ? columns : [];

        /// <summary>The columns of the firm's corrections the earlier run applied and the later does not (none when none).</summary>
        public IReadOnlyList<string> ColumnsWithdrawn(string id) => withdrawnById.TryGetValue(id, out var columns) ? columns : [];

        /// <summary>The firm's tier decision of the earlier run when the later run has none for it, or null.</summary>
        public RunDecisions.Decision? DecisionWithdrawn(string id) => withdrawnDecisionById.GetValueOrDefault(id);

        /// <summary>The firm's first new tier decision, or null.</summary>
        public RunDecisions.Decision? DecisionFor(string id) => decisionById.GetValueOrDefault(id);

        /// <summary>The new corrections of firms other than <paramref name="id"/>.</summary>
        public int CorrectionsOfOthers(string id) => corrections - correctionsById.GetValueOrDefault(id);

        /// <summary>The new tier decisions of firms other than <paramref name="id"/>.</summary>
        public int DecisionsOfOthers(string id) => decisions - decisionsById.GetValueOrDefault(id);
    }
}
