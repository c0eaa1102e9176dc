using System.Diagnostics.CodeAnalysis;
using EnterpriseScoring.Classification;

namespace EnterpriseScoring.Policies;

/// <summary>
/// Built-in consequence schedules: the three electricity-surcharge schedules for D firms in docs/policy-digest.md §7. They hold only
/// the surcharges; energy-quota cuts and policy lines vary too much locally to ship as defaults (build a
/// <see cref="ConsequenceSchedule"/> with them).
/// </summary>
/// <remarks>
/// <para><b>Tier sets.</b> The documents attach the surcharges to a named class, D类 (倒逼整治类), the bottom class of
/// A / B / C / D. A profile with another tier set (<see cref="EvaluationProfile.Tiers"/>) gets a built-in schedule only
/// through <see cref="TryFitTo"/>: its D rules move to the set's tier coded D when that tier is the set's bottom (e.g.
/// A+ / A / B / C / D); a set without D (乐清's A+ / A / B / C), or with D above its bottom (A / B / C / D / E), is refused
/// — such a profile names its own tiers in an inline schedule.</para>
/// <para>Sources are the documents docs/policy-digest.md §9 lists for these rules; the amounts are the
/// figures docs/policy-digest.md §7 gives. See docs/consequences.md.</para>
/// </remarks>
public static class KnownConsequenceSchedules
{
    /// <summary>
    /// Shandong: D firms pay +0.05 / +0.10 / +0.15 元/kWh in their 1st / 2nd / 3rd and later consecutive year in D
    /// (Shandong price notice 2022).
    /// </summary>
    public static ConsequenceSchedule Shandong { get; } = new(
        "shandong_2022",
        "Shandong price notice 2022",
        [SurchargeRule.ByConsecutiveYears("shandong_d_surcharge", Tier.D, [0.05, 0.10, 0.15], "Shandong price notice 2022")]);

    /// <summary>
    /// A Jiangsu city: D firms pay +0.10 元/kWh in 2019, +0.20 in 2020 and +0.30 from 2021 on, by calendar year (source
    /// listed in docs/policy-digest.md §9: 苏府〔2018〕103号). No surcharge before 2019.
    /// </summary>
    public static ConsequenceSchedule JiangsuCalendar { get; } = new(
        "jiangsu_calendar_2019",
        "苏府〔2018〕103号",
        [SurchargeRule.ByCalendarYear("jiangsu_d_surcharge", Tier.D, [(2019, 0.10), (2020, 0.20), (2021, 0.30)], "苏府〔2018〕103号")]);

    /// <summary>
    /// A Zhejiang county (draft 2025; docs/policy-digest.md §9 lists 海宁 2025 draft): D firms pay +0.3 元/kWh, rising to +0.4 after
    /// three consecutive years in D — read as from the 4th consecutive year on (the draft's wording "after three
    /// consecutive years"; a jurisdiction meaning "in the 3rd year" uses amounts 0.3, 0.3, 0.4 instead).
    /// </summary>
    public static ConsequenceSchedule ZhejiangCountyDraft { get; } = new(
        "zhejiang_county_draft_2025",
        "海宁 2025 draft",
        [SurchargeRule.ByConsecutiveYears("zhejiang_d_surcharge", Tier.D, [0.3, 0.3, 0.3, 0.4], "海宁 2025 draft")]);

    /// <summary>All built-in schedules.</summary>
    public static IReadOnlyList<ConsequenceSchedule> All { get; } = [Shandong, JiangsuCalendar, ZhejiangCountyDraft];

    /// <summary>The ids <see cref="TryGet"/> accepts, in the order of <see cref="All"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(s => s.Id)];

    /// <summary>Whether <paramref name="schedule"/> is one of <see cref="All"/> (the same instance).</summary>
    /// <param name="schedule">The schedule.</param>
    public static bool IsBuiltIn(ConsequenceSchedule schedule) => All.Any(k => ReferenceEquals(k, schedule));

    /// <summary>
    /// A built-in schedule for a profile graded into <paramref name="tiers"/>. Each rule names its class by its code in
    /// A / B / C / D; the rule moves to the tier of <paramref name="tiers"/> with that code (ignoring case), and a rule on
    /// D, the bottom class of A–D, only to a tier that is the bottom of <paramref name="tiers"/> too. <paramref name="schedule"/>
    /// itself when nothing moves (A / B / C / D, or any set whose level 4 is its bottom tier coded D); a schedule with the same
    /// ids and amounts on the moved tiers otherwise. Another schedule (not <see cref="IsBuiltIn"/>) is returned unchanged:
    /// its tiers are the profile's own.
    /// </summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="tiers">The profile's tier set.</param>
    /// <param name="fitted">The schedule to apply, when it fits.</param>
    /// <param name="problem">Why it does not fit, e.g. <c>built-in schedule 'shandong_2022' applies to D类 (倒逼整治类,
    /// the bottom of A/B/C/D); the profile's tier set A+/A/B/C has no tier D</c>.</param>
    public static bool TryFitTo(ConsequenceSchedule schedule, TierSet tiers, [NotNullWhen(true)] out ConsequenceSchedule? fitted, [NotNullWhen(false)] out string? problem)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(tiers);
        fitted = null;
        problem = null;
        if (!IsBuiltIn(schedule))
        {
            fitted = schedule;
            return true;
        }

        var standard = TierSet.Standard;
        var moves = new Dictionary<Tier, Tier>();
        foreach (var tier in schedule.Tiers)
        {
            if (!standard.Contains(tier))
            {
                moves[tier] = tier; // T and ungraded-as-B are the same in every set
                continue;
            }

            var code = standard.CodeOf(tier);
            var named = tier == standard.Bottom ? $"{code}类 (倒逼整治类, the bottom of {standard})" : $"{code}类 of {standard}";
            if (!tiers.TryParseLevel(code, out var target))
            {
                problem = $"built-in schedule '{schedule.Id}' applies to {named}; the profile's tier set {tiers} has no tier {code}";
                return false;
            }

            if (tier == standard.Bottom && target != tiers.Bottom)
            {
                problem = $"built-in schedule '{schedule.Id}' applies to {named}; in the profile's tier set {tiers} {tiers.CodeOf(target)} is not the bottom tier";
                return false;
            }

            moves[tier] = target.Value;
        }

        fitted = moves.All(m => m.Key == m.Value) ? schedule : schedule.WithTiers(t => moves[t]);
        return true;
    }

    /// <summary>Finds a built-in schedule by id (ordinal).</summary>
    /// <param name="id">The id, e.g. <c>shandong_2022</c>.</param>
    /// <param name="schedule">The schedule, when found.</param>
    public static bool TryGet(string id, [NotNullWhen(true)] out ConsequenceSchedule? schedule)
    {
        schedule = All.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));
        return schedule is not null;
    }
}
