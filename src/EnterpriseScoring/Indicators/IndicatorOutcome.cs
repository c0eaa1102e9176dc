namespace EnterpriseScoring.Indicators;

/// <summary>Whether an indicator could be computed for a firm, and if not, why.</summary>
public enum IndicatorOutcome : byte
{
    /// <summary>The value was computed.</summary>
    Computed = 0,

    /// <summary>A measure the indicator needs is missing.</summary>
    MissingMeasure = 1,

    /// <summary>The denominator is zero (e.g. zero energy use): the value is treated as missing.</summary>
    ZeroDenominator = 2,

    /// <summary>
    /// The evaluated land area is missing, not positive or below <see cref="Land.LandAreaLimits.MinimumMu"/>, or the value
    /// over it overflows: a data error for this firm.
    /// </summary>
    InvalidLand = 3,

    /// <summary>The denominator is negative (e.g. negative net assets): the ratio has no meaning and is treated as missing.</summary>
    NegativeDenominator = 4,

    /// <summary>
    /// A growth indicator (<see cref="GrowthIndicator"/>) has no prior-year value for this firm: a new firm, a merger or a
    /// changed id. Treated as missing (the indicator's missing-value policy applies).
    /// </summary>
    NoPriorValue = 5,

    /// <summary>A growth rate's prior-year value is 0: there is no rate (上年为0). Treated as missing.</summary>
    ZeroPrior = 6,

    /// <summary>A growth rate's prior-year value is negative and the indicator's <see cref="NegativePriorPolicy"/> is <see cref="NegativePriorPolicy.Missing"/> (上年为负). Treated as missing.</summary>
    NegativePrior = 7,

    /// <summary>
    /// The indicator is scored against a standard-value table (<see cref="Scoring.StandardValueTable"/>) and no row fits the
    /// firm's industry and size class, and the indicator gives no default standards (无适用标准值). Treated as missing.
    /// </summary>
    NoStandardRow = 8,

    /// <summary>
    /// A growth indicator's firm is evaluated in a shared parcel (<see cref="Land.SharedParcelMerge"/>) whose firms are not
    /// those it was evaluated with in the prior year — a firm joined or left the parcel, or the parcel is shared in one
    /// year only —, so its prior figure is of other firms and the growth has no meaning (地块企业构成变化). Treated as missing.
    /// </summary>
    ParcelChanged = 9,
}
