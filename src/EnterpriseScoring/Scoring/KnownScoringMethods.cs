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
    ];

    /// <summary>The default instance of every built-in method, one per name.</summary>
    public static IReadOnlyList<IScoringMethod> All { get; } = Defaults.AsValueList();

    /// <summary>The names <see cref="TryGet"/> accepts, in the order of <see cref="All"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["ratio_to_benchmark", "min_max", "inverse_benchmark", "z_score", "vector", "percentile_rank", "rank"];

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

    /// <summary>Looks up the default instance of a built-in method by its snake_case name (ordinal, case-sensitive).</summary>
    /// <param name="name">E.g. <c>ratio_to_benchmark</c>, <c>min_max</c>, <c>inverse_benchmark</c>, <c>z_score</c>,
    /// <c>vector</c>, <c>percentile_rank</c>, <c>rank</c>.</param>
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
