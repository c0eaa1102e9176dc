using EnterpriseScoring.Classification;

namespace EnterpriseScoring.Platforms;

/// <summary>
/// The share (%) of land held by member firms of a tier in this run's firm evaluation — D 类企业用地占比 = Σland of
/// bottom-tier members / Σland of members with a tier × 100 (land = the evaluated land). Members without a tier (excluded, not
/// rated) are in neither sum. No value when no member has a tier. Immutable.
/// </summary>
/// <remarks>
/// The tier is named by its code in the firm profile's tier set (<see cref="TierSet"/>: <c>A+</c>, <c>C</c>, <c>T</c> …) or
/// as <see cref="BottomCode"/>, the set's last level (D of A/B/C/D, C of A+/A/B/C, E of A–E): profiles may define 3–6
/// tiers, so "D" is not every set's worst. The code is resolved against the evaluation's profile when the figures are
/// computed (<see cref="Resolve"/>); a code the set does not have fails loudly, never a silent 0 %.
/// </remarks>
public sealed class TierLandSharePlatformIndicator : IPlatformIndicator
{
    /// <summary>The code that names the tier set's last level (倒逼整治类 whatever its letter).</summary>
    public const string BottomCode = "bottom";

    private readonly string shown;

    /// <summary>Creates the indicator for a tier given as a <see cref="EnterpriseScoring.Tier"/> level (D = the fourth level).</summary>
    /// <param name="id">The id.</param>
    /// <param name="name">The Chinese name.</param>
    /// <param name="tier">The tier whose land is the part.</param>
    public TierLandSharePlatformIndicator(string id, string name, Tier tier = EnterpriseScoring.Tier.D)
        : this(id, name, CheckTier(tier), null, tier.ToString())
    {
    }

    /// <summary>Creates the indicator for a tier named by its code in the firm profile's tier set, resolved when computed.</summary>
    /// <param name="id">The id.</param>
    /// <param name="name">The Chinese name.</param>
    /// <param name="tierCode">A code of the firm profile's tier set (<see cref="TierSet.TryParse"/>: any case, <c>T</c>, <c>ungraded_as_b</c>) or <see cref="BottomCode"/>.</param>
    public TierLandSharePlatformIndicator(string id, string name, string tierCode)
        : this(id, name, null, CheckCode(tierCode), tierCode.Trim())
    {
    }

    private TierLandSharePlatformIndicator(string id, string name, Tier? tier, string? tierCode, string shown)
    {
        Id = PlatformArithmetic.CheckId(id);
        Name = name ?? string.Empty;
        Tier = tier;
        TierCode = tierCode;
        this.shown = shown;
    }

    /// <inheritdoc />
    public string Id { get; }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string Unit => "%";

    /// <summary>The tier whose land is the part; null while it is named by <see cref="TierCode"/> and not yet <see cref="Resolve">resolved</see>.</summary>
    public Tier? Tier { get; }

    /// <summary>The code the tier is named by (a code of the firm profile's tier set, or <see cref="BottomCode"/>); null when it was given as a <see cref="EnterpriseScoring.Tier"/>.</summary>
    public string? TierCode { get; }

    /// <inheritdoc />
    public string Formula => $"Σland of tier-{shown} members / Σland of members with a tier × 100";

    /// <summary>
    /// This indicator with its tier resolved in <paramref name="tiers"/> (the firm profile's tier set): a code to its tier,
    /// <see cref="BottomCode"/> to <see cref="TierSet.Bottom"/>; shown with the set's code.
    /// </summary>
    /// <param name="tiers">The firm profile's tier set.</param>
    /// <exception cref="InvalidOperationException">The set has no such code, or the tier is not one a result of the set can have.</exception>
    public TierLandSharePlatformIndicator Resolve(TierSet tiers)
    {
        ArgumentNullException.ThrowIfNull(tiers);
        return TierIn(tiers) is { } tier
            ? new TierLandSharePlatformIndicator(Id, Name, tier, TierCode, tiers.CodeOf(tier))
            : throw new InvalidOperationException(
                $"平台指标 '{Id}' 的分类 '{TierCode ?? Tier.ToString()}' 不在企业评价方案的分类 {tiers} 中 the tier '{TierCode ?? Tier.ToString()}' of platform indicator '{Id}' is not in the firm profile's tier set {tiers}: use one of {string.Join(", ", tiers.Codes)}, {TierSet.TCode}, {TierSet.UngradedCode} or {BottomCode} (the set's last level, {tiers.CodeOf(tiers.Bottom)}).");
    }

    /// <summary>The tier in <paramref name="tiers"/>, or null when the set has no such code or cannot give the tier.</summary>
    internal Tier? TierIn(TierSet tiers)
    {
        if (TierCode is null)
        {
            return tiers.AllTiers.Contains(Tier!.Value) ? Tier : null;
        }

        if (string.Equals(TierCode, BottomCode, StringComparison.OrdinalIgnoreCase))
        {
            return tiers.Bottom;
        }

        return tiers.TryParse(TierCode, out var tier) ? tier : null;
    }

    /// <inheritdoc />
    public PlatformIndicatorParts Compute(PlatformIndicatorInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var part = Resolve(input.Evaluation.Profile.Tiers).Tier!.Value;
        var n = input.Table.Count;
        var tiers = input.Tiers;
        var tiered = new ulong[(n + 63) >> 6];
        var ofTier = new ulong[(n + 63) >> 6];
        for (var row = 0; row < n; row++)
        {
            if (tiers[row] != 0)
            {
                tiered[row >> 6] |= 1UL << (row & 63);
                if (tiers[row] == part)
                {
                    ofTier[row >> 6] |= 1UL << (row & 63);
                }
            }
        }

        var (numerators, denominators, counts) = (new double[input.GroupCount], new double[input.GroupCount], new int[input.GroupCount]);
        input.SumByGroup(KnownMeasures.LandArea.Id, new RowMask(ofTier, n), numerators, new int[input.GroupCount]);
        input.SumByGroup(KnownMeasures.LandArea.Id, new RowMask(tiered, n), denominators, counts);
        return new PlatformIndicatorParts(numerators, denominators, counts);
    }

    /// <inheritdoc />
    public double? Value(double numerator, double denominator, int count) => denominator > 0 ? numerator / denominator * 100 : null;

    /// <inheritdoc />
    public string Arithmetic(double numerator, double denominator, int count) =>
        PlatformArithmetic.Ratio($"Σland(tier {shown}) / Σland(with a tier)", numerator, denominator, 100, Value(numerator, denominator, count), Unit, count, "firms with a tier");

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Formula}";

    private static Tier CheckTier(Tier tier) =>
        Enum.IsDefined(tier) ? tier : throw new ArgumentOutOfRangeException(nameof(tier), tier, "Not a tier.");

    private static string CheckCode(string tierCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tierCode);
        return tierCode.Trim();
    }
}
