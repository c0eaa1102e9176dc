using System.Globalization;

namespace EnterpriseScoring.IO;

/// <summary>A required column (see <see cref="FirmCsvReaderOptions.RequiredColumns"/>) is not in the file's header.</summary>
public sealed class MissingColumnException : FirmDataException
{
    /// <summary>Creates an exception.</summary>
    /// <param name="missingColumns">The canonical names of the missing columns.</param>
    /// <param name="headersFound">The headers the file has.</param>
    public MissingColumnException(IReadOnlyList<string> missingColumns, IReadOnlyList<string> headersFound)
        : base(BuildMessage(missingColumns, headersFound))
    {
        MissingColumns = ReadOnlyCopy.List(missingColumns);
        HeadersFound = ReadOnlyCopy.List(headersFound);
    }

    /// <summary>Creates an exception.</summary>
    public MissingColumnException()
        : this([], [])
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public MissingColumnException(string message)
        : base(message)
    {
        MissingColumns = [];
        HeadersFound = [];
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public MissingColumnException(string message, Exception innerException)
        : base(message, innerException)
    {
        MissingColumns = [];
        HeadersFound = [];
    }

    /// <summary>The canonical names of the missing columns.</summary>
    public IReadOnlyList<string> MissingColumns { get; }

    /// <summary>The headers the file has, as written.</summary>
    public IReadOnlyList<string> HeadersFound { get; }

    /// <summary>
    /// The message: every missing column (up to <see cref="TextExcerpt.DefaultMaxItems"/>) and the first
    /// <see cref="TextExcerpt.DefaultMaxItems"/> headers found, each shortened by <see cref="TextExcerpt.Of"/>, then how many
    /// more there are: bounded whatever the file (100,000 columns give a short message; <see cref="HeadersFound"/> has them all).
    /// </summary>
    private static string BuildMessage(IReadOnlyList<string> missing, IReadOnlyList<string> found)
    {
        var names = TextExcerpt.List(missing, m => FirmColumns.ChineseName(m) is { } zh ? $"'{TextExcerpt.Of(m)}' ({zh})" : $"'{TextExcerpt.Of(m)}'");
        var headers = found.Count == 0
            ? "(none)"
            : TextExcerpt.List(found, h => $"'{TextExcerpt.Of(h)}'")
              + (found.Count > TextExcerpt.DefaultMaxItems ? string.Create(CultureInfo.InvariantCulture, $" ({found.Count:N0} headers)") : string.Empty);
        return $"Required column {names} not found. Headers found: {headers}.";
    }
}
