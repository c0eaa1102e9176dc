using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
using EnterpriseScoring.Cli.Input;
using EnterpriseScoring.Cli.Text;
using EnterpriseScoring.IO;
using EnterpriseScoring.Validation;
using static EnterpriseScoring.Cli.Output.ResultsTableLayout;

namespace EnterpriseScoring.Cli.Output;

/// <summary>
/// A run's rows written to the results database in one open transaction (layout: <see cref="ResultsTableLayout"/>):
/// <see cref="Stage"/> creates or checks the tables, replaces the rows of the run's scope and year and records the run;
/// nothing is visible to others until <see cref="Commit"/>, which <c>score</c> calls only once <c>--out</c> is published
/// (and <c>--out</c> is put back when the commit fails). Disposing without committing rolls everything back.
/// </summary>
internal sealed class ResultsDatabase : IDisposable
{
    private readonly DbConnection connection;
    private readonly DbTransaction transaction;
    private readonly DbProvider provider;
    private bool committed;
    private FormulaEscaping escaping = FormulaEscaping.QuotePrefix;

    private ResultsDatabase(DbConnection connection, DbTransaction transaction, DbProvider provider)
    {
        this.connection = connection;
        this.transaction = transaction;
        this.provider = provider;
    }

    /// <summary>The firms written to the results table.</summary>
    public int Rows { get; private set; }

    /// <summary>The rows of the scope and year that the run replaces (written by earlier runs).</summary>
    public int Replaced { get; private set; }

