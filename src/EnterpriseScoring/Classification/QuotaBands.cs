using System.Globalization;

namespace EnterpriseScoring.Classification;

/// <summary>
/// Quota bands by position within the scope: the best A% of rated firms are A, the next B% are B, and so on
/// (e.g. 20/40/35/5), one band per tier of the profile's <see cref="TierSet"/> (3–6; e.g. 乐清's A+/A/B/C 10/30/50/10).
/// Upper bounds are inclusive ("(含)"). Head counts are taken from the cumulative percentages (A, A+B, A+B+C, …), so
/// they always add up to the scope size.
/// </summary>
/// <remarks>Immutable and thread-safe. Firms with equal totals straddling a boundary all take the tier where most of
/// their positions fall by default (<see cref="BoundaryTies.Majority"/>), whatever the input order.</remarks>
public sealed class QuotaBands : ITierScheme
{
    private readonly double[] percents;

    /// <summary>Creates quota bands for the four tiers A–D.</summary>
    /// <param name="a">Percent of firms in A.</param>
    /// <param name="b">Percent in B.</param>
    /// <param name="c">Percent in C.</param>
    /// <param name="d">Percent in D. The four must be ≥ 0 and add up to 100.</param>
    /// <param name="rounding">How percentages become head counts.</param>
    /// <param name="ties">Where tied firms straddling a boundary go.</param>
    /// <param name="minimumScopeSizeForD">Scopes with fewer rated firms than this have no D (their D share goes to C); 0 = always.</param>
    /// <exception cref="ArgumentException">A percentage is negative or not finite, or they do not add up to 100.</exception>
    public QuotaBands(double a, double b, double c, double d, HeadcountRounding rounding = HeadcountRounding.Round, BoundaryTies ties = BoundaryTies.Majority, int minimumScopeSizeForD = 0)
        : this([a, b, c, d], rounding, ties, minimumScopeSizeForD)
    {
    }

    /// <summary>Creates quota bands for a tier set of 3–6 tiers: one percentage per tier, best first.</summary>
    /// <param name="percents">Percent of firms in each tier, best first: 3–6 of them, each ≥ 0, adding up to 100.</param>
    /// <param name="rounding">How percentages become head counts.</param>
    /// <param name="ties">Where tied firms straddling a boundary go.</param>
    /// <param name="minimumScopeSizeForBottom">Scopes with fewer rated firms than this have no bottom tier (its share goes
    /// to the tier above); 0 = always.</param>
    /// <exception cref="ArgumentException">Not 3–6 percentages, a percentage negative or not finite, or they do not add up to 100.</exception>
    public QuotaBands(IReadOnlyList<double> percents, HeadcountRounding rounding = HeadcountRounding.Round, BoundaryTies ties = BoundaryTies.Majority, int minimumScopeSizeForBottom = 0)
    {
        ArgumentNullException.ThrowIfNull(percents);
        if (percents.Count is < TierSet.MinimumCount or > TierSet.MaximumCount)
        {
            throw new ArgumentException($"Quota bands {string.Join("/", percents)}: {percents.Count} bands; a tier set has {TierSet.MinimumCount} to {TierSet.MaximumCount} tiers.", nameof(percents));
        }

        foreach (var p in percents)
        {
            Preconditions.CheckNonNegative(p, nameof(percents));
        }

        if (Math.Abs(percents.Sum() - 100) > 1e-9)
        {
            throw new ArgumentException($"Quota bands {string.Join("/", percents)} add up to {percents.Sum()}, not 100.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(minimumScopeSizeForBottom);
        this.percents = [.. percents];
        Percents = Array.AsReadOnly(this.percents);
        Rounding = rounding;
        Ties = ties;
        MinimumScopeSizeForD = minimumScopeSizeForBottom;
    }

    /// <summary>What is wrong with the four percentages (a negative one, or a sum other than 100), as a profile reports it; null when nothing.</summary>
    internal static (string Message, string? Hint)? PercentagesProblem(double a, double b, double c, double d) => PercentagesProblem([a, b, c, d]);

    /// <summary>What is wrong with the percentages of 3–6 bands (a negative one, or a sum other than 100), as a profile reports it; null when nothing.</summary>
    internal static (string Message, string? Hint)? PercentagesProblem(IReadOnlyList<double> percents)
    {
        static string Num(double x) => Profiles.Components.ComponentReader.Num(x);
        var bands = string.Join("/", percents.Select(Num));
        if (percents.Any(x => !(x >= 0)))
        {
            return ($"bands {bands} include a negative percentage", null);
        }

        var sum = percents.Aggregate(0.0, (s, x) => s + x);
        return Math.Abs(sum - 100) > 1e-9
            ? ($"bands {bands} add up to {Num(sum)}, not 100", percents.Count == 4 ? "the four percentages must add up to 100" : $"the {percents.Count} percentages must add up to 100")
            : null;
    }

    /// <summary>Percent in each tier, best first (3–6 of them).</summary>
    public IReadOnlyList<double> Percents { get; }

    /// <inheritdoc />
    public int TierCount => percents.Length;

    /// <summary>Percent in A (level 1).</summary>
    public double A => percents[0];

    /// <summary>Percent in B (level 2).</summary>
    public double B => percents[1];

    /// <summary>Percent in C (level 3).</summary>
    public double C => percents[2];

    /// <summary>Percent in D (level 4); 0 for bands of three tiers.</summary>
    public double D => percents.Length > 3 ? percents[3] : 0;

    /// <summary>How percentages become head counts.</summary>
    public HeadcountRounding Rounding { get; }

    /// <summary>Where tied firms straddling a boundary go.</summary>
    public BoundaryTies Ties { get; }

    /// <summary>Scopes smaller than this have no bottom tier (D of A–D); its share goes to the tier above.</summary>
    public int MinimumScopeSizeForD { get; }

    /// <summary>
    /// The bands that get their own head count, rounded their own way (e.g. the bottom band = ⌊5 % × N⌋ with the remainder
    /// moved up to the band above it), by level: bands of k tiers accept levels 1…k.
    /// </summary>
    /// <value>The default value is <see cref="QuotaBandRounding.None"/>: every cut-off is a cumulative head count rounded by <see cref="Rounding"/>.</value>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">A level beyond <see cref="TierCount"/> has its own rounding, or both the bottom
    /// band and the one above it do (<see cref="QuotaBandRounding.ProblemFor"/>).</exception>
    public QuotaBandRounding BandRounding
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            if (value.ProblemFor(percents.Length) is { } problem)
            {
                throw new ArgumentException($"Own rounding per band {value}: {problem}.", nameof(value));
            }

            field = value;
        }
    } = QuotaBandRounding.None;

