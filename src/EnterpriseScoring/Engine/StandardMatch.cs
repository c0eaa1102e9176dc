using EnterpriseScoring.Scoring;

namespace EnterpriseScoring.Engine;

/// <summary>
/// What a standard-value table (<see cref="EfficacyCoefficientOptions.Table"/>) gives the firms of one industry code and
/// size class: the row that fits and the banded method of its standards.
/// </summary>
/// <param name="Industry">The firms' GB/T 4754 code as written, or null when they have none.</param>
/// <param name="Size">Their size class, or null (size measure missing, or below every class).</param>
/// <param name="Row">The most specific row (<see cref="StandardValueTable.Find"/>), or null when none fits.</param>
/// <param name="Method">The banded method of <paramref name="Row"/>'s standards; of the indicator's own standards when no row
/// fits; null when there are none either (the value counts as missing).</param>
internal sealed record StandardMatch(string? Industry, StandardSizeClass? Size, StandardValueRow? Row, EfficacyCoefficientScoring? Method)
{
    /// <summary>The size measures the firms have no value of (then <see cref="Size"/> is null), in the table's order.</summary>
    public IReadOnlyList<string> MissingSizeMeasures { get; init; } = [];
}
