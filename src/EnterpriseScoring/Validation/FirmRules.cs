using System.Collections.Frozen;
using System.Globalization;

namespace EnterpriseScoring.Validation;

/// <summary>A rule violation found by <see cref="FirmRules"/>: what kind, why, and how serious.</summary>
internal readonly record struct RuleViolation(RowIssueCode Code, string Reason, IssueSeverity Severity);

/// <summary>
/// The row rules, in one place: used by <see cref="FirmValidator"/> (FluentValidation, per <see cref="Firm"/>) and by
/// the bulk CSV reader on parsed values. Allocates only when a rule fails.
/// </summary>
internal static class FirmRules
{
    /// <summary>The earliest plausible start year.</summary>
    public const int MinStartYear = 1900;

    /// <summary>The latest plausible start year.</summary>
    public const int MaxStartYear = 2100;

    /// <summary>Well-known measures that may legitimately be negative (refunds, losses, insolvency).</summary>
    private static readonly FrozenSet<string> MayBeNegative = new[]
    {
        KnownMeasures.Tax.Id, KnownMeasures.ValueAdded.Id, KnownMeasures.NetProfit.Id, KnownMeasures.NetAssets.Id,
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether the measure with id <paramref name="measureId"/> may be negative: tax, value added, net profit, net assets
    /// and every custom measure may; every other well-known measure (land, areas, counts, revenue, employees, energy,
    /// electricity, water, emissions, spending) may not.
    /// </summary>
    public static bool AllowsNegative(string measureId) =>
        MayBeNegative.Contains(measureId) || !KnownMeasures.TryGet(measureId, out _);

    /// <summary>Checks an id: required, and a valid 统一社会信用代码 (a warning only when <paramref name="lenient"/>).</summary>
    public static RuleViolation? CheckId(string? id, bool lenient)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return new RuleViolation(RowIssueCode.MissingId, "id (统一社会信用代码) is required", IssueSeverity.Error);
        }

        var check = UnifiedSocialCreditCode.Check(id);
        if (check.IsValid)
        {
            return null;
        }

        var code = check.Error == UsccError.OrganizationCodeCheck ? RowIssueCode.InvalidOrganizationCode : RowIssueCode.InvalidId;
        return new RuleViolation(code, "invalid 统一社会信用代码: " + check.Message, lenient ? IssueSeverity.Warning : IssueSeverity.Error);
    }

    /// <summary>Checks one measure value: finite, and non-negative unless <see cref="AllowsNegative"/>.</summary>
    public static RuleViolation? CheckMeasure(string measureId, double value)
    {
        if (!double.IsFinite(value))
        {
            return new RuleViolation(RowIssueCode.NonFiniteNumber, $"{measureId} must be a finite number", IssueSeverity.Error);
        }

        if (value < 0 && !AllowsNegative(measureId))
        {
            return new RuleViolation(RowIssueCode.NegativeValue, $"{measureId} must not be negative", IssueSeverity.Error);
        }

        return null;
    }

    /// <summary>Checks a start year: within [<see cref="MinStartYear"/>, <see cref="MaxStartYear"/>].</summary>
    public static RuleViolation? CheckStartYear(int year) =>
        year is < MinStartYear or > MaxStartYear
            ? new RuleViolation(
                RowIssueCode.StartYearOutOfRange,
                string.Create(CultureInfo.InvariantCulture, $"start year must be between {MinStartYear} and {MaxStartYear}"),
                IssueSeverity.Error)
            : null;

    /// <summary>The violation for a later occurrence of an id first seen on <paramref name="firstLine"/>.</summary>
    public static RuleViolation DuplicateId(int firstLine) =>
        new(RowIssueCode.DuplicateId, string.Create(CultureInfo.InvariantCulture, $"duplicate id, first seen on line {firstLine}"), IssueSeverity.Error);
}

/// <summary>The table-level duplicate-id rule: remembers where each id was first seen.</summary>
internal sealed class DuplicateIdTracker
{
    private readonly Dictionary<string, int> firstSeen;

    public DuplicateIdTracker(int capacity = 0) => firstSeen = new Dictionary<string, int>(capacity, StringComparer.Ordinal);

    /// <summary>Records <paramref name="id"/> on <paramref name="line"/>; returns a violation when it was seen before.</summary>
    public RuleViolation? Check(string id, int line)
    {
        if (string.IsNullOrEmpty(id))
        {
            return null;
        }

        return firstSeen.TryAdd(id, line) ? null : FirmRules.DuplicateId(firstSeen[id]);
    }
}
