using Microsoft.Extensions.Logging;

namespace EnterpriseScoring.Diagnostics;

/// <summary>
/// The library's log messages (source-generated: no allocation when the level is off). Event ids 1–9 are input, 10–19
/// evaluation; the category is the logger's (<see cref="EvaluatorOptions.Logger"/>, <see cref="IO.FirmCsvReaderOptions.Logger"/>).
/// </summary>
internal static partial class ScoringLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Read {RowsRead} input rows ({Format}) in {ElapsedMilliseconds:0} ms: {Loaded} loaded, {RejectedRows} rejected, {Warnings} warnings")]
    public static partial void InputRead(ILogger logger, string format, int rowsRead, int loaded, int rejectedRows, int warnings, double elapsedMilliseconds);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "{RejectedRows} of {RowsRead} input rows were rejected ({Format}); the first: line {Line}, column '{Column}': {Reason}")]
    public static partial void RowsRejected(ILogger logger, string format, int rejectedRows, int rowsRead, int line, string column, string reason);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Input warning ({Format}) on line {Line}, column '{Column}': {Reason}")]
    public static partial void InputWarning(ILogger logger, string format, int line, string column, string reason);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "{More} more input warnings ({Format}) are not logged; they are all in FirmReadResult.Warnings")]
    public static partial void MoreInputWarnings(ILogger logger, string format, int more);

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Evaluated {Firms} firms under profile '{Profile}' in {ElapsedMilliseconds:0} ms: {Rated} rated; tiers {Tiers}")]
    public static partial void Evaluated(ILogger logger, string profile, int firms, int rated, string tiers, double elapsedMilliseconds);

    [LoggerMessage(EventId = 11, Level = LogLevel.Debug, Message = "Pool '{Pool}' of profile '{Profile}': {Firms} firms evaluated in {ElapsedMilliseconds:0.0} ms")]
    public static partial void PoolEvaluated(ILogger logger, string profile, string pool, int firms, double elapsedMilliseconds);

    [LoggerMessage(EventId = 12, Level = LogLevel.Warning, Message = "The input has no column for measure '{Measure}', which profile '{Profile}' reads; it is accepted as missing, so every firm is missing it")]
    public static partial void MissingMeasureAccepted(ILogger logger, string profile, string measure);

    [LoggerMessage(EventId = 13, Level = LogLevel.Information, Message = "Evaluation under profile '{Profile}' was cancelled after {ElapsedMilliseconds:0} ms")]
    public static partial void EvaluationCancelled(ILogger logger, string profile, double elapsedMilliseconds);
}
