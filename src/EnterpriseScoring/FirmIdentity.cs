namespace EnterpriseScoring;

/// <summary>The identity and classification part of a firm row, as passed to <see cref="FirmTableBuilder.Add(in FirmIdentity, ReadOnlySpan{double}, IEnumerable{string}?, int)"/>.</summary>
/// <param name="Id">统一社会信用代码.</param>
/// <param name="Name">企业名称.</param>
/// <param name="Region">Region.</param>
/// <param name="Platform">Platform.</param>
/// <param name="IndustryCode">GB/T 4754 industry code.</param>
/// <param name="SizeClass">规上 / 规下.</param>
/// <param name="StartYear">Year production started, when known.</param>
/// <param name="Parcel">地块编号: the land parcel the firm shares with others; empty when none.</param>
public readonly record struct FirmIdentity(
    string Id,
    string Name,
    string Region,
    string Platform,
    string IndustryCode,
    SizeClass SizeClass,
    int? StartYear,
    string Parcel = "")
{
    /// <summary>The identity part of <paramref name="firm"/>.</summary>
    /// <param name="firm">The firm.</param>
    public static FirmIdentity Of(Firm firm)
    {
        ArgumentNullException.ThrowIfNull(firm);
        return new(firm.Id, firm.Name, firm.Region, firm.Platform, firm.IndustryCode, firm.SizeClass, firm.StartYear, firm.Parcel);
    }
}
