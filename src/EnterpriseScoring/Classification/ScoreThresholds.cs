using System.Globalization;

namespace EnterpriseScoring.Classification;

/// <summary>
/// Tiers by score: total ≥ A threshold → A, ≥ B threshold → B, ≥ C threshold → C, otherwise D; for a tier set of 3–6
/// tiers, one minimum per tier but the bottom one (e.g. 乐清's A+ ≥ 90, A ≥ 80, B ≥ 60, else C).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ScoreThresholds : ITierScheme
{
    private readonly double[] minimums;

    /// <summary>Creates thresholds for the four tiers A–D.</summary>
    /// <param name="a">Minimum total for A.</param>
    /// <param name="b">Minimum total for B.</param>
    /// <param name="c">Minimum total for C.</param>
    /// <exception cref="ArgumentException">Thresholds are not finite or not descending (a ≥ b ≥ c).</exception>
    public ScoreThresholds(double a, double b, double c)
    {
        Preconditions.CheckFinite(a);
        Preconditions.CheckFinite(b);
        Preconditions.CheckFinite(c);
        if (!(a >= b && b >= c))
        {
            throw new ArgumentException($"Thresholds must descend: A {a} ≥ B {b} ≥ C {c}.");
        }

        minimums = [a, b, c];
        Minimums = Array.AsReadOnly(minimums);
        IsLettered = true;
    }

    /// <summary>Creates thresholds for a tier set of 3–6 tiers: the minimum total of each tier but the bottom one, best first.</summary>
    /// <param name="minimums">2–5 minimum totals, finite and strictly descending (the bottom tier is everything below the last).</param>
    /// <exception cref="ArgumentException">Not 2–5 minimums, one not finite, or they do not strictly descend.</exception>
    public ScoreThresholds(IReadOnlyList<double> minimums)
    {
        ArgumentNullException.ThrowIfNull(minimums);
        if (minimums.Count is < TierSet.MinimumCount - 1 or > TierSet.MaximumCount - 1)
        {
            throw new ArgumentException($"{minimums.Count} thresholds; a tier set of {TierSet.MinimumCount} to {TierSet.MaximumCount} tiers has {TierSet.MinimumCount - 1} to {TierSet.MaximumCount - 1}.", nameof(minimums));
        }

        foreach (var m in minimums)
        {
            Preconditions.CheckFinite(m);
        }

        if (DescentProblem(minimums) is { } problem)
        {
            throw new ArgumentException($"Thresholds {string.Join(", ", minimums)}: {problem}.", nameof(minimums));
        }

        this.minimums = [.. minimums];
        Minimums = Array.AsReadOnly(this.minimums);
    }

    /// <summary>The minimum total of each tier but the bottom one, best first.</summary>
    public IReadOnlyList<double> Minimums { get; }

    /// <inheritdoc />
    public int TierCount => minimums.Length + 1;

    /// <summary>Whether the thresholds were given as A, B and C (profiles: <c>a</c>, <c>b</c>, <c>c</c>) rather than as a list
    /// of minimums (<c>minimums</c>).</summary>
    public bool IsLettered { get; }

    /// <summary>Minimum total for A (level 1).</summary>
    public double A => minimums[0];

    /// <summary>Minimum total for B (level 2).</summary>
    public double B => minimums[1];

    /// <summary>Minimum total for C (level 3); for a set of three tiers, C is everything below B and this is
    /// <see cref="double.NegativeInfinity"/>.</summary>
    public double C => minimums.Length > 2 ? minimums[2] : double.NegativeInfinity;

    /// <inheritdoc />
    public string Name => "score_thresholds";

    /// <summary>Where a list of minimums does not strictly descend (e.g. <c>minimum 2 (80) is not below minimum 1 (80)</c>); null when it does.</summary>
    /// <param name="minimums">The minimums, best first.</param>
    internal static string? DescentProblem(IReadOnlyList<double> minimums)
    {
        for (var i = 1; i < minimums.Count; i++)
        {
            if (!(minimums[i] < minimums[i - 1]))
            {
                var f = CultureInfo.InvariantCulture;
                return $"minimum {i + 1} ({minimums[i].ToString("0.####", f)}) is not below minimum {i} ({minimums[i - 1].ToString("0.####", f)})";
            }
        }

        return null;
    }

    /// <inheritdoc />
    public void Assign(ReadOnlySpan<double> totals, ReadOnlySpan<int> ranks, Span<Tier> tiers)
    {
        for (var i = 0; i < totals.Length; i++)
        {
            tiers[i] = TierOf(totals[i]);
        }
    }

    /// <inheritdoc />
    public string Explain(double total, int rank, int count, Tier tier) => Explain(total, rank, count, tier, TierSet.Standard);

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="tiers"/> does not have <see cref="TierCount"/> tiers.</exception>
    public string Explain(double total, int rank, int count, Tier tier, TierSet tiers)
    {
        ArgumentNullException.ThrowIfNull(tiers);
        if (tiers.Count != TierCount)
        {
            throw new ArgumentException($"Score thresholds of {TierCount} tiers cannot be explained with tier set {tiers} ({tiers.Count} tiers).", nameof(tiers));
        }

        var f = CultureInfo.InvariantCulture;
        var cuts = string.Join(", ", minimums.Select((m, i) => $"{tiers.Codes[i]} ≥ {m.ToString("0.####", f)}"));
        return $"score thresholds {cuts}: total {Numbers.Format(total)} → {tiers.CodeOf(tier)} / 按分数分档";
    }

    private Tier TierOf(double total)
    {
        for (var i = 0; i < minimums.Length; i++)
        {
            if (total >= minimums[i])
            {
                return TierSet.TierAt(i + 1);
            }
        }

        return TierSet.TierAt(minimums.Length + 1);
    }

    /// <inheritdoc />
    void ITierScheme.CheckRanges(ParameterRangeCheck check, string path)
    {
        if (IsLettered)
        {
            check.SignedPoints(path + ".a", A, "a total, e.g. 90");
            check.SignedPoints(path + ".b", B, "a total, e.g. 75");
            check.SignedPoints(path + ".c", C, "a total, e.g. 60");
            return;
        }

        for (var i = 0; i < minimums.Length; i++)
        {
            check.SignedPoints($"{path}.minimums[{i}]", minimums[i], "a total, e.g. 90");
        }
    }
}
