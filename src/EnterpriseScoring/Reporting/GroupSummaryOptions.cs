namespace EnterpriseScoring.Reporting;

/// <summary>Options of <see cref="GroupSummary.By(Evaluation, GroupKey, GroupSummaryOptions?)"/>.</summary>
/// <remarks>Immutable: a sealed record (derive with <see langword="with"/>); collections are copied on initialisation. Nothing to copy. Validated where used: <see cref="GroupSummary"/> throws <see cref="ArgumentOutOfRangeException"/> for decimals outside 0–10 or a negative prefix length.</remarks>
public sealed record GroupSummaryOptions
{
    /// <summary>The default options: rated firms, rounded half away from zero to 2 places, industry prefix 3 (section letter + 2-digit 大类).</summary>
    public static GroupSummaryOptions Default { get; } = new();

    /// <summary>Which firms count toward the figures. <value>The default value is <see cref="SummaryPopulation.Rated"/>.</value></summary>
    public SummaryPopulation Population { get; init; } = SummaryPopulation.Rated;

    /// <summary>How the 亩均 figures are rounded. <value>The default value is <see cref="SummaryRounding.Round"/>.</value></summary>
    public SummaryRounding Rounding { get; init; } = SummaryRounding.Round;

    /// <summary>Decimal places to round or truncate to (0–10). <value>The default value is 2.</value></summary>
    public int Decimals { get; init; } = 2;

    /// <summary>
    /// For <see cref="GroupKey.Industry"/>: how many leading characters of the industry code form the group (codes shorter
    /// than this are used whole; 0 uses the whole code). With codes like <c>C2614</c>, 3 gives the 大类 <c>C26</c>.
    /// <value>The default value is 3.</value>
    /// </summary>
    public int IndustryPrefixLength { get; init; } = 3;
}
