namespace EnterpriseScoring.Land;

/// <summary>The land-use certificate area (土地使用权证面积, including land under construction): the <c>land_area</c> measure as reported.</summary>
public sealed class CertificateLandArea : ILandAreaStrategy
{
    /// <inheritdoc />
    public string Name => "certificate";

    /// <inheritdoc />
    /// <remarks><c>land_area</c>.</remarks>
    public IReadOnlyList<Measure> Measures { get; } = [KnownMeasures.LandArea];

    /// <inheritdoc />
    public void Compute(FirmTable table, Span<double> area)
    {
        ArgumentNullException.ThrowIfNull(table);
        LandMath.CheckLength(table, area);
        if (table.TryGetMeasure(KnownMeasures.LandArea.Id, out var land))
        {
            land.Values.CopyTo(area);
        }
        else
        {
            area[..table.Count].Fill(double.NaN);
        }
    }

    /// <inheritdoc />
    public string Explain(FirmTable table, int row)
    {
        ArgumentNullException.ThrowIfNull(table);
        var land = LandMath.Get(table, KnownMeasures.LandArea, row);
        return land is { } v ? $"certificate area (用地面积) = {Numbers.Format(v)} 亩" : "certificate area (用地面积) missing";
    }
}
