namespace EnterpriseScoring.Scoring;

/// <summary>Options of <see cref="RatioToBenchmarkScoring"/> (F1).</summary>
public sealed record RatioToBenchmarkOptions
{
    /// <summary>The options with every property at its documented default.</summary>
    public static RatioToBenchmarkOptions Default { get; } = new();

    /// <summary>The largest normalised value k (score ≤ k × W), e.g. 1.2; <see langword="null"/> for no cap.</summary>
    /// <value>The default value is <see langword="null"/> (no cap; no cap is published for F1).</value>
    /// <remarks>Must be finite and &gt; 0. Required for <see cref="Direction.LowerIsBetter"/> indicators, where
    /// B / x is unbounded as x → 0 and a value ≤ 0 gets the cap.</remarks>
    public double? Cap { get; init; }

    /// <summary>The smallest normalised value f (score ≥ f × W), e.g. 0; <see langword="null"/> for no floor.</summary>
    /// <value>The default value is <see langword="null"/> (no floor: a negative value gives a negative score).</value>
    /// <remarks>Must be finite and not above <see cref="Cap"/>.</remarks>
    public double? Floor { get; init; }
}
