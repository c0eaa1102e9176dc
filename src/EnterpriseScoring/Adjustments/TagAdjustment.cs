using System.Globalization;

namespace EnterpriseScoring.Adjustments;

/// <summary>Fixed points for firms carrying a tag, e.g. +3 for 高新技术企业, −5 for a safety accident.</summary>
/// <param name="Id">snake_case id.</param>
/// <param name="Label">Display label.</param>
/// <param name="Tag">The tag that triggers the rule.</param>
/// <param name="Points">Signed points (positive = bonus).</param>
/// <param name="Category">Category for "highest counts" and caps, or null.</param>
public sealed record TagAdjustment(string Id, string Label, string Tag, double Points, string? Category = null) : IAdjustmentRule
{
    /// <inheritdoc />
    public double Evaluate(FirmTable table, int row, out string detail)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (!table.HasTag(row, Tag))
        {
            detail = string.Empty;
            return 0;
        }

        detail = $"tag {Tag}: {Points.ToString("+0.####;-0.####", CultureInfo.InvariantCulture)}";
        return Points;
    }

    /// <inheritdoc />
    void IAdjustmentRule.CheckRanges(ParameterRangeCheck check, string path)
    {
        check.SignedPoints(path + ".points", Points, "signed points, e.g. 3");
    }
}
