namespace EnterpriseScoring.Scoring;

/// <summary>
/// A size class of a <see cref="StandardValueTable"/> (规模, e.g. 大型 / 中型 / 小型): the firms whose
/// <see cref="StandardValueTable.SizeMeasure"/> is at least <paramref name="AtLeast"/> and below the threshold of the
/// class before it.
/// </summary>
/// <param name="Id">The id rows use in <c>size</c>, e.g. <c>large</c>.</param>
/// <param name="Label">A display name, e.g. 大型, or null.</param>
/// <param name="AtLeast">The smallest value of the size measure in the class (classes are listed largest first).</param>
public sealed record StandardSizeClass(string Id, string? Label, double AtLeast)
{
    /// <summary>The id and label, e.g. <c>large 大型</c>.</summary>
    public string Display => string.IsNullOrEmpty(Label) ? Id : $"{Id} {Label}";
}
