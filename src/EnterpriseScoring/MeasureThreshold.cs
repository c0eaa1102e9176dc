using System.Globalization;

namespace EnterpriseScoring;

/// <summary>One measure threshold of a <see cref="FirmCondition"/>: the measure must be reported and compare with <see cref="Value"/> as <see cref="Comparison"/> says.</summary>
/// <param name="Measure">The measure id.</param>
/// <param name="Comparison">How the reported value is compared.</param>
/// <param name="Value">The threshold.</param>
internal readonly record struct MeasureThreshold(string Measure, MeasureComparison Comparison, double Value)
{
    /// <summary>The comparison's symbol: &gt;, ≥, &lt; or ≤.</summary>
    public string Symbol => Comparison switch
    {
        MeasureComparison.GreaterThan => ">",
        MeasureComparison.AtLeast => "≥",
        MeasureComparison.LessThan => "<",
        _ => "≤",
    };

    /// <summary>Whether a reported value passes (NaN never does).</summary>
    /// <param name="value">The firm's value.</param>
    public bool Holds(double value) => Holds(Comparison, value, Value);

    /// <summary>Whether <paramref name="value"/> compares with <paramref name="threshold"/> as <paramref name="comparison"/> says (NaN never does).</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="value">The firm's value.</param>
    /// <param name="threshold">The threshold.</param>
    public static bool Holds(MeasureComparison comparison, double value, double threshold) => comparison switch
    {
        MeasureComparison.GreaterThan => value > threshold,
        MeasureComparison.AtLeast => value >= threshold,
        MeasureComparison.LessThan => value < threshold,
        _ => value <= threshold,
    };

    /// <summary>E.g. <c>revenue &gt; 500000</c>.</summary>
    public override string ToString() => $"{Measure} {Symbol} {Value.ToString("0.####", CultureInfo.InvariantCulture)}";
}
