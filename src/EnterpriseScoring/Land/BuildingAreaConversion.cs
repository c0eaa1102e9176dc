namespace EnterpriseScoring.Land;

/// <summary>
/// For lessees without land of their own: where the base strategy gives no usable area (missing, ≤ 0 or below
/// <see cref="LandAreaLimits.MinimumMu"/>), converts the rented building floor area (㎡) into land:
/// <c>building_area / floor-area ratio / 666.67 ㎡ per 亩</c>.
/// </summary>
/// <remarks>The floor-area ratio (容积率) a county uses for the conversion is local and unpublished in our sources;
/// the default 1.0 (one ㎡ of floor = one ㎡ of land) is an assumption — set it in the profile.</remarks>
public sealed class BuildingAreaConversion : ILandAreaStrategy
{
    /// <summary>Square metres in one 亩 (10000 / 15).</summary>
    public const double SquareMetresPerMu = 10000.0 / 15.0;

    private readonly ILandAreaStrategy inner;

    /// <summary>Creates the strategy.</summary>
    /// <param name="floorAreaRatio">Floor area per unit of land area (容积率); finite and &gt; 0.</param>
    /// <param name="inner">The strategy for firms with land; <see cref="CertificateLandArea"/> when null.</param>
    public BuildingAreaConversion(double floorAreaRatio = 1.0, ILandAreaStrategy? inner = null)
    {
        FloorAreaRatio = Preconditions.CheckPositive(floorAreaRatio);
        this.inner = inner ?? new CertificateLandArea();
    }

    /// <summary>Floor area per unit of land area.</summary>
    public double FloorAreaRatio { get; }

    /// <summary>
    /// The strategy for firms with land of their own, applied first; the conversion fills in only where it gives no
    /// usable area. <value>The default value is a <see cref="CertificateLandArea"/>.</value>
    /// </summary>
    public ILandAreaStrategy Inner => inner;

    /// <inheritdoc />
    public string Name => "building_area_conversion";

    /// <inheritdoc />
    /// <remarks>The <see cref="Inner"/> strategy's measures, then <c>building_area</c>.</remarks>
    public IReadOnlyList<Measure> Measures => [.. inner.Measures, KnownMeasures.BuildingArea];

    /// <inheritdoc />
    public void Compute(FirmTable table, Span<double> area)
    {
        ArgumentNullException.ThrowIfNull(table);
        inner.Compute(table, area);
        if (!table.TryGetMeasure(KnownMeasures.BuildingArea.Id, out var building))
        {
            return;
        }

        for (var row = 0; row < table.Count; row++)
        {
            if (!LandAreaLimits.IsUsable(area[row]) && building.TryGet(row, out var floor) && floor > 0)
            {
                area[row] = Convert(floor);
            }
        }
    }

    /// <inheritdoc />
    public string Explain(FirmTable table, int row)
    {
        ArgumentNullException.ThrowIfNull(table);
        var baseText = inner.Explain(table, row);
        var building = LandMath.Get(table, KnownMeasures.BuildingArea, row);
        var area = new double[table.Count];
        inner.Compute(table, area);
        if (LandAreaLimits.IsUsable(area[row]) || building is not > 0)
        {
            return baseText;
        }

        return $"{baseText}; converted from rented building area {Numbers.Format(building.Value)} ㎡ / floor-area ratio {Numbers.Format(FloorAreaRatio)} / {Numbers.Format(SquareMetresPerMu)} ㎡ per 亩 = {Numbers.Format(Convert(building.Value))} 亩";
    }

    private double Convert(double floorArea) => floorArea / FloorAreaRatio / SquareMetresPerMu;

    /// <inheritdoc />
    void ILandAreaStrategy.CheckRanges(ParameterRangeCheck check, string path)
    {
        check.Range(path + ".floor_area_ratio", FloorAreaRatio, ParameterRangeCheck.MinFloorAreaRatio, ParameterRangeCheck.MaxFloorAreaRatio, "a floor-area ratio, e.g. 1.0");
    }
}
