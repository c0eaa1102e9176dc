namespace EnterpriseScoring.Policies;

/// <summary>
/// Built-in consequence schedules: the three electricity-surcharge schedules for D firms in docs/policy-digest.md §7. They hold only
/// the surcharges; energy-quota cuts and policy lines vary too much locally to ship as defaults (build a
/// <see cref="ConsequenceSchedule"/> with them).
/// </summary>
/// <remarks>
/// Sources are the documents docs/policy-digest.md §9 list for these rules; the amounts are the
/// figures docs/policy-digest.md §7 gives. See docs/consequences.md.
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

    /// <summary>Finds a built-in schedule by id (ordinal).</summary>
    /// <param name="id">The id, e.g. <c>shandong_2022</c>.</param>
    /// <param name="schedule">The schedule, when found.</param>
    public static bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ConsequenceSchedule? schedule)
    {
        schedule = All.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));
        return schedule is not null;
    }
}