    /// <summary>
    /// Opens the database and, in a transaction left open, writes the run: the tables are created when missing (an
    /// existing table of another layout is refused, never changed), columns of indicators an existing table lacks are
    /// added, the rows of <see cref="ResultsDatabaseTarget.Scope"/> and <paramref name="run"/>'s year are replaced by the
    /// firms of <paramref name="resultsCsv"/> and the rejections, and the run is recorded.
    /// </summary>
    /// <param name="target">Where to write.</param>
    /// <param name="run">The run.</param>
    /// <param name="resultsCsv">The run's results.csv: its header and first <paramref name="firms"/> records are the firms.</param>
    /// <param name="firms">The number of firms (the evaluated table's rows; results.csv then lists the rows rejected on input).</param>
    /// <param name="rejects">The rows of rejects.csv, in its order.</param>
    /// <exception cref="CommandException">A table of another layout, or the default scope holding another input's rows (exit code 3).</exception>
    /// <exception cref="DbException">The database refused (exit code 3).</exception>
    /// <param name="escaping">How results.csv's text cells were written: quote-prefixed cells are stored as the original text.</param>
    public static ResultsDatabase Stage(ResultsDatabaseTarget target, ResultsDatabaseRun run, string resultsCsv, int firms, IReadOnlyList<RowIssue> rejects, FormulaEscaping escaping)
    {
        var connection = Databases.Create(target.Provider, target.Connection, readOnly: false);
        DbTransaction? transaction = null;
        try
        {
            connection.Open();
            transaction = connection.BeginTransaction();
            var staged = new ResultsDatabase(connection, transaction, target.Provider);
            staged.escaping = escaping;
            staged.Write(target, run, resultsCsv, firms, rejects);
            return staged;
        }
        catch
        {
            transaction?.Dispose();
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Commits the transaction: the run's rows become visible and the rows they replace are gone.</summary>
    public void Commit()
    {
        transaction.Commit();
        committed = true;
    }

    /// <summary>A text cell of results.csv as in the input: without the quote a spreadsheet-safe file put before it.</summary>
    private string Original(string cell) => escaping == FormulaEscaping.QuotePrefix ? FormulaGuard.Unescape(cell) : cell;

    /// <summary>Rolls back unless committed, and closes the connection.</summary>
    public void Dispose()
    {
        if (!committed)
        {
            try
            {
                transaction.Rollback();
            }
            catch (Exception ex) when (ex is DbException or InvalidOperationException)
            {
                // The connection is gone: the server (or SQLite's journal) discards the transaction anyway.
            }
        }

        transaction.Dispose();
        connection.Dispose();
    }

    private void Write(ResultsDatabaseTarget target, ResultsDatabaseRun run, string resultsCsv, int firms, IReadOnlyList<RowIssue> rejects)
    {
        var names = TableNames(target.Table);
        using var reader = new StreamReader(resultsCsv, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, new FileStreamOptions { BufferSize = 1 << 16 });
        using var records = CsvRecords.Read(reader).GetEnumerator();
        if (!records.MoveNext())
        {
            throw new InvalidOperationException($"'{resultsCsv}' is empty.");
        }

        var header = records.Current.Select(Original).ToArray();
        var data = DataColumns(header);
        EnsureTable(names.Results, [.. KeyColumns, .. data.Select(d => d.Column)], "PRIMARY KEY (scope, year, firm_id)", addMissing: true);
        Execute($"CREATE INDEX IF NOT EXISTS {names.Results}_by_run ON {names.Results} (run_id)");
        Execute($"CREATE INDEX IF NOT EXISTS {names.Results}_by_firm ON {names.Results} (firm_id, year)");
        EnsureTable(names.Runs, RunColumns, "PRIMARY KEY (run_id)", addMissing: false);
        Execute($"CREATE INDEX IF NOT EXISTS {names.Runs}_by_scope ON {names.Runs} (scope, year)");
        EnsureTable(names.Rejects, RejectColumns, "PRIMARY KEY (scope, year, seq)", addMissing: false);
        EnsureTable(names.Columns, MappingColumns, "PRIMARY KEY (column_name)", addMissing: false);

        if (!target.ScopeIsExplicit)
        {
            CheckSameInput(names, target.Scope, run);
        }

        Replaced = Execute($"DELETE FROM {names.Results} WHERE scope = @scope AND year = @year", ("scope", target.Scope), ("year", run.Year));
        Execute($"DELETE FROM {names.Rejects} WHERE scope = @scope AND year = @year", ("scope", target.Scope), ("year", run.Year));
        InsertRun(names.Runs, target.Scope, run);
        Rows = InsertFirms(names.Results, target.Scope, run, header, data, records, firms);
        InsertRejects(names.Rejects, target.Scope, run, rejects);
        InsertMapping(names.Columns, data);
    }

    /// <summary>The results.csv columns stored as data columns (all but <c>id</c> and <c>year</c>, which are the key), with their SQL columns.</summary>
    private static List<(int Index, string CsvName, SqlColumn Column)> DataColumns(string[] header)
    {
        var columns = new List<(int, string, SqlColumn)>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["scope"] = "(the scope)",
            ["run_id"] = "(the run)",
            ["firm_id"] = "id",
            ["year"] = "year",
        };
        for (var c = 0; c < header.Length; c++)
        {
            if (header[c] is "id" or "year")
            {
                continue;
            }

            var name = SqlName(header[c]);
            if (!seen.TryAdd(name, header[c]))
            {
                throw new CommandException(ExitCodes.InputOrUsageError, Messages.SharedSqlColumn(seen[name], header[c], name));
            }

            columns.Add((c, header[c], new SqlColumn(name, TypeOf(header[c]), header[c] == "status")));
        }

        return columns;
    }

    /// <summary>
    /// Creates <paramref name="table"/> when missing. An existing one must have every column of the layout that is
    /// <c>NOT NULL</c> (else it is another layout — escore 0.1's results table has no <c>scope</c> — and is refused,
    /// never altered); with <paramref name="addMissing"/> the other missing columns are added (another profile's indicators).
    /// </summary>
    private void EnsureTable(string table, IReadOnlyList<SqlColumn> columns, string key, bool addMissing)
    {
        var existing = ColumnsOf(table);
        if (existing.Count == 0)
        {
            Execute($"CREATE TABLE {table} ({string.Join(", ", columns.Select(c => Definition(c, provider)))}, {key})");
            return;
        }

        var lacking = columns.Where(c => c.NotNull && !existing.Contains(c.Name)).Select(c => c.Name).ToList();
        if (lacking.Count > 0)
        {
            var rows = Convert.ToInt64(Scalar($"SELECT COUNT(*) FROM {table}"), CultureInfo.InvariantCulture);
            throw new CommandException(ExitCodes.InputOrUsageError, Messages.TableOfOtherLayout(table, rows, string.Join(", ", lacking)));
        }

        foreach (var column in columns.Where(c => addMissing && !existing.Contains(c.Name)))
        {
            Execute($"ALTER TABLE {table} ADD COLUMN {Definition(column with { NotNull = false }, provider)}");
        }
    }

    /// <summary>
    /// With the default scope, refuses to replace rows that a run of another input wrote (another file, or another
    /// database or query): two inputs scored under one profile — two counties' queries — must not delete each other's rows.
    /// </summary>
    private void CheckSameInput((string Results, string Runs, string Rejects, string Columns) names, string scope, ResultsDatabaseRun run)
    {
        using var command = Command(
            $"SELECT t.run_id, r.input_source, r.input_query, COUNT(*) FROM {names.Results} t LEFT JOIN {names.Runs} r ON r.run_id = t.run_id "
            + "WHERE t.scope = @scope AND t.year = @year GROUP BY t.run_id, r.input_source, r.input_query ORDER BY t.run_id",
            ("scope", scope),
            ("year", run.Year));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var source = reader.IsDBNull(1) ? null : reader.GetString(1);
            var query = reader.IsDBNull(2) ? null : reader.GetString(2);
            if (source == run.InputSource && query == run.InputQuery)
            {
                continue;
            }

            var other = source is null ? Messages.UnrecordedInput : query is null ? $"'{source}'" : Messages.InputWithQuery(source, CliLog.OneLine(query));
            var mine = run.InputQuery is null ? $"'{run.InputSource}'" : Messages.InputWithQuery(run.InputSource, CliLog.OneLine(run.InputQuery));
            throw new CommandException(ExitCodes.InputOrUsageError, Messages.ScopeHeldByOtherInput(scope, reader.GetInt64(3), run.Year, other, reader.GetString(0), mine));
        }
    }

