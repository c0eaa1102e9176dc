using EnterpriseScoring.Aggregation;
using EnterpriseScoring.Pools;
using EnterpriseScoring.Scoring;

namespace EnterpriseScoring.Engine;

/// <summary>A pool profile with its defaults resolved.</summary>
internal sealed class CompiledPool(PoolProfile profile, IScoringMethod[] scoring, IAggregationMethod aggregation)
{
    public PoolProfile Profile { get; } = profile;

    public IScoringMethod[] Scoring { get; } = scoring;

    public IAggregationMethod Aggregation { get; } = aggregation;

    /// <summary>Whether the total is the plain sum of the indicator scores (the weighted sum), computed directly so it matches the explanation to the last digit.</summary>
    public bool SumsScores => SumsScoresWith(Aggregation);

    /// <summary>Whether a pool with this aggregation (null = the default weighted sum) totals the plain sum of its indicator scores.</summary>
    /// <remarks>Asks <see cref="IAggregationMethod.SumsIndicatorScores"/>.</remarks>
    public static bool SumsScoresWith(IAggregationMethod? aggregation) => (aggregation ?? KnownAggregationMethods.WeightedSum).SumsIndicatorScores;
}
