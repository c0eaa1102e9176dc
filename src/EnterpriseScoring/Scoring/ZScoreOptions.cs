namespace EnterpriseScoring.Scoring;

/// <summary>Options of <see cref="ZScoreScoring"/>: an optional linear map normalised = Offset + Scale × z.</summary>
public sealed record ZScoreOptions
{
    /// <summary>The options with every property at its documented default.</summary>
    public static ZScoreOptions Default { get; } = new();

    /// <summary>Added to Scale × z.</summary>
    /// <value>The default value is 0 (plain z).</value>
    public double Offset { get; init; }

    /// <summary>Multiplies z, e.g. 10 for a "60 + 10z" style map.</summary>
    /// <value>The default value is 1 (plain z). Must be finite and non-zero.</value>
    public double Scale { get; init; } = 1;
}
