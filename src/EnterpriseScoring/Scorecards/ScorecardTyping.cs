using System.Globalization;

namespace EnterpriseScoring.Scorecards;

/// <summary>
/// Gives every scored platform its type (<see cref="ScorecardProfile.Types"/>): the first type whose rule holds, else the
/// default; then applies the quotas in profile order (docs/scorecard.md, "Platform types" and "Quotas").
/// </summary>
internal static class ScorecardTyping
{
    /// <summary>Types <paramref name="rows"/> in place; returns what each quota did per group and adds a warning per unmet quota.</summary>
    public static List<ScorecardQuotaOutcome> Apply(ScorecardProfile profile, List<ScorecardRow> rows, List<string> warnings)
    {
        List<ScorecardQuotaOutcome> outcomes = [];
        if (profile.Types.Count == 0)
        {
            return outcomes;
        }

        for (var i = 0; i < rows.Count; i++)
        {
            rows[i] = ByRules(profile, rows[i]);
        }

        var quotaTypes = profile.Quotas.Select(q => q.Type).ToHashSet(StringComparer.Ordinal);
        for (var q = 0; q < profile.Quotas.Count; q++)
        {
            var quota = profile.Quotas[q];
            var label = Label(profile, quota.Type);
            var groups = Enumerable.Range(0, rows.Count)
                .GroupBy(i => GroupOf(quota, rows[i]), StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal);
            foreach (var group in groups)
            {
                var members = group.ToArray();
                var required = Required(quota, members.Length);
                var byRules = members.Count(i => rows[i].Type == quota.Type);
                var need = required - byRules;
                var moved = 0;
                if (need > 0)
                {
                    var candidates = members
                        .Where(i => !quotaTypes.Contains(rows[i].Type) && quota.Protected?.Test(rows[i]).Holds != true)
                        .OrderBy(i => LowKey(rows[i]))
                        .ThenBy(i => rows[i].Platform.Id, StringComparer.Ordinal)
                        .ToArray();
                    var take = Math.Min(need, candidates.Length);
                    var boundary = take > 0 ? LowKey(rows[candidates[take - 1]]) : default;
                    var movers = candidates.Where((i, k) => k < take || (take > 0 && LowKey(rows[i]) == boundary)).ToArray();
                    var protectedCount = quota.Protected is null ? 0 : members.Count(i => !quotaTypes.Contains(rows[i].Type) && quota.Protected.Test(rows[i]).Holds);
                    var what = string.Create(CultureInfo.InvariantCulture, $"{group.Key} needs ≥ {ExplainFormat.Num(quota.AtLeastPercent)} % of {members.Length} = {RoundingName(quota.Rounding)}({ExplainFormat.Num((double)RawShare(quota, members.Length))}) = {required} in {label} ({quota.Type}), {byRules} by the rules");
                    foreach (var i in movers)
                    {
                        var row = rows[i];
                        var tied = movers.Length > take && LowKey(row) == boundary ? ", tied at the boundary (all tied platforms move)" : string.Empty;
                        var standing = row.Rank is { } r ? string.Create(CultureInfo.InvariantCulture, $"rank {r}/{row.PeerCount} in {row.PeerGroup}") : "一票否决 vetoed, not ranked";
                        var reason = string.Create(CultureInfo.InvariantCulture, $"配额 quota quotas[{q}]: moved from {Label(profile, row.Type)} ({row.Type}) — {what}; among the {candidates.Length} that may move, the lowest: total {ScorecardCondition.Num(row.Total)} ({standing}){tied}. By the rules: {row.TypeReason}");
                        rows[i] = row with { Type = quota.Type, TypeReason = reason, MovedByQuota = true };
                    }

                    moved = movers.Length;
                    if (moved < need)
                    {
                        var inQuotaTypes = members.Count(i => rows[i].Type != quota.Type && quotaTypes.Contains(rows[i].Type));
                        warnings.Add(string.Create(CultureInfo.InvariantCulture, $"QUOTA NOT MET quotas[{q}] ({label} {quota.Type} ≥ {ExplainFormat.Num(quota.AtLeastPercent)} % per {(quota.Per == QuotaGroup.County ? "county" : "peer group")}): {what}, {moved} moved; {need - moved} short — the other platforms are protected ({protectedCount}) or in a quota's type ({inQuotaTypes}) / 配额未达成: {group.Key} 应有 {required} 个{label}，按规则 {byRules} 个，调入 {moved} 个，尚缺 {need - moved} 个"));
                    }
                }

                outcomes.Add(new ScorecardQuotaOutcome(q, quota.Type, group.Key, members.Length, required, byRules, moved, Math.Max(required - byRules - moved, 0)));
            }
        }

        return outcomes;
    }

    /// <summary>The platforms a quota requires in a group of <paramref name="platforms"/>, by its rounding, computed in decimal.</summary>
    internal static int Required(ScorecardQuota quota, int platforms)
    {
        var raw = RawShare(quota, platforms);
        return (int)(quota.Rounding switch
        {
            QuotaRounding.Floor => Math.Floor(raw),
            QuotaRounding.Nearest => Math.Round(raw, MidpointRounding.AwayFromZero),
            _ => Math.Ceiling(raw),
        });
    }

    private static decimal RawShare(ScorecardQuota quota, int platforms) => (decimal)quota.AtLeastPercent * platforms / 100m;

    private static string RoundingName(QuotaRounding rounding) => rounding switch
    {
        QuotaRounding.Floor => "floor",
        QuotaRounding.Nearest => "round",
        _ => "ceil",
    };

    private static ScorecardRow ByRules(ScorecardProfile profile, ScorecardRow row)
    {
        for (var t = 0; t < profile.Types.Count; t++)
        {
            var type = profile.Types[t];
            if (type.When?.Test(row) is { Holds: true } result)
            {
                return row with { Type = type.Id, TypeReason = string.Create(CultureInfo.InvariantCulture, $"{type.Label} ({type.Id}) by types[{t}]: {result.Reason}") };
            }
        }

        var fallback = profile.Types.First(t => t.Id == profile.DefaultType);
        return row with { Type = fallback.Id, TypeReason = $"{fallback.Label} ({fallback.Id}) by default_type: no type's rule matched" };
    }

    /// <summary>Lowest first: vetoed platforms (tied among themselves), then by total at 9 decimals.</summary>
    private static (int, decimal) LowKey(ScorecardRow row) => row.Vetoed ? (0, 0m) : (1, Scorecard.RankKey(row.Total));

    private static string GroupOf(ScorecardQuota quota, ScorecardRow row) => quota.Per == QuotaGroup.County
        ? (row.Platform.County.Length > 0 ? row.Platform.County : "县未知 county unspecified")
        : row.PeerGroup;

    private static string Label(ScorecardProfile profile, string typeId) => profile.Types.FirstOrDefault(t => t.Id == typeId)?.Label ?? typeId;
}
