namespace EnterpriseScoring.Cli;

/// <summary>The format of the lines <c>escore</c> writes to stderr.</summary>
internal enum LogFormat
{
    /// <summary>Plain text: <c>escore: message</c>, <c>escore: error: message</c>.</summary>
    Text,

    /// <summary>JSON lines: <c>{"time":"…","level":"info","message":"…",…}</c>.</summary>
    Json,
}
