using EnterpriseScoring.Cli.Text;
using EnterpriseScoring.Excel;
using EnterpriseScoring.IO;

namespace EnterpriseScoring.Cli.Input;

/// <summary>Where the firms of a run come from: a CSV or xlsx file, or a database query.</summary>
internal sealed class FirmSource
{
    private FirmSource(FirmInputFormat? format, string? path, string? sheet, DbProvider? provider, string? connection, string? query)
    {
        Format = format;
        Path = path;
        Sheet = sheet;
        Provider = provider;
        Connection = connection;
        Query = query;
    }

    /// <summary>The file format, or null for a database.</summary>
    public FirmInputFormat? Format { get; }

    /// <summary>The file, or null for a database.</summary>
    public string? Path { get; }

    /// <summary>The xlsx sheet, or null for the first.</summary>
    public string? Sheet { get; }

    /// <summary>The database provider, or null for a file.</summary>
    public DbProvider? Provider { get; }

    /// <summary>The connection string (may hold a password: never log it; see <see cref="Describe"/>).</summary>
    public string? Connection { get; }

    /// <summary>The query text.</summary>
    public string? Query { get; }

    /// <summary>The kind for summaries: <c>csv</c>, <c>xlsx</c>, <c>sqlite</c>, <c>postgres</c>.</summary>
    public string Kind => Provider is { } p ? p.ToString().ToLowerInvariant() : Format == FirmInputFormat.Xlsx ? "xlsx" : "csv";

    /// <summary>A file source.</summary>
    public static FirmSource File(string path, FirmInputFormat format, string? sheet) => new(format, path, sheet, null, null, null);

    /// <summary>A database source.</summary>
    public static FirmSource Database(DbProvider provider, string connection, string query) => new(null, null, null, provider, connection, query);

    /// <summary>The source for messages and run.json: the path (and sheet), or the provider and the connection without password.</summary>
    public string Describe() => Provider is { } p
        ? $"{Kind} {Databases.Redact(p, Connection!)}"
        : Sheet is null ? Path! : $"{Path} (sheet '{Sheet}')";

    /// <summary>
    /// Reads the firms, with progress on <paramref name="log"/>. The result's <see cref="FirmReadResult.Sha256"/> is of
    /// what was read (a file's bytes, a query's rows), hashed while reading; a file that changed while it was read fails.
    /// </summary>
    /// <param name="log">The log.</param>
    /// <param name="options">The reader options.</param>
    /// <param name="cancellation">Stops a CSV read between buffers (<see cref="OperationCanceledException"/>).</param>
    /// <exception cref="CommandException">The file does not exist (exit code 3).</exception>
    /// <exception cref="IOException">The file changed while it was read (exit code 3).</exception>
    public FirmReadResult Read(CliLog log, FirmCsvReaderOptions options, CancellationToken cancellation = default)
    {
        FirmReadResult result;
        var what = Messages.Reading(Path is null ? Messages.Query(Kind) : System.IO.Path.GetFileName(Path));
        if (Path is not null && !System.IO.File.Exists(Path))
        {
            throw new CommandException(ExitCodes.InputOrUsageError, Directory.Exists(Path) ? Messages.InputIsDirectory(Path) : Messages.InputNotFound(Path));
        }

        if (Provider is { } provider)
        {
            using var progress = log.Start("read", what, 0, "rows");
            if (provider == DbProvider.Sqlite && !Connection!.Contains('=', StringComparison.Ordinal) && !System.IO.File.Exists(Connection))
            {
                throw new CommandException(ExitCodes.InputOrUsageError, Messages.SqliteNotFound(Connection));
            }

            using var connection = Databases.Create(provider, Connection!, readOnly: true);
            result = FirmDbReader.Read(connection, Query!, options);
            Complete(progress, result);
            return result;
        }

        var length = new FileInfo(Path!).Length;
        using (var progress = log.Start("read", what, length, "bytes"))
        {
            // By path: the CSV reader sizes the table from a line count first (no column copied, less peak memory).
            result = Format == FirmInputFormat.Xlsx
                ? FirmXlsxReader.Read(Path!, Sheet, options)
                : FirmCsvReader.Read(Path!, options, new CallbackProgress(bytes =>
                {
                    cancellation.ThrowIfCancellationRequested();
                    progress.Report(bytes);
                }));
            progress.Report(length);
            Complete(progress, result);
        }

        return result;
    }

    private void Complete(CliLog.Progress progress, FirmReadResult result) =>
        progress.Complete(
            Messages.Read(result.RowsRead, Describe(), result.Table.Count, result.RejectedRowCount, result.Warnings.Count),
            ("rows", result.RowsRead),
            ("loaded", result.Table.Count),
            ("rejected", result.RejectedRowCount),
            ("warnings", result.Warnings.Count));
}
