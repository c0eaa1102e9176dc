namespace EnterpriseScoring.Analysis;

/// <summary>One firm's scores and total under the pool's benchmarks, fits, weights and imputed averages as they are.</summary>
internal sealed class HeldScore
{
    public HeldScore(int indicators)
    {
        ValuesUsed = new double[indicators];
        Normalised = new double[indicators];
        Scores = new double[indicators];
        Sources = new ScoreSource[indicators];
    }

    /// <summary><see cref="FirmStatus.Rated"/>, or why the firm would not be rated (rejected, excluded).</summary>
    public FirmStatus Status { get; set; } = FirmStatus.Rated;

    public string? Reason { get; set; }

    public double[] ValuesUsed { get; }

    public double[] Normalised { get; }

    public double[] Scores { get; }

    public ScoreSource[] Sources { get; }

    public double Aggregate { get; set; }

    public double Total { get; set; }
}
