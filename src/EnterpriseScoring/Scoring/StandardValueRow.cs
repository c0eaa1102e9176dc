namespace EnterpriseScoring.Scoring;

/// <summary>
/// One row of a <see cref="StandardValueTable"/> (企业绩效评价标准值): the five standard values of an industry (GB/T 4754
/// 门类 or 大类) and optionally a size class.
/// </summary>
/// <param name="Industry">The industry key: a 门类 letter (<c>C</c>) or a 大类 (<c>C26</c>; <c>26</c> is read as <c>C26</c>);
/// null for a default row of every industry.</param>
/// <param name="Size">The id of a <see cref="StandardSizeClass"/>; null for 全行业 (every size).</param>
/// <param name="Standards">The five standard values, best band first (优秀, 良好, 平均, 较低, 较差).</param>
public sealed record StandardValueRow(string? Industry, string? Size, IReadOnlyList<double> Standards)
{
    /// <summary>The five standard values (a read-only copy).</summary>
    public IReadOnlyList<double> Standards { get; init => field = ReadOnlyCopy.List(value); } = ReadOnlyCopy.List(Standards);

    /// <summary>A display name of the industry, e.g. 化学原料和化学制品制造业 (GB/T 4754—2017), or null.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? Label { get; init; }

    /// <summary>The row's key as explanations show it, e.g. <c>C26 × large</c> or <c>C × 全行业</c>.</summary>
    public string Key => $"{Industry ?? "default 默认"} × {Size ?? "全行业"}";
}
