using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Scoring;

namespace EnterpriseScoring;

/// <summary>One indicator's columns within one pool (positions = the pool's rows in order).</summary>
internal sealed class IndicatorColumnResult(IndicatorProfile profile, IScoringMethod scoring, int size)
{
    public IndicatorProfile Profile { get; } = profile;

    public IScoringMethod Scoring { get; } = scoring;

    public double[] Numerators { get; } = new double[size];

    public double[] Denominators { get; } = new double[size];

    public double[] Values { get; } = new double[size];

    public double[] ValuesUsed { get; } = new double[size];

    public IndicatorOutcome[] Outcomes { get; } = new IndicatorOutcome[size];

    public double[] Normalised { get; } = new double[size];

    public double[] Scores { get; } = new double[size];

    public ScoreSource[] Sources { get; } = new ScoreSource[size];

    public BenchmarkValue? Benchmark { get; set; }

    public ScoringFit? Fit { get; set; }

    public double Weight { get; set; }

    public double PoolAverageScore { get; set; }

    public string? Note { get; set; }
}
