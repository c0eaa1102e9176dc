namespace EnterpriseScoring.Reporting;

/// <summary>
/// How a figure is rounded for display to a number of decimal places: group figures (<see cref="GroupSummaryOptions"/>),
/// and the indicator scores, totals and figures a profile shows (<see cref="DisplayPrecision"/>, <see cref="DisplayFormat"/>).
/// </summary>
/// <remarks>
/// Every mode works on the value's shortest round-trip decimal text (the digits results.csv prints, e.g. 2.675 for the
/// <see cref="double"/> nearest 2.675) in <see cref="decimal"/> arithmetic, so a value that reads as a tie is rounded as
/// one: 2.675 → 2.68 half up, 1.005 → 1.01, where binary arithmetic would give 2.67 and 1.00. Negative values are the
/// mirror of positive ones (−2.675 → −2.68 half up, −1.239 → −1.23 truncated); a result of zero is +0.
/// </remarks>
public enum SummaryRounding
{
    /// <summary>Not rounded: the value as computed (shown in its shortest round-trip form).</summary>
    None = 0,

    /// <summary>Rounded half away from zero (四舍五入, <c>half_up</c> in a profile), as published figures are: 2.675 → 2.68, −2.675 → −2.68.</summary>
    Round = 1,

    /// <summary>Truncated toward zero (<c>truncate</c>; as some lists are published, e.g. 73.7156 → 73.71): 1.239 → 1.23, −1.239 → −1.23.</summary>
    Truncate = 2,

    /// <summary>Rounded half to even (banker's rounding, <c>half_even</c>): 2.675 → 2.68, 2.665 → 2.66, 2.5 → 2 at 0 places.</summary>
    HalfEven = 3,
}
