using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Indicators;
using EnterpriseScoring.Scoring;

namespace EnterpriseScoring;

/// <summary>
/// The finished columns of one indicator within one pool (positions = the pool's rows in order): part of the read-only
/// <see cref="PoolColumns"/> view that readers of an evaluation use.
/// </summary>
internal sealed class IndicatorColumns
{
    private readonly double[] numerators;
    private readonly double[] denominators;
    private readonly double[] values;
    private readonly double[] valuesUsed;
    private readonly IndicatorOutcome[] outcomes;
    private readonly double[] normalised;
    private readonly double[] scores;
    private readonly ScoreSource[] sources;

    /// <summary>Wraps a finished indicator's columns (not copied: the engine no longer writes them).</summary>
    public IndicatorColumns(
        IndicatorProfile profile,
        IScoringMethod scoring,
        (double[] Numerators, double[] Denominators, double[] Values, double[] ValuesUsed, IndicatorOutcome[] Outcomes) inputs,
        (double[] Normalised, double[] Scores, ScoreSource[] Sources) scored,
        (BenchmarkValue? Benchmark, ScoringFit? Fit, double Weight, string? Note) column)
    {
        Profile = profile;
        Scoring = scoring;
        (numerators, denominators, values, valuesUsed, outcomes) = inputs;
        (normalised, scores, sources) = scored;
        (Benchmark, Fit, Weight, Note) = column;
    }

    /// <summary>The indicator as the pool uses it (indicator, weight, benchmark, policies).</summary>
    public IndicatorProfile Profile { get; }

    /// <summary>The scoring method used (the pool's default resolved).</summary>
    public IScoringMethod Scoring { get; }

    /// <summary>Each firm's numerator (NaN when missing).</summary>
    public ReadOnlySpan<double> Numerators => numerators;

    /// <summary>Each firm's denominator (NaN when missing).</summary>
    public ReadOnlySpan<double> Denominators => denominators;

    /// <summary>Each firm's value as computed.</summary>
    public ReadOnlySpan<double> Values => values;

    /// <summary>Each firm's value as scored (a negative value clamped to 0 when the policy says so).</summary>
    public ReadOnlySpan<double> ValuesUsed => valuesUsed;

    /// <summary>Whether each firm's value was computed, or why not.</summary>
    public ReadOnlySpan<IndicatorOutcome> Outcomes => outcomes;

    /// <summary>Each rated firm's normalised value.</summary>
    public ReadOnlySpan<double> Normalised => normalised;

    /// <summary>Each rated firm's score (weight × normalised value, or the missing-value policy's score).</summary>
    public ReadOnlySpan<double> Scores => scores;

    /// <summary>Where each firm's score comes from.</summary>
    public ReadOnlySpan<ScoreSource> Sources => sources;

    /// <summary>The pool's benchmark, when the indicator has one.</summary>
    public BenchmarkValue? Benchmark { get; }

    /// <summary>The scoring fit (null when the benchmark was degenerate).</summary>
    public ScoringFit? Fit { get; }

    /// <summary>Each firm's benchmark and fit when they differ by firm (industry groups); null when every firm has <see cref="Benchmark"/> and <see cref="Fit"/>.</summary>
    public Engine.FirmBenchmarks? FirmBenchmarks { get; init; }

    /// <summary>Each firm's standard-value row when the indicator is scored against a table by industry × size; null otherwise.</summary>
    public Engine.FirmStandards? FirmStandards { get; init; }

    /// <summary>The method that scores the firm at <paramref name="position"/>: its own row's under a standard-value table (null when none fits), <see cref="Scoring"/> otherwise.</summary>
    public IScoringMethod? ScoringAt(int position) => FirmStandards is { } f ? f.MethodAt(position) : Scoring;

    /// <summary>Whether firms have benchmarks of their own (industry groups), so that <see cref="BenchmarkAt"/> differs from <see cref="Benchmark"/>.</summary>
    public bool BenchmarkVariesByFirm => FirmBenchmarks is not null;

    /// <summary>The benchmark of the firm at <paramref name="position"/>: its industry group's figure, or the pool's.</summary>
    public BenchmarkValue? BenchmarkAt(int position) => FirmBenchmarks is { } f ? f.BenchmarkAt(position) : Benchmark;

    /// <summary>The fit the firm at <paramref name="position"/> is scored with.</summary>
    public ScoringFit? FitAt(int position) => FirmBenchmarks is { } f ? f.FitAt(position) : Fit;

    /// <summary>The indicator's weight in the pool (points).</summary>
    public double Weight { get; }

    /// <summary>A note on the column (absent input column, degenerate benchmark), or null.</summary>
    public string? Note { get; }

    /// <summary>A growth indicator's figure of this year and prior-year value per position (NaN where none); null for other indicators.</summary>
    public (double[] Current, double[] Prior)? Growth { get; init; }
}
