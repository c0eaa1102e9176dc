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
}
