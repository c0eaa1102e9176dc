namespace EnterpriseScoring.Platforms;

/// <summary>
/// The share (%) of land held by member firms of a tier in this run's firm evaluation — D 类企业用地占比 = Σland of
/// D-tier members / Σland of members with a tier × 100 (land = the evaluated land). Members without a tier (excluded, not
/// rated) are in neither sum. No value when no member has a tier. Immutable.
/// </summary>
public sealed class TierLandSharePlatformIndicator : IPlatformIndicator
{
    /// <summary>Creates the indicator.</summary>
    /// <param name="id">The id.</param>
    /// <param name="name">The Chinese name.</param>
    /// <param name="tier">The tier whose land is the part (D for 倒逼整治类).</param>
    public TierLandSharePlatformIndicator(string id, string name, Tier tier = Tier.D)
    {
        Id = PlatformArithmetic.CheckId(id);
        Name = name ?? string.Empty;
        if (!Enum.IsDefined(tier))
        {
            throw new ArgumentOutOfRangeException(nameof(tier), tier, "Not a tier.");
        }

        Tier = tier;
    }

    /// <inheritdoc />
    public string Id { get; }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string Unit => "%";

    /// <summary>The tier whose land is the part.</summary>
    public Tier Tier { get; }

    /// <inheritdoc />
    public string Formula => $"Σland of tier-{Tier} members / Σland of members with a tier × 100";

    /// <inheritdoc />
    public PlatformIndicatorParts Compute(PlatformIndicatorInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var n = input.Table.Count;
        var tiered = new ulong[(n + 63) >> 6];
        var ofTier = new ulong[(n + 63) >> 6];
        for (var row = 0; row < n; row++)
        {
            if (input.TierOf(row) is { } tier)
            {
                tiered[row >> 6] |= 1UL << (row & 63);
                if (tier == Tier)
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
        PlatformArithmetic.Ratio($"Σland(tier {Tier}) / Σland(with a tier)", numerator, denominator, 100, Value(numerator, denominator, count), Unit, count, "firms with a tier");

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Formula}";
}
