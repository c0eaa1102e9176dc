using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Scoring;

namespace EnterpriseScoring.Engine;

/// <summary>One indicator's working columns within one pool while it is evaluated (positions = the pool's rows in order).</summary>
internal sealed class IndicatorColumnResult
{
    public IndicatorColumnResult(IndicatorProfile profile, IScoringMethod scoring, int size)
    {
        Profile = profile;
        Scoring = scoring;
        Numerators = new double[size];
        Denominators = new double[size];
        Values = new double[size];
        ValuesUsed = profile.Negative == NegativeValuePolicy.ClampToZero ? new double[size] : Values;
        Outcomes = new IndicatorOutcome[size];
        Normalised = new double[size];
        Scores = new double[size];
        Sources = new ScoreSource[size];
    }

    public IndicatorProfile Profile { get; }

    public IScoringMethod Scoring { get; }

    public double[] Numerators { get; }

    public double[] Denominators { get; }

    public double[] Values { get; }

    /// <summary>The values used for scoring: a separate array only when negative values are clamped to 0; otherwise
    /// the <see cref="Values"/> array itself (the two are equal element by element then, so one array is enough).</summary>
    public double[] ValuesUsed { get; }

    public IndicatorOutcome[] Outcomes { get; }

    public double[] Normalised { get; }

    public double[] Scores { get; }

    public ScoreSource[] Sources { get; }

    public BenchmarkValue? Benchmark { get; set; }

    public ScoringFit? Fit { get; set; }

    /// <summary>Each firm's benchmark and fit when they differ by firm (industry groups); null when the whole pool shares <see cref="Benchmark"/> and <see cref="Fit"/>.</summary>
    public FirmBenchmarks? FirmBenchmarks { get; set; }

    /// <summary>Each firm's standard-value row when the indicator is scored against a table by industry × size; null otherwise.</summary>
    public FirmStandards? FirmStandards { get; set; }

    /// <summary>The method that scores the firm at <paramref name="position"/>: its own row's under a standard-value table (null when none fits), <see cref="Scoring"/> otherwise.</summary>
    public IScoringMethod? ScoringAt(int position) => FirmStandards is { } f ? f.MethodAt(position) : Scoring;

    public double Weight { get; set; }

    /// <summary>The mean score of the rated firms with a value; computed only when a missing value is imputed with it (0 otherwise).</summary>
    public double PoolAverageScore { get; set; }

    public string? Note { get; set; }

    /// <summary>A growth indicator's figure of this year and prior-year value per position; null for other indicators.</summary>
    public (double[] Current, double[] Prior)? Growth { get; set; }

    /// <summary>The read-only view of the finished column that readers get (the same arrays, not copied).</summary>
    public IndicatorColumns ToColumns() => new(
        Profile,
        Scoring,
        (Numerators, Denominators, Values, ValuesUsed, Outcomes),
        (Normalised, Scores, Sources),
        (Benchmark, Fit, Weight, Note))
    {
        FirmBenchmarks = FirmBenchmarks,
        FirmStandards = FirmStandards,
        Growth = Growth,
    };
}
