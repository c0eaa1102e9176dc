using System.Globalization;

namespace EnterpriseScoring.Classification;

/// <summary>
/// Quota bands by position within the scope: the best A% of rated firms are A, the next B% are B, and so on
/// (e.g. 20/40/35/5). Upper bounds are inclusive ("(含)"). Head counts are taken from the cumulative percentages
/// (A, A+B, A+B+C), so they always add up to the scope size.
/// </summary>
/// <remarks>Immutable and thread-safe. Firms with equal totals straddling a boundary all take the tier where most of
/// their positions fall by default (<see cref="BoundaryTies.Majority"/>), whatever the input order.</remarks>
public sealed class QuotaBands : ITierScheme
{
    /// <summary>Creates quota bands.</summary>
    /// <param name="a">Percent of firms in A.</param>
    /// <param name="b">Percent in B.</param>
    /// <param name="c">Percent in C.</param>
    /// <param name="d">Percent in D. The four must be ≥ 0 and add up to 100.</param>
    /// <param name="rounding">How percentages become head counts.</param>
    /// <param name="ties">Where tied firms straddling a boundary go.</param>
    /// <param name="minimumScopeSizeForD">Scopes with fewer rated firms than this have no D (their D share goes to C); 0 = always.</param>
    /// <exception cref="ArgumentException">A percentage is negative or not finite, or they do not add up to 100.</exception>
    public QuotaBands(double a, double b, double c, double d, HeadcountRounding rounding = HeadcountRounding.Round, BoundaryTies ties = BoundaryTies.Majority, int minimumScopeSizeForD = 0)
    {
        foreach (var p in new[] { a, b, c, d })
        {
            Preconditions.CheckNonNegative(p, nameof(a));
        }

        if (Math.Abs(a + b + c + d - 100) > 1e-9)
        {
            throw new ArgumentException($"Quota bands {a}/{b}/{c}/{d} add up to {a + b + c + d}, not 100.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(minimumScopeSizeForD);
        A = a;
        B = b;
        C = c;
        D = d;
        Rounding = rounding;
        Ties = ties;
        MinimumScopeSizeForD = minimumScopeSizeForD;
    }

    /// <summary>What is wrong with the four percentages (a negative one, or a sum other than 100), as a profile reports it; null when nothing.</summary>
    internal static (string Message, string? Hint)? PercentagesProblem(double a, double b, double c, double d)
    {
        static string Num(double x) => Profiles.Components.ComponentReader.Num(x);
        if (new[] { a, b, c, d }.Any(x => !(x >= 0)))
        {
            return ($"bands {Num(a)}/{Num(b)}/{Num(c)}/{Num(d)} include a negative percentage", null);
        }

        return Math.Abs(a + b + c + d - 100) > 1e-9
            ? ($"bands {Num(a)}/{Num(b)}/{Num(c)}/{Num(d)} add up to {Num(a + b + c + d)}, not 100", "the four percentages must add up to 100")
            : null;
    }

    /// <summary>Percent in A.</summary>
    public double A { get; }

    /// <summary>Percent in B.</summary>
    public double B { get; }

    /// <summary>Percent in C.</summary>
    public double C { get; }

    /// <summary>Percent in D.</summary>
    public double D { get; }

    /// <summary>How percentages become head counts.</summary>
    public HeadcountRounding Rounding { get; }

    /// <summary>Where tied firms straddling a boundary go.</summary>
    public BoundaryTies Ties { get; }

    /// <summary>Scopes smaller than this have no D.</summary>
    public int MinimumScopeSizeForD { get; }

    /// <summary>
    /// The bands that get their own head count, rounded their own way (e.g. D = ⌊5 % × N⌋ with the remainder moved up to C).
    /// </summary>
    /// <value>The default value is <see cref="QuotaBandRounding.None"/>: every cut-off is a cumulative head count rounded by <see cref="Rounding"/>.</value>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">Both C and D have their own rounding.</exception>
    public QuotaBandRounding BandRounding
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            if (value.C is not null && value.D is not null)
            {
                throw new ArgumentException("C and D cannot both have their own rounding: one of them takes the remainder.", nameof(value));
            }

            field = value;
        }
    } = QuotaBandRounding.None;

