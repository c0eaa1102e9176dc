using System.Diagnostics;
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
                var code = set.CodeOf(tier); // the tier set's code (A+ under 乐清's set), so that E and F show as the profile names them
                ScoringTelemetry.FirmsTieredCounter.Add(count, profile, new KeyValuePair<string, object?>(ScoringTelemetry.TierTag, code));
                activity?.SetTag("escore.tier." + code, count);
            }
        }

        if (logged)
        {
            var rated = evaluation.StatusCounts.GetValueOrDefault(FirmStatus.Rated);
            var counts = string.Join(", ", set.Levels.Select(t => $"{set.CodeOf(t)} {tiers.GetValueOrDefault(t).ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
            ScoringLog.Evaluated(logger!, evaluation.Profile.Name, evaluation.Table.Count, rated, counts, elapsed.TotalMilliseconds);
        }
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
