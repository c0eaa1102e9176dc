using System.Globalization;

namespace EnterpriseScoring.Classification;

/// <summary>Tiers by score: total ≥ A threshold → A, ≥ B threshold → B, ≥ C threshold → C, otherwise D.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ScoreThresholds : ITierScheme
{
    /// <summary>Creates thresholds.</summary>
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

        A = a;
        B = b;
        C = c;
    }

    /// <summary>Minimum total for A.</summary>
    public double A { get; }

    /// <summary>Minimum total for B.</summary>
    public double B { get; }

    /// <summary>Minimum total for C.</summary>
    public double C { get; }

    /// <inheritdoc />
    public string Name => "score_thresholds";

    /// <inheritdoc />
    public void Assign(ReadOnlySpan<double> totals, ReadOnlySpan<int> ranks, Span<Tier> tiers)
    {
        for (var i = 0; i < totals.Length; i++)
        {
            tiers[i] = TierOf(totals[i]);
        }
    }

    /// <inheritdoc />
    public string Explain(double total, int rank, int count, Tier tier)
    {
        var f = CultureInfo.InvariantCulture;
        return $"score thresholds A ≥ {A.ToString("0.####", f)}, B ≥ {B.ToString("0.####", f)}, C ≥ {C.ToString("0.####", f)}: total {Numbers.Format(total)} → {tier} / 按分数分档";
    }

    private Tier TierOf(double total) => total >= A ? Tier.A : total >= B ? Tier.B : total >= C ? Tier.C : Tier.D;

    /// <inheritdoc />
    void ITierScheme.CheckRanges(ParameterRangeCheck check, string path)
    {
        check.SignedPoints(path + ".a", A, "a total, e.g. 90");
        check.SignedPoints(path + ".b", B, "a total, e.g. 75");
        check.SignedPoints(path + ".c", C, "a total, e.g. 60");
    }
}
