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
        MissingColumns = missingColumns;
        HeadersFound = headersFound;
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

    private static string BuildMessage(IReadOnlyList<string> missing, IReadOnlyList<string> found)
    {
        var names = missing.Select(m => FirmColumns.ChineseName(m) is { } zh ? $"'{m}' ({zh})" : $"'{m}'");
        return $"Required column {string.Join(", ", names)} not found. Headers found: {(found.Count == 0 ? "(none)" : string.Join(", ", found.Select(h => $"'{h}'")))}.";
    }
}
