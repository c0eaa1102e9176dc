namespace EnterpriseScoring.Indicators;

/// <summary>What a <see cref="GrowthForm.Rate"/> growth indicator does with a negative prior-year value.</summary>
public enum NegativePriorPolicy
{
    /// <summary>
    /// The growth is missing (<see cref="IndicatorOutcome.NegativePrior"/>) and the indicator's missing-value policy applies:
    /// a rate against a negative base (e.g. a loss) reads backwards. The default.
    /// </summary>
    Missing = 0,

    /// <summary>Divide by the absolute prior value: <c>(this − prior) × 100 / |prior|</c>, so a loss of −10 turning into −5 is +50 %.</summary>
    Absolute = 1,
}
