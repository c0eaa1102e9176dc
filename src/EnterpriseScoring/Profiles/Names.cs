using System.Diagnostics.CodeAnalysis;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Policies;

namespace EnterpriseScoring.Profiles;

/// <summary>The built-in names the profile format accepts outside components (whose names are in <see cref="Components.ComponentCatalogs"/>), for validation and suggestions.</summary>
internal static class Names
{
    public static IReadOnlyList<string> LabelSets => KnownTierLabels.Names;

    public static readonly string[] CurrencyUnits = ["万元", "元"];

    public static readonly string[] AreaUnits = ["亩", "㎡", "公顷"];

    /// <summary>Short names of the built-in consequence schedules (the snake_case of the KnownConsequenceSchedules properties).</summary>
    public static readonly (string Alias, ConsequenceSchedule Schedule)[] ConsequenceAliases =
    [
        ("shandong", KnownConsequenceSchedules.Shandong),
        ("jiangsu_calendar", KnownConsequenceSchedules.JiangsuCalendar),
        ("zhejiang_county_draft", KnownConsequenceSchedules.ZhejiangCountyDraft),
    ];

    /// <summary>Every accepted name of a built-in consequence schedule: ids, then short names.</summary>
    public static IEnumerable<string> ConsequenceSchedules =>
        KnownConsequenceSchedules.All.Select(s => s.Id).Concat(ConsequenceAliases.Select(a => a.Alias));

    /// <summary>A built-in schedule by id (e.g. <c>shandong_2022</c>) or short name (e.g. <c>shandong</c>).</summary>
    public static bool TryGetConsequenceSchedule(string name, [NotNullWhen(true)] out ConsequenceSchedule? schedule)
    {
        if (KnownConsequenceSchedules.TryGet(name, out schedule))
        {
            return true;
        }

        schedule = ConsequenceAliases.FirstOrDefault(a => string.Equals(a.Alias, name, StringComparison.Ordinal)).Schedule;
        return schedule is not null;
    }

    public static IEnumerable<string> IndicatorIds => KnownIndicators.Names;
}
