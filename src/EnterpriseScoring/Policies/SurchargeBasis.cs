namespace EnterpriseScoring.Policies;

/// <summary>What the amount of a <see cref="SurchargeRule"/> depends on.</summary>
public enum SurchargeBasis
{
    /// <summary>The number of consecutive years the firm has been in the tier (1st, 2nd, 3rd+ …).</summary>
    ConsecutiveYears = 0,

    /// <summary>The calendar year the surcharge applies in (e.g. 2019, 2020, 2021 and later).</summary>
    CalendarYear = 1,
}
