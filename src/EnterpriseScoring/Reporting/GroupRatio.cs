namespace EnterpriseScoring.Reporting;

/// <summary>A group's ratio of sums, e.g. 亩均税收 = Σtax / Σland over the firms that have both values.</summary>
/// <param name="Numerator">Σ numerator.</param>
/// <param name="Denominator">Σ denominator (land, 亩).</param>
/// <param name="Firms">The number of firms summed.</param>
/// <param name="Exact">Σ numerator / Σ denominator, unrounded; null when no firm counted.</param>
/// <param name="Value">The figure rounded as the options say; null when no firm counted.</param>
public sealed record GroupRatio(double Numerator, double Denominator, int Firms, double? Exact, double? Value);
