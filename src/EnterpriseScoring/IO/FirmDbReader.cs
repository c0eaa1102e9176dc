using System.Data;
using System.Data.Common;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using EnterpriseScoring.Diagnostics;

namespace EnterpriseScoring.IO;

/// <summary>
/// Reads firms from a database query with the same header mapping, cell rules and rejections as
/// <see cref="FirmCsvReader"/>: the result's column names are the headers (use <c>AS</c> to rename), each result row a firm.
/// </summary>
/// <remarks>
/// <para>Any ADO.NET provider works (SQLite, PostgreSQL …). The "line" of a row, in <see cref="Validation.RowIssue.Line"/>
/// and <see cref="FirmTable.SourceLines"/>, is its 1-based position in the result plus 1, so it matches the line the
/// row would have in a CSV export with a header. <c>NULL</c> is missing; numbers are read as the provider gives them
/// (no text round trip loses digits); text goes through the CSV rules. <see cref="FirmCsvReaderOptions.Encoding"/> and
/// <see cref="FirmCsvReaderOptions.Delimiter"/> do not apply (<see cref="FirmReadResult.EncodingUsed"/> is UTF-8).</para>
/// <para>The limits of <see cref="FirmCsvReaderOptions"/> apply: a text value longer than
/// <see cref="FirmCsvReaderOptions.MaxFieldLength"/> or a row longer than <see cref="FirmCsvReaderOptions.MaxRecordLength"/>
/// in all rejects the row; a result wider than <see cref="FirmCsvReaderOptions.MaxColumns"/> is refused.</para>
/// <para>Streaming: one row at a time (<see cref="DbDataReader"/>). Errors of the database (a bad query, a lost
/// connection) propagate as the provider's <see cref="DbException"/>.</para>
/// <para><see cref="FirmReadResult.Sha256"/> is the SHA-256 of the result as it was read, in a canonical form: the
/// column names, then each row, each as the number of cells and each cell's UTF-8 length (32-bit little-endian
/// integers) followed by the cells' UTF-8 text — the text the cell rules read: numbers in invariant round-trip form,
/// <c>NULL</c> as empty text. The same rows in the same order give the same hash, whatever the provider or the query.</para>
/// </remarks>
public static class FirmDbReader
{
    /// <summary>Runs <paramref name="query"/> on <paramref name="connection"/> and reads the result.</summary>
    /// <param name="connection">The connection; opened (and closed again) when it is closed.</param>
    /// <param name="query">The query (SQL text) returning one row per firm.</param>
    /// <param name="options">Header aliases, lenient ids, required columns; <see langword="null"/> for the defaults.</param>
    /// <returns>The table, the rejected rows and the warnings.</returns>
    /// <exception cref="MissingColumnException">A required column is missing from the result.</exception>
    /// <exception cref="FirmDataException">The result has no columns, or two columns mean the same thing.</exception>
    /// <exception cref="DbException">The database failed to run the query.</exception>
    public static FirmReadResult Read(DbConnection connection, string query, FirmCsvReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        var opened = false;
        if (connection.State != ConnectionState.Open)
        {
            connection.Open();
            opened = true;
        }

        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = query;
            using var reader = command.ExecuteReader(CommandBehavior.SequentialAccess);
            return Read(reader, options);
        }
        finally
        {
            if (opened)
            {
                connection.Close();
            }
        }
    }

    /// <summary>Reads the current result set of <paramref name="reader"/> to its end (the reader is left open).</summary>
    /// <param name="reader">A reader positioned before the first row.</param>
    /// <param name="options">Header aliases, lenient ids, required columns; <see langword="null"/> for the defaults.</param>
    /// <returns>The table, the rejected rows and the warnings.</returns>
    /// <exception cref="MissingColumnException">A required column is missing from the result.</exception>
    /// <exception cref="FirmDataException">The result has no columns, or two columns mean the same thing.</exception>
    public static FirmReadResult Read(DbDataReader reader, FirmCsvReaderOptions? options = null) => Read(reader, options, null, CancellationToken.None);

    /// <summary>
    /// Opens <paramref name="connection"/> when it is closed (and closes it again), runs <paramref name="query"/> and reads
    /// the result, all asynchronously: the connection is opened and the query executed with the provider's asynchronous
    /// methods; the rows are then read on a worker thread (the provider buffers the network reads).
    /// </summary>
    /// <param name="connection">The connection; opened (and closed again) when it is closed.</param>
    /// <param name="query">The query (SQL text) returning one row per firm.</param>
    /// <param name="options">Header aliases, lenient ids, required columns; <see langword="null"/> for the defaults.</param>
    /// <param name="progress">Receives the number of result rows read so far, every 1,024 rows and at the end. None when null.</param>
    /// <param name="cancellationToken">Cancels opening and executing; while rows are read it cancels the command
    /// (<see cref="DbCommand.Cancel"/>) and is checked every 1,024 rows.</param>
    /// <returns>The table, the rejected rows and the warnings: the same result as <see cref="Read(DbConnection, string, FirmCsvReaderOptions?)"/>.</returns>
    /// <exception cref="MissingColumnException">A required column is missing from the result.</exception>
    /// <exception cref="FirmDataException">The result has no columns, or two columns mean the same thing.</exception>
    /// <exception cref="DbException">The database failed to run the query.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<FirmReadResult> ReadAsync(DbConnection connection, string query, FirmCsvReaderOptions? options = null, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        var opened = false;
        if (connection.State != ConnectionState.Open)
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            opened = true;
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = query;
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken).ConfigureAwait(false);
            using var cancel = cancellationToken.Register(command.Cancel);
            try
            {
                return await Task.Run(() => Read(reader, options, progress, cancellationToken), cancellationToken).ConfigureAwait(false);
            }
            catch (DbException) when (cancellationToken.IsCancellationRequested)
            {
                throw new OperationCanceledException(cancellationToken); // the provider's report of the cancelled command
            }
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync().ConfigureAwait(false);
            }
        }
    }

    private static FirmReadResult Read(DbDataReader reader, FirmCsvReaderOptions? options, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        options ??= FirmCsvReaderOptions.Default;
        using var activity = ReadDiagnostics.Start("db");
        var start = Stopwatch.GetTimestamp();
        if (reader.FieldCount == 0)
        {
            throw new FirmDataException("The query returned no columns.");
        }

        var limits = CsvLimits.Of(options);
        limits.CheckHeaderWidth(reader.FieldCount, "query result");
        var headers = new string[reader.FieldCount];
        for (var i = 0; i < headers.Length; i++)
        {
            headers[i] = reader.GetName(i);
        }

        var plan = ColumnPlan.Create(headers, options);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var header = new CellText();
        header.Set(headers.Length, headers, h => h);
        header.AppendTo(hash);
        var source = new DbRowSource(reader, hash, limits, plan.Headers, plan.IndexOf(ColumnKind.Id), progress);
        var result = new FirmRowReader<DbRowSource>(source, plan, options, Encoding.UTF8, cancellationToken: cancellationToken).Run();
        progress?.Report(source.Line - 1);
        ReadDiagnostics.Completed(activity, "db", result, start, options.Logger);
        return result.WithSha256(Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    /// <summary>A data reader's rows as an <see cref="IFirmRowSource"/>.</summary>
    private sealed class DbRowSource(DbDataReader reader, IncrementalHash hash, CsvLimits limits, string[] headers, int idColumn, IProgress<long>? progress) : IFirmRowSource
    {
        private readonly CellText cells = new();
        private readonly object?[] values = new object?[reader.FieldCount];
        private int row = 1;

        public int FieldCount => cells.Count;

        public int Line => row;

        public BrokenLine? Broken { get; private set; }

        public bool Read()
        {
            if (!reader.Read())
            {
                return false;
            }

            if ((++row & 1023) == 0)
            {
                progress?.Report(row - 1);
            }

            reader.GetValues(values!);
            cells.Set(values.Length, values, CellText.From);
            cells.AppendTo(hash);
            Broken = limits.Check(cells, headers, idColumn);
            return true;
        }

        public ReadOnlySpan<byte> GetSpan(int column) => cells.Span(column);

        public string GetString(int column) => cells.String(column);
    }
}
