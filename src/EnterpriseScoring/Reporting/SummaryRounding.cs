namespace EnterpriseScoring.Reporting;

/// <summary>How group figures are rounded to <see cref="GroupSummaryOptions.Decimals"/> places.</summary>
public enum SummaryRounding
{
    /// <summary>Not rounded.</summary>
    None = 0,

    /// <summary>Rounded half away from zero (四舍五入), as published figures are; done in decimal so 1.005 → 1.01.</summary>
    Round = 1,

    /// <summary>Truncated toward zero (as one dashboard shows them): 1.239 → 1.23, −1.239 → −1.23.</summary>
    Truncate = 2,
}
