using System.Buffers;
using EnterpriseScoring.Classification;

namespace EnterpriseScoring.Engine;

/// <summary>
/// Tiers of one ranking scope: the pool's scheme, then limits, then overrides (caps and floors, then direct
/// placements; vetoes are never lifted), then — when the profile asks — re-flow of slots freed by overrides.
/// </summary>
internal static class Tiering
{
    /// <summary>Assigns the tiers of one ranking scope.</summary>
    /// <param name="result">The pool's results.</param>
    /// <param name="scope">Positions (into the pool's rows) of the rated firms of the scope.</param>
    /// <param name="profile">The profile (overrides, re-flow).</param>
    /// <param name="overrideMasks">For each of the profile's override rules, the table rows it matches (see <see cref="ConditionMask"/>).</param>
    /// <param name="ruleBits">Optional: the rules each position of the pool matches, as <see cref="RuleBits"/> made them from
    /// the same masks (for callers that tier the same firms many times); null to read the masks.</param>
    public static void Assign(PoolEvaluation result, int[] scope, EvaluationProfile profile, ulong[][] overrideMasks, ulong[]? ruleBits = null)
    {
        if (result.Profile.Tiering is null || scope.Length == 0)
        {
            return;
        }

        var n = scope.Length;
        var totals = ArrayPool<double>.Shared.Rent(n);
        var ranks = ArrayPool<int>.Shared.Rent(n);
        try
        {
            for (var i = 0; i < n; i++)
            {
                totals[i] = result.Totals[scope[i]];
                ranks[i] = result.Ranks[scope[i]];
            }

            AssignGathered(result, scope, profile, overrideMasks, ruleBits, totals, ranks.AsSpan(0, n));
        }
        finally
        {
            ArrayPool<double>.Shared.Return(totals);
            ArrayPool<int>.Shared.Return(ranks);
        }
    }

    /// <summary>
    /// <see cref="Assign"/> given the scope's totals and ranks already in scope order (<c>totals[i]</c> and <c>ranks[i]</c>
    /// those of position <c>scope[i]</c>), as the sensitivity draws hold them: no second gather of the pool's columns.
    /// </summary>
    /// <param name="result">The pool's results.</param>
    /// <param name="scope">Positions (into the pool's rows) of the rated firms of the scope.</param>
    /// <param name="profile">The profile (overrides, re-flow).</param>
    /// <param name="overrideMasks">For each of the profile's override rules, the table rows it matches.</param>
    /// <param name="ruleBits">The rules each position matches (<see cref="RuleBits"/>), or null to read the masks.</param>
    /// <param name="totals">The scope's totals in scope order (at least <c>scope.Length</c>; read only).</param>
    /// <param name="ranks">The scope's ranks in scope order.</param>
    internal static void AssignGathered(PoolEvaluation result, int[] scope, EvaluationProfile profile, ulong[][] overrideMasks, ulong[]? ruleBits, double[] totals, ReadOnlySpan<int> ranks)
    {
        var scheme = result.Profile.Tiering;
        if (scheme is null || scope.Length == 0)
        {
            return;
        }

        var n = scope.Length;
        var tiers = ArrayPool<Tier>.Shared.Rent(n);
        var limited = ArrayPool<bool>.Shared.Rent(n);
        try
        {
            Array.Clear(tiers, 0, n);
            Array.Clear(limited, 0, n);
            scheme.Assign(totals.AsSpan(0, n), ranks[..n], tiers.AsSpan(0, n));
            var set = profile.Tiers;
            result.Profile.Limits.Apply(totals.AsSpan(0, n), tiers.AsSpan(0, n), limited.AsSpan(0, n), set);
            for (var i = 0; i < n; i++)
            {
                var k = scope[i];
                result.SchemeTiers[k] = tiers[i];
                if (limited[i])
                {
                    result.TierNotes[k] = "moved by limits " + result.Profile.Limits.Describe(set) + " / 比例限制调整";
                }
            }

            PhaseTimer.Mark("tier-scheme");
            ApplyOverrides(result, scope, profile, overrideMasks, ruleBits, reset: false);
            if (profile.ReflowOverriddenSlots && profile.Overrides.Count > 0 && scheme.QuotasFor(n) is { } quotas)
            {
                if (!QuotasFit(quotas, set, n))
                {
                    throw new InvalidOperationException($"Tier scheme '{scheme.Name}' gave quotas {quotas} for a scope of {n} rated firms: each must be ≥ 0, only the {set.Count} tiers of {set} may have slots, and they must add up to {n}.");
                }

                Reflow(result, scope, quotas, totals, set);
            }
        }
        finally
        {
            ArrayPool<Tier>.Shared.Return(tiers);
            ArrayPool<bool>.Shared.Return(limited);
        }
    }

