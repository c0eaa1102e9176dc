namespace EnterpriseScoring.Land;

/// <summary>How <see cref="SharedParcelMerge"/> turns the areas of a parcel's firms into the parcel's area.</summary>
public enum ParcelAreaRule
{
    /// <summary>
    /// The sum of the firms' areas under the inner strategy (the default): right when the holder of the land certificate
    /// reports the parcel and the tenants report no land, or each reports its own part.
    /// </summary>
    Sum = 0,

    /// <summary>The largest of the firms' areas: right when every firm on the parcel reports the whole parcel's area.</summary>
    Largest,
}
