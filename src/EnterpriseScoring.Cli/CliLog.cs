using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using EnterpriseScoring.Cli.Text;

namespace EnterpriseScoring.Cli;

/// <summary>
/// The log of one run, on stderr: informational lines (not under <c>--quiet</c>), warnings, errors (always, one line
/// each) and progress (a redrawn bar on a terminal; plain lines otherwise, for cron and CI). With
/// <see cref="LogFormat.Json"/> every line is a JSON object <c>{"time","level","message",…}</c> and there is no bar.
/// </summary>
/// <remarks>Not thread-safe: one run, one thread.</remarks>
internal sealed class CliLog
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly TextWriter stderr;
    private readonly Func<DateTimeOffset> clock;
    private int barWidth;

    /// <summary>Creates a log.</summary>
    /// <param name="stderr">Where the lines go.</param>
    /// <param name="format">Text or JSON lines.</param>
    /// <param name="quiet">Whether only warnings and errors are written.</param>
    /// <param name="verbose">Whether debug lines and stack traces are written.</param>
    /// <param name="interactive">Whether <paramref name="stderr"/> is a terminal (progress is then a redrawn bar).</param>
    /// <param name="clock">The time stamps' source; the system clock when null.</param>
    public CliLog(TextWriter stderr, LogFormat format, bool quiet, bool verbose, bool interactive, Func<DateTimeOffset>? clock = null)
    {
        this.stderr = stderr;
        Format = format;
        Quiet = quiet;
        Verbose = verbose;
        Interactive = interactive && format == LogFormat.Text;
        this.clock = clock ?? (() => DateTimeOffset.UtcNow);
    }

    /// <summary>The line format.</summary>
    public LogFormat Format { get; }

    /// <summary>Whether only warnings and errors are written.</summary>
    public bool Quiet { get; }

    /// <summary>Whether debug lines and stack traces are written.</summary>
    public bool Verbose { get; }

    /// <summary>Whether progress is drawn as a bar (text format on a terminal).</summary>
    public bool Interactive { get; }

    /// <summary>Whether the standard error of this process is a terminal (and <paramref name="stderr"/> is it).</summary>
    public static bool IsTerminal(TextWriter stderr) =>
        ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected
        && !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);

    /// <summary>Writes an informational line (not under <c>--quiet</c>).</summary>
    public void Info(string message, params (string Key, object? Value)[] fields)
    {
        if (!Quiet)
        {
            Write("info", message, fields);
        }
    }

    /// <summary>Writes a debug line (only under <c>--verbose</c>).</summary>
    public void Debug(string message, params (string Key, object? Value)[] fields)
    {
        if (Verbose && !Quiet)
        {
            Write("debug", message, fields);
        }
    }

    /// <summary>Writes a warning (also under <c>--quiet</c>).</summary>
    public void Warn(string message, params (string Key, object? Value)[] fields) => Write("warning", message, fields);

    /// <summary>Writes an error as one line; the exception's stack trace follows under <c>--verbose</c>.</summary>
    public void Error(string message, int exitCode, Exception? details = null)
    {
        ClearBar();
        if (Format == LogFormat.Json)
        {
            var fields = new List<(string, object?)> { ("exitCode", exitCode) };
            if (details is not null && Verbose)
            {
                fields.Add(("exception", details.ToString()));
            }

            Write("error", message, [.. fields]);
            return;
        }

        stderr.WriteLine($"{EscoreApplication.ToolName}: {Localization.Pick("error: ", "错误：")}{OneLine(message)}");
        if (details is not null && Verbose)
        {
            stderr.WriteLine(details.ToString());
        }

        stderr.Flush();
    }

    /// <summary>Starts the progress of a stage; dispose it when the stage ends.</summary>
    /// <param name="stage">The stage's name (<c>read</c>, <c>evaluate</c>, <c>write</c>).</param>
    /// <param name="what">What is being done, e.g. <c>reading firms.csv</c>.</param>
    /// <param name="total">The total amount of work (bytes, rows), or 0 when unknown.</param>
    /// <param name="unit">The unit of the amounts: <c>bytes</c>, <c>rows</c>, <c>firms</c>.</param>
    public Progress Start(string stage, string what, long total = 0, string unit = "") => new(this, stage, what, total, unit);

    /// <summary>
    /// The most characters of one logged message: a longer one keeps its first characters followed by <c>…(n chars)</c>,
    /// so no input (a huge cell or header quoted in an exception) can make a log line without bound. Messages quote input
    /// shortened already (<see cref="IO.TextExcerpt"/>); this is the last guard.
    /// </summary>
    public const int MaxMessageLength = 4_000;

    /// <summary>Makes <paramref name="message"/> one line of at most <see cref="MaxMessageLength"/> characters.</summary>
    public static string OneLine(string message) => IO.TextExcerpt.Of(message.ReplaceLineEndings(" ").Trim(), MaxMessageLength);

    private void Write(string level, string message, (string Key, object? Value)[] fields)
    {
        ClearBar();
        if (Format == LogFormat.Json)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, JsonOptions))
            {
                json.WriteStartObject();
                json.WriteString("time", clock().ToString("yyyy-MM-dd'T'HH:mm:ss.fffK", CultureInfo.InvariantCulture));
                json.WriteString("level", level);
                json.WriteString("message", OneLine(message));
                foreach (var (key, value) in fields)
                {
                    json.WritePropertyName(key);
                    if (value is null)
                    {
                        json.WriteNullValue();
                    }
                    else
                    {
                        // The source-generated metadata of the value's type (CliJsonContext): no reflection-based serialisation.
                        JsonSerializer.Serialize(json, value, CliJson.Options.GetTypeInfo(value.GetType()));
                    }
                }

                json.WriteEndObject();
            }

            stderr.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        }
        else
        {
            var prefix = level switch { "warning" => Localization.Pick("warning: ", "警告："), "debug" => "debug: ", _ => string.Empty };
            stderr.WriteLine($"{EscoreApplication.ToolName}: {prefix}{OneLine(message)}");
        }

        stderr.Flush();
    }

    private void DrawBar(string text)
    {
        var padded = text.Length < barWidth ? text.PadRight(barWidth) : text;
        barWidth = text.Length;
        stderr.Write('\r' + padded);
        stderr.Flush();
    }

    private void ClearBar()
    {
        if (barWidth > 0)
        {
            stderr.Write('\r' + new string(' ', barWidth) + '\r');
            barWidth = 0;
        }
    }

    /// <summary>
    /// The progress of one stage: on a terminal a bar redrawn at most ten times a second with counts; otherwise one
    /// line when the stage starts (<c>reading firms.csv</c>) and one when it ends with its count and time.
    /// </summary>
    internal sealed class Progress : IDisposable
    {
        private readonly CliLog log;
        private readonly string stage;
        private readonly string what;
        private readonly string unit;
        private readonly Stopwatch stopwatch = Stopwatch.StartNew();
        private long lastDraw = -1;
        private bool done;

        internal Progress(CliLog log, string stage, string what, long total, string unit)
        {
            this.log = log;
            this.stage = stage;
            this.what = what;
            this.unit = unit;
            Total = total;
            if (!log.Quiet && !log.Interactive)
            {
                log.Write("info", what, [("stage", stage)]);
            }

            Report(0);
        }

        /// <summary>The total, or 0 when unknown.</summary>
        public long Total { get; set; }

        /// <summary>The amount done so far.</summary>
        public long Current { get; private set; }

        /// <summary>The time since the stage started.</summary>
        public TimeSpan Elapsed => stopwatch.Elapsed;

        /// <summary>Reports <paramref name="current"/> units done (redraws the bar at most every 100 ms).</summary>
        public void Report(long current)
        {
            Current = current;
            if (log.Quiet || !log.Interactive || done)
            {
                return;
            }

            var now = stopwatch.ElapsedMilliseconds;
            if (lastDraw >= 0 && now - lastDraw < 100 && current < Total)
            {
                return;
            }

            lastDraw = now;
            log.DrawBar(BarText(current));
        }

        /// <summary>Ends the stage: writes <paramref name="summary"/> (with the time taken) as one line.</summary>
        /// <param name="summary">What was done, e.g. <c>read 2000 rows: 1998 loaded, 2 rejected</c>.</param>
        /// <param name="fields">Extra fields for the JSON format.</param>
        public void Complete(string summary, params (string Key, object? Value)[] fields)
        {
            done = true;
            stopwatch.Stop();
            if (!log.Quiet)
            {
                var ms = (long)stopwatch.Elapsed.TotalMilliseconds;
                log.Write("info", Messages.Took(summary, ms), [("stage", stage), ("milliseconds", ms), .. fields]);
            }
        }

        /// <summary>Clears the bar if the stage did not complete.</summary>
        public void Dispose()
        {
            done = true;
            stopwatch.Stop();
            log.ClearBar();
        }

        private string BarText(long current)
        {
            var amount = unit == "bytes" ? Megabytes(current) : current.ToString("N0", CultureInfo.InvariantCulture);
            if (Total <= 0)
            {
                return string.Create(CultureInfo.InvariantCulture, $"{what}: {amount} {Unit()} ({stopwatch.Elapsed.TotalSeconds:0.0} s)");
            }

            var fraction = Math.Clamp((double)current / Total, 0, 1);
            const int width = 30;
            var filled = (int)Math.Round(fraction * width);
            var total = unit == "bytes" ? Megabytes(Total) : Total.ToString("N0", CultureInfo.InvariantCulture);
            return string.Create(
                CultureInfo.InvariantCulture,
                $"{what} [{new string('#', filled)}{new string('.', width - filled)}] {fraction * 100,3:0}% {amount}/{total} {Unit()}");
        }

        private string Unit() => unit == "bytes" ? "MB" : Messages.Unit(unit);

        private static string Megabytes(long bytes) => (bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture);
    }
}
