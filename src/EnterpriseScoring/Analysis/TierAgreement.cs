namespace EnterpriseScoring.Analysis;

/// <summary>Agreement of two tier assignments of the same firms: share with the same tier and Cohen's κ.</summary>
public static class TierAgreement
{
    /// <summary>The number of categories: one per value of <see cref="Tier"/> (levels 1–6 — A–D, E, F — T, ungraded), indexed by the value.</summary>
    private static readonly int Categories = Enum.GetValues<Tier>().Max(t => (int)t) + 1;

    /// <summary>Cohen's κ = (p₀ − pₑ) / (1 − pₑ) over the pairs in which both sides have a tier: p₀ the share with the same tier, pₑ the share expected by chance from the two tier distributions. Every <see cref="Tier"/> is its own category (the levels A–F of a tier set, T, ungraded).</summary>
    /// <param name="first">The first assignment.</param>
    /// <param name="second">The second, paired with <paramref name="first"/>.</param>
    /// <returns>κ; NaN when no pair has two tiers, or both sides put every firm in one and the same tier (pₑ = 1: κ is undefined).</returns>
    /// <exception cref="ArgumentException">The assignments differ in length.</exception>
    public static double CohenKappa(IReadOnlyList<Tier?> first, IReadOnlyList<Tier?> second)
    {
        var (agree, count, a, b) = Tally(first, second);
        if (count == 0)
        {
            return double.NaN;
        }

        var observed = (double)agree / count;
        double expected = 0;
        for (var t = 0; t < a.Length; t++)
        {
            expected += (double)a[t] / count * ((double)b[t] / count);
        }

        return expected == 1 ? double.NaN : (observed - expected) / (1 - expected);
    }

    /// <summary>The share of the pairs in which both sides have a tier that have the same one (NaN when none).</summary>
    /// <param name="first">The first assignment.</param>
    /// <param name="second">The second, paired with <paramref name="first"/>.</param>
    /// <exception cref="ArgumentException">The assignments differ in length.</exception>
    public static double SameTierShare(IReadOnlyList<Tier?> first, IReadOnlyList<Tier?> second)
    {
        var (agree, count, _, _) = Tally(first, second);
        return count == 0 ? double.NaN : (double)agree / count;
    }

    private static (int Agree, int Count, int[] First, int[] Second) Tally(IReadOnlyList<Tier?> first, IReadOnlyList<Tier?> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Count != second.Count)
        {
            throw new ArgumentException($"The assignments differ in length ({first.Count} and {second.Count}).", nameof(second));
        }

        var a = new int[Categories];
        var b = new int[Categories];
        int agree = 0, count = 0;
        for (var i = 0; i < first.Count; i++)
        {
            if (first[i] is { } x && second[i] is { } y)
            {
                count++;
                agree += x == y ? 1 : 0;
                a[(int)x]++;
                b[(int)y]++;
            }
        }

        return (agree, count, a, b);
    }
}
