using System.Diagnostics;
using EnterpriseScoring.Classification;
using Microsoft.Extensions.Logging;

namespace EnterpriseScoring.Diagnostics;

/// <summary>The activities, metrics and log messages of an evaluation and of each pool's.</summary>
internal static class EvaluationDiagnostics
{
    /// <summary>Starts the evaluation's activity (null when nothing listens).</summary>
    public static Activity? Start(string profile, int firms)
    {
        var activity = ScoringTelemetry.ActivitySource.StartActivity(ScoringTelemetry.EvaluateActivity);
        activity?.SetTag(ScoringTelemetry.ProfileTag, profile);
        activity?.SetTag("escore.firms", firms);
        return activity;
    }

    /// <summary>Starts a pool's activity, a child of the evaluation's (null when nothing listens).</summary>
    public static Activity? StartPool(string profile, string pool, int firms)
    {
        var activity = ScoringTelemetry.ActivitySource.StartActivity(ScoringTelemetry.EvaluatePoolActivity);
        activity?.SetTag(ScoringTelemetry.ProfileTag, profile);
        activity?.SetTag(ScoringTelemetry.PoolTag, pool);
        activity?.SetTag("escore.firms", firms);
        return activity;
    }

    /// <summary>Records a pool's duration.</summary>
    public static void PoolCompleted(string profile, string pool, int firms, long startTimestamp, ILogger? logger)
    {
        var elapsed = Stopwatch.GetElapsedTime(startTimestamp);
        ScoringTelemetry.PoolDurationHistogram.Record(
            elapsed.TotalSeconds,
            new KeyValuePair<string, object?>(ScoringTelemetry.ProfileTag, profile),
            new KeyValuePair<string, object?>(ScoringTelemetry.PoolTag, pool));
        if (logger is not null)
        {
            ScoringLog.PoolEvaluated(logger, profile, pool, firms, elapsed.TotalMilliseconds);
        }
    }

    /// <summary>Logs the measures the input lacks that are accepted as missing.</summary>
    public static void MissingAccepted(string profile, IReadOnlyList<MissingMeasure> missing, ILogger? logger)
    {
        if (logger is null)
        {
            return;
        }

        foreach (var measure in missing)
        {
            ScoringLog.MissingMeasureAccepted(logger, profile, measure.Measure.Id);
        }
    }

    /// <summary>Records a completed evaluation: duration, firms per tier, the log message.</summary>
    public static void Completed(Activity? activity, Evaluation evaluation, long startTimestamp, ILogger? logger)
    {
        var elapsed = Stopwatch.GetElapsedTime(startTimestamp);
        var profile = new KeyValuePair<string, object?>(ScoringTelemetry.ProfileTag, evaluation.Profile.Name);
        ScoringTelemetry.EvaluationDurationHistogram.Record(elapsed.TotalSeconds, profile);
        var logged = logger?.IsEnabled(LogLevel.Information) == true;
        if (!ScoringTelemetry.FirmsTieredCounter.Enabled && !logged && activity is null)
        {
            return; // counting tiers reads every row: only when someone looks
        }

        var tiers = evaluation.TierCounts;
        var set = evaluation.Profile.Tiers;
        foreach (var (tier, count) in tiers)
        {
            if (count > 0)
            {
                var name = TagOf(set, tier);
                ScoringTelemetry.FirmsTieredCounter.Add(count, profile, new KeyValuePair<string, object?>(ScoringTelemetry.TierTag, name));
                activity?.SetTag("escore.tier." + name, count);
            }
        }

        if (logged)
        {
            var rated = evaluation.StatusCounts.GetValueOrDefault(FirmStatus.Rated);
            ScoringLog.Evaluated(logger!, evaluation.Profile.Name, evaluation.Table.Count, rated, CountsText(set, tiers), elapsed.TotalMilliseconds);
        }
    }

    /// <summary>
    /// The tier's name in metrics and activity tags: the profile's code for a level of its tier set (A–D for the standard
    /// set, A+ … for others), the enum name for T and UngradedAsB (as documented before tier sets existed).
    /// </summary>
    private static string TagOf(TierSet set, Tier tier) => set.Contains(tier) ? set.CodeOf(tier) : tier.ToString();

    /// <summary>"A 338, B 903, C 363, D 80": every level of the set in order (zeros included), then T and UngradedAsB when counted.</summary>
    private static string CountsText(TierSet set, IReadOnlyDictionary<Tier, int> tiers)
    {
        var parts = new List<string>(set.Count + 2);
        foreach (var level in set.Levels)
        {
            parts.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{set.CodeOf(level)} {tiers.GetValueOrDefault(level)}"));
        }

        foreach (var other in (ReadOnlySpan<Tier>)[Tier.T, Tier.UngradedAsB])
        {
            if (tiers.GetValueOrDefault(other) is var count and > 0)
            {
                parts.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{other} {count}"));
            }
        }

        return string.Join(", ", parts);
    }

    /// <summary>Records a cancelled evaluation.</summary>
    public static void Cancelled(Activity? activity, string profile, long startTimestamp, ILogger? logger)
    {
        activity?.SetStatus(ActivityStatusCode.Error, "cancelled");
        if (logger is not null)
        {
            ScoringLog.EvaluationCancelled(logger, profile, Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds);
        }
    }
}
