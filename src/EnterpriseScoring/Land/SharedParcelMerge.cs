using System.Runtime.CompilerServices;
using System.Text;

namespace EnterpriseScoring.Land;

/// <summary>
/// Shared parcels (同一宗地多家企业): the firms that name the same parcel (<see cref="FirmTable.Parcels"/>, 地块编号)
/// are evaluated together as one firm and all share its result; every firm's area is its parcel's area.
/// </summary>
/// <remarks>
/// <para>
/// Each firm's own area comes from <see cref="Inner"/>; the parcel's area is their sum or the largest
/// (<see cref="Area"/>). When an <see cref="Evaluator"/> runs a profile with this strategy, the firms of a parcel with
/// two or more firms become one evaluated unit: measures summed (a measure is missing only when every firm lacks it),
/// tags united, size class 规上 when any firm is 规上, and the rest (region, platform, industry, start year, the id used
/// to break ties) taken from the parcel's lead firm — the one with the largest own area, then the smallest id. The unit
/// takes one place in its pool's ranking and quotas; each firm's <see cref="FirmResult"/> carries the unit's figures
/// under its own id, with <see cref="FirmResult.Parcel"/> and <see cref="FirmResult.SharedWith"/> set.
/// </para>
/// <para>Firms without a parcel, and a parcel named by one firm only, are evaluated as usual. Ids should be unique (the
/// readers reject duplicates): two rows with the same id on one parcel may make the lead depend on row order.
/// Immutable and thread-safe.</para>
/// </remarks>
public sealed class SharedParcelMerge : ILandAreaStrategy
{
    // A table is immutable, so its parcel groups are computed once: explaining every firm of a table (or evaluating and
    // then explaining) does not regroup the whole table per call.
    private readonly ConditionalWeakTable<FirmTable, ParcelGroups> groupsByTable = [];

    /// <summary>Creates the strategy.</summary>
    /// <param name="inner">The strategy for each firm's own area; <see cref="KnownLandAreaStrategies.Certificate"/> when null.</param>
    /// <param name="area">How the firms' areas make the parcel's area.</param>
    /// <exception cref="ArgumentException"><paramref name="inner"/> is itself a <see cref="SharedParcelMerge"/>, or <paramref name="area"/> is not a defined rule.</exception>
    public SharedParcelMerge(ILandAreaStrategy? inner = null, ParcelAreaRule area = ParcelAreaRule.Sum)
    {
        if (inner is SharedParcelMerge)
        {
            throw new ArgumentException("A shared-parcel merge cannot wrap another shared-parcel merge.", nameof(inner));
        }

        if (!Enum.IsDefined(area))
        {
            throw new ArgumentException($"Unknown parcel area rule {area}.", nameof(area));
        }

        Inner = inner ?? KnownLandAreaStrategies.Certificate;
        Area = area;
    }

    /// <summary>The strategy for each firm's own area. <value>The default value is <see cref="KnownLandAreaStrategies.Certificate"/>.</value></summary>
    public ILandAreaStrategy Inner { get; }

    /// <summary>How the firms' areas make the parcel's area. <value>The default value is <see cref="ParcelAreaRule.Sum"/>.</value></summary>
    public ParcelAreaRule Area { get; }

    /// <inheritdoc />
    public string Name => "shared_parcel";

    /// <inheritdoc />
    /// <remarks>The <see cref="Inner"/> strategy's measures.</remarks>
    public IReadOnlyList<Measure> Measures => Inner.Measures;

    /// <inheritdoc />
    /// <remarks>Every firm of a parcel gets the parcel's area.</remarks>
    public void Compute(FirmTable table, Span<double> area)
    {
        ArgumentNullException.ThrowIfNull(table);
        LandMath.CheckLength(table, area);
        var groups = GroupsOf(table);
        for (var row = 0; row < table.Count; row++)
        {
            area[row] = groups.UnitArea[groups.UnitOf[row]];
        }
    }

    /// <inheritdoc />
    public string Explain(FirmTable table, int row)
    {
        ArgumentNullException.ThrowIfNull(table);
        var groups = GroupsOf(table);
        var unit = groups.UnitOf[row];
        var members = groups.Members(unit);
        if (members.Length < 2)
        {
            return Inner.Explain(table, row);
        }

        var text = new StringBuilder();
        text.Append("shared parcel 地块 ").Append(table.Parcels[row]).Append(", ").Append(members.Length).Append(" firms evaluated together / 同一地块企业合并评价: ");
        for (var i = 0; i < members.Length; i++)
        {
            var m = members[i];
            text.Append(i == 0 ? string.Empty : "; ").Append(table.Ids[m]).Append(m == groups.Lead[unit] ? " (lead)" : string.Empty)
                .Append(": ").Append(Inner.Explain(table, m));
        }

        text.Append(Area == ParcelAreaRule.Sum ? "; parcel area = sum of the firms' areas = " : "; parcel area = the largest of the firms' areas = ");
        var parcelArea = groups.UnitArea[unit];
        text.Append(double.IsNaN(parcelArea) ? "unknown" : Numbers.Format(parcelArea) + " 亩");
        return text.ToString();
    }

    /// <inheritdoc />
    ParcelGroups? ILandAreaStrategy.EvaluationUnits(FirmTable table) => table.HasParcels ? GroupsOf(table) : null;

    /// <summary>The parcel groups of <paramref name="table"/> under this strategy, computed once per table.</summary>
    internal ParcelGroups GroupsOf(FirmTable table) => groupsByTable.GetValue(table, t => ParcelGroups.Build(t, this));

    /// <inheritdoc />
    void ILandAreaStrategy.CheckRanges(ParameterRangeCheck check, string path)
    {
        Inner.CheckRanges(check, path); // the inner strategy's parameters are written at the same level as the merge's
    }
}
