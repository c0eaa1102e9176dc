namespace EnterpriseScoring.Scoring;

/// <summary>Options of <see cref="MinMaxScoring"/> (F2).</summary>
public sealed record MinMaxOptions
{
    /// <summary>The options with every property at its documented default.</summary>
    public static MinMaxOptions Default { get; } = new();

    /// <summary>The floor f: the worst firm in the pool gets f × W, the best gets W.</summary>
    /// <value>The default value is 0 (plain min-max). The Anhui county rule uses 0.2
    /// (<c>W × [20 + 80 × (x − min)/(max − min)] / 100</c>); see <see cref="KnownScoringMethods.MinMaxAnhui"/>.</value>
    /// <remarks>Must be in [0, 1).</remarks>
    public double Floor { get; init; }
}
