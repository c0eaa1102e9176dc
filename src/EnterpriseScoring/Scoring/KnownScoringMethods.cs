using System.Diagnostics.CodeAnalysis;

namespace EnterpriseScoring.Scoring;

/// <summary>The built-in scoring methods: default instances, factories for configured ones, and lookup by name.</summary>
/// <remarks>Every instance is immutable and thread-safe, so the defaults are shared.</remarks>
public static class KnownScoringMethods
{
    /// <summary>F1 <c>ratio_to_benchmark</c>: x / B, no cap, no floor (higher-is-better only; lower-is-better needs a cap,
    /// see <see cref="RatioToBenchmarkWith"/>).</summary>
    public static RatioToBenchmarkScoring RatioToBenchmark { get; } = new();

    /// <summary>F2 <c>min_max</c> with floor 0.</summary>
    public static MinMaxScoring MinMax { get; } = new();

    /// <summary>F2 <c>min_max</c> with the Anhui county floor 0.2: each score lies in [0.2 W, W].</summary>
    public static MinMaxScoring MinMaxAnhui { get; } = new(new MinMaxOptions { Floor = 0.2 });

    /// <summary>F3 <c>inverse_benchmark</c>: W / 2 × (2 − x / B) clamped to [0, W].</summary>
    public static InverseBenchmarkScoring InverseBenchmark { get; } = new();

    /// <summary><c>z_score</c>: plain z = (x − mean) / sd (population sd).</summary>
    public static ZScoreScoring ZScore { get; } = new();

    /// <summary><c>vector</c>: x / ‖x‖.</summary>
    public static VectorScoring Vector { get; } = new();

    /// <summary><c>percentile_rank</c>: Excel PERCENTRANK.INC.</summary>
    public static PercentileRankScoring PercentileRank { get; } = new();

    /// <summary>F4 <c>rank</c>: (n − r + 1) / n with competition rank r.</summary>
    public static RankScoring Rank { get; } = new();

    /// <summary><c>efficacy_coefficient</c> (功效系数): 60 + 40 × (x − 不允许值) / (满意值 − 不允许值) with 满意值 and 不允许值 the pool's best and worst values.</summary>
    public static EfficacyCoefficientScoring EfficacyCoefficient { get; } = new();

    // Declared after the properties: static initialisers run in textual order.
    private static readonly IScoringMethod[] Defaults =
    [
        RatioToBenchmark,
        MinMax,
        InverseBenchmark,
        ZScore,
        Vector,
        PercentileRank,
        Rank,
        EfficacyCoefficient,
    ];

    /// <summary>The default instance of every built-in method, one per name.</summary>
    public static IReadOnlyList<IScoringMethod> All { get; } = Defaults.AsValueList();

    /// <summary>The names <see cref="TryGet"/> accepts, in the order of <see cref="All"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["ratio_to_benchmark", "min_max", "inverse_benchmark", "z_score", "vector", "percentile_rank", "rank", "efficacy_coefficient"];

    /// <summary>F1 with a cap and/or floor, e.g. <c>RatioToBenchmarkWith(cap: 1.2)</c> for score ≤ 1.2 W.</summary>
    /// <param name="cap">Largest normalised value (finite, &gt; 0), or null for none.</param>
    /// <param name="floor">Smallest normalised value (finite, ≤ cap), or null for none.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static RatioToBenchmarkScoring RatioToBenchmarkWith(double? cap = null, double? floor = null) =>
        new(new RatioToBenchmarkOptions { Cap = cap, Floor = floor });

    /// <summary>F2 min-max with floor <paramref name="floor"/>: the worst firm gets floor × W.</summary>
    /// <param name="floor">The floor, in [0, 1); 0.2 is the Anhui county rule.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="floor"/> is not in [0, 1).</exception>
    public static MinMaxScoring MinMaxWithFloor(double floor) => new(new MinMaxOptions { Floor = floor });

    /// <summary>z-score mapped linearly: offset + scale × z (e.g. 60 + 10z).</summary>
    /// <param name="offset">Added to scale × z (finite).</param>
    /// <param name="scale">Multiplies z (finite, non-zero).</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static ZScoreScoring ZScoreLinear(double offset, double scale) =>
        new(new ZScoreOptions { Offset = offset, Scale = scale });

    /// <summary>功效系数 with a fixed 满意值 and 不允许值, e.g. <c>EfficacyCoefficientWith(0.05, 0.01)</c>.</summary>
    /// <param name="satisfactory">满意值: at or better than it the score is W.</param>
    /// <param name="unacceptable">不允许值: at it the coefficient is 60 (≠ <paramref name="satisfactory"/>; above it for lower-is-better).</param>
    /// <param name="below">What a value worse than 不允许值 gets (default 0).</param>
    /// <exception cref="ArgumentException">The values are equal or not finite.</exception>
    public static EfficacyCoefficientScoring EfficacyCoefficientWith(double satisfactory, double unacceptable, BelowUnacceptable below = BelowUnacceptable.Zero) =>
        new(new EfficacyCoefficientOptions { Satisfactory = satisfactory, Unacceptable = unacceptable, BelowUnacceptable = below });

    /// <summary>功效系数, banded form: a standard-value table of five bands (优秀, 良好, 平均, 较低, 较差), best first.</summary>
    /// <param name="standards">The five standard values, best band first.</param>
    /// <param name="coefficients">The five standard coefficients, or null for 1, 0.8, 0.6, 0.4, 0.2.</param>
    /// <exception cref="ArgumentException">Not five strictly monotone standards, or invalid coefficients.</exception>
    public static EfficacyCoefficientScoring EfficacyBands(IReadOnlyList<double> standards, IReadOnlyList<double>? coefficients = null) =>
        new(new EfficacyCoefficientOptions { Standards = standards, BandCoefficients = coefficients ?? EfficacyCoefficientOptions.DefaultBandCoefficients });

    /// <summary>Looks up the default instance of a built-in method by its snake_case name (ordinal, case-sensitive).</summary>
    /// <param name="name">E.g. <c>ratio_to_benchmark</c>, <c>min_max</c>, <c>inverse_benchmark</c>, <c>z_score</c>,
    /// <c>vector</c>, <c>percentile_rank</c>, <c>rank</c>, <c>efficacy_coefficient</c>.</param>
    /// <param name="method">The method, or null when the name is unknown.</param>
    /// <returns>Whether the name is known.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static bool TryGet(string name, [NotNullWhen(true)] out IScoringMethod? method)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var candidate in Defaults)
        {
            if (string.Equals(candidate.Name, name, StringComparison.Ordinal))
            {
                method = candidate;
                return true;
            }
        }

        method = null;
        return false;
    }
}