    private void InsertRun(string table, string scope, ResultsDatabaseRun run)
    {
        var values = new object?[]
        {
            run.RunId, scope, run.Year, run.StartedAt, DateTimeOffset.UtcNow, run.ToolVersion, run.LibraryVersion, run.ProfileName,
            run.ProfileJurisdiction, run.ProfileArgument, run.ProfileSha256, run.InputKind, run.InputSource, run.InputQuery,
            run.InputSha256, run.RowsRead, run.FirmsLoaded, run.Rated, run.NotRated, run.Rejected, run.RejectedOnInput,
            run.RejectedByEvaluation, run.MaxRejects, run.ExitCode,
        };
        using var insert = Insert(table, RunColumns);
        for (var c = 0; c < values.Length; c++)
        {
            insert.Parameters[c].Value = Value(RunColumns[c].Type, values[c]);
        }

        insert.ExecuteNonQuery();
    }

    private int InsertFirms(
        string table, string scope, ResultsDatabaseRun run, string[] header, List<(int Index, string CsvName, SqlColumn Column)> data, IEnumerator<string[]> records, int firms)
    {
        var id = Array.IndexOf(header, "id");
        using var insert = Insert(table, [.. KeyColumns, .. data.Select(d => d.Column)]);
        insert.Parameters[0].Value = scope;
        insert.Parameters[1].Value = run.Year;
        insert.Parameters[3].Value = run.RunId;
        var rows = 0;
        while (rows < firms && records.MoveNext())
        {
            var record = records.Current;
            if (record.Length != header.Length)
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"results.csv record {rows + 2} has {record.Length} cells, the header {header.Length}."));
            }

            insert.Parameters[2].Value = Original(record[id]);
            for (var d = 0; d < data.Count; d++)
            {
                var cell = record[data[d].Index];
                insert.Parameters[KeyColumns.Count + d].Value = cell.Length == 0 ? DBNull.Value : data[d].Column.Type switch
                {
                    SqlType.Integer => int.Parse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
                    SqlType.Real => double.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture),
                    _ => Original(cell),
                };
            }

            insert.ExecuteNonQuery();
            rows++;
        }

        return rows;
    }

    private void InsertRejects(string table, string scope, ResultsDatabaseRun run, IReadOnlyList<RowIssue> rejects)
    {
        using var insert = Insert(table, RejectColumns);
        insert.Parameters[0].Value = scope;
        insert.Parameters[1].Value = run.Year;
        insert.Parameters[3].Value = run.RunId;
        for (var i = 0; i < rejects.Count; i++)
        {
            var issue = rejects[i];
            insert.Parameters[2].Value = i + 1;
            insert.Parameters[4].Value = issue.Line;
            insert.Parameters[5].Value = Text(issue.Id);
            insert.Parameters[6].Value = Text(issue.Column);
            insert.Parameters[7].Value = Text(issue.Value);
            insert.Parameters[8].Value = issue.Reason;
            insert.ExecuteNonQuery();
        }
    }

    private void InsertMapping(string table, List<(int Index, string CsvName, SqlColumn Column)> data)
    {
        var mapping = new List<(string Sql, string Csv, SqlType Type)> { ("firm_id", "id", SqlType.Text), ("year", "year", SqlType.Integer) };
        mapping.AddRange(data.Select(d => (d.Column.Name, d.CsvName, d.Column.Type)));
        using var insert = Command(
            $"INSERT INTO {table} (column_name, results_csv_column, column_type) VALUES (@p0, @p1, @p2) ON CONFLICT (column_name) DO NOTHING",
            ("p0", null),
            ("p1", null),
            ("p2", null));
        foreach (var (sql, csv, type) in mapping)
        {
            insert.Parameters[0].Value = sql;
            insert.Parameters[1].Value = csv;
            insert.Parameters[2].Value = TypeCode(type);
            insert.ExecuteNonQuery();
        }
    }

    /// <summary>The (lower-case) column names of <paramref name="table"/>; empty when it does not exist.</summary>
    private HashSet<string> ColumnsOf(string table)
    {
        using var command = Command(
            provider == DbProvider.Postgres
                ? "SELECT attname FROM pg_attribute WHERE attrelid = to_regclass(@p0) AND attnum > 0 AND NOT attisdropped"
                : "SELECT name FROM pragma_table_info(@p0)",
            ("p0", table));
        using var reader = command.ExecuteReader();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    /// <summary>A prepared <c>INSERT</c> of <paramref name="columns"/> with one typed parameter per column.</summary>
    private DbCommand Insert(string table, IReadOnlyList<SqlColumn> columns)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => c.Name))}) VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i.ToString(CultureInfo.InvariantCulture)))})";
        for (var i = 0; i < columns.Count; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "p" + i.ToString(CultureInfo.InvariantCulture);
            parameter.DbType = columns[i].Type switch
            {
                SqlType.Integer => DbType.Int32,
                SqlType.Real => DbType.Double,
                SqlType.Timestamp when provider == DbProvider.Postgres => DbType.DateTimeOffset,
                _ => DbType.String,
            };
            command.Parameters.Add(parameter);
        }

        command.Prepare();
        return command;
    }

    /// <summary>A value for a parameter of <paramref name="type"/>: SQLite keeps timestamps as ISO 8601 text.</summary>
    private object Value(SqlType type, object? value) => value switch
    {
        null => DBNull.Value,
        DateTimeOffset t when provider != DbProvider.Postgres => t.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToUniversalTime(),
        _ => type == SqlType.Text ? Convert.ToString(value, CultureInfo.InvariantCulture)! : value,
    };

    private static object Text(string? text) => string.IsNullOrEmpty(text) ? DBNull.Value : text;

    /// <summary>A command in the transaction with the named parameters (null values are <c>NULL</c>).</summary>
    private DbCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private int Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        return command.ExecuteNonQuery();
    }

    private object? Scalar(string sql)
    {
        using var command = Command(sql);
        return command.ExecuteScalar();
    }
}
