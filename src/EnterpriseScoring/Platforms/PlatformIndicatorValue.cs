namespace EnterpriseScoring.Platforms;

/// <summary>One indicator's figure for one unit: its value and the summed parts it was made from.</summary>
/// <param name="Value">The value; null when undefined (a ratio over no land, a figure the register does not give).</param>
/// <param name="Numerator">The summed numerator.</param>
/// <param name="Denominator">The summed denominator.</param>
/// <param name="Count">The number of firms (or register entries) that contributed.</param>
/// <param name="Arithmetic">The computation written out (<see cref="IPlatformIndicator.Arithmetic"/>).</param>
public sealed record PlatformIndicatorValue(double? Value, double Numerator, double Denominator, int Count, string Arithmetic);
