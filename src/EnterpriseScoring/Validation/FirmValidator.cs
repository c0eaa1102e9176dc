using System.Globalization;
using FluentValidation;
using FluentValidation.Results;

namespace EnterpriseScoring.Validation;

/// <summary>
/// Validates a <see cref="Firm"/>: id required and a valid 统一社会信用代码 (a warning only under
/// <see cref="FirmValidationOptions.LenientIds"/>), every measure finite, land / areas / counts / revenue / employees /
/// energy / electricity / water / emissions / spending non-negative (tax, value added, net profit and net assets may be
/// negative; custom measures may be negative), start year in 1900–2100.
/// </summary>
/// <remarks>
/// Failure property names are the canonical column names (<c>id</c>, the measure id, <c>start_year</c>); each
/// <see cref="ValidationFailure.ErrorCode"/> is a <see cref="RowIssueCode"/> name and its
/// <see cref="ValidationFailure.CustomState"/> is that <see cref="RowIssueCode"/>. Duplicate ids are a table-level rule:
/// use <see cref="ValidateMany"/>. The CSV reader applies the same rules (shared code) to its parsed values.
/// Instances are immutable and thread-safe.
/// </remarks>
public sealed class FirmValidator : AbstractValidator<Firm>
{
    /// <summary>Creates a validator.</summary>
    /// <param name="options">The options; <see langword="null"/> for <see cref="FirmValidationOptions.Default"/>.</param>
    public FirmValidator(FirmValidationOptions? options = null)
    {
        Options = options ?? FirmValidationOptions.Default;
        var lenient = Options.LenientIds;

        RuleFor(f => f.Id).Custom((id, context) => Add(context, "id", id ?? string.Empty, FirmRules.CheckId(id, lenient)));

        RuleFor(f => f.Measures).Custom((measures, context) =>
        {
            if (measures is null)
            {
                return;
            }

            foreach (var (measureId, value) in measures.OrderBy(m => m.Key, StringComparer.Ordinal))
            {
                Add(context, measureId, value.ToString("R", CultureInfo.InvariantCulture), FirmRules.CheckMeasure(measureId, value));
            }
        });

        RuleFor(f => f.StartYear).Custom((year, context) =>
        {
            if (year is { } y)
            {
                Add(context, "start_year", y.ToString(CultureInfo.InvariantCulture), FirmRules.CheckStartYear(y));
            }
        });
    }

    /// <summary>The options this validator applies.</summary>
    public FirmValidationOptions Options { get; }

    /// <summary>
    /// Validates each firm and the table-level rules (the second and later occurrences of an id are rejected), and returns
    /// every issue as a <see cref="RowIssue"/> whose <see cref="RowIssue.Line"/> is the firm's 1-based position.
    /// </summary>
    /// <param name="firms">The firms, in order.</param>
    /// <returns>The issues, in firm order.</returns>
    public IReadOnlyList<RowIssue> ValidateMany(IEnumerable<Firm> firms)
    {
        ArgumentNullException.ThrowIfNull(firms);
        var issues = new List<RowIssue>();
        var duplicates = new DuplicateIdTracker();
        var position = 0;
        foreach (var firm in firms)
        {
            ArgumentNullException.ThrowIfNull(firm, nameof(firms));
            position++;
            issues.AddRange(ToRowIssues(Validate(firm), firm.Id ?? string.Empty, position));
            if (duplicates.Check(firm.Id ?? string.Empty, position) is { } dup)
            {
                issues.Add(new RowIssue(position, firm.Id!, "id", firm.Id!, dup.Code, dup.Reason.Replace("line", "position", StringComparison.Ordinal), dup.Severity));
            }
        }

        return issues;
    }

    /// <summary>Converts the failures of a FluentValidation result of this validator into <see cref="RowIssue"/>s.</summary>
    /// <param name="result">The result of <see cref="AbstractValidator{T}.Validate(T)"/>.</param>
    /// <param name="id">The firm's id.</param>
    /// <param name="line">The line (or position) to report.</param>
    /// <returns>One issue per failure.</returns>
    public static IReadOnlyList<RowIssue> ToRowIssues(ValidationResult result, string id, int line)
    {
        ArgumentNullException.ThrowIfNull(result);
        var issues = new List<RowIssue>(result.Errors.Count);
        foreach (var failure in result.Errors)
        {
            var code = failure.CustomState is RowIssueCode c ? c : RowIssueCode.InvalidId;
            var severity = failure.Severity == Severity.Error ? IssueSeverity.Error : IssueSeverity.Warning;
            issues.Add(new RowIssue(line, id ?? string.Empty, failure.PropertyName, Convert.ToString(failure.AttemptedValue, CultureInfo.InvariantCulture) ?? string.Empty, code, failure.ErrorMessage, severity));
        }

        return issues;
    }

    private static void Add(ValidationContext<Firm> context, string property, string value, RuleViolation? violation)
    {
        if (violation is not { } v)
        {
            return;
        }

        context.AddFailure(new ValidationFailure(property, v.Reason, value)
        {
            Severity = v.Severity == IssueSeverity.Error ? Severity.Error : Severity.Warning,
            ErrorCode = v.Code.ToString(),
            CustomState = v.Code,
        });
    }
}