    /// <inheritdoc />
    public string Name => "quota_bands";

    /// <inheritdoc />
    /// <remarks>The head counts of <see cref="Bounds"/>, with this scheme's <see cref="Ties"/>.</remarks>
    public TierQuotas? QuotasFor(int count)
    {
        var bounds = Bounds(count);
        var counts = new int[percents.Length];
        var previous = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            var last = i < bounds.Length ? bounds[i] : count;
            counts[i] = last - previous;
            previous = last;
        }

        return TierQuotas.FromLevels(counts, Ties);
    }

    /// <summary>
    /// The last position (1-based, inclusive) of A, B and C in a scope of <paramref name="count"/> firms; D is the rest.
    /// For bands of another number of tiers, the first three cut-offs of <see cref="Bounds"/> (the scope size where a
    /// set of three tiers has none).
    /// </summary>
    /// <param name="count">The number of rated firms.</param>
    public (int A, int B, int C) Cutoffs(int count)
    {
        var bounds = Bounds(count);
        return (bounds[0], bounds[1], bounds.Length > 2 ? bounds[2] : count);
    }

    /// <summary>
    /// The last position (1-based, inclusive) of every tier but the bottom one in a scope of <paramref name="count"/> firms
    /// (<see cref="TierCount"/> − 1 of them); the bottom tier is the rest. Cumulative head counts (A, A+B, A+B+C, … rounded
    /// by <see cref="Rounding"/>), except for a band of <see cref="BandRounding"/>: its own count after the cut-off above it,
    /// or, for the bottom band, measured from the end of the scope (the band above it takes the remainder).
    /// </summary>
    /// <param name="count">The number of rated firms.</param>
    public int[] Bounds(int count)
    {
        int Cumulative(double percent) => TierPositions.Headcount(percent, count, Rounding);
        int Own(int level) => TierPositions.Headcount(percents[level - 1], count, BandRounding.Of(level)!.Value);
        var own = BandRounding;
        var bottom = percents.Length;
        var bounds = new int[bottom - 1];
        var previous = 0;
        var sum = 0.0;
        for (var i = 0; i < bounds.Length; i++)
        {
            var level = i + 1;
            sum += percents[i];
            var bound = level == bottom - 1 && count < MinimumScopeSizeForD ? count
                : level == bottom - 1 && own.Of(bottom) is not null ? count - Own(bottom)
                : own.Of(level) is not null ? previous + Own(level)
                : Cumulative(sum);
            bounds[i] = previous = Math.Min(count, Math.Max(previous, bound));
        }

        return bounds;
    }

    /// <inheritdoc />
    public void Assign(ReadOnlySpan<double> totals, ReadOnlySpan<int> ranks, Span<Tier> tiers)
    {
        var n = totals.Length;

        // Pooled: a scope of a large pool needs two large-object arrays, and sensitivity draws assign thousands of times.
        var best = System.Buffers.ArrayPool<int>.Shared.Rent(n);
        var worst = System.Buffers.ArrayPool<int>.Shared.Rent(n);
        try
        {
            if (!TierPositions.TryFromCompetitionRanks(totals, ranks, best, worst))
            {
                TierPositions.Compute(totals, best, worst); // dense or ordinal ranks: positions from the totals themselves
            }

            var bounds = Bounds(n);
            for (var i = 0; i < n; i++)
            {
                tiers[i] = Ties switch
                {
                    BoundaryTies.BetterTier => TierOf(best[i], bounds),
                    BoundaryTies.WorseTier => TierOf(worst[i], bounds),
                    _ => MajorityTier(best[i], worst[i], bounds, n),
                };
            }
        }
        finally
        {
            System.Buffers.ArrayPool<int>.Shared.Return(best);
            System.Buffers.ArrayPool<int>.Shared.Return(worst);
        }
    }

    /// <inheritdoc />
    public string Explain(double total, int rank, int count, Tier tier) => Explain(total, rank, count, tier, TierSet.Standard);

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="tiers"/> does not have <see cref="TierCount"/> tiers.</exception>
    public string Explain(double total, int rank, int count, Tier tier, TierSet tiers)
    {
        ArgumentNullException.ThrowIfNull(tiers);
        if (tiers.Count != percents.Length)
        {
            throw new ArgumentException($"Quota bands of {percents.Length} tiers cannot be explained with tier set {tiers} ({tiers.Count} tiers).", nameof(tiers));
        }

        var bounds = Bounds(count);
        var f = CultureInfo.InvariantCulture;
        var bands = string.Join("/", percents.Select(p => p.ToString("0.##", f)));
        var bottom = tiers.Codes[^1];
        var noBottom = count < MinimumScopeSizeForD ? $", no {bottom} below {MinimumScopeSizeForD} firms" : string.Empty;
        var own = BandRounding.IsEmpty ? string.Empty : "; " + BandRounding.Describe(tiers.Codes);
        var cuts = string.Join(", ", bounds.Select((b, i) => $"{tiers.Codes[i]} ≤ {b}"));
        return $"quota bands {bands} ({Rounding.ToString().ToLowerInvariant()}{own}{noBottom}) over {count} rated firms: {cuts}, {bottom} > {bounds[^1]}; rank {rank} → {tiers.CodeOf(tier)} / 按比例分档";
    }

    /// <summary>The tier holding most of positions <paramref name="first"/>…<paramref name="last"/>; the better one on a tie.</summary>
    private static Tier MajorityTier(int first, int last, int[] bounds, int count)
    {
        if (first == last)
        {
            return TierOf(first, bounds);
        }

        var best = Tier.A;
        var bestOverlap = -1;
        var lower = 1;
        for (var t = 0; t <= bounds.Length; t++)
        {
            var upper = t < bounds.Length ? bounds[t] : count;
            var overlap = Math.Min(last, upper) - Math.Max(first, lower) + 1;
            if (overlap > bestOverlap)
            {
                bestOverlap = overlap;
                best = TierSet.TierAt(t + 1);
            }

            lower = upper + 1;
        }

        return best;
    }

    private static Tier TierOf(int position, int[] bounds)
    {
        for (var i = 0; i < bounds.Length; i++)
        {
            if (position <= bounds[i])
            {
                return TierSet.TierAt(i + 1);
            }
        }

        return TierSet.TierAt(bounds.Length + 1);
    }
}
