namespace EnterpriseScoring.Land;

/// <summary>
/// Net area = owned (certificate) + leased-in − leased-out. A missing leased-in or leased-out figure counts as 0
/// (most firms lease nothing); a firm with neither owned nor leased-in land has no area. The formula is not
/// published policy: it is offered as a strategy (docs/policy-digest.md §3).
/// </summary>
public sealed class NetLandArea : ILandAreaStrategy
{
    /// <inheritdoc />
    public string Name => "net";

    /// <inheritdoc />
    /// <remarks><c>land_area</c>, <c>leased_in_area</c>, <c>leased_out_area</c>.</remarks>
    public IReadOnlyList<Measure> Measures { get; } = [KnownMeasures.LandArea, KnownMeasures.LeasedInArea, KnownMeasures.LeasedOutArea];

    /// <inheritdoc />
    public void Compute(FirmTable table, Span<double> area)
    {
        ArgumentNullException.ThrowIfNull(table);
        LandMath.CheckLength(table, area);
        for (var row = 0; row < table.Count; row++)
        {
            area[row] = Net(table, row, out _, out _, out _);
        }
    }

    /// <inheritdoc />
    public string Explain(FirmTable table, int row)
    {
        ArgumentNullException.ThrowIfNull(table);
        var net = Net(table, row, out var owned, out var leasedIn, out var leasedOut);
        var text = $"net area = owned {Numbers.Format(owned)} + leased-in {Numbers.Format(leasedIn)} − leased-out {Numbers.Format(leasedOut)}";
        return double.IsNaN(net) ? text + ": no owned or leased-in land" : $"{text} = {Numbers.Format(net)} 亩";
    }

    private static double Net(FirmTable table, int row, out double owned, out double leasedIn, out double leasedOut)
    {
        var ownedValue = LandMath.Get(table, KnownMeasures.LandArea, row);
        var inValue = LandMath.Get(table, KnownMeasures.LeasedInArea, row);
        owned = ownedValue ?? 0;
        leasedIn = inValue ?? 0;
        leasedOut = LandMath.Get(table, KnownMeasures.LeasedOutArea, row) ?? 0;
        return ownedValue is null && inValue is null ? double.NaN : owned + leasedIn - leasedOut;
    }
}
