using System.Diagnostics;
using EnterpriseScoring.IO;
using Microsoft.Extensions.Logging;

namespace EnterpriseScoring.Diagnostics;

/// <summary>The activity, metrics and log messages of a read of firms (<see cref="FirmCsvReader"/>, <c>Excel.FirmXlsxReader</c>, <see cref="FirmDbReader"/>).</summary>
internal static class ReadDiagnostics
{
    /// <summary>Input warnings logged one by one; the rest are counted in one message.</summary>
    internal const int MaxLoggedWarnings = 20;

    /// <summary>Starts the read's activity (null when nothing listens).</summary>
    public static Activity? Start(string format)
    {
        var activity = ScoringTelemetry.ActivitySource.StartActivity(ScoringTelemetry.ReadActivity);
        activity?.SetTag(ScoringTelemetry.FormatTag, format);
        return activity;
    }

    /// <summary>Records a completed read: counters, duration, the activity's tags and the log messages.</summary>
    public static void Completed(Activity? activity, string format, FirmReadResult result, long startTimestamp, ILogger? logger)
    {
        var elapsed = Stopwatch.GetElapsedTime(startTimestamp);
        var tag = new KeyValuePair<string, object?>(ScoringTelemetry.FormatTag, format);
        ScoringTelemetry.RowsReadCounter.Add(result.RowsRead, tag);
        ScoringTelemetry.RowsRejectedCounter.Add(result.RejectedRowCount, tag);
        ScoringTelemetry.ReadDurationHistogram.Record(elapsed.TotalSeconds, tag);
        activity?.SetTag("escore.input.rows_read", result.RowsRead);
        activity?.SetTag("escore.input.rows_rejected", result.RejectedRowCount);
        if (logger is null)
        {
            return;
        }

        ScoringLog.InputRead(logger, format, result.RowsRead, result.Table.Count, result.RejectedRowCount, result.Warnings.Count, elapsed.TotalMilliseconds);
        if (result.RejectedRowCount > 0 && logger.IsEnabled(LogLevel.Warning))
        {
            var first = result.Rejections[0];
            ScoringLog.RowsRejected(logger, format, result.RejectedRowCount, result.RowsRead, first.Line, first.Column, first.Reason);
        }

        if (result.Warnings.Count > 0 && logger.IsEnabled(LogLevel.Warning))
        {
            foreach (var warning in result.Warnings.Take(MaxLoggedWarnings))
            {
                ScoringLog.InputWarning(logger, format, warning.Line, warning.Column, warning.Reason);
            }

            if (result.Warnings.Count > MaxLoggedWarnings)
            {
                ScoringLog.MoreInputWarnings(logger, format, result.Warnings.Count - MaxLoggedWarnings);
            }
        }
    }
}
