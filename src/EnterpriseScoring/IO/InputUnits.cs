namespace EnterpriseScoring.IO;

/// <summary>
/// The units a firm file's numbers are in when its headers do not say (a header suffix such as <c>实缴税金(元)</c> always
/// wins). The readers convert every measure once, on reading, to its canonical unit in <see cref="KnownMeasures"/>
/// (money 万元, land 亩).
/// </summary>
/// <remarks>
/// Money units: 元, 千元, 万元, 百万元, 亿元. Area units (for the land measures <c>land_area</c>, <c>leased_in_area</c> and
/// <c>leased_out_area</c>; the building area stays in ㎡ unless its header says otherwise): 亩, ㎡ (平方米, m2, m²), 公顷 (ha).
/// A profile's <c>currency_unit</c> and <c>area_unit</c> are meant to be passed here. Immutable.
/// </remarks>
public sealed class InputUnits
{
    /// <summary>The canonical units: 万元 and 亩 (nothing is converted unless a header says otherwise).</summary>
    public static InputUnits Default { get; } = new();

    /// <summary>The unit of the money measures (tax, value added, revenue, R&amp;D, profit, assets, investment).</summary>
    /// <value>The default value is 万元.</value>
    public string Money { get; init; } = "万元";

    /// <summary>The unit of the land measures (land area, leased-in and leased-out area).</summary>
    /// <value>The default value is 亩.</value>
    public string Area { get; init; } = "亩";

    /// <inheritdoc />
    public override string ToString() => $"money {Money}, area {Area}";
}
