using System.Globalization;
using EnterpriseScoring.Validation;

namespace EnterpriseScoring.IO;

/// <summary>
/// Writes rejected rows (or any <see cref="RowIssue"/>s) as CSV with the header <c>line,id,column,value,reason</c>,
/// UTF-8 with a byte order mark (so Excel shows Chinese text), one line per issue. Text cells are protected from formula
/// injection and bounded in length (<see cref="RowIssueCsvWriterOptions"/>); <c>line</c> is a number.
/// </summary>
public static class RowIssueCsvWriter
{
    /// <summary>The header written first.</summary>
    public static IReadOnlyList<string> Header { get; } = ["line", "id", "column", "value", "reason"];

    /// <summary>Writes <paramref name="issues"/> to the file at <paramref name="path"/> (replaced when it exists).</summary>
    /// <param name="issues">The issues.</param>
    /// <param name="path">The file.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="RowIssueCsvWriterOptions.Default"/>.</param>
    public static void Write(IEnumerable<RowIssue> issues, string path, RowIssueCsvWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(issues);
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        Write(issues, stream, options);
    }

    /// <summary>Writes <paramref name="issues"/> to <paramref name="stream"/> (left open, flushed).</summary>
    /// <param name="issues">The issues.</param>
    /// <param name="stream">The destination.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="RowIssueCsvWriterOptions.Default"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="RowIssueCsvWriterOptions.MaxTextLength"/> is negative.</exception>
    public static void Write(IEnumerable<RowIssue> issues, Stream stream, RowIssueCsvWriterOptions? options = null) => Write(issues, stream, options, CancellationToken.None);

    /// <summary>
    /// Writes <paramref name="issues"/> to the file at <paramref name="path"/> on a worker thread, through a temporary file in
    /// the same directory renamed over <paramref name="path"/> once complete: cancelled or failed, the file is left as it was.
    /// </summary>
    /// <param name="issues">The issues.</param>
    /// <param name="path">The file.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="RowIssueCsvWriterOptions.Default"/>.</param>
    /// <param name="cancellationToken">Checked every 1,024 issues.</param>
    /// <returns>The write; the same bytes as <see cref="Write(IEnumerable{RowIssue}, string, RowIssueCsvWriterOptions?)"/>.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the file was complete.</exception>
    public static Task WriteAsync(IEnumerable<RowIssue> issues, string path, RowIssueCsvWriterOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(issues);
        return AtomicFileOutput.WriteAsync(path, (stream, token) => Write(issues, stream, options, token), cancellationToken);
    }

    /// <summary>
    /// Writes <paramref name="issues"/> to <paramref name="stream"/> (left open, flushed) with asynchronous writes only (an
    /// ASP.NET Core response body); the records are formatted on a dedicated thread into a bounded buffer.
    /// </summary>
    /// <param name="issues">The issues.</param>
    /// <param name="stream">The destination.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="RowIssueCsvWriterOptions.Default"/>.</param>
    /// <param name="cancellationToken">Checked every 1,024 issues and by every write to the stream.</param>
    /// <returns>The write; the same bytes as <see cref="Write(IEnumerable{RowIssue}, Stream, RowIssueCsvWriterOptions?)"/>.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; the stream then holds a prefix of the file.</exception>
    public static Task WriteAsync(IEnumerable<RowIssue> issues, Stream stream, RowIssueCsvWriterOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(issues);
        ArgumentNullException.ThrowIfNull(stream);
        return StreamBridge.WriteAsync(stream, (output, token) => Write(issues, output, options, token), cancellationToken);
    }

    private static void Write(IEnumerable<RowIssue> issues, Stream stream, RowIssueCsvWriterOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(issues);
        ArgumentNullException.ThrowIfNull(stream);
        options ??= RowIssueCsvWriterOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxTextLength, nameof(options));
        var escape = options.FormulaEscaping != FormulaEscaping.None;
        string Text(string text)
        {
            var bounded = TextExcerpt.Of(text, options.MaxTextLength);
            return escape ? FormulaGuard.Escape(bounded) : bounded;
        }

        using var writer = CsvOutput.Create(stream, null, true, ',');
        writer.WriteHeader([.. Header]);
        var written = 0;
        foreach (var issue in issues)
        {
            ArgumentNullException.ThrowIfNull(issue, nameof(issues));
            if ((++written & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            writer.WriteField(issue.Line.ToString(CultureInfo.InvariantCulture));
            writer.WriteField(Text(issue.Id));
            writer.WriteField(Text(issue.Column));
            writer.WriteField(Text(issue.Value));
            writer.WriteField(Text(issue.Reason));
            writer.EndRecord();
        }

        writer.Flush();
    }
}
