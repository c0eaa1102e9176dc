using System.Globalization;
using EnterpriseScoring.Validation;

namespace EnterpriseScoring.IO;

/// <summary>
/// Writes rejected rows (or any <see cref="RowIssue"/>s) as CSV with the header <c>line,id,column,value,reason</c>,
/// UTF-8 with a byte order mark (so Excel shows Chinese text), one line per issue.
/// </summary>
public static class RowIssueCsvWriter
{
    /// <summary>The header written first.</summary>
    public static IReadOnlyList<string> Header { get; } = ["line", "id", "column", "value", "reason"];

    /// <summary>Writes <paramref name="issues"/> to the file at <paramref name="path"/> (replaced when it exists).</summary>
    /// <param name="issues">The issues.</param>
    /// <param name="path">The file.</param>
    public static void Write(IEnumerable<RowIssue> issues, string path)
    {
        ArgumentNullException.ThrowIfNull(issues);
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        Write(issues, stream);
    }

    /// <summary>Writes <paramref name="issues"/> to <paramref name="stream"/> (left open, flushed).</summary>
    /// <param name="issues">The issues.</param>
    /// <param name="stream">The destination.</param>
    public static void Write(IEnumerable<RowIssue> issues, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(issues);
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = CsvOutput.Create(stream, null, true, ',');
        writer.WriteHeader([.. Header]);
        foreach (var issue in issues)
        {
            ArgumentNullException.ThrowIfNull(issue, nameof(issues));
            writer.WriteField(issue.Line.ToString(CultureInfo.InvariantCulture));
            writer.WriteField(issue.Id);
            writer.WriteField(issue.Column);
            writer.WriteField(issue.Value);
            writer.WriteField(issue.Reason);
            writer.EndRecord();
        }

        writer.Flush();
    }
}