    /// <summary>Applies the override rules that match each firm of the scope to its scheme tier (<see cref="OverrideResolution"/>).</summary>
    /// <param name="result">The pool's results.</param>
    /// <param name="scope">Positions of the scope's rated firms.</param>
    /// <param name="profile">The profile.</param>
    /// <param name="overrideMasks">The rows each override rule matches.</param>
    /// <param name="ruleBits">The rules each position matches (<see cref="RuleBits"/>), or null.</param>
    /// <param name="reset">Whether earlier override results of the scope must be cleared (the second pass after re-flow).</param>
    private static void ApplyOverrides(PoolEvaluation result, int[] scope, EvaluationProfile profile, ulong[][] overrideMasks, ulong[]? ruleBits, bool reset)
    {
        var rules = profile.Overrides;
        var matched = rules.Count <= 64 ? null : new bool[rules.Count];

        var vetoBits = 0UL;
        for (var r = 0; r < rules.Count && matched is null; r++) // with more than 64 rules, vetoes are read rule by rule below
        {
            vetoBits |= rules[r].IsVeto ? 1UL << r : 0;
        }

        // Firms with the same matched rules and scheme tier get the same applications: resolved once per scope and shared
        // (read-only), so a scope with many matched firms, tiered again by every sensitivity draw, allocates a handful.
        Dictionary<(ulong Bits, Tier SchemeTier), (IReadOnlyList<OverrideApplication> Applications, Tier Tier)>? resolved = null;
        foreach (var k in scope)
        {
            var row = result.Rows[k];
            var tier = result.SchemeTiers[k];
            if (reset)
            {
                result.Overrides[k] = null;
            }

            result.Tiers[k] = tier;

            // Which rules match, as a bitset over rule indexes (no allocation unless there are more than 64 rules).
            var bits = 0UL;
            var any = false;
            var vetoed = false;
            if (matched is null)
            {
                bits = ruleBits?[k] ?? MatchBits(overrideMasks, rules.Count, row);
                any = bits != 0;
                vetoed = (bits & vetoBits) != 0;
            }
            else
            {
                for (var r = 0; r < rules.Count; r++)
                {
                    matched[r] = Bitset.IsSet(overrideMasks[r], row);
                    any |= matched[r];
                    vetoed |= matched[r] && rules[r].IsVeto;
                }
            }

            if (!any)
            {
                continue;
            }

            if (matched is not null)
            {
                result.Overrides[k] = OverrideResolution.Apply(rules, new MatchedRules(bits, matched), vetoed, tier, out tier);
                result.Tiers[k] = tier;
                continue;
            }

            resolved ??= [];
            if (!resolved.TryGetValue((bits, tier), out var known))
            {
                var applications = OverrideResolution.Apply(rules, new MatchedRules(bits, null), vetoed, tier, out var final);
                resolved[(bits, tier)] = known = (applications, final);
            }

            result.Tiers[k] = known.Tier;
            result.Overrides[k] = known.Applications;
        }
    }

