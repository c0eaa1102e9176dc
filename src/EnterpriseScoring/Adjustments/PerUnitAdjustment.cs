using System.Globalization;

namespace EnterpriseScoring.Adjustments;

/// <summary>
/// Points per unit of a count measure, with a different amount for the first unit — e.g. leasing out land:
/// above-size firms 0 for the first lessee and −5 for each further one; below-size firms −10 for the first and
/// −5 for each further one (温岭 2021). No cap unless the category has one.
/// </summary>
/// <param name="Id">snake_case id.</param>
/// <param name="Label">Display label.</param>
/// <param name="Measure">The count measure, e.g. <see cref="KnownMeasures.Lessees"/>.</param>
/// <param name="FirstUnitPoints">Signed points for the first unit.</param>
/// <param name="AdditionalUnitPoints">Signed points for each further unit.</param>
/// <param name="SizeClass">Only firms of this size class, or null for all.</param>
/// <param name="Category">Category, or null.</param>
public sealed record PerUnitAdjustment(
    string Id,
    string Label,
    Measure Measure,
    double FirstUnitPoints,
    double AdditionalUnitPoints,
    SizeClass? SizeClass = null,
    string? Category = null) : IAdjustmentRule
{
    /// <inheritdoc />
    public IReadOnlyList<Measure> Measures => [Measure];

    /// <inheritdoc />
    /// <remarks>A firm without the count gets no points from the rule.</remarks>
    public string MissingMeasureEffect => "the rule gives no firm points";

    /// <inheritdoc />
    public double Evaluate(FirmTable table, int row, out string detail)
    {
        ArgumentNullException.ThrowIfNull(table);
        detail = string.Empty;
        if (SizeClass is { } size && table.SizeClasses[row] != size)
        {
            return 0;
        }

        if (!table.TryGetMeasure(Measure.Id, out var column) || !column.TryGet(row, out var units) || units < 1)
        {
            return 0;
        }

        var whole = Math.Floor(units);
        var points = FirstUnitPoints + (whole - 1) * AdditionalUnitPoints;
        var f = CultureInfo.InvariantCulture;
        detail = $"{Measure.Id} = {whole.ToString(f)}: {FirstUnitPoints.ToString("0.####", f)} + ({whole.ToString(f)} − 1) × {AdditionalUnitPoints.ToString("0.####", f)} = {points.ToString("0.####", f)}";
        return points;
    }

    /// <inheritdoc />
    void IAdjustmentRule.CheckRanges(ParameterRangeCheck check, string path)
    {
        check.SignedPoints(path + ".first_unit_points", FirstUnitPoints, "signed points, e.g. -10");
        check.SignedPoints(path + ".additional_unit_points", AdditionalUnitPoints, "signed points, e.g. -5");
    }
}
