using System.Globalization;
using System.Text;
using EnterpriseScoring.Platforms;
using EnterpriseScoring.Validation;

namespace EnterpriseScoring.Scorecards;

/// <summary>
/// Puts the events of the scorecard's year on the scored platforms (docs/scorecard.md, "Events"): an event counts in every
/// scored row whose figures include the platform it names — the platform itself, the 主平台 of a 分区分园, the platform a
/// merged one was absorbed by — exactly as that platform's firms do. An event of another year is not counted (counted
/// apart); an event whose platform the year's membership does not know, or whose class the profile does not declare, is
/// unmatched (<see cref="Scorecard.UnmatchedEvents"/>) — never dropped silently.
/// </summary>
internal sealed class ScorecardEventMatching
{
    private readonly Dictionary<string, List<ScorecardEvent>> byRow = new(StringComparer.Ordinal);

    private ScorecardEventMatching()
    {
    }

    /// <summary>The events that name no platform of the year or no class of the profile, as rejected rows.</summary>
    public List<RowIssue> Unmatched { get; } = [];

    /// <summary>The number of events (rows) dated in another year than the scorecard's.</summary>
    public int OtherYears { get; private set; }

    /// <summary>The number of events (rows) counted on at least one scored row.</summary>
    public int Counted { get; private set; }

    /// <summary>Matches <paramref name="events"/> to the scored units of <paramref name="membership"/>.</summary>
    /// <param name="events">The events (any years).</param>
    /// <param name="profile">The scorecard profile (year, classes).</param>
    /// <param name="membership">The year's membership.</param>
    /// <param name="register">The register the membership was made from.</param>
    /// <param name="scored">The ids of the scored units.</param>
    public static ScorecardEventMatching Match(IEnumerable<ScorecardEvent> events, ScorecardProfile profile, PlatformMembership membership, PlatformRegister register, IReadOnlyCollection<string> scored)
    {
        var matching = new ScorecardEventMatching();
        var classes = profile.EventClasses.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

        // group → the scored units whose figures cover it.
        var covering = new List<string>[membership.GroupCount];
        foreach (var id in scored)
        {
            foreach (var g in membership.GroupsOf(membership.IndexOf(id)))
            {
                (covering[g] ??= []).Add(id);
            }
        }

        foreach (var e in events)
        {
            ArgumentNullException.ThrowIfNull(e);
            if (!classes.Contains(e.Class))
            {
                matching.Unmatched.Add(Issue(e, ScorecardEventsReader.ClassColumn, e.Class, $"不是考核方案 {profile.Id} 的事件类别 not an event class of the scorecard; classes: {string.Join(", ", classes)}"));
                continue;
            }

            if (e.Date.Year != profile.Year)
            {
                matching.OtherYears++;
                continue;
            }

            var text = e.Platform.Trim();
            var unitId = register.TryFind(text, out var platform) ? register.EffectiveIn(platform, profile.Year).Id : text;
            var unit = membership.IndexOf(unitId);
            if (unit < 0 || unit >= membership.GroupCount)
            {
                matching.Unmatched.Add(Issue(e, ScorecardEventsReader.PlatformColumn, e.Platform, string.Create(CultureInfo.InvariantCulture, $"不是 {profile.Year} 年的平台 not a platform of the scorecard in {profile.Year}: neither in the register nor named by any firm")));
                continue;
            }

            if (covering[unit] is not { Count: > 0 } rows)
            {
                matching.Unmatched.Add(Issue(e, ScorecardEventsReader.PlatformColumn, e.Platform, $"平台 {unitId} 未参加考核 no scored platform covers {unitId} in {profile.Year}"));
                continue;
            }

            matching.Counted++;
            foreach (var row in rows)
            {
                (matching.byRow.TryGetValue(row, out var list) ? list : matching.byRow[row] = []).Add(e);
            }
        }

        return matching;
    }

    /// <summary>What the events counted for scored unit <paramref name="unit"/> do, per class in the profile's order (classes without events left out).</summary>
    public IReadOnlyList<ScorecardDeduction> DeductionsOf(ScorecardProfile profile, PlatformUnit unit)
    {
        if (!byRow.TryGetValue(unit.Id, out var events))
        {
            return [];
        }

        var deductions = new List<ScorecardDeduction>();
        foreach (var c in profile.EventClasses)
        {
            var of = events.Where(e => e.Class == c.Id).ToArray();
            if (of.Length == 0)
            {
                continue;
            }

            var count = of.Sum(e => e.Count);
            var raw = count * c.PointsPerEvent;
            var capped = c.MaxPoints is { } max && raw > max;
            var points = capped ? c.MaxPoints!.Value : raw;
            var arithmetic = new StringBuilder();
            arithmetic.Append(ExplainFormat.Int(count)).Append(" × ").Append(ExplainFormat.Num(c.PointsPerEvent)).Append(" = ").Append(ExplainFormat.Num(raw));
            if (c.MaxPoints is { } cap)
            {
                arithmetic.Append(capped ? ", 上限 cap " : " (上限 cap ").Append(ExplainFormat.Num(cap)).Append(capped ? " → " + ExplainFormat.Num(points) : ")");
            }

            if (c.Disqualifies)
            {
                arithmetic.Append("; 一票否决 disqualifies");
            }

            deductions.Add(new ScorecardDeduction { Class = c, Events = of, EventCount = count, Points = points, Capped = capped, Arithmetic = arithmetic.ToString() });
        }

        return deductions;
    }

    /// <summary>One event as the explanation lists it: date, platform when not the row's, count, note, line.</summary>
    public static string Describe(ScorecardEvent e, string rowId)
    {
        var sb = new StringBuilder();
        sb.Append(e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (!string.Equals(e.Platform.Trim(), rowId, StringComparison.Ordinal))
        {
            sb.Append(" 平台 platform ").Append(e.Platform.Trim());
        }

        if (e.Count != 1)
        {
            sb.Append(" × ").Append(ExplainFormat.Int(e.Count));
        }

        if (e.Note.Length > 0)
        {
            sb.Append(": ").Append(e.Note);
        }

        if (e.Line > 0)
        {
            sb.Append(" (line ").Append(ExplainFormat.Int(e.Line)).Append(')');
        }

        return sb.ToString();
    }

    private static RowIssue Issue(ScorecardEvent e, string column, string value, string reason) =>
        new(e.Line, e.Platform, column, value, RowIssueCode.InvalidReference, reason, IssueSeverity.Error);
}
