using EnterpriseScoring.Platforms;

namespace EnterpriseScoring.Scorecards;

/// <summary>One scored indicator of a scorecard: the platform indicator, its weight W, its attainment method and its targets.</summary>
public sealed record ScorecardIndicator
{
    /// <summary>The platform indicator (a <see cref="KnownPlatformIndicators"/> built-in or one the profile defines).</summary>
    public required IPlatformIndicator Indicator { get; init; }

    /// <summary>W: the most points the indicator gives (a veto gives none; base-year step may give up to W × (flat + bonus share)).</summary>
    public double Weight { get; init; }

    /// <summary>How value and target become points.</summary>
    public AttainmentMethod Method { get; init; } = new();

    /// <summary>The targets: a platform takes the most specific one of the year (by platform id, then level, then the default; one for the year before one for every year).</summary>
    public IReadOnlyList<ScorecardTarget> Targets { get; init => field = ReadOnlyCopy.List(value); } = ValueList<ScorecardTarget>.Empty;

    /// <summary>
    /// The target that applies to <paramref name="unit"/> in <paramref name="year"/>: the most specific (platform, then
    /// level, then every platform; a target for the year before an every-year one), ignoring a cumulative target before
    /// its first year; null when none does.
    /// </summary>
    /// <param name="unit">A platform unit.</param>
    /// <param name="year">The scorecard's year.</param>
    public ScorecardTarget? TargetFor(PlatformUnit unit, int year)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ScorecardTarget? best = null;
        var bestRank = -1;
        foreach (var target in Targets)
        {
            if (target.Year is { } y && y != year)
            {
                continue;
            }

            // A cumulative target is not in force before its first year: no target (0 points, flagged), never T = 0 (full points).
            if (target.Kind == TargetKind.Cumulative && target.FromYear is { } from && year < from)
            {
                continue;
            }

            int rank;
            if (target.Platforms.Count > 0)
            {
                if (!target.Platforms.Contains(unit.Id, StringComparer.Ordinal))
                {
                    continue;
                }

                rank = 4;
            }
            else if (target.Levels.Count > 0)
            {
                if (!target.Levels.Contains(unit.Level))
                {
                    continue;
                }

                rank = 2;
            }
            else
            {
                rank = 0;
            }

            rank += target.Year is null ? 0 : 1;

            if (rank > bestRank)
            {
                (best, bestRank) = (target, rank);
            }
        }

        return best;
    }
}