    /// <summary>
    /// The override rules each position of a pool matches, one bit per rule index (what <see cref="ApplyOverrides"/> reads
    /// from the masks firm by firm), for a caller that tiers the same firms many times (the sensitivity draws); null when
    /// the profile has more than 64 rules.
    /// </summary>
    /// <param name="rows">The table row of each position.</param>
    /// <param name="ruleCount">The number of override rules.</param>
    /// <param name="overrideMasks">For each rule, the table rows it matches.</param>
    public static ulong[]? RuleBits(ReadOnlySpan<int> rows, int ruleCount, ulong[][] overrideMasks)
    {
        if (ruleCount > 64)
        {
            return null;
        }

        var bits = new ulong[rows.Length];
        for (var k = 0; k < rows.Length; k++)
        {
            bits[k] = MatchBits(overrideMasks, ruleCount, rows[k]);
        }

        return bits;
    }

    /// <summary>Whether <paramref name="quotas"/> give no level a negative count, only the set's levels a slot, and
    /// <paramref name="n"/> slots in all (a plain loop: re-flow runs once per scope and sensitivity draw).</summary>
    private static bool QuotasFit(TierQuotas quotas, TierSet set, int n)
    {
        for (var level = 1; level <= TierSet.MaximumCount; level++)
        {
            var count = quotas.Of(level);
            if (count < 0 || (level > set.Count && count != 0))
            {
                return false;
            }
        }

        return quotas.Total == n;
    }

    /// <summary>The rules (at most 64) that match table row <paramref name="row"/>, one bit per rule index.</summary>
    private static ulong MatchBits(ulong[][] overrideMasks, int ruleCount, int row)
    {
        var bits = 0UL;
        for (var r = 0; r < ruleCount; r++)
        {
            bits |= Bitset.IsSet(overrideMasks[r], row) ? 1UL << r : 0;
        }

        return bits;
    }

    /// <summary>
    /// Re-flow: firms that matched any override rule keep their final tier and use up a slot of it (a capped or vetoed
    /// firm can never be lifted into a freed slot); the other firms fill the remaining slots of the scope's head counts
    /// in order of total, tied groups together (by the quotas' <see cref="BoundaryTies"/> rule). Their scheme tier stays as
    /// the scheme gave it, so the explanation shows both.
    /// </summary>
    private static void Reflow(PoolEvaluation result, int[] scope, TierQuotas quotas, double[] totals, TierSet set)
    {
        var n = scope.Length;
        var capacity = set.Levels.Select(t => quotas.Of(TierSet.LevelOf(t))).ToArray();
        var free = new List<int>(n);
        for (var i = 0; i < n; i++)
        {
            var k = scope[i];
            if (result.Overrides[k] is { Count: > 0 })
            {
                capacity[TierSet.LevelOf(result.Tiers[k]) - 1]--;
            }
            else
            {
                free.Add(i);
            }
        }

        free.Sort((x, y) => totals[y].CompareTo(totals[x]));
        var tier = 0;
        for (var start = 0; start < free.Count;)
        {
            var end = start;
            while (end + 1 < free.Count && totals[free[end + 1]] == totals[free[start]])
            {
                end++;
            }

            var size = end - start + 1;
            while (tier < capacity.Length - 1 && !Fits(capacity[tier], size, quotas.Ties))
            {
                tier++;
            }

            capacity[tier] -= size;
            var reflowed = set.Levels[tier];
            for (var x = start; x <= end; x++)
            {
                var k = scope[free[x]];
                if (reflowed != result.SchemeTiers[k])
                {
                    result.TierNotes[k] = (result.TierNotes[k] is null ? string.Empty : result.TierNotes[k] + "; ")
                        + $"re-flowed from {set.CodeOf(result.SchemeTiers[k])} to {set.CodeOf(reflowed)} into slots freed by overrides / 名额递补";
                }

                result.Tiers[k] = reflowed;
            }

            start = end + 1;
        }
    }

    private static bool Fits(int capacity, int groupSize, BoundaryTies ties) => ties switch
    {
        BoundaryTies.BetterTier => capacity > 0,
        BoundaryTies.WorseTier => capacity >= groupSize,
        _ => 2 * capacity >= groupSize,
    };
}
