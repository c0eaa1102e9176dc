namespace EnterpriseScoring.Indicators;

/// <summary>How a <see cref="GrowthIndicator"/> measures the change of a firm's figure against its prior year.</summary>
public enum GrowthForm
{
    /// <summary>
    /// Growth rate in per cent (增速): <c>(this year − prior year) × 100 / prior year</c>, e.g. 亩均税收增速. A prior value of 0
    /// has no rate (<see cref="IndicatorOutcome.ZeroPrior"/>); a negative one is governed by <see cref="NegativePriorPolicy"/>.
    /// </summary>
    Rate = 0,

    /// <summary>
    /// Change in percentage points (百分点): <c>this year − prior year</c>, for a figure that is itself a share (e.g. R&amp;D
    /// intensity in %): a change from 2 % to 3 % is +1 point, not +50 %. Any prior value, 0 and negative included, is used.
    /// </summary>
    PercentagePoints = 1,
}
