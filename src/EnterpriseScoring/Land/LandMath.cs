namespace EnterpriseScoring.Land;

/// <summary>Small helpers shared by the land strategies.</summary>
internal static class LandMath
{
    public static void CheckLength(FirmTable table, Span<double> area)
    {
        if (area.Length < table.Count)
        {
            throw new ArgumentException($"Expected room for {table.Count} areas, got {area.Length}.", nameof(area));
        }
    }

    public static double? Get(FirmTable table, Measure measure, int row) =>
        table.TryGetMeasure(measure.Id, out var column) ? column[row] : null;
}
