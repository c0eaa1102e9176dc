namespace EnterpriseScoring.Reporting;

/// <summary>One group's figures in a <see cref="GroupSummary"/>.</summary>
/// <remarks>Immutable.</remarks>
public sealed class GroupSummaryRow
{
    internal GroupSummaryRow(
        string group,
        int firms,
        IReadOnlyDictionary<FirmStatus, int> statusCounts,
        IReadOnlyDictionary<Tier, int> tierCounts,
        GroupRatio taxPerMu,
        GroupRatio valueAddedPerMu,
        GroupRatio revenuePerMu,
        double land,
        double dLand)
    {
        Group = group;
        Firms = firms;
        StatusCounts = ReadOnlyCopy.Dictionary(statusCounts);
        TierCounts = ReadOnlyCopy.Dictionary(tierCounts);
        TaxPerMu = taxPerMu;
        ValueAddedPerMu = valueAddedPerMu;
        RevenuePerMu = revenuePerMu;
        Land = land;
        DLand = dLand;
    }

    /// <summary>The group key (empty for firms without one, e.g. no pool).</summary>
    public string Group { get; }

    /// <summary>All firms of the group, whatever their status.</summary>
    public int Firms { get; }

    /// <summary>The number of firms with each status (every status present, possibly 0).</summary>
    public IReadOnlyDictionary<FirmStatus, int> StatusCounts { get; }

    /// <summary>The number of firms in each tier (every tier present, possibly 0).</summary>
    public IReadOnlyDictionary<Tier, int> TierCounts { get; }

    /// <summary>Firms without a tier.</summary>
    public int Untiered => Firms - TierCounts.Values.Sum();

    /// <summary>亩均税收: Σtax / Σland.</summary>
    public GroupRatio TaxPerMu { get; }

    /// <summary>亩均增加值: Σvalue added / Σland.</summary>
    public GroupRatio ValueAddedPerMu { get; }

    /// <summary>亩均营业收入: Σrevenue / Σland.</summary>
    public GroupRatio RevenuePerMu { get; }

    /// <summary>Σ evaluated land (亩) of the counted firms with a known, positive land area.</summary>
    public double Land { get; }

    /// <summary>Σ land (亩) of the counted firms in tier D (低效用地).</summary>
    public double DLand { get; }

    /// <summary><see cref="DLand"/> / <see cref="Land"/> (a fraction, unrounded); null when <see cref="Land"/> is 0.</summary>
    public double? DLandShare => Land > 0 ? DLand / Land : null;
}