    /// <inheritdoc />
    public string Name => "quota_bands";

    /// <inheritdoc />
    /// <remarks>The head counts of <see cref="Cutoffs"/>, with this scheme's <see cref="Ties"/>.</remarks>
    public TierQuotas? QuotasFor(int count)
    {
        var (a, b, c) = Cutoffs(count);
        return new TierQuotas(a, b - a, c - b, count - c, Ties);
    }

    /// <summary>
    /// The last position (1-based, inclusive) of A, B and C in a scope of <paramref name="count"/> firms; D is the rest.
    /// Cumulative head counts (A, A+B, A+B+C rounded by <see cref="Rounding"/>), except for a band of
    /// <see cref="BandRounding"/>: its own count, with D's measured from the bottom (C takes the remainder).
    /// </summary>
    /// <param name="count">The number of rated firms.</param>
    public (int A, int B, int C) Cutoffs(int count)
    {
        var own = BandRounding;
        int Cumulative(double percent) => TierPositions.Headcount(percent, count, Rounding);
        int Own(double percent, HeadcountRounding rounding) => TierPositions.Headcount(percent, count, rounding);
        var a = own.A is { } ra ? Own(A, ra) : Cumulative(A);
        var b = Math.Min(count, own.B is { } rb ? a + Own(B, rb) : Math.Max(a, Cumulative(A + B)));
        var c = count < MinimumScopeSizeForD ? count
            : own.D is { } rd ? count - Own(D, rd)
            : own.C is { } rc ? b + Own(C, rc)
            : Cumulative(A + B + C);
        return (a, b, Math.Min(count, Math.Max(b, c)));
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

            var cut = Cutoffs(n);
            for (var i = 0; i < n; i++)
            {
                tiers[i] = Ties switch
                {
                    BoundaryTies.BetterTier => TierOf(best[i], cut),
                    BoundaryTies.WorseTier => TierOf(worst[i], cut),
                    _ => MajorityTier(best[i], worst[i], cut, n),
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
    public string Explain(double total, int rank, int count, Tier tier)
    {
        var (a, b, c) = Cutoffs(count);
        var f = CultureInfo.InvariantCulture;
        var bands = string.Join("/", new[] { A, B, C, D }.Select(p => p.ToString("0.##", f)));
        var noD = count < MinimumScopeSizeForD ? $", no D below {MinimumScopeSizeForD} firms" : string.Empty;
        var own = BandRounding.IsEmpty ? string.Empty : "; " + BandRounding;
        return $"quota bands {bands} ({Rounding.ToString().ToLowerInvariant()}{own}{noD}) over {count} rated firms: A ≤ {a}, B ≤ {b}, C ≤ {c}, D > {c}; rank {rank} → {tier} / 按比例分档";
    }

    /// <summary>The tier holding most of positions <paramref name="first"/>…<paramref name="last"/>; the better one on a tie.</summary>
    private static Tier MajorityTier(int first, int last, (int A, int B, int C) cut, int count)
    {
        if (first == last)
        {
            return TierOf(first, cut);
        }

        Span<int> upper = [cut.A, cut.B, cut.C, count];
        var best = Tier.A;
        var bestOverlap = -1;
        var lower = 1;
        for (var t = 0; t < 4; t++)
        {
            var overlap = Math.Min(last, upper[t]) - Math.Max(first, lower) + 1;
            if (overlap > bestOverlap)
            {
                bestOverlap = overlap;
                best = (Tier)(t + 1);
            }

            lower = upper[t] + 1;
        }

        return best;
    }

    private static Tier TierOf(int position, (int A, int B, int C) cut) =>
        position <= cut.A ? Tier.A : position <= cut.B ? Tier.B : position <= cut.C ? Tier.C : Tier.D;
}
