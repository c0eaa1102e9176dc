namespace EnterpriseScoring.Scoring;

/// <summary>
/// One threshold of a <see cref="StandardSizeClass"/> defined over several measures: the firm's value of
/// <paramref name="Measure"/> must be at least <paramref name="AtLeast"/> (e.g. 从业人员 ≥ 1000).
/// </summary>
/// <param name="Measure">The measure, e.g. <see cref="KnownMeasures.Employees"/>.</param>
/// <param name="AtLeast">The smallest value of the measure in the class.</param>
public sealed record SizeThreshold(Measure Measure, double AtLeast)
{
    /// <summary>The threshold as explanations show it, e.g. <c>employees ≥ 1000</c>.</summary>
    public string Display => $"{Measure.Id} ≥ {ExplainFormat.Num(AtLeast)}";
}
