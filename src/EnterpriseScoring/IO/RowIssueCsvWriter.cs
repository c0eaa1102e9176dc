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
    public static void Write(IEnumerable<RowIssue> issues, Stream stream, RowIssueCsvWriterOptions? options = null)
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
        foreach (var issue in issues)
        {
            ArgumentNullException.ThrowIfNull(issue, nameof(issues));
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
