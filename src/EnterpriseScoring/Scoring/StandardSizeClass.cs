namespace EnterpriseScoring.Scoring;

/// <summary>
/// A size class of a <see cref="StandardValueTable"/> (规模, e.g. 大型 / 中型 / 小型). Two forms: over the table's one
/// <see cref="StandardValueTable.SizeMeasure"/>, the firms whose value is at least <paramref name="AtLeast"/>; or over
/// several measures (<see cref="Thresholds"/>), the firms that meet every threshold — 《统计上大中小微型企业划分办法（2017）》
/// (国统字〔2017〕213号) for industry: 大型 从业人员 ≥ 1000 且 营业收入 ≥ 40000 万元. Classes are listed largest first and a
/// firm is in the first whose thresholds it meets.
/// </summary>
/// <param name="Id">The id rows use in <c>size</c>, e.g. <c>large</c>.</param>
/// <param name="Label">A display name, e.g. 大型, or null.</param>
/// <param name="AtLeast">The smallest value of the table's size measure in the class; NaN in the form over several measures.</param>
public sealed record StandardSizeClass(string Id, string? Label, double AtLeast)
{
    /// <summary>Creates a class over several measures: a firm is in it when it meets every threshold.</summary>
    /// <param name="id">The id rows use in <c>size</c>.</param>
    /// <param name="label">A display name, or null.</param>
    /// <param name="thresholds">One threshold per measure (every class of a table names the same measures).</param>
    public StandardSizeClass(string id, string? label, IReadOnlyList<SizeThreshold> thresholds)
        : this(id, label, double.NaN)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        Thresholds = thresholds;
    }

    /// <summary>The thresholds of the form over several measures, all to be met; empty in the form over the table's one size measure.</summary>
    /// <value>The default value is empty.</value>
    public IReadOnlyList<SizeThreshold> Thresholds { get; init => field = ReadOnlyCopy.List(value); } = ValueList<SizeThreshold>.Empty;

    /// <summary>The id and label, e.g. <c>large 大型</c>.</summary>
    public string Display => string.IsNullOrEmpty(Label) ? Id : $"{Id} {Label}";
}
