namespace EnterpriseScoring.Classification;

/// <summary>
/// Per-band rounding of <see cref="QuotaBands"/>: a band given here gets its own head count, its percentage of the scope
/// rounded its own way, instead of the difference of two cumulative head counts (<see cref="QuotaBands.Rounding"/>). The
/// band next to it takes the remainder: with the bottom band set (<see cref="D"/> of A–D), the band above it ends where the
/// bottom band's own count begins, so the fraction cut off the bottom moves up (Anhui: D = ⌊5 % × N⌋).
/// </summary>
/// <remarks>
/// <para>The properties are by level of the tier set (<see cref="A"/> = level 1, the first band; … <see cref="F"/> =
/// level 6), whatever codes the set shows: for 乐清's A+/A/B/C, <see cref="A"/> is A+'s band and <see cref="D"/> C's (the
/// bottom). Bands of k tiers accept levels 1…k.</para>
/// <para>A value: immutable, derived with <see langword="with"/>, equal by value. The bottom band and the band above it
/// cannot both be set (one of the two must take the remainder).</para>
/// </remarks>
public sealed record QuotaBandRounding
{
    /// <summary>No band has its own rounding: every cut-off is a cumulative head count.</summary>
    public static QuotaBandRounding None { get; } = new();

    /// <summary>The rounding of level 1's own head count (A), or null (A = the cumulative count of A).</summary>
    public HeadcountRounding? A { get; init; }

    /// <summary>The rounding of level 2's own head count (B), or null (A+B from the cumulative count).</summary>
    public HeadcountRounding? B { get; init; }

    /// <summary>The rounding of level 3's own head count (C), or null. Under A–D, D then takes the rest; as the bottom
    /// band of three, B takes the remainder.</summary>
    public HeadcountRounding? C { get; init; }

    /// <summary>The rounding of level 4's own head count (D), or null. As the bottom band (A–D), C takes the remainder.</summary>
    public HeadcountRounding? D { get; init; }

    /// <summary>The rounding of level 5's own head count (<see cref="Tier.E"/>), or null; bands of five or six tiers only.</summary>
    public HeadcountRounding? E { get; init; }

    /// <summary>The rounding of level 6's own head count (<see cref="Tier.F"/>), or null; bands of six tiers only.</summary>
    public HeadcountRounding? F { get; init; }

    /// <summary>Whether no band has its own rounding.</summary>
    public bool IsEmpty => A is null && B is null && C is null && D is null && E is null && F is null;

    /// <summary>The highest level with its own rounding (1–6); 0 when <see cref="IsEmpty"/>.</summary>
    public int HighestLevel => F is not null ? 6 : E is not null ? 5 : D is not null ? 4 : C is not null ? 3 : B is not null ? 2 : A is not null ? 1 : 0;

    /// <summary>The rounding of level <paramref name="level"/>'s own head count, or null.</summary>
    /// <param name="level">1–6 (1 = the first band).</param>
    /// <exception cref="ArgumentOutOfRangeException">The level is not 1–6.</exception>
    public HeadcountRounding? Of(int level) => level switch
    {
        1 => A,
        2 => B,
        3 => C,
        4 => D,
        5 => E,
        6 => F,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "A level is 1–6."),
    };

    /// <summary>
    /// What is wrong with this rounding for bands of <paramref name="tierCount"/> tiers: a level beyond the bands, or the
    /// bottom band and the one above it both set; null when nothing.
    /// </summary>
    /// <param name="tierCount">The number of bands (3–6).</param>
    public string? ProblemFor(int tierCount)
    {
        if (HighestLevel > tierCount)
        {
            return $"level {HighestLevel} has its own rounding but the bands have {tierCount} tiers";
        }

        return tierCount >= 2 && Of(tierCount) is not null && Of(tierCount - 1) is not null
            ? $"levels {tierCount - 1} and {tierCount} cannot both have their own rounding: one of the two bottom bands takes the remainder"
            : null;
    }

    /// <summary>E.g. <c>own rounding: D floor</c> (by level letter); empty when <see cref="IsEmpty"/>.</summary>
    public override string ToString() => Describe(TierSet.Standard.Codes.Concat(["E", "F"]).ToArray());

    /// <summary>E.g. <c>own rounding: C floor</c> with each level shown under its code in <paramref name="codes"/>; empty when <see cref="IsEmpty"/>.</summary>
    /// <param name="codes">The codes of levels 1, 2, … (at least <see cref="HighestLevel"/> of them).</param>
    internal string Describe(IReadOnlyList<string> codes) => IsEmpty ? string.Empty : "own rounding: " + string.Join(", ",
        Enumerable.Range(1, 6).Where(l => Of(l) is not null).Select(l => $"{(l <= codes.Count ? codes[l - 1] : TierSet.TierAt(l).ToString())} {Of(l).ToString()!.ToLowerInvariant()}"));
}
